// Package textutil holds the small text helpers that clean and extract
// share, so that both count words and read sentence ends the same way.
package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CountWords counts the space-separated words of s without allocating.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// EndsSentence reports text that ends with a full stop, question or
// exclamation mark, perhaps inside closing quotes or brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"'”’)»`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// InvalidAt reports whether s holds an invalid UTF-8 byte at i, as opposed
// to a U+FFFD written out in full: ranging over s yields utf8.RuneError for
// both.
func InvalidAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size == 1
}
