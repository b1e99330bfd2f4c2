package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameBioStart returns where an author's bio starts among the last lines
// of lines[start:end], or end: one of the last two paragraphs opens with
// the full name of one of the article's authors and goes on in lower case,
// as "Jane Doe covers transport for the Ledger." does. The story's own
// paragraphs name a person and then a comma or a capital ("Jane Doe, the
// mayor, said", "Jane Doe Ltd"); a bio names its author as its subject.
func nameBioStart(lines []textLine, start, end int, authors []string) int {
	if len(authors) == 0 {
		return end
	}
	bio, prose := end, 0
	for i := end - 1; i > start+1 && prose < bioParagraphs; i-- {
		l := &lines[i]
		if !isArticleLine(l) {
			continue
		}
		prose++
		if opensWithAuthor(l.text, authors) {
			bio = i
		}
	}
	return bio
}

// bioParagraphs is how many of an article's last paragraphs a bio is
// looked for in.
const bioParagraphs = 2

// opensWithAuthor reports a text that opens with the full name of one of
// authors, two words or more, then a space and a word in lower case.
func opensWithAuthor(t string, authors []string) bool {
	for _, a := range authors {
		if strings.Count(a, " ") == 0 || !strings.HasPrefix(t, a+" ") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[len(a)+1:]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}
