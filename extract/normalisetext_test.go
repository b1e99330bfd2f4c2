package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestNormaliseText(t *testing.T) {
	for in, want := range map[string]string{
		"plain ASCII line":                        "plain ASCII line",
		"a\r\nb\rc\td\u00a0e\u200bf\x00g\u2028h":  "a\nb\nc d efg\nh",
		"caf\u00e9 \xff end":                      "caf\u00e9 \ufffd end",
		"tab\tand\u2007figure\u202fspace\x07bell": "tab and figure spacebell",
		"":       "",
		"last\r": "last\n",
	} {
		assert.Equal(t, want, normaliseText([]byte(in)), "%q", in)
	}
}

// FuzzNormaliseText checks that normaliseText, which returns text that
// needs no change as it is, agrees with normalising every character.
func FuzzNormaliseText(f *testing.F) {
	for _, s := range []string{"plain", "a\r\nb", "café\u00a0x", "\xff", "x\u200by", "\u0085", "日本\u3000語", "\x7f", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []rune
		for i, r := range s {
			_, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				want = append(want, utf8.RuneError)
			case r == '\r':
				if !strings.HasPrefix(s[i+1:], "\n") {
					want = append(want, '\n')
				}
			case r == '\n' || r == '\u2028' || r == '\u2029':
				want = append(want, '\n')
			case unicode.IsSpace(r):
				want = append(want, ' ')
			case r == 0 || unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
			default:
				want = append(want, r)
			}
		}
		if got := normaliseText([]byte(s)); got != string(want) {
			t.Fatalf("normaliseText(%q) = %q, want %q", s, got, string(want))
		}
	})
}

// FuzzIsCollapsed checks isCollapsed, which reads eight bytes at a time,
// against its definition: no white space but single plain spaces.
func FuzzIsCollapsed(f *testing.F) {
	for _, s := range []string{"one two three four five", "one  two", "a\tb", "abcdefg  hij", "abcdefgh !ijk", "abcdefg !ijk", "x\u00a0y", "日本語のテキスト  です", "        ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		prev := false
		for _, r := range s {
			space := unicode.IsSpace(r)
			if space && (r != ' ' || prev) {
				want = false
			}
			prev = space
		}
		if got := isCollapsed(s); got != want {
			t.Fatalf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHasOddSpace checks hasOddSpace, which reads bytes, against looking
// for the characters.
func FuzzHasOddSpace(f *testing.F) {
	for _, s := range []string{"plain", "a\u00a0b", "\u201cquoted\u201d", "x\u2060", "\ufeff", "\xe2\x80", "\xc2", "\xe2\xc2\xa0", "\u2008\u200e", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasOddSpace(s), strings.ContainsAny(s, oddSpaces); got != want {
			t.Fatalf("hasOddSpace(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHasInvisibleMark checks hasInvisibleMark, which reads bytes,
// against looking for the characters.
func FuzzHasInvisibleMark(f *testing.F) {
	for _, s := range []string{"plain", "Pal\u00e4s\u00adti\u00adnenser", "\u201cx\u201d", "a\u200cb", "\u2060", "\xe2\x80", "\xc2", "\u200e", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasInvisibleMark(s), strings.ContainsAny(s, invisibleMarks); got != want {
			t.Fatalf("hasInvisibleMark(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzCollapseSpaces checks collapseSpaces, which reads ASCII a byte at a
// time, against its definition: trimmed, and unless already collapsed,
// each run of white space one space and each character written as a rune.
func FuzzCollapseSpaces(f *testing.F) {
	for _, s := range []string{" one  two\n", "\xff", "a\tb\u00a0\u00a0c", "\xffx  y\xe2\x80", "日本語\u3000 です", "\u0085x\u2028", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		trimmed := strings.TrimSpace(s)
		if isCollapsed(trimmed) {
			if got := collapseSpaces(s); got != trimmed {
				t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, trimmed)
			}
			return
		}
		var b strings.Builder
		space := false
		for _, r := range trimmed {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		if got := collapseSpaces(s); got != b.String() {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, b.String())
		}
	})
}

// FuzzPrintableRun checks printableRun, which reads eight bytes at a
// time, against reading byte by byte, from every start.
func FuzzPrintableRun(f *testing.F) {
	for _, s := range []string{"plain text of a line", "abcdefgh\x7fijk", "abcdefghi\x1fj", "abc\u00e9defghijkl", "~~~~~~~~ ", "\x00", "", "line one\nline two\n\nline\tthree\r\n\x0b\x0c\x09\x0a\x8a\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) + 1 {
			want := i
			for want < len(s) && (s[want] >= ' ' && s[want] < 0x7f || s[want] == '\n') {
				want++
			}
			if got := printableRun(s, i); got != want {
				t.Fatalf("printableRun(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
