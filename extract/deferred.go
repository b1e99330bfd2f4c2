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
// that repeats what the page shows. A <template> is never shown either: it
// is read the same way, and taken out otherwise, since readability would
// read it (a client template's "developing story" and "spoiler" notices).

// deferredMinParagraphs is how many prose paragraphs a comment, <noscript>
// or <template> must hold to be read as the page's deferred article.
const deferredMinParagraphs = 3

// revealDeferred replaces, in doc, each comment, <noscript> or <template>
// that holds the page's deferred article with the elements it holds, and
// removes the other templates of the body.
func revealDeferred(doc *html.Node) {
	var comments, templates []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Template && n.Type == html.ElementNode {
			templates = append(templates, n)
			return false
		}
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
	if len(comments) == 0 && len(templates) == 0 {
		return
	}
	for _, t := range templates {
		if p, _ := templateProse(t); p < deferredMinParagraphs {
			t.Parent.RemoveChild(t)
		}
	}
	visible := pageProseWords(doc)
	for _, t := range templates {
		if t.Parent == nil {
			continue // removed
		}
		if _, words := templateProse(t); words > visible {
			for c := t.FirstChild; c != nil; {
				next := c.NextSibling
				t.RemoveChild(c)
				t.Parent.InsertBefore(c, t)
				c = next
			}
		}
		t.Parent.RemoveChild(t)
	}
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
	}
}

// templateProse counts the prose paragraphs of a <template> and their
// words.
func templateProse(t *html.Node) (int, int) {
	paragraphs, words := 0, 0
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		paragraphs, words = countProse(c, paragraphs, words)
	}
	return paragraphs, words
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
