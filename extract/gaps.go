package extract

import (
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
type pagePara struct {
	text      string
	linkShare float64
}

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
				paras = append(paras, pagePara{text: text, linkShare: float64(links) / float64(len(text))})
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
	at := make(map[string]int, len(paras))
	for i, p := range paras {
		if _, dup := at[p.text]; !dup {
			at[p.text] = i
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
	inBody := make(map[string]bool, len(body))
	for _, b := range body {
		inBody[b.Text] = true
		for l := range strings.SplitSeq(b.Text, "\n") { // quotes and lists hold paragraphs
			inBody[l] = true
		}
	}
	missing := func(j int) bool {
		p := paras[j]
		if inBody[p.text] || p.linkShare > gapLinkShare || textutil.CountWords(p.text) < gapMinWords || !textutil.EndsSentence(p.text) {
			return false
		}
		return len(e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: p.text}}, page).Kept) == 1
	}
	var out []clean.Block
	prev := first
	for i, b := range body {
		if pos[i] > prev {
			for j := prev + 1; j < pos[i]; j++ {
				if missing(j) {
					out = append(out, clean.Block{Kind: clean.Paragraph, Text: paras[j].text})
				}
			}
			prev = pos[i]
		}
		out = append(out, b)
	}
	return out
}
