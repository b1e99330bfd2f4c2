package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isHeading reports a subheading element, h2 to h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// keepHeading protects a subheading from readability, which deletes h1 and
// h2 elements whose class it dislikes ("subheader") or whose text resembles
// the title ("What happens next?" under "…: what happens next"). The
// heading keeps its text and level of importance in our output, where
// every heading is a heading. It reports whether n changed.
func keepHeading(n *html.Node) bool {
	changed := false
	if n.DataAtom == atom.H2 {
		n.DataAtom, n.Data = atom.H3, "h3"
		changed = true
	}
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			attrs = append(attrs, a)
		}
	}
	changed = changed || len(attrs) < len(n.Attr)
	n.Attr = attrs
	return changed
}
