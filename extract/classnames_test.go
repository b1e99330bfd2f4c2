package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestHasWordIn(t *testing.T) {
	words := []string{"share", "promo"}
	tests := []struct {
		s    string
		want bool
	}{
		{"share", true},
		{"article-share-bar", true},
		{"article_promo", true},
		{"top  promo\tbox", true},
		{"sharebar", false},
		{"shares promos", false},
		{"", false},
		{"--share__", true},
		{"x\u00a0share", true}, // a no-break space separates tokens too
		{"shäre", false},
	}
	for _, tt := range tests {
		if got := hasWordIn(tt.s, words); got != tt.want {
			t.Errorf("hasWordIn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// FuzzHasWordIn: hasWordIn splits as strings.Fields and then at hyphens and
// underscores would.
func FuzzHasWordIn(f *testing.F) {
	f.Add("a-share_b c", "share")
	f.Add("x\u2003promo", "promo")
	f.Fuzz(func(t *testing.T, s, word string) {
		want := false
		for _, tok := range strings.Fields(s) {
			if slices.Contains(strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }), word) {
				want = true
			}
		}
		if got := hasWordIn(s, []string{word}); got != want {
			t.Fatalf("hasWordIn(%q, %q) = %v, want %v", s, word, got, want)
		}
	})
}

// FuzzHasWordInFolded: hasWordInFolded answers as hasWordIn does on the
// lowered string, for upper-case and non-ASCII letters too ("\u212a" is
// the Kelvin sign, lowered to "k").
func FuzzHasWordInFolded(f *testing.F) {
	f.Add("Comment-List", "comment")
	f.Add("SIDEBAR_x", "sidebar")
	f.Add("\u212aomment", "komment")
	f.Add("shÄre\u00a0Promo", "promo")
	f.Fuzz(func(t *testing.T, s, word string) {
		words := []string{word, strings.ToLower(word)}
		if got, want := hasWordInFolded(s, words), hasWordIn(strings.ToLower(s), words); got != want {
			t.Fatalf("hasWordInFolded(%q, %q) = %v, want %v", s, word, got, want)
		}
	})
}

func TestClassWords(t *testing.T) {
	tests := []struct {
		tok  string
		want []string
	}{
		{"su-newsletter-box", []string{"newsletter"}},
		{"ArticleInlineNewsletter_ROOT", []string{"article", "inline", "newsletter"}},
		{"promo-Container-q1Zd3", []string{"promo"}},
		{"ad-slot", []string{"ad", "slot"}},
		{"related-bloc\u212a", []string{"related"}}, // the Kelvin sign folds to "k"
		{"teaser-1234", []string{"teaser"}},
		{"teaser-ñ1", []string{"teaser"}},
		{"section", nil},
	}
	for _, tt := range tests {
		if got := classWords(tt.tok, nil, nil); !slices.Equal(got, tt.want) {
			t.Errorf("classWords(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}

// FuzzClassWordParts: the byte-wise checks of a class name's parts agree
// with the map and Unicode's rules they stand for.
func FuzzClassWordParts(f *testing.F) {
	f.Add("Container")
	f.Add("bloc\u212a")
	f.Add("q1Zd3")
	f.Add("a\u00e91")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isGenericPart(s), genericParts[s] || genericParts[strings.ToLower(s)]; got != want {
			t.Fatalf("isGenericPart(%q) = %v, want %v", s, got, want)
		}
		digits, letters := 0, 0
		for _, r := range s {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if got, want := looksLikeHash(s), digits > 0 && letters > 0 || digits > 0 && len(s) > 3; got != want {
			t.Fatalf("looksLikeHash(%q) = %v, want %v", s, got, want)
		}
	})
}
