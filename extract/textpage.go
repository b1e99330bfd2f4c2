package extract

import (
	"github.com/declutter/declutter/clean"
)

// The text of a whole page, as a browser's innerText or a select-all copy
// gives it, holds the article among everything else the page shows.
// pageArticle keeps the article region and reads the header above it;
// every other line is reported in Removed with the reason it went.

// pageArticle builds the article from the lines of a whole page, its
// article region r and what the rules made of it.
func pageArticle(lines []textLine, r region, res clean.Result, src Source) *Article {
	ph := readPageHeader(lines, r, src.URL)
	a := &Article{URL: src.URL, Paywalled: res.Paywalled}
	a.Title, a.Byline, a.Authors, a.Site, a.Published, a.Lead = ph.title, ph.byline, ph.authors, ph.site, ph.published, ph.lead
	start := max(ph.bodyStart, r.start)
	if start > r.end {
		start = r.end
	}
	body := region{start: start, end: r.end}
	verdicts := judgeRegion(lines, body)
	var kept []clean.Block
	for i := range lines {
		l := &lines[i]
		switch {
		case ph.isMeta(i):
		case i >= body.start && i < body.end && verdicts[i-body.start] == keepLine:
			kept = append(kept, clean.Block{Kind: clean.Paragraph, Text: l.kept})
			a.Removed = append(a.Removed, l.strips...)
		case i >= body.start && i < body.end:
			a.Removed = append(a.Removed, removedLine(l, verdictRule(verdicts[i-body.start])))
		case ph.headline >= 0 && i > ph.headline && i < body.start:
			a.Removed = append(a.Removed, removedLine(l, ruleHeaderClutter))
		default:
			a.Removed = append(a.Removed, removedLine(l, ruleOutside))
		}
	}
	a.Paywalled = a.Paywalled || cutByPaywall(lines, body)
	var strays []clean.Removal
	a.Body, a.Captions, strays = pullCaptions(kept)
	a.Removed = append(a.Removed, strays...)
	return a
}

// cutByPaywall reports a paywall prompt where the article ends: among its
// last lines or just after them. A bare "Subscribe" button is no prompt:
// footers carry one on every page.
func cutByPaywall(lines []textLine, body region) bool {
	for i := max(body.start, body.end-3); i < min(len(lines), body.end+3); i++ {
		l := &lines[i]
		if l.dropped && l.rule.Kind == clean.Paywall && l.words >= 4 {
			return true
		}
	}
	return false
}

// isTidy reports a text that is already just the article: nothing outside
// the article region but a short header above it and rule-removed clutter.
// A text with no line of prose at all is taken whole too: there is no
// region to prefer.
func isTidy(lines []textLine, r region) bool {
	if r.end == r.start {
		return true
	}
	if r.start > maxHeaderBlocks {
		return false
	}
	after := 0
	for i := r.end; i < len(lines); i++ {
		if !lines[i].dropped {
			after++
		}
	}
	return after <= 2
}
