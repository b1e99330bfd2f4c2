package extract

import (
	"slices"
	"strings"
	"testing"
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
