package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walk visits n and its descendants in document order, skipping the
// children of a node for which visit returns false. It follows the tree's
// links, so it allocates nothing and no document is too deep for it; visit
// may change a node's children before they are visited, but must not
// detach the node or its later siblings.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

var spaceReplacer = strings.NewReplacer(
	"\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ", "\u200a", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u2060", "",
)

// normaliseSpaces turns no-break and other odd spaces into plain spaces and
// drops zero-width characters.
func normaliseSpaces(s string) string {
	if !hasOddSpace(s) {
		return s // the common case; the replacer would copy s regardless
	}
	return spaceReplacer.Replace(s)
}

// hasOddSpace reports whether s holds one of oddSpaces. Every odd space is
// encoded starting with 0xC2, 0xE2 or 0xEF: looking for those bytes is far
// cheaper than decoding s, and a text with curly quotes or dashes (0xE2)
// has its few lead bytes checked where they stand. A lead byte is never
// inside another character's encoding, so a match here is the character.
func hasOddSpace(s string) bool {
	e2 := strings.IndexByte(s, 0xE2)
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xEF) < 0 {
		// Only 0xE2, the lead byte of curly quotes and dashes too: from
		// one to the next.
		for i := e2; i >= 0; {
			if oddSpaceE2(s, i) {
				return true
			}
			j := strings.IndexByte(s[i+1:], 0xE2)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		return false
	}
	from := len(s)
	for _, b := range [...]byte{0xC2, 0xEF} {
		if i := strings.IndexByte(s[:from], b); i >= 0 {
			from = i
		}
	}
	if e2 >= 0 {
		from = min(from, e2)
	}
	for i := from; i < len(s); i++ {
		switch s[i] {
		case 0xC2: // U+00A0
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		case 0xE2:
			if oddSpaceE2(s, i) {
				return true
			}
		case 0xEF: // U+FEFF
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
}

// oddSpaceE2 reports whether the 0xE2 at s[i] opens U+2007, U+2009 to
// U+200D, U+202F or U+2060.
func oddSpaceE2(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	b1, b2 := s[i+1], s[i+2]
	return b1 == 0x80 && (b2 == 0x87 || 0x89 <= b2 && b2 <= 0x8D || b2 == 0xAF) || b1 == 0x81 && b2 == 0xA0
}

// oddSpaces are the characters spaceReplacer replaces.
const oddSpaces = "\u00a0\u202f\u2007\u2009\u200a\u200b\u200c\u200d\ufeff\u2060"

// classAndID returns n's class and id attributes, lower-cased, as one string.
func classAndID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// remove detaches n from its parent.
func remove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// tagOf returns n's element type. Readability renames elements (a div
// becomes a p) by changing Data alone, so DataAtom cannot be trusted on its
// output.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}
