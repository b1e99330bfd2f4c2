package clean

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceTokens is tokenizeInto's definition, one character at a time:
// the fast path for ASCII runs must cut and fold exactly as it does.
func referenceTokens(s string) (toks []token, key, plain string, runes int) {
	var k, p []byte
	inWord, space := false, false
	start := func(at int) {
		if len(toks) > 0 {
			k = append(k, ' ')
		}
		if space {
			p = append(p, ' ')
		}
		toks = append(toks, token{start: int32(at), end: int32(at), keyStart: int32(len(k)), plainStart: int32(len(p))})
	}
	for i, r := range s {
		runes++
		_, size := utf8.DecodeRuneInString(s[i:])
		r = foldRune(r)
		switch {
		case r == utf8.RuneError && size == 1, r == 0 || unicode.IsSpace(r) || isInvisible(r):
			inWord = false
			space = len(p) > 0
			continue
		case isWordRune(r) || (r == '\'' && inWord && nextIsWord(s, i)):
			if !inWord {
				start(i)
				inWord = true
			}
		default:
			start(i)
			inWord = false
		}
		space = false
		k = utf8.AppendRune(k, r)
		if r == '.' && orig(s, i) == '…' {
			p = append(p, "..."...)
		} else {
			p = utf8.AppendRune(p, r)
		}
		toks[len(toks)-1].end = int32(i + size)
		toks[len(toks)-1].plainEnd = int32(len(p))
	}
	for i := range toks {
		if i+1 < len(toks) {
			toks[i].keyEnd = toks[i+1].keyStart - 1
		} else {
			toks[i].keyEnd = int32(len(k))
		}
	}
	return toks, string(k), string(p), runes
}

// FuzzTokenize checks tokenizeInto against referenceTokens, with and
// without the plain form, on reused buffers, and the words and key built
// from the plain form.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Already a member? Sign in",
		"  Don't  MISS: the “best” deals — 50% off…  ",
		"l'été à Montréal, c’est 24°C\u00a0!",
		"Straße\u200bneu ÉCOLE 東京 2025年1月13日",
		"a\xffb\uFFFDc `quoted' it's '90s",
		"x'",
		"",
		"\t\n\v\f\r \x00\x01",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 @[`{/:\x10\x19\x7fZz09",
		"Wordsofmorethaneight\xc3\xa9x and012345678\x80 Zeppelin…Ending",
	} {
		f.Add(s)
	}
	var (
		buf        []token
		key, plain []byte
	)
	f.Fuzz(func(t *testing.T, s string) {
		toks, wantKey, wantPlain, runes := referenceTokens(s)
		for _, withPlain := range []bool{false, true} {
			var p []byte
			if withPlain {
				p = plain
				if p == nil {
					p = []byte{}
				}
			}
			l := tokenizeInto(buf, key, p, s)
			if l.keyLen != len(wantKey) {
				t.Fatalf("%q: key length %d before the key is built, want %d", s, l.keyLen, len(wantKey))
			}
			for i := range toks {
				if w := string(l.word(i)); w != wantKey[toks[i].keyStart:toks[i].keyEnd] {
					t.Fatalf("%q: word %d is %q before the key is built, want %q", s, i, w, wantKey[toks[i].keyStart:toks[i].keyEnd])
				}
			}
			if withPlain && string(l.exactKey()) != wantKey {
				t.Fatalf("%q: key %q to look up whole, want %q", s, l.exactKey(), wantKey)
			}
			l.keyBytes()
			buf, key = l.toks, l.key
			if withPlain {
				plain = l.plain
				if string(l.plain) != wantPlain {
					t.Fatalf("%q: plain %q, want %q", s, l.plain, wantPlain)
				}
			}
			if string(l.key) != wantKey || l.runes != runes || len(l.toks) != len(toks) {
				t.Fatalf("%q: key %q (%d runes, %d tokens), want %q (%d, %d)", s, l.key, l.runes, len(l.toks), wantKey, runes, len(toks))
			}
			for i, tok := range toks {
				got := l.toks[i]
				if !withPlain {
					got.plainStart, got.plainEnd = tok.plainStart, tok.plainEnd
				}
				if got != tok {
					t.Fatalf("%q: token %d is %+v, want %+v", s, i, got, tok)
				}
			}
		}
	})
}
