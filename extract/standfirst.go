package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// standfirstWords mark the element that holds an article's standfirst.
var standfirstWords = map[string]bool{
	"standfirst": true, "dek": true, "subtitle": true,
	"lede": true, "summary": true, "intro": true, "deck": true, "strapline": true, "sapo": true, "chapo": true,
}

// isStandfirst reports whether n is the standfirst: marked by its class, or
// holding the page's own description, and of a standfirst's length.
func isStandfirst(n *html.Node, st nodeStats, description string) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span:
	default:
		return false
	}
	// Cheap tests first: this runs for every element of the page.
	if st.text < 20 || st.text > 800 {
		return false
	}
	marked := false
	var buf [6]string
marks:
	for _, marks := range [...]string{attr(n, "class"), attr(n, "id")} {
		for tok := range strings.FieldsSeq(marks) {
			words := classWords(tok, buf[:0], nil)
			if len(words) > 0 && (standfirstWords[words[0]] || standfirstWords[words[len(words)-1]]) {
				marked = true
				break marks
			}
		}
	}
	if !marked && (description == "" || st.text < len(description)*4/5 || st.text > len(description)*6/5+10) {
		return false
	}
	text := textOf(n)
	words := textutil.CountWords(text)
	if words < 6 || words > 80 || longParagraphs(n) > 1 {
		return false
	}
	if marked {
		return true
	}
	// The description often repeats the first paragraph: a paragraph among
	// paragraphs is body text, not a standfirst.
	return clean.Normalize(text) == clean.Normalize(description) && !amongParagraphs(n)
}

// descriptionKeyWords is how many of the description's first words must
// open a block for it to be the block the description summarises.
const descriptionKeyWords = 8

// opensWith reports whether n is a text block, of a standfirst's or a
// paragraph's size, whose normalised text opens with key.
func opensWith(n *html.Node, st nodeStats, key string) bool {
	if key == "" || st.text < len(key) || st.text > 2000 {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.H2:
	case atom.Div, atom.Section, atom.Span:
		if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode {
			return false // only a bare text box; teaser cards hold more
		}
	default:
		return false
	}
	// Cheap test first: the block's first words must open the key.
	first := clean.Normalize(firstText(n))
	if first == "" || !strings.HasPrefix(key, first[:min(len(first), len(key))]) && !strings.HasPrefix(first, key) {
		return false
	}
	return strings.HasPrefix(clean.Normalize(textOf(n)), key)
}

// firstText returns n's first non-blank text node.
func firstText(n *html.Node) string {
	found := ""
	walk(n, func(c *html.Node) bool {
		if found != "" {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			found = c.Data
		}
		return c.Type != html.ElementNode || (c.DataAtom != atom.Script && c.DataAtom != atom.Style)
	})
	return found
}

// amongParagraphs reports whether n has two or more sibling paragraphs of
// body length.
func amongParagraphs(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	count := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && c.DataAtom == atom.P && wordsIn(c) >= 15 {
			count++
		}
	}
	return count >= 2
}
