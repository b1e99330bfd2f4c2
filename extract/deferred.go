package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some pages ship the article inside an HTML comment, in a placeholder that
// a script fills once the reader consents to an embed ("data-gdpr-embedding"
// and the like): a browser shows it after the click, a parser sees only the
// comment. Others render it from a script's template and give it whole in a
// <noscript>, which a parser that runs scripts reads as raw text. Such a
// comment or <noscript> is read as markup when it holds several paragraphs
// of prose and more prose than the rest of the page: then it is the
// article, not a block of markup a site left commented out nor a fallback
// that repeats what the page shows.

// deferredMinParagraphs is how many prose paragraphs a comment must hold to
// be read as the page's deferred article.
const deferredMinParagraphs = 3

// revealDeferred replaces, in doc, each comment or <noscript> that holds
// the page's deferred article with the elements it holds. It reports
// whether it replaced any.
func revealDeferred(doc *html.Node) bool {
	var comments []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.CommentNode && n.Parent != nil && n.Parent.Type == html.ElementNode ||
			n.Type == html.TextNode && n.Parent.DataAtom == atom.Noscript && n.Parent.Parent != nil {
			if strings.Count(n.Data, "<p") >= deferredMinParagraphs {
				comments = append(comments, n)
			}
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
		if c.Type == html.TextNode {
			c = c.Parent // the <noscript> gives way to what it holds
		}
		nodes, err := html.ParseFragment(strings.NewReader(deferredMarkup(c)), c.Parent)
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

// deferredMarkup returns the markup a comment or a <noscript> holds.
func deferredMarkup(n *html.Node) string {
	if n.Type == html.CommentNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
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
