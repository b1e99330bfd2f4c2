package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// The trace of dropped blocks. Readability keeps one container and prunes
// inside it; what it leaves out — menus, skip links, teaser lists, a line
// it judged weak — would vanish without a word. The page's blocks, listed
// before readability ran (see pageBlocks), are checked against the
// finished Article: a block that reached no part of it and no removal is
// reported in Removed, under a rule that says why it is not the article.
// It costs no walk of its own: the list is the one gap filling reads, and
// the check is a few map lookups a block.

// edgeBytes is how much of a text's start or end identifies it when it
// was changed on the way to the Article: split at a double <br>, a span
// stripped by a rule, a credit cut off a caption.
const edgeBytes = 48

// trailingListLinks is the share of links that makes a list below the
// article a list of teasers: each item a linked headline and a date.
const trailingListLinks = 0.5

// A textIndex tells whether a text, or a text sharing its start or its
// end, is in a set. Its keys are substrings of the texts added, all in one
// map: building it allocates nothing per text.
type textIndex map[string]bool

func newTextIndex(n int) textIndex { return make(textIndex, 3*n) }

// add puts text and each of its lines in the index: lists and quotes join
// their items by line.
func (x textIndex) add(text string) {
	x.addOne(text)
	if strings.IndexByte(text, '\n') >= 0 {
		for l := range strings.SplitSeq(text, "\n") {
			x.addOne(l)
		}
	}
}

func (x textIndex) addOne(text string) {
	if text == "" {
		return
	}
	x[text] = true
	if len(text) >= edgeBytes {
		x[head(text)] = true
		x[tail(text)] = true
	}
}

// has reports whether text, its start or its end, is in the index.
func (x textIndex) has(text string) bool {
	return x[text] || len(text) >= edgeBytes && (x[head(text)] || x[tail(text)])
}

// head and tail return about edgeBytes of a text's start and end, cut at
// rune boundaries.
func head(s string) string {
	i := edgeBytes
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

func tail(s string) string {
	i := len(s) - edgeBytes
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// traceDropped returns a Removal for every block of the page that reached
// neither the Article — its body, title, lead, byline or captions — nor a
// removal already made. Each is named by the rule that matches it, or by
// where it stood: among the body's blocks, above it or below it.
func (e *Extractor) traceDropped(a *Article, blocks []domBlock, page clean.Page) []clean.Removal {
	if len(blocks) == 0 {
		return nil
	}
	body := newTextIndex(len(a.Body))
	for _, b := range a.Body {
		body.add(b.Text)
	}
	other := newTextIndex(len(a.Removed) + 2*len(a.Captions) + 3)
	for _, r := range a.Removed {
		other.add(r.Text)
	}
	for _, c := range a.Captions {
		other.add(c.Text)
		other.add(c.Credit)
	}
	other.add(a.Title)
	other.add(a.Lead)
	other.add(a.Byline)

	// The body's stretch of the page: from the first block it kept to the
	// last.
	first, last := -1, -1
	inBody := make([]bool, len(blocks))
	for i, b := range blocks {
		if body.has(b.Text) {
			inBody[i] = true
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var out []clean.Removal
	for i, b := range blocks {
		if inBody[i] || other.has(b.Text) || opensCaption(b.Text, a.Captions) {
			continue
		}
		if r, ok := e.rules.Classify(b.Block, page); ok {
			out = append(out, r)
			continue
		}
		rule := droppedRule(b, a.Byline, i, first, last)
		out = append(out, clean.Removal{Rule: rule, Kind: ruleKind(rule), Text: b.Text})
	}
	return out
}

// opensCaption reports a block that opens with a caption's text: a
// caption line, its credit split off.
func opensCaption(text string, captions []Caption) bool {
	for _, c := range captions {
		if c.Text != "" && strings.HasPrefix(text, c.Text) {
			return true
		}
	}
	return false
}

// droppedRule names a block no rule matches by its shape and where it
// stood against the body's stretch, first to last (-1 when the body holds
// none of the page's blocks).
func droppedRule(b domBlock, byline string, i, first, last int) string {
	words := textutil.CountWords(b.Text)
	links := b.linkShare >= linkShareMin
	switch {
	case byline != "" && words <= bylineLineWords && opensWithByline(b.Text, byline):
		return RuleBylineLine
	case words <= 10 && b.Kind == clean.Paragraph && strings.ContainsAny(b.Text, "0123456789") && (isDateOnly(b.Text) || isDate(b.Text, nil)):
		return RuleDateLine
	case first < 0 || i < first:
		if links {
			return RulePageLinks
		}
		return RuleOutsideArticle
	case i > last:
		if links || b.Kind == clean.List && b.linkShare >= trailingListLinks {
			return RuleTrailingLinks
		}
		return RuleOutsideArticle
	case links && b.Kind == clean.Heading:
		return RuleLinkHeading
	case links && b.Kind == clean.List:
		return RuleLinkList
	case links || b.linkShare > gapLinkShare:
		return RuleLinkLine
	}
	return RuleNotProse
}

// bylineLineWords is the longest line read as a byline line: the names,
// a role, a date and a reading time.
const bylineLineWords = 20

// bylineLead is how far into a line its byline may start: after "By ",
// "Von ", "Texte par ".
const bylineLead = 12

// opensWithByline reports a line that has the byline at or near its start.
func opensWithByline(text, byline string) bool {
	for i := 0; i <= bylineLead && i+len(byline) <= len(text); i++ {
		if strings.EqualFold(text[i:i+len(byline)], byline) {
			return true
		}
	}
	return false
}

// ruleKind returns the kind a removal name starts with.
func ruleKind(name string) clean.Kind {
	kind, _, _ := strings.Cut(name, "/")
	return clean.Kind(kind)
}
