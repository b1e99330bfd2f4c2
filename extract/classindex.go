package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
)

// A classIndex tells a class or id token that none of the clutter class
// words can be one of its words, before classWords splits it: most tokens
// of a page ("container", "col-md-8", "article__body") hold none. Each
// word classWords gives an ASCII token is the token's letters in a row,
// in lower case, so a token that holds no class word in any case has no
// word that is one.
type classIndex struct {
	words   int                     // len of the class words it was built from
	singles byteSet                 // class words of one byte
	seconds [utf8.RuneSelf]byteSet  // by a class word's first byte, the second bytes that follow it
	byFirst [utf8.RuneSelf][]string // class words of two bytes or more, by their first byte
}

// newClassIndex indexes words, the class words of a vocabulary. A word
// that is not lower-case ASCII is left out: no word of an ASCII token
// could be it.
func newClassIndex(words map[string]clean.Kind) *classIndex {
	x := &classIndex{words: len(words)}
	for w := range words {
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || 'A' <= r && r <= 'Z' }) >= 0 {
			continue
		}
		if len(w) == 1 {
			x.singles.add(w[0])
			continue
		}
		x.seconds[w[0]].add(w[1])
		x.byFirst[w[0]] = append(x.byFirst[w[0]], w)
	}
	return x
}

// mayHold reports whether tok may hold one of the class words as one of
// its words: false only when tok is ASCII and holds none of them in any
// case.
func (x *classIndex) mayHold(tok string) bool {
	for i := 0; i < len(tok); i++ {
		c := lower(tok[i])
		if c >= utf8.RuneSelf {
			return true // lower-cased by Unicode's rules: "K", the Kelvin sign, is "k"
		}
		if x.singles.has(c) {
			return true
		}
		if i+1 == len(tok) || !x.seconds[c].has(lower(tok[i+1])) {
			continue
		}
		for _, w := range x.byFirst[c] {
			if len(w) <= len(tok)-i && opensLower(tok[i:], w) {
				return true
			}
		}
	}
	return false
}

// opensLower reports whether s opens with w, a lower-case ASCII word, in
// ASCII upper or lower case.
func opensLower(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if lower(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// mayNameClutter reports whether a word of tok may be one of v's clutter
// class words; true when v's index was not built from its words as they
// stand.
func (v *vocabulary) mayNameClutter(tok string) bool {
	if x := v.classIndex; x != nil && x.words == len(v.classWords) {
		return x.mayHold(tok)
	}
	return true
}
