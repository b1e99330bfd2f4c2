// Package textutil holds the small text helpers that clean and extract
// share, so that both count words and read sentence ends the same way.
package textutil

import (
	"iter"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CountWords counts the space-separated words of s without allocating.
func CountWords(s string) int { return wordsUpTo(s, math.MaxInt) }

// WordsAtMost reports whether s holds at most n words, as CountWords(s) <= n
// does, reading s no further than its (n+1)th word.
func WordsAtMost(s string, n int) bool { return n >= 0 && wordsUpTo(s, n) <= n }

// wordsUpTo counts the words of s up to limit+1, where it stops reading.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		// Most text is ASCII: read it a byte at a time, and decode only the
		// rest, as ranging over s would.
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			if n++; n > limit {
				break
			}
		}
	}
	return n
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

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

// ListLines yields the entries of a word or name list as the project keeps
// them: one a line, blank lines and lines starting with "#" skipped, each
// trimmed of surrounding space.
func ListLines(list string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for l := range strings.SplitSeq(list, "\n") {
			if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if !yield(l) {
				return
			}
		}
	}
}
