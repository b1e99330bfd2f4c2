package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
)

// genericParts are the parts of a class name that say nothing of its
// content: "su-newsletter-box", "ArticleInlineNewsletter_root".
var genericParts = map[string]bool{
	"root": true, "container": true, "wrapper": true, "wrap": true, "inner": true, "outer": true, "box": true,
	"block": true, "module": true, "component": true, "section": true, "layer": true, "holder": true, "area": true,
}

// classWords splits one class or id token, as written, into its meaningful
// lower-case words:
// hyphen, underscore and camelCase parts, without namespace prefixes ("c-",
// "su-"), CSS-module hashes ("q1Zd3") or generic parts ("root", "box").
// The words are appended to buf[:0], so that a caller passing an array of
// its own allocates nothing for the common class name. A short first word
// is a prefix unless it is one of known's clutter words ("ad-slot"); nil
// known means the default vocabulary's.
func classWords(tok string, buf []string, known map[string]clean.Kind) []string {
	if known == nil {
		known = defaultVocabulary().classWords
	}
	words := buf[:0]
	for start := 0; start < len(tok); {
		end := start
		for end < len(tok) && tok[end] != '-' && tok[end] != '_' {
			end++
		}
		part := tok[start:end]
		start = end + 1
		if part == "" || isGenericPart(part) || looksLikeHash(part) {
			continue
		}
		if !hasUpper(part) {
			words = append(words, part)
			continue
		}
		words = append(words, splitCamel(part)...)
	}
	for len(words) > 1 && (classPrefixes[words[0]] || len(words[0]) <= 2 && known[words[0]] == "") {
		words = words[1:]
	}
	return words
}

// isGenericPart reports whether part is one of genericParts in any case.
func isGenericPart(part string) bool {
	const longest = len("component")
	if len(part) < 3 {
		return false
	}
	if len(part) > longest {
		// Longer, it can be one only through a letter whose lower case is
		// shorter (the Kelvin sign).
		return hasUpper(part) && genericParts[strings.ToLower(part)]
	}
	var lower [longest]byte
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c >= utf8.RuneSelf {
			return genericParts[strings.ToLower(part)] // Unicode case folding
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return genericParts[string(lower[:len(part)])]
}

// looksLikeHash reports a generated suffix such as "1eyg9ck" or "3lLdh".
func looksLikeHash(s string) bool {
	digits, letters, ascii := 0, 0, true
	for i := 0; i < len(s) && ascii; i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= '0' && c <= '9':
			digits++
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letters++
		}
	}
	if !ascii {
		digits, letters = 0, 0
		for _, r := range s {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case unicode.IsLetter(r):
				letters++
			}
		}
	}
	return digits > 0 && letters > 0 || (digits > 0 && len(s) > 3)
}

// splitCamel splits "ArticleInlineNewsletter" into lower-case words.
func splitCamel(s string) []string {
	if !hasUpper(s) {
		return []string{s} // most class names: no allocation beyond the slice
	}
	var words []string
	start := 0
	runes := []rune(s)
	for i := 1; i < len(runes); i++ {
		if unicode.IsUpper(runes[i]) && unicode.IsLower(runes[i-1]) {
			words = append(words, strings.ToLower(string(runes[start:i])))
			start = i
		}
	}
	return append(words, strings.ToLower(string(runes[start:])))
}

// hasWordIn reports whether any class token of s has one of words as a
// hyphen- or underscore-separated part.
func hasWordIn(s string, words []string) bool { return hasPart(s, words, false) }

// hasWordInFolded is hasWordIn(strings.ToLower(s), words) without the
// lowered copy of s: lowering a token on its own lowers it as lowering s
// would, and an ASCII token is compared a byte at a time, folded.
func hasWordInFolded(s string, words []string) bool { return hasPart(s, words, true) }

// hasPart splits s at spaces, hyphens and underscores in one scan (this
// runs for most elements of a page) and reports whether a part is one of
// words, compared folded to lower case when fold is set. The scan notes
// which parts hold capitals or letters beyond ASCII, so that a part is
// not read again to fold it.
func hasPart(s string, words []string, fold bool) bool {
	start := 0
	upper, wide := false, false // in the part since start
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var sep bool
		if c < utf8.RuneSelf {
			sep = partSeparators[c]
			upper = upper || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			sep = unicode.IsSpace(r)
			wide = wide || !sep
		}
		if sep {
			if i > start && isPart(s[start:i], words, fold, upper, wide) {
				return true
			}
			start = i + size
			upper, wide = false, false
		}
		i += size
	}
	return len(s) > start && isPart(s[start:], words, fold, upper, wide)
}

// partSeparators are the ASCII bytes hasPart splits at: white space,
// hyphens and underscores.
var partSeparators = [utf8.RuneSelf]bool{'-': true, '_': true, ' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// isPart reports whether part is one of words; folded to lower case when
// fold is set, where upper tells that part holds ASCII capitals and wide
// that it holds other characters than ASCII.
func isPart(part string, words []string, fold, upper, wide bool) bool {
	switch {
	case !fold:
		return slices.Contains(words, part)
	case wide:
		return slices.Contains(words, strings.ToLower(part))
	}
	// The first byte rules out most words without a call to compare.
	first := lower(part[0])
	for _, w := range words {
		if len(w) == len(part) && w[0] == first && (upper && equalLowered(part, w) || !upper && w == part) {
			return true
		}
	}
	return false
}

// equalLowered reports whether ASCII tok, lower-cased, is w, as long.
func equalLowered(tok, w string) bool {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
