package main

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability2 "codeberg.org/readeck/go-readability/v2"
	readability1 "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Input is what every extractor gets: the page URL and its HTML, already
// decoded to UTF-8 (see decodeHTML). Extractors parse HTML themselves, so
// parsing is part of every timing.
type Input struct {
	URL  *url.URL
	HTML []byte
}

// Output is an extractor's result: Text is what gets scored; Title and
// Byline are filled by extractors whose Metadata flag is set. The structured
// mode (-cases) also scores Blocks (the lead's paragraphs and the body's
// blocks), Authors and Captions.
type Output struct {
	Text, Title, Byline string
	Blocks              []string
	Authors             []string
	Captions            []Caption
	// Node is the article's tree, for peers whose Text does not separate
	// paragraphs: the structured mode reads their blocks from it.
	Node *html.Node
}

// Extractor is one contestant of the benchmark.
type Extractor struct {
	Name string
	// Metadata reports whether Output.Title and Output.Byline are meaningful.
	Metadata bool
	Extract  func(Input) (Output, error)
}

// referenceName is the extractor every timing is compared against.
const referenceName = "readability-v2"

// extractors lists all contestants, in report order.
func extractors() []Extractor {
	return []Extractor{
		declutterExtractor(),
		{Name: referenceName, Metadata: true, Extract: readabilityV2},
		{Name: "readability-v1", Metadata: true, Extract: readabilityV1},
		{Name: "trafilatura", Metadata: true, Extract: trafilaturaExtract(false)},
		// Same metadata code path as plain trafilatura, so no metadata row.
		{Name: "trafilatura-fallback", Extract: trafilaturaExtract(true)},
		{Name: "domdistiller", Metadata: true, Extract: domDistiller},
		{Name: "parse-only", Extract: parseOnly},
	}
}

// readabilityV2 runs codeberg.org/readeck/go-readability/v2 on a freshly
// parsed document, letting it mutate the tree, and scores RenderText. A nil
// article node (nothing found) is an empty output, not an error.
func readabilityV2(in Input) (Output, error) {
	doc, err := html.Parse(bytes.NewReader(in.HTML))
	if err != nil {
		return Output{}, err
	}
	p := readability2.NewParser()
	article, err := p.ParseAndMutate(doc, in.URL)
	if err != nil {
		return Output{}, err
	}
	out := Output{Title: article.Title(), Byline: article.Byline()}
	if article.Node != nil {
		var b strings.Builder
		if err := article.RenderText(&b); err != nil {
			return out, err
		}
		out.Text = b.String()
	}
	return out, nil
}

// readabilityV1 runs the deprecated github.com/go-shiori/go-readability and
// scores TextContent, as go-trafilatura's comparison does. Its API has no
// mutate-in-place variant, so its timing includes a tree clone.
func readabilityV1(in Input) (Output, error) {
	doc, err := html.Parse(bytes.NewReader(in.HTML))
	if err != nil {
		return Output{}, err
	}
	article, err := readability1.FromDocument(doc, in.URL)
	if err != nil {
		return Output{}, err
	}
	return Output{Text: article.TextContent, Title: article.Title, Byline: article.Byline, Node: article.Node}, nil
}

// trafilaturaExtract returns a go-trafilatura v1.12.2 runner with the options
// of go-trafilatura's own comparison (balanced focus, tables kept, comments
// excluded), with or without its readability/dom-distiller fallback. Other
// options keep their defaults; note that with the fallback on, the default
// HtmlDateMode becomes Extensive. ContentText is scored.
func trafilaturaExtract(fallback bool) func(Input) (Output, error) {
	return func(in Input) (Output, error) {
		doc, err := html.Parse(bytes.NewReader(in.HTML))
		if err != nil {
			return Output{}, err
		}
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
			OriginalURL:     in.URL,
			EnableFallback:  fallback,
			ExcludeComments: true,
			Focus:           trafilatura.Balanced,
		})
		if err != nil {
			return Output{}, err
		}
		out := Output{
			Text:   res.ContentText,
			Title:  res.Metadata.Title,
			Byline: res.Metadata.Author,
			Node:   res.ContentNode,
		}
		if res.Metadata.Author != "" {
			out.Authors = strings.Split(res.Metadata.Author, "; ") // as its own comparison reads it
		}
		return out, nil
	}
}

// domDistiller runs github.com/markusmobius/go-domdistiller without
// pagination detection (as in go-trafilatura's plain "Dom Distiller" row)
// and scores Result.Text. The byline is the page markup's author.
func domDistiller(in Input) (Output, error) {
	doc, err := html.Parse(bytes.NewReader(in.HTML))
	if err != nil {
		return Output{}, err
	}
	res, err := distiller.Apply(doc, &distiller.Options{OriginalURL: in.URL, SkipPagination: true})
	if err != nil {
		return Output{}, err
	}
	byline := res.MarkupInfo.Author
	if byline == "" {
		byline = strings.Join(res.MarkupInfo.Article.Authors, ", ")
	}
	return Output{Text: res.Text, Title: res.Title, Byline: byline}, nil
}

// parseOnly is the floor: html.Parse plus one walk concatenating every text
// node (the document's textContent), with no extraction at all.
func parseOnly(in Input) (Output, error) {
	doc, err := html.Parse(bytes.NewReader(in.HTML))
	if err != nil {
		return Output{}, err
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return Output{Text: b.String()}, nil
}

// safeExtract runs ex on in, turning a panic into an error.
func safeExtract(ex Extractor, in Input) (out Output, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return ex.Extract(in)
}
