package extract

import (
	"context"
	"log/slog"

	"github.com/declutter/declutter/clean"
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

// proseRegion returns the element that holds most of the page's prose
// paragraphs, and their words: each paragraph scores its words for its
// parent and two thirds of them for its grandparent, so that prose split
// over sibling boxes is read from their common parent. It returns nil when
// the page has less prose than one long paragraph. It counts words in place,
// allocating nothing per paragraph: it runs on every page.
func proseRegion(doc *html.Node) (*html.Node, int) {
	score := map[*html.Node]int{}
	// counted holds the words of the paragraphs long enough to count (0 for
	// one mostly linked), for regionWords not to count them again.
	counted := map[*html.Node]int{}
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
			w, share := proseWordsOf(n)
			if w >= regionParaWords {
				if share > regionLinkShare {
					counted[n] = 0
				} else {
					counted[n] = w
				}
			}
			if w >= regionParaWords && share <= regionLinkShare && n.Parent != nil {
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
		return nil, 0
	}
	if w := regionWords(best, counted); w >= longParagraph {
		return best, w
	}
	return nil, 0
}

// proseWordsOf counts the words under a paragraph and the share of its
// text bytes inside links.
func proseWordsOf(p *html.Node) (int, float64) {
	words, bytes, linked := 0, 0, 0
	walk(p, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			words += textutil.CountWords(c.Data)
			bytes += len(c.Data)
			if inLink(c, p) {
				linked += len(c.Data)
			}
		case html.ElementNode:
			return c.DataAtom != atom.Script && c.DataAtom != atom.Style
		}
		return true
	})
	if bytes == 0 {
		return 0, 0
	}
	return words, float64(linked) / float64(bytes)
}

// inLink reports whether n sits inside a link below root, looking a few
// levels up: links in prose are shallow.
func inLink(n, root *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && a != root && i < 8; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// regionWords counts the words of the prose paragraphs under region; a
// paragraph in counted counts as many words as it gives there.
func regionWords(region *html.Node, counted map[*html.Node]int) int {
	total := 0
	walk(region, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			if w, ok := counted[n]; ok {
				total += w
			} else if w, share := proseWordsOf(n); w >= regionParaWords && share <= regionLinkShare {
				total += w
			}
			return false
		}
		return n.Type != html.ElementNode || !isFurniture(n)
	})
	return total
}

// wrongContainer reports whether readability's body is much shorter than
// the prose region: less than half of its words, or, for a short body, fewer
// words than a region of one long paragraph, which a paywall or a teaser
// list may leave as the article's only one.
func wrongContainer(body reading, regionWords int) bool {
	return regionWords >= regionMinWords && !wordsAtLeast(body.blocks, (regionWords+1)/2) || // fewer than half
		regionWords >= longParagraph && !wordsAtLeast(body.blocks, min(minBodyWords, regionWords))
}

// regionReading parses the page again, runs the pre-pass and reads the
// body from the prose region of the fresh document: readability has
// changed the first one. It runs only when the guard has fired.
func (e *Extractor) regionReading(ctx context.Context, page []byte, src Source, meta pageMeta, k known, p clean.Page) (reading, bool) {
	doc, err := e.parse(ctx, page, src)
	if err != nil {
		return reading{}, false
	}
	runPrepass(doc, pageURLOf(src), meta, e.vocab, func(string) bool { return false })
	region, _ := proseRegion(doc)
	if region == nil {
		return reading{}, false
	}
	e.logger.Debug("body read from the prose region", slog.String("url", src.URL))
	return e.bodyOfBlocks(shownBlocksOf(region), k, p), true
}
