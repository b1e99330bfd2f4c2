package extract

import (
	"hash/maphash"
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Gap filling: readability keeps the container it scored best and prunes
// inside it, so a paragraph it judged weak goes missing from the middle of
// the body. The page's own paragraphs, listed in order before readability
// runs, show where the body has gaps; prose found there is put back.
// (Paragraphs after the body's last one are left alone: on the corpus they
// were more often a teaser or a comment than the story's end.)

// A pagePara is one paragraph of the page as it stood before readability.
// It holds a hash of its text, which is all the gap finder compares, and
// its element, from which the text is read again when the paragraph is put
// back: the text of every paragraph, held while readability copies the
// page, would cost more memory than the page itself.
type pagePara struct {
	node      *html.Node // nil when text is given
	key       uint64     // textKey of the text
	text      string     // read from node when needed
	linkShare float64
}

// textPara is a paragraph known by its text alone.
func textPara(text string, linkShare float64) pagePara {
	return pagePara{key: textKey(text), text: text, linkShare: linkShare}
}

// textOf returns the paragraph's text. Readability changes the page, so
// the text read again from the element may differ from the text that was
// hashed: it is checked again before it is put back.
func (p *pagePara) textOf() string {
	if p.text == "" && p.node != nil {
		p.text, _ = inlineText(p.node)
	}
	return p.text
}

var textSeed = maphash.MakeSeed()

func textKey(text string) uint64 { return maphash.String(textSeed, text) }

// pageParagraphs lists the page's <p> elements in document order.
func pageParagraphs(doc *html.Node) []pagePara {
	var paras []pagePara
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
			return false
		case atom.P:
			text, links := inlineText(n)
			if text != "" {
				paras = append(paras, pagePara{node: n, key: textKey(text), linkShare: float64(links) / float64(len(text))})
			}
			return false
		}
		return true
	})
	return paras
}

// Limits of gap filling.
const (
	gapMinWords  = 12  // a paragraph put back reads as prose
	gapLinkShare = 0.3 // and is not a line of links
)

// fillGaps puts back the page's prose paragraphs that fall between the
// body's first and last paragraph, that the body lacks and no rule drops.
func (e *Extractor) fillGaps(body []clean.Block, paras []pagePara, page clean.Page) []clean.Block {
	if len(body) == 0 || len(paras) == 0 {
		return body
	}
	at := make(map[uint64]int, len(paras))
	for i, p := range paras {
		if _, dup := at[p.key]; !dup {
			at[p.key] = i
		}
	}
	// Where each body block stands among the page's paragraphs, if it is
	// one of them.
	first, last := -1, -1
	pos := make([]int, len(body))
	for i, b := range body {
		pos[i] = -1
		if j, ok := at[textKey(b.Text)]; ok && b.Kind == clean.Paragraph {
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
	inBody := make(map[uint64]bool, len(body))
	for _, b := range body {
		inBody[textKey(b.Text)] = true
		for l := range strings.SplitSeq(b.Text, "\n") { // quotes and lists hold paragraphs
			inBody[textKey(l)] = true
		}
	}
	missing := func(j int) bool {
		p := &paras[j]
		if inBody[p.key] || p.linkShare > gapLinkShare {
			return false
		}
		text := p.textOf()
		if textKey(text) != p.key || textutil.CountWords(text) < gapMinWords || !textutil.EndsSentence(text) {
			return false // changed since: readability split it
		}
		return len(e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: text}}, page).Kept) == 1
	}
	var out []clean.Block
	prev := first
	for i, b := range body {
		if pos[i] > prev {
			for j := prev + 1; j < pos[i]; j++ {
				if missing(j) {
					out = append(out, clean.Block{Kind: clean.Paragraph, Text: paras[j].textOf()})
				}
			}
			prev = pos[i]
		}
		out = append(out, b)
	}
	return out
}
