package extract

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The element budget. A page with more elements than the budget — a
// million unclosed <li> tags, a table soup, a generated page of article
// text tens of megabytes long — is not parsed into a tree, pre-passed and
// given to go-readability, whose cost grows with the element count and, in
// places, faster. It is skimmed instead: one pass over its tokens keeps its
// head (title, <meta> elements, JSON-LD) and, of its body, the runs of text
// between block-level tags that read as prose, with the headings over
// them. That flat page is parsed and read as the body, cleaned by the rules
// like any other. The cost is linear in the page's size, and the tree built
// is only as large as the prose.

// DefaultMaxElements is the element budget of an Extractor made without
// WithMaxElements: ten times the elements of the largest page in the
// corpora we test on.
const DefaultMaxElements = 100_000

// WithMaxElements sets the element budget: an HTML page with more start
// tags than n (counted as the page is read, after scripts and styles are
// dropped) is read from its prose alone, in one linear pass, rather than
// through go-readability. n <= 0 means DefaultMaxElements.
func WithMaxElements(n int) Option {
	return func(c *config) { c.maxElements = n }
}

// skimMinWords is the fewest words a run of text needs to be kept by the
// skim as prose.
const skimMinWords = fallbackMinWords

// fromSkim reads a page over the element budget from its prose, skimmed
// by skimPage.
func (e *Extractor) fromSkim(ctx context.Context, skimmed string, src Source) (*Article, error) {
	doc, err := html.Parse(ctxReader{ctx, strings.NewReader(skimmed)})
	if err != nil {
		return nil, fmt.Errorf("extract: parsing HTML: %w", err)
	}
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	meta := readMeta(doc)
	a := &Article{URL: src.URL, Title: headTitle(doc), Language: htmlLang(doc)}
	if meta.provider != "" {
		a.Site = meta.provider
	}
	a.Byline, a.Authors = e.vocab.bylineAndAuthors(meta.byline(), meta.authors)
	pg := clean.Page{Host: hostOf(src.URL)}
	e.bodyOf(bodyElement(doc), known{title: a.Title, byline: a.Byline}, pg).mergeInto(a)
	var dates []clean.Removal
	a.Body, dates = dropDateLines(a.Body)
	a.Removed = append(a.Removed, dates...)
	if len(a.Body) == 0 {
		return nil, fmt.Errorf("%w: no body text found", ErrNoContent)
	}
	return a, nil
}

// countTags counts the start tags of a page: '<' before a letter. Once
// scripts and styles are stripped, nearly every one opens an element.
func countTags(page []byte) int {
	n := 0
	for i := bytes.IndexByte(page, '<'); i >= 0 && i+1 < len(page); {
		if isLetter(page[i+1]) {
			n++
		}
		j := bytes.IndexByte(page[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// htmlLang returns the lang attribute of the page's <html>.
func htmlLang(doc *html.Node) string {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			return attr(c, "lang")
		}
	}
	return ""
}

// headTitle returns the page's og:title, else its <title>.
func headTitle(doc *html.Node) string {
	var title, og string
	walk(doc, func(n *html.Node) bool {
		switch {
		case n.Type != html.ElementNode:
		case n.DataAtom == atom.Title && title == "":
			title = textOf(n)
		case n.DataAtom == atom.Meta && og == "" && (attr(n, "property") == "og:title" || attr(n, "name") == "og:title"):
			og = collapseSpaces(attr(n, "content"))
		}
		return n.Type != html.ElementNode || n.DataAtom != atom.Body
	})
	if og != "" {
		return og
	}
	return title
}

// skimPage rebuilds page from its tokens as a flat document: its title,
// <meta> elements and JSON-LD, then the runs of text between block-level
// tags that hold skimMinWords words or more, as paragraphs, each under the
// last heading before it.
func skimPage(ctx context.Context, page []byte) string {
	var (
		head    flatHead
		body    strings.Builder
		z       = html.NewTokenizer(bytes.NewReader(page))
		skip    skipper
		run     strings.Builder // the text since the last block-level tag
		heading string          // the last heading not yet written
		level   atom.Atom       // the heading element the run is in, or 0
	)
	flush := func() {
		text := collapseSpaces(run.String())
		run.Reset()
		switch {
		case text == "":
		case level != 0:
			heading = "<" + level.String() + ">" + html.EscapeString(text) + "</" + level.String() + ">"
		case textutil.CountWords(text) >= skimMinWords:
			body.WriteString(heading)
			heading = ""
			body.WriteString("<p>")
			body.WriteString(html.EscapeString(text))
			body.WriteString("</p>")
		}
	}
	for i := 0; ; i++ {
		tt := z.Next()
		if tt == html.ErrorToken || i%checkEvery == 0 && ctx.Err() != nil {
			break // a page cut short when ctx ends: the parse reports it
		}
		if head.pending(z, tt) {
			continue
		}
		name, a := tagName(z, tt)
		if skip.skipping(tt, name) || head.tag(z, tt, a) {
			continue
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case a == atom.Br:
				run.WriteByte(' ')
			case hiddenElements[a] && tt == html.StartTagToken:
				skip.start(name)
			case blockElements[a]:
				flush()
				level = 0
				if isHeadingAtom(a) {
					level = a
				}
			}
		case html.EndTagToken:
			if blockElements[a] {
				flush()
				level = 0
			}
		case html.TextToken:
			run.Write(z.Text())
		}
	}
	flush()
	return head.document(body.String())
}

func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
