package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text is taken from elements the way a reader sees it: block elements and
// <br> break the line, inline tags do not. "The <b>new</b>-look" reads "The
// new-look" and "pho<i>to</i>graphed" reads "photographed", while
// "<p>One</p><p>Two</p>" reads "One Two". One more break is a page's
// styling, not its markup: inline elements side by side, such as the links
// of a menu or the buttons of a share bar ("<a>Terms</a><a>Privacy</a>"),
// are laid out apart, so a word that starts right after one inline element
// ends is kept apart from it. Every piece of text the HTML path takes from
// the page — body blocks, captions, credits, the standfirst, the byline,
// removals — goes through writeText.

// textOf returns the text under n, whitespace collapsed.
func textOf(n *html.Node) string {
	t := getTextBuf()
	defer putTextBuf(t)
	t.write(n, nil, false)
	return t.collapsed()
}

// textAndLinks returns the text under n, whitespace collapsed, leaving out
// the elements skip reports, and how many bytes of it sit inside links.
func textAndLinks(n *html.Node, skip func(*html.Node) bool) (string, int) {
	t := getTextBuf()
	defer putTextBuf(t)
	links := t.write(n, skip, true)
	return t.collapsed(), links
}

// writeText writes the text under root to b as it stands, with a newline
// where a block element starts or ends and at each <br>. Scripts, styles,
// templates and noscript are left out, and so are the elements below root
// that skip, when not nil, reports, with all they hold. With countLinks it
// returns how many bytes of the text, collapsed, sit inside links. It walks
// the tree by its links, so no page is too deep for it.
func writeText(b *strings.Builder, root *html.Node, skip func(*html.Node) bool, countLinks bool) (links int) {
	t := getTextBuf()
	defer putTextBuf(t)
	links = t.write(root, skip, countLinks)
	b.Write(t.b)
	return links
}

// write is writeText into t.
func (t *textBuf) write(root *html.Node, skip func(*html.Node) bool, countLinks bool) (links int) {
	n := root
	// An inline element just ended and another one started. A root that
	// follows an element of its own starts so, as when blocksOf writes a
	// run of inline siblings one by one into the same builder.
	gap := root.Type == html.ElementNode && root.PrevSibling != nil && root.PrevSibling.Type == html.ElementNode
	for {
		descend := false
		switch n.Type {
		case html.TextNode:
			if gap && startsWord(n.Data) && len(t.b) > 0 && !t.endsInSpace() {
				t.b = append(t.b, ' ')
			}
			if n.Data != "" {
				gap = false
			}
			t.b = append(t.b, n.Data...)
		case html.DocumentNode:
			descend = n.FirstChild != nil
		case html.ElementNode:
			tag := tagOf(n)
			if leftOutTag(n, tag, root, skip) {
				break
			}
			switch {
			case tag == atom.Br || blockElement(tag):
				t.b = append(t.b, '\n')
			case tag == atom.A && countLinks:
				links += collapsedLen(n)
			}
			descend = n.FirstChild != nil
		}
		if descend {
			n = n.FirstChild
			continue
		}
		// Leave n, and every ancestor whose last child it is.
		for {
			if n == root {
				return links
			}
			if n.Type == html.ElementNode && blockElement(tagOf(n)) {
				t.b = append(t.b, '\n')
			}
			if n.NextSibling != nil {
				gap = gap || n.Type == html.ElementNode && n.NextSibling.Type == html.ElementNode
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// leftOut reports an element whose text no reader sees: a script, style,
// template or noscript, or one skip reports.
func leftOut(n, root *html.Node, skip func(*html.Node) bool) bool {
	return leftOutTag(n, tagOf(n), root, skip)
}

// leftOutTag is leftOut of n whose tagOf is tag.
func leftOutTag(n *html.Node, tag atom.Atom, root *html.Node, skip func(*html.Node) bool) bool {
	switch tag {
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return true
	}
	return n != root && skip != nil && skip(n)
}

// startsWord reports text that opens with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
