package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
)

// Normalize returns the form in which rules compare text: case-folded,
// curly quotes and dashes made plain, invisible characters dropped, words
// and punctuation separated by single spaces. "Already a member? Sign in"
// becomes "already a member ? sign in".
func Normalize(s string) string {
	return tokenize(s).key
}

// A token is one word, or one punctuation mark, of a line.
type token struct {
	start, end       int // byte span in the original text
	keyStart, keyEnd int // byte span in line.key
}

// A line is a block's text as the rules see it.
type line struct {
	orig string
	toks []token
	key  string // the normalised tokens joined by single spaces
}

// tokenize splits s into words (runs of letters, digits and inner
// apostrophes) and single punctuation marks, remembering where each came from
// so that a match on the normalised text can be cut out of the original.
func tokenize(s string) line {
	return tokenizeInto(nil, s)
}

// tokenizeInto is tokenize reusing the token slice buf, so that a caller
// tokenizing block after block allocates once.
func tokenizeInto(buf []token, s string) line {
	l := line{orig: s, toks: buf[:0]}
	var key strings.Builder
	key.Grow(len(s))
	inWord := false
	for i, r := range s {
		r = foldRune(r)
		switch {
		case r == utf8.RuneError && textutil.InvalidAt(s, i):
			inWord = false
		case r == 0 || unicode.IsSpace(r) || isInvisible(r):
			inWord = false
		case isWordRune(r) || (r == '\'' && inWord && nextIsWord(s, i)):
			if !inWord {
				l.startToken(&key, i)
				inWord = true
			}
			key.WriteRune(r)
			l.toks[len(l.toks)-1].end = i + utf8.RuneLen(orig(s, i))
		default:
			l.startToken(&key, i)
			key.WriteRune(r)
			l.toks[len(l.toks)-1].end = i + utf8.RuneLen(orig(s, i))
			inWord = false
		}
	}
	l.key = key.String()
	for i := range l.toks {
		if i+1 < len(l.toks) {
			l.toks[i].keyEnd = l.toks[i+1].keyStart - 1
		} else {
			l.toks[i].keyEnd = len(l.key)
		}
	}
	return l
}

// word returns the normalised text of token i.
func (l *line) word(i int) string {
	return l.key[l.toks[i].keyStart:l.toks[i].keyEnd]
}

func (l *line) startToken(key *strings.Builder, at int) {
	if len(l.toks) > 0 {
		key.WriteByte(' ')
	}
	l.toks = append(l.toks, token{start: at, end: at, keyStart: key.Len()})
}

// tokenAtKey returns the index of the token that starts at or after byte k
// of the key.
func (l *line) tokenAtKey(k int) int {
	for i, t := range l.toks {
		if t.keyStart >= k {
			return i
		}
	}
	return len(l.toks)
}

// tokenEndingBeforeKey returns the index of the last token that ends at or
// before byte k of the key.
func (l *line) tokenEndingBeforeKey(k int) int {
	last := -1
	for i, t := range l.toks {
		if t.keyStart >= k {
			break
		}
		last = i
	}
	return last
}

func orig(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func nextIsWord(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return false
	}
	return isWordRune(foldRune(orig(s, i+size)))
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isInvisible reports format characters such as zero-width spaces, joiners
// and the byte-order mark, which copy-paste leaves scattered through text.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cf, r)
}

// foldRune lower-cases r and maps the many quote and dash characters onto
// their plain ASCII forms.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '\u00a0', '\u202f', '\u2007':
		return ' '
	case '…':
		return '.'
	}
	return unicode.ToLower(r)
}
