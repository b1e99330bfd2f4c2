package extract

import (
	"slices"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
)

// bodyOf reads the body from readability's container: blocks, link runs
// out, rules, captions out, header lines out.
func (e *Extractor) bodyOf(content *html.Node, k known, page clean.Page) reading {
	var blocks []domBlock
	if content != nil {
		// Readability keeps some hidden elements (a disclaimer a script
		// shows); when its container holds nothing else, their text is
		// the article, shown by a script.
		if blocks = shownBlocksOf(content); len(blocks) == 0 {
			blocks = blocksOf(content)
		}
	}
	return e.bodyOfBlocks(blocks, k, page)
}

// bodyOfBlocks reads the body from a container's blocks.
func (e *Extractor) bodyOfBlocks(blocks []domBlock, k known, page clean.Page) reading {
	plain, links := dropLinkRuns(blocks)
	res := e.rules.Apply(plain, page)
	kept, captions, strays := e.vocab.pullCaptions(res.Kept)
	kept = dropHeaderRepeats(kept, k)
	body, h := e.vocab.dropHeaderLines(kept, k)
	// "Headline - Subtitle | Site": the subtitle printed first, under
	// the headline, is the standfirst, and the header lines below it are
	// read as the header's.
	if h.lead == "" && len(kept) > 1 && k.subtitle != "" && kept[0].Kind != clean.List &&
		clean.Normalize(kept[0].Text) == clean.Normalize(k.subtitle) {
		if b, sh := e.vocab.dropHeaderLines(kept[1:], k); sh.lead == "" {
			body, h = b, sh
			h.lead = kept[0].Text
		}
	}
	return reading{
		blocks:    body,
		removed:   slices.Concat(links, res.Removed, strays, h.removed),
		captions:  captions,
		paywalled: res.Paywalled,
		lead:      h.lead,
		byline:    h.byline,
		authors:   h.authors,
		published: h.published,
		dateLine:  h.dateLine,
	}
}

// dropHeaderRepeats removes blocks at the top of the body that repeat the
// title, lead or byline, which readability sometimes keeps.
func dropHeaderRepeats(body []clean.Block, k known) []clean.Block {
	same := func(x, y string) bool { return y != "" && clean.Normalize(x) == clean.Normalize(y) }
	for len(body) > 0 {
		t := body[0].Text
		if !same(t, k.title) && !same(t, k.heading) && !same(t, k.lead) && !same(t, k.byline) && !same(t, "By "+k.byline) {
			break
		}
		body = body[1:]
	}
	return body
}

// dropHeaderLines removes what readability kept of the page's header above
// the first paragraph — date lines, bylines, roles, a standfirst — reading
// it as the text path does, and returns what it read there. It changes
// nothing when that reading finds a title other than the page's own, since
// the lines are then not a header.
func (v *vocabulary) dropHeaderLines(body []clean.Block, k known) ([]clean.Block, header) {
	h := v.readHeader(body, k.title, k.byline)
	if h.bodyStart == 0 || h.title != k.title {
		return body, header{}
	}
	return body[h.bodyStart:], h
}

// dropDateLines removes blocks that are nothing but a date, such as
// "23.10.2018" or "Aktualisiert: 11.04.2020, 10:27", left in the body by a
// page's header or footer, and returns what it removed.
func dropDateLines(body []clean.Block) ([]clean.Block, []clean.Removal) {
	kept := body[:0:0]
	var removed []clean.Removal
	for _, b := range body {
		if b.Kind == clean.Paragraph && textutil.WordsAtMost(b.Text, 10) && (isDateOnly(b.Text) || isDate(b.Text, nil)) {
			removed = append(removed, clean.Removal{Rule: RuleDateLine, Kind: clean.Nav, Text: b.Text})
			continue
		}
		kept = append(kept, b)
	}
	return kept, removed
}
