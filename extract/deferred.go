package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some pages ship the article inside an HTML comment, in a placeholder that
// a script fills once the reader consents to an embed ("data-gdpr-embedding"
// and the like): a browser shows it after the click, a parser sees only the
// comment. Such a comment is read as markup when it holds several paragraphs
// of prose and more prose than the rest of the page: then it is the
// article, not a block of markup a site left commented out.

// deferredMinParagraphs is how many prose paragraphs a comment must hold to
// be read as the page's deferred article.
const deferredMinParagraphs = 3

// revealDeferred replaces, in doc, each comment that holds the page's
// deferred article with the elements it holds. It reports whether it
// replaced any.
func revealDeferred(doc *html.Node) bool {
	var comments []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.CommentNode && n.Parent != nil && n.Parent.Type == html.ElementNode &&
			strings.Count(n.Data, "<p") >= deferredMinParagraphs {
			comments = append(comments, n)
		}
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Textarea, atom.Head:
			return false
		}
		return true
	})
	if len(comments) == 0 {
		return false
	}
	visible := pageProseWords(doc)
	revealed := false
	for _, c := range comments {
		nodes, err := html.ParseFragment(strings.NewReader(c.Data), c.Parent)
		if err != nil {
			continue
		}
		paragraphs, words := 0, 0
		for _, n := range nodes {
			paragraphs, words = countProse(n, paragraphs, words)
		}
		if paragraphs < deferredMinParagraphs || words <= visible {
			continue
		}
		for _, n := range nodes {
			c.Parent.InsertBefore(n, c)
		}
		c.Parent.RemoveChild(c)
		revealed = true
	}
	return revealed
}

// pageProseWords counts the words of doc's prose paragraphs outside its
// furniture.
func pageProseWords(doc *html.Node) int {
	_, words := countProse(doc, 0, 0)
	return words
}

// countProse adds the prose paragraphs under root, and their words, to
// paragraphs and words.
func countProse(root *html.Node, paragraphs, words int) (int, int) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if isFurniture(n) {
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
			return false
		case atom.P:
			if w, share := proseWordsOf(n); w >= regionParaWords && share <= regionLinkShare {
				paragraphs++
				words += w
			}
			return false
		}
		return true
	})
	return paragraphs, words
}
