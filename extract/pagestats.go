package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageStats holds, for every node, facts gathered in one bottom-up pass.
// A node with none (no text, no image below) has no entry: a map lookup
// gives the zero value, and many elements of a page are empty.
type pageStats map[*html.Node]nodeStats

type nodeStats struct {
	text       int  // bytes of text below
	hasImage   bool // an img or picture below
	hasCaption bool // an element marked as a caption below
	hasCredit  bool // an element marked as a photo credit below
	hasVideo   bool // a video or audio player below
	hasFigure  bool // a figure or heading below: this is more than an image box
	// hasHeadline: the page's h1 is below, so this holds the article.
	hasHeadline bool
}

// statsOf gathers pageStats for the whole document in one pass, walking
// the tree by its links in post-order: no recursion, however deep the
// page. What the children of each open element add up to is kept on a
// stack, so that the map is written once per element with something
// below, and never read.
func statsOf(doc *html.Node) pageStats {
	stats := make(pageStats, 256)
	// Descend to the first leaf, skipping what holds no visible text: a
	// <noscript> holds the markup of a lazy image as text.
	descends := func(n *html.Node) bool {
		return n.FirstChild != nil && !(n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript))
	}
	var below []nodeStats // for each open node, what its finished children hold
	n := doc
	for n != nil {
		if descends(n) {
			below = append(below, nodeStats{})
			n = n.FirstChild
			continue
		}
		// Finish n, then every ancestor whose last child it is.
		for n != nil {
			var st nodeStats
			if descends(n) {
				st = below[len(below)-1]
				below = below[:len(below)-1]
			}
			switch n.Type {
			case html.TextNode:
				st.text = len(strings.TrimSpace(n.Data))
			case html.ElementNode:
				st.hasImage = st.hasImage || isImage(n)
				caption, credit := captionMarks(n)
				st.hasCaption = st.hasCaption || caption
				st.hasCredit = st.hasCredit || credit
				st.hasVideo = st.hasVideo || isVideo(n)
				st.hasFigure = st.hasFigure || n.DataAtom == atom.Figure || n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3
				st.hasHeadline = st.hasHeadline || n.DataAtom == atom.H1
				if st != (nodeStats{}) {
					stats[n] = st // an element with nothing below reads as the zero value
				}
			case html.DocumentNode:
			default:
				// Only elements and the document hold children, so only
				// they have stats gathered from below.
				st = nodeStats{}
			}
			if n == doc {
				stats[n] = st
				return stats
			}
			if st != (nodeStats{}) {
				p := &below[len(below)-1] // n's parent's
				p.text += st.text
				p.hasImage = p.hasImage || st.hasImage
				p.hasCaption = p.hasCaption || st.hasCaption
				p.hasCredit = p.hasCredit || st.hasCredit
				p.hasVideo = p.hasVideo || st.hasVideo
				p.hasFigure = p.hasFigure || st.hasFigure
				p.hasHeadline = p.hasHeadline || st.hasHeadline
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	return stats
}

// longParagraphs counts the paragraphs under n long enough to be body text.
func longParagraphs(n *html.Node) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if wordsIn(c) >= longParagraph {
				count++
			}
			return false
		}
		return true
	})
	return count
}
