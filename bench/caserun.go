package main

import (
	"bytes"
	"errors"
	"mime"
	"net/url"
	"strings"

	"github.com/declutter/declutter/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The two inputs a case page may have.
const (
	pathHTML = "html"
	pathText = "text"
)

// caseRunner is one extractor on one input path of the structured mode.
type caseRunner struct {
	Name string
	Path string // pathHTML or pathText
	// Captions reports whether the extractor returns captions; others get
	// no caption or credit score.
	Captions bool
	Run      func(c *Case, contentType string) (Output, error)
}

// caseRunners returns the runners for -cases: declutter on both paths and,
// on HTML, the peers that report metadata (only the one named, when only is
// set); on text, the floor of keeping every line.
func caseRunners(only string) ([]caseRunner, error) {
	runners := []caseRunner{
		{Name: "declutter", Path: pathHTML, Captions: true, Run: declutterCaseHTML},
		{Name: "declutter", Path: pathText, Captions: true, Run: declutterCaseText},
		{Name: "every-line", Path: pathText, Run: everyLine},
	}
	for _, ex := range extractors() {
		if ex.Name == "declutter" || !ex.Metadata {
			continue
		}
		runners = append(runners, caseRunner{Name: ex.Name, Path: pathHTML, Run: peerCase(ex)})
	}
	if only == "" {
		return runners, nil
	}
	var picked []caseRunner
	for _, r := range runners {
		if r.Name == only {
			picked = append(picked, r)
		}
	}
	if len(picked) == 0 {
		_, err := selectExtractors(only)
		if err == nil {
			err = errors.New("extractor " + only + " does not run on case folders")
		}
		return nil, err
	}
	return picked, nil
}

// caseContentType is the Content-Type an HTML page is handed with: the
// manifest's content_type column when it has one, else the -content-type
// flag (empty: the library sniffs the bytes, as for a page of unknown
// origin).
func caseContentType(c *Case, flagValue string) string {
	if c.ContentType != "" {
		return c.ContentType
	}
	return flagValue
}

// declutterCaseHTML runs extract.FromHTML on the page's raw bytes.
func declutterCaseHTML(c *Case, contentType string) (Output, error) {
	a, err := extract.FromHTML(bytes.NewReader(c.HTML), extract.Source{URL: c.URL, ContentType: contentType})
	return articleOutput(a, err)
}

// declutterCaseText runs extract.FromText on the page's text.
func declutterCaseText(c *Case, _ string) (Output, error) {
	a, err := extract.FromText(bytes.NewReader(c.Text), extract.Source{URL: c.URL})
	return articleOutput(a, err)
}

// articleOutput turns an Article into a scored Output: the lead's
// paragraphs and the body blocks, title, byline, authors and captions.
// extract.ErrNoContent is an empty output, not an error.
func articleOutput(a *extract.Article, err error) (Output, error) {
	if errors.Is(err, extract.ErrNoContent) || (err == nil && a == nil) {
		return Output{}, nil
	}
	if err != nil {
		return Output{}, err
	}
	out := Output{Title: a.Title, Byline: a.Byline, Authors: a.Authors}
	if a.Lead != "" {
		out.Blocks = append(out.Blocks, strings.Split(a.Lead, "\n\n")...)
	}
	for _, b := range a.Body {
		out.Blocks = append(out.Blocks, b.Text)
	}
	for _, c := range a.Captions {
		out.Captions = append(out.Captions, Caption{Text: c.Text, Credit: c.Credit})
	}
	out.Text = strings.Join(out.Blocks, "\n\n")
	return out, nil
}

// everyLine is the floor of the text path: every non-blank line kept as a
// block, no title, no byline.
func everyLine(c *Case, _ string) (Output, error) {
	return Output{Text: string(c.Text), Blocks: lines(string(c.Text))}, nil
}

// peerCase runs a peer extractor on a case page. The peers get UTF-8 bytes:
// the page as it is when the Content-Type says UTF-8, else decoded as the
// corpus pages are (decodeHTML). A page without a URL gets the test pages'
// placeholder URL, since some peers need one.
func peerCase(ex Extractor) func(*Case, string) (Output, error) {
	return func(c *Case, contentType string) (Output, error) {
		page := c.HTML
		if !declaresUTF8(contentType) {
			var err error
			if page, err = decodeHTML(c.HTML); err != nil {
				return Output{}, err
			}
		}
		raw := c.URL
		if raw == "" {
			raw = metaPageURL
		}
		u, err := url.Parse(raw)
		if err != nil {
			return Output{}, err
		}
		out, err := safeExtract(ex, Input{URL: u, HTML: page})
		if out.Node != nil {
			out.Blocks = nodeBlocks(out.Node)
		} else {
			out.Blocks = lines(out.Text)
		}
		return out, err
	}
}

// blockElements end a block of text where they start and end, as in a
// browser's rendering.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Br: true,
	atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true,
}

// nodeBlocks returns the text of an article tree as blocks: text runs
// between block-level element boundaries, whitespace collapsed.
func nodeBlocks(root *html.Node) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
			out = append(out, t)
		}
		b.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return out
}

// declaresUTF8 reports whether a Content-Type names the UTF-8 charset.
func declaresUTF8(contentType string) bool {
	_, params, err := mime.ParseMediaType(contentType)
	return err == nil && strings.EqualFold(params["charset"], "utf-8")
}

// lines splits text into its non-blank lines, trimmed: the blocks of an
// extractor that returns plain text only.
func lines(text string) []string {
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
