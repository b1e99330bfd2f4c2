package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A pull quote is a sentence of the story printed again, large, between its
// paragraphs; a <figure> holding a <blockquote> is a quotation. Neither is
// an image, so neither gives a caption. A pull quote the page prints
// elsewhere is a copy and leaves the body, reported in Removed; any other
// stays where it stands for readability to keep as a quote of the body.

// isQuoteBox reports a pull quote, by its class, or a figure that holds a
// quotation rather than an image.
func isQuoteBox(n *html.Node, st nodeStats) bool {
	if n.DataAtom == atom.Figure && holds(n, isBlockquote) {
		return true
	}
	return st.text <= maxPullQuoteText && isPullQuoteClass(attr(n, "class"))
}

// maxPullQuoteText bounds a pull quote's text: a class that says more
// holds more than a quote.
const maxPullQuoteText = 1200

// keepQuote makes a quotation's figure a plain box, so that the body, which
// passes over figures as the pre-pass took them, reads it as a quote. It
// reports whether n changed.
func keepQuote(n *html.Node) bool {
	if n.DataAtom == atom.Figure {
		n.DataAtom, n.Data = atom.Div, "div"
		return true
	}
	return false
}

func isBlockquote(n *html.Node) bool { return n.DataAtom == atom.Blockquote }

// isPullQuoteClass reports a class that names a pull quote:
// "wp-block-pullquote", "pull-quote", "article-pullquote". The parts of one
// (its text, its author) are not one: their class goes on past the words.
func isPullQuoteClass(class string) bool {
	if !containsLower(class, "pull") {
		return false // most classes: one scan
	}
	var buf [6]string
	for tok := range strings.FieldsSeq(class) {
		words := classWords(tok, buf[:0], nil)
		for i, w := range words {
			w = strings.ToLower(w)
			last := i == len(words)-1
			if w == "pullquote" && last || w == "pull" && i+2 == len(words) && strings.EqualFold(words[i+1], "quote") {
				return true
			}
		}
	}
	return false
}

// quoteKeyWords is how many words at each end of a pull quote must be
// found elsewhere on the page for it to be a copy.
const quoteKeyWords = 6

// repeatsPage reports whether the quotation in box is printed elsewhere on
// the page, whose text, normalised, page holds: the run of words that opens
// it, or the run that closes it, occurs a second time. Pull quotes are
// often cut short, so one end is enough.
func repeatsPage(box *html.Node, page string) bool {
	words := strings.Fields(clean.Normalize(quoteText(box)))
	kept := words[:0]
	for _, w := range words {
		if isWordToken(w) {
			kept = append(kept, w)
		}
	}
	if len(kept) < quoteKeyWords {
		return false
	}
	for _, run := range [][]string{kept[:quoteKeyWords], kept[len(kept)-quoteKeyWords:]} {
		if countWordRun(page, run) >= 2 {
			return true
		}
	}
	return false
}

// quoteText returns the quotation a box holds, without its attribution:
// the blockquote's text when there is one.
func quoteText(box *html.Node) string {
	var q *html.Node
	walk(box, func(n *html.Node) bool {
		if q == nil && n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			q = n
		}
		return q == nil
	})
	if q == nil {
		q = box
	}
	text, _ := textAndLinks(q, func(n *html.Node) bool { return n.DataAtom == atom.Cite || n.DataAtom == atom.Figcaption })
	return text
}

// isWordToken reports a token of normalised text that holds a letter or a
// digit, not punctuation alone.
func isWordToken(w string) bool {
	for _, r := range w {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 0x7f {
			return true
		}
	}
	return false
}

// countWordRun counts where run's words follow each other in page, a
// normalised text, with only punctuation between them.
func countWordRun(page string, run []string) int {
	first := " " + run[0] + " "
	count := 0
	for i := 0; ; {
		j := strings.Index(page[i:], first)
		if j < 0 {
			return count
		}
		start := i + j + 1
		i = start + len(run[0])
		if followsRun(page[i:], run[1:]) {
			count++
		}
	}
}

// followsRun reports whether rest, after punctuation tokens, starts with
// run's words.
func followsRun(rest string, run []string) bool {
	for _, want := range run {
		for {
			rest = strings.TrimLeft(rest, " ")
			tok, after, _ := strings.Cut(rest, " ")
			if tok == "" {
				return false
			}
			rest = after
			if isWordToken(tok) {
				if tok != want {
					return false
				}
				break
			}
		}
	}
	return true
}
