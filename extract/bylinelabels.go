package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// bylineLabels are the labels printed before a byline's names ("By", "Ein
// Artikel von", "Текст:"), from vocabulary/bylinelabels.txt, whose header
// describes the marks (+header, +colon, +element) that narrow where a
// label counts.
type bylineLabels struct {
	byFirst map[string][]bylineLabel // by lower case first word, longest first

	// header finds a +header label at the start of a line and the names
	// after it, in group 1, for the HTML path's lines outside a byline
	// element. Compiled by compile.
	header *regexp.Regexp
	// headerFirst holds the +header labels' first words, in lower case,
	// when all are ASCII letters: a line that opens with none of them is
	// one header does not match. Nil when a label's first word is another
	// kind, which case folding could match in ways a look-up would miss.
	headerFirst map[string]bool
}

// A bylineLabel is one line of bylinelabels.txt.
type bylineLabel struct {
	text    string // lower case, one space between words
	header  bool   // makes a line a byline wherever it stands on an HTML page
	colon   bool   // capitalised, counts only before a colon, alone or before a full name
	element bool   // counts only inside an HTML element that holds the byline
}

// add adds one line of bylinelabels.txt: a label, then its marks.
func (b *bylineLabels) add(fields []string) error {
	var l bylineLabel
	for len(fields) > 0 && strings.HasPrefix(fields[len(fields)-1], "+") {
		switch mark := fields[len(fields)-1]; mark {
		case "+header":
			l.header = true
		case "+colon":
			l.colon = true
		case "+element":
			l.element = true
		default:
			return fmt.Errorf("unknown mark %q: want +header, +colon or +element", mark)
		}
		fields = fields[:len(fields)-1]
	}
	if l.header && (l.colon || l.element) {
		return fmt.Errorf("a +header label counts anywhere: want no +colon or +element")
	}
	if len(fields) == 0 {
		return fmt.Errorf("want LABEL [+MARK...], got only marks")
	}
	l.text = strings.ToLower(strings.Join(fields, " "))
	first := strings.ToLower(fields[0])
	if slices.ContainsFunc(b.byFirst[first], func(o bylineLabel) bool { return o.text == l.text }) {
		return fmt.Errorf("duplicate label %q", l.text)
	}
	if b.byFirst == nil {
		b.byFirst = map[string][]bylineLabel{}
	}
	b.byFirst[first] = append(b.byFirst[first], l)
	slices.SortStableFunc(b.byFirst[first], func(x, y bylineLabel) int { return len(y.text) - len(x.text) })
	return nil
}

// compile builds the expression of the +header labels.
func (b *bylineLabels) compile() {
	var header []string
	for _, ls := range b.byFirst {
		for _, l := range ls {
			if l.header {
				header = append(header, l.text)
			}
		}
	}
	slices.Sort(header) // the same expression each time
	b.header = regexp.MustCompile(`^(?i:` + alternatives(header, `\s+`) + `)(?:\s*:)?\s+(\S.*)$`)
	b.headerFirst = map[string]bool{}
	for _, l := range header {
		first, _, _ := strings.Cut(l, " ")
		if first == "" || len(first) > maxHeaderFirst || strings.IndexFunc(first, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			b.headerFirst = nil
			return
		}
		b.headerFirst[first] = true
	}
}

// maxHeaderFirst is the longest first word of a +header label that
// headerFirst holds.
const maxHeaderFirst = 24

// mayOpenHeader reports whether t may open with a +header label, as header
// would match it: false only when the word t opens with, up to a space or
// a colon, is ASCII and none of the labels' first words in any case.
func (b *bylineLabels) mayOpenHeader(t string) bool {
	if b.headerFirst == nil {
		return true
	}
	end := strings.IndexAny(t, " \t\n\f\r:")
	if end < 0 {
		end = len(t)
	}
	for i := 0; i < end; i++ {
		if t[i] >= utf8.RuneSelf {
			return true // "K", the Kelvin sign, folds to "k"
		}
	}
	var lower [maxHeaderFirst]byte
	if end > len(lower) {
		return false
	}
	for i := 0; i < end; i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return b.headerFirst[string(lower[:end])]
}

// cut returns what follows the byline label t opens with ("By", "Ein
// Artikel von", "Текст:"), trimmed, and whether t opens with one. The label
// ends at a colon, a space or the end of the line: rest is empty for a lone
// label, whose names stand on the next line. Both paths read bylines with
// it: the text path on any line, the HTML path inside a byline element,
// where element is set and +element labels count too.
func (b *bylineLabels) cut(t string, element bool) (rest string, ok bool) {
	end := strings.IndexAny(t, " :")
	if end < 0 {
		end = len(t)
	}
	if end == 0 || end > 24 {
		return "", false
	}
	for _, label := range b.labelsFor(t[:end]) {
		if label.element && !element || len(t) < len(label.text) || !strings.EqualFold(t[:len(label.text)], label.text) {
			continue
		}
		rest := t[len(label.text):]
		if rest == "" {
			return "", true
		}
		if rest[0] != ' ' && rest[0] != ':' {
			continue // "Bylines", "Vontobel"
		}
		rest = strings.TrimSpace(rest)
		colon := strings.HasPrefix(rest, ":")
		if label.colon && !colon && rest != "" && t[:len(label.text)] != label.text && !opensFullName(rest) {
			continue // "Di Maio", "Text and photos by"
		}
		rest = strings.TrimLeft(rest, ":")
		return strings.TrimSpace(rest), true
	}
	return "", false
}

// labelsFor returns the labels whose first word is word, in any case. An
// ASCII word, as most lines open with, is folded on the stack: a line's
// first word would otherwise be copied to look it up.
func (b *bylineLabels) labelsFor(word string) []bylineLabel {
	var buf [24]byte
	if len(word) > len(buf) {
		return b.byFirst[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return b.byFirst[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return b.byFirst[string(buf[:len(word)])]
}

// opensFullName reports whether s opens with two capitalised words, as a
// name after "Di" does ("Di Mario Rossi") and a surname's rest does not
// ("Di Maio").
func opensFullName(s string) bool {
	first, rest, _ := strings.Cut(s, " ")
	return startsUpper(first) && startsUpper(rest)
}
