package extract

import (
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The wrong-container guard. Readability scores containers and keeps the
// best; on some layouts it keeps a box of links, an author card or a
// fragment of the story while the page's prose sits elsewhere. Before
// readability changes the page, proseRegion finds where the page's prose
// paragraphs are; when readability's body is much shorter than that
// region's, the region is read instead.

// Limits of the guard.
const (
	regionParaWords = 15  // a paragraph that counts as prose
	regionLinkShare = 0.3 // and is not a line of links
	regionMinWords  = 150 // a region worth a second look
)

// proseRegion returns the blocks of the element that holds most of the
// page's prose paragraphs: each paragraph scores its words for its parent
// and two thirds of them for its grandparent, so that prose split over
// sibling boxes is read from their common parent. It returns nil when the page has
// too little prose for the guard.
func proseRegion(doc *html.Node) []domBlock {
	score := map[*html.Node]int{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isFurniture(n) {
			return false // comments and sidebars hold long paragraphs too
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
			return false
		case atom.P:
			text, links := inlineText(n)
			w := textutil.CountWords(text)
			if w >= regionParaWords && float64(links) <= regionLinkShare*float64(len(text)) && n.Parent != nil {
				score[n.Parent] += w
				if n.Parent.Parent != nil {
					score[n.Parent.Parent] += w * 2 / 3
				}
			}
			return false
		}
		return true
	})
	var best *html.Node
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && best.Parent == n {
			best = n // of equals, the one nearer the root: maps are unordered
		}
	}
	if best == nil {
		return nil
	}
	blocks := blocksOf(best)
	n := 0
	for _, b := range blocks {
		n += textutil.CountWords(b.Text)
	}
	if n < regionMinWords {
		return nil
	}
	return blocks
}

// wrongContainer reports whether readability's body is much shorter than
// the prose region's: less than half of it.
func wrongContainer(body, region reading) bool {
	b, r := words(body.blocks), words(region.blocks)
	return r >= regionMinWords && b*2 < r
}
