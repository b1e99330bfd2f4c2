package extract

import (
	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
)

// A bodyResult is the body read from one container, with what the rules
// removed from it.
type bodyResult struct {
	blocks    []clean.Block
	removed   []clean.Removal
	paywalled bool
}

// bodyOf turns readability's container into the body: blocks, link runs
// out, rules, captions out, header lines out.
func (e *Extractor) bodyOf(content *html.Node, a *Article, page clean.Page) bodyResult {
	var blocks []domBlock
	if content != nil {
		blocks = blocksOf(content)
	}
	plain, removed := dropLinkRuns(blocks)
	res := e.rules.Apply(plain, page)
	removed = append(removed, res.Removed...)
	// pullCaptions and dropHeaderLines report into the article directly.
	held := a.Removed
	a.Removed = nil
	body := dropHeaderLines(dropHeaderRepeats(pullCaptions(res.Kept, a), a), a)
	removed = append(removed, a.Removed...)
	a.Removed = held
	return bodyResult{blocks: body, removed: removed, paywalled: res.Paywalled}
}

// dropHeaderRepeats removes blocks at the top of the body that repeat the
// title, lead or byline, which readability sometimes keeps.
func dropHeaderRepeats(body []clean.Block, a *Article) []clean.Block {
	same := func(x, y string) bool { return y != "" && clean.Normalize(x) == clean.Normalize(y) }
	for len(body) > 0 {
		t := body[0].Text
		if !same(t, a.Title) && !same(t, a.Lead) && !same(t, a.Byline) && !same(t, "By "+a.Byline) {
			break
		}
		body = body[1:]
	}
	return body
}

// dropHeaderLines removes what readability kept of the page's header above
// the first paragraph — date lines, bylines, roles, a standfirst — reading
// it as the text path does. It changes nothing when that reading finds a
// title other than the page's own, since the lines are then not a header.
func dropHeaderLines(body []clean.Block, a *Article) []clean.Block {
	h := readHeader(body, a.Title, a.Byline)
	if h.bodyStart == 0 || h.title != a.Title {
		return body
	}
	a.Removed = append(a.Removed, h.removed...)
	if a.Lead == "" {
		a.Lead = h.lead
	}
	if a.Byline == "" {
		a.Byline, a.Authors = h.byline, h.authors
	}
	if a.Published.IsZero() {
		a.Published = h.published
	}
	return body[h.bodyStart:]
}

// ruleDateLine names the removal of a body block that is only a date.
const ruleDateLine = "nav/date-line"

// dropDateLines removes blocks that are nothing but a date, such as
// "23.10.2018" or "Aktualisiert: 11.04.2020, 10:27", left in the body by a
// page's header or footer.
func dropDateLines(body []clean.Block, a *Article) []clean.Block {
	kept := body[:0:0]
	for _, b := range body {
		if b.Kind == clean.Paragraph && textutil.CountWords(b.Text) <= 10 && (isDateOnly(b.Text) || isDate(b.Text, nil)) {
			a.Removed = append(a.Removed, clean.Removal{Rule: ruleDateLine, Kind: clean.Nav, Text: b.Text})
			continue
		}
		kept = append(kept, b)
	}
	return kept
}
