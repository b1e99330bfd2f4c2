package extract

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

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
//
// What the skim drops leaves a trace: each run of text too short to read
// as prose (a menu's entry, a label, a button) and each heading with no
// prose under it is reported in Article.Removed under RuleSkimNotProse,
// the first skimMaxRemoved of them one by one, each cut to
// skimMaxRemovedBytes, and the rest in one more entry that counts them and
// their words. The memory this takes does not grow with the page.

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

// The skim's report of what it dropped: the first skimMaxRemoved runs, one
// entry each, with at most skimMaxRemovedBytes of each run's text, then
// one entry counting the rest.
const (
	skimMaxRemoved      = 100
	skimMaxRemovedBytes = 200
)

// skimDropped collects the runs of text the skim drops, within the bounds
// above.
type skimDropped struct {
	removed     []clean.Removal
	runs, words int // dropped beyond the first skimMaxRemoved
}

// add reports a dropped run of text.
func (d *skimDropped) add(text string) {
	if len(d.removed) < skimMaxRemoved {
		if len(text) > skimMaxRemovedBytes {
			cut := skimMaxRemovedBytes
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			text = text[:cut] + "…"
		}
		// A copy: the run may be a slice of a much longer string.
		d.removed = append(d.removed, clean.Removal{Rule: RuleSkimNotProse, Kind: clean.Nav, Text: strings.Clone(text)})
		return
	}
	d.runs++
	d.words += textutil.CountWords(text)
}

// list returns the removals, the count of the rest last.
func (d *skimDropped) list() []clean.Removal {
	if d.runs == 0 {
		return d.removed
	}
	return append(d.removed, clean.Removal{Rule: RuleSkimNotProse, Kind: clean.Nav,
		Text: fmt.Sprintf("%d more runs of text, %d words, dropped by the skim", d.runs, d.words)})
}

// fromSkim reads a page over the element budget from its prose, skimmed
// by skimPage.
func (e *Extractor) fromSkim(ctx context.Context, skimmed string, dropped []clean.Removal, src Source) (*Article, error) {
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
	e.bodyOf(bodyElement(doc), known{title: a.Title, byline: a.Byline}, pg).mergeInto(a, e.vocab)
	var dates []clean.Removal
	a.Body, dates = dropDateLines(a.Body)
	a.Removed = append(a.Removed, dates...)
	a.Removed = append(a.Removed, dropped...)
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
// last heading before it. It returns, too, what it dropped of the body's
// text, as skimDropped reports it.
func skimPage(ctx context.Context, page []byte) (string, []clean.Removal) {
	var (
		dropped     skimDropped
		head        flatHead
		body        strings.Builder
		z           = html.NewTokenizer(bytes.NewReader(page))
		skip        skipper
		run         strings.Builder // the text since the last block-level tag
		heading     string          // the last heading not yet written
		headingText string          // its text
		level       atom.Atom       // the heading element the run is in, or 0
	)
	flush := func() {
		text := collapseSpaces(run.String())
		run.Reset()
		switch {
		case text == "":
		case level != 0:
			if headingText != "" {
				dropped.add(headingText) // a heading with no prose under it
			}
			heading = "<" + level.String() + ">" + html.EscapeString(text) + "</" + level.String() + ">"
			headingText = text
		case textutil.CountWords(text) >= skimMinWords:
			body.WriteString(heading)
			heading, headingText = "", ""
			body.WriteString("<p>")
			body.WriteString(html.EscapeString(text))
			body.WriteString("</p>")
		default:
			dropped.add(text)
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
			case blockElement(a):
				flush()
				level = 0
				if isHeadingAtom(a) {
					level = a
				}
			}
		case html.EndTagToken:
			if blockElement(a) {
				flush()
				level = 0
			}
		case html.TextToken:
			run.Write(z.Text())
		}
	}
	flush()
	if headingText != "" {
		dropped.add(headingText)
	}
	return head.document(body.String()), dropped.list()
}

func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
