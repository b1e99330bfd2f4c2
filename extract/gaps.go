package extract

import (
	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
)

// Gap filling: readability keeps the container it scored best and prunes
// inside it, so a paragraph it judged weak goes missing from the middle of
// the body. The page's own blocks, listed in order before readability
// runs, show where the body has gaps; prose found there is put back.
// (Paragraphs after the body's last one are left alone: on the corpus they
// were more often a teaser or a comment than the story's end.)

// pageBlocks lists the text blocks of the page's body as it stood before
// readability, in document order, read as the body is read: the gaps in
// the body are found among them, and every one that reaches no part of
// the Article is reported (see traceDropped).
func pageBlocks(doc *html.Node) []domBlock {
	return shownBlocksOf(bodyElement(doc))
}

// Limits of gap filling.
const (
	gapMinWords  = 12  // a paragraph put back reads as prose
	gapLinkShare = 0.3 // and is not a line of links
	// gapLinkedProse is the most of a paragraph's text in links with
	// which it is still put back when it reads as a sentence: a paragraph
	// that is mostly a link and goes on past it, as news sites write
	// "The report found that …" with the finding linked. A teaser is a
	// link whole.
	gapLinkedProse = 0.75
)

// fillGaps puts back the page's prose paragraphs that fall between the
// body's first and last paragraph, that the body lacks and no rule drops.
func (e *Extractor) fillGaps(body []clean.Block, paras []domBlock, page clean.Page) []clean.Block {
	if len(body) == 0 || len(paras) == 0 {
		return body
	}
	at := make(map[string]int, len(paras))
	for i, p := range paras {
		if _, dup := at[p.Text]; !dup {
			at[p.Text] = i
		}
	}
	// Where each body block stands among the page's paragraphs, if it is
	// one of them.
	first, last := -1, -1
	pos := make([]int, len(body))
	for i, b := range body {
		pos[i] = -1
		if j, ok := at[b.Text]; ok && b.Kind == clean.Paragraph {
			pos[i] = j
			if first < 0 {
				first = j
			}
			last = max(last, j)
		}
	}
	if first < 0 || last-first < 2 {
		return body // no room for a gap
	}
	// What the body holds, its lists' and quotes' lines too, and the
	// starts and ends of its blocks: a run of inline text the page prints
	// around two paragraphs the body has is no gap.
	inBody := newTextIndex(len(body))
	for _, b := range body {
		inBody.add(b.Text)
	}
	missing := func(j int) bool {
		p := paras[j]
		if p.Kind != clean.Paragraph || inBody.has(p.Text) || p.linkShare > gapLinkedProse ||
			textutil.CountWords(p.Text) < gapMinWords || !textutil.EndsSentence(p.Text) {
			return false
		}
		if p.linkShare > gapLinkShare && textutil.CountWords(p.Text) < 2*gapMinWords {
			return false // a short line mostly of links: a teaser
		}
		_, dropped := e.rules.Classify(p.Block, page)
		return !dropped
	}
	var out []clean.Block
	prev := first
	for i, b := range body {
		if pos[i] > prev {
			for j := prev + 1; j < pos[i]; j++ {
				if missing(j) {
					out = append(out, paras[j].Block)
				}
			}
			prev = pos[i]
		}
		out = append(out, b)
	}
	return out
}

// putBackOpening puts back, at the body's start, the page's block just above
// the body's first paragraph (past those the body holds further down) when
// readability dropped it and it is a standfirst of full sentences that the
// page sets as a heading ("<h2>The UN convention has set up a task force
// …</h2>"). A paragraph there is left alone: on the corpus it was more often
// an offer box than the story's start. A line of links, a short heading and
// what the title or the lead already say are left out too.
func (e *Extractor) putBackOpening(body []clean.Block, paras []domBlock, page clean.Page, title, lead string) []clean.Block {
	if len(body) == 0 || body[0].Kind != clean.Paragraph {
		return body
	}
	first := -1
	for i, p := range paras {
		if p.Text == body[0].Text {
			first = i
			break
		}
	}
	inBody := newTextIndex(len(body))
	for _, b := range body {
		inBody.add(b.Text)
	}
	j := first - 1
	for j >= 0 && inBody.has(paras[j].Text) {
		j-- // a block the body holds further down, or its opening words set above as a heading
	}
	if j < 0 {
		return body
	}
	p := paras[j]
	if p.Kind != clean.Heading || p.linkShare > gapLinkShare ||
		textutil.CountWords(p.Text) < 2*gapMinWords || !textutil.EndsSentence(p.Text) {
		return body
	}
	key := clean.Normalize(p.Text)
	if key == clean.Normalize(title) || key == clean.Normalize(lead) {
		return body
	}
	b := p.Block
	b.Kind = clean.Paragraph
	if _, dropped := e.rules.Classify(b, page); dropped {
		return body
	}
	return append([]clean.Block{b}, body...)
}
