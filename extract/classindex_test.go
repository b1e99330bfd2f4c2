package extract

import (
	"testing"

	"github.com/declutter/declutter/clean"
)

// TestClassIndex checks the class-word pre-filter: it may let a token
// through that names no clutter, never turn one away that does.
func TestClassIndex(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct {
		tok  string
		want bool
	}{
		// A class word anywhere, in any case: first, last, inside a
		// camel-case part, after a prefix.
		{"newsletter-signup", true},
		{"c-sharebar", true},
		{"ArticleInlineNewsletter_root", true},
		{"PAYWALL", true},
		// A word of the token that only holds a class word is let
		// through: the words decide ("loading" holds "ad").
		{"lazy-loading", true},
		// A letter beyond ASCII: its lower case is Unicode's.
		{"\u212Aiosk-teaser", true},
		{"légende", true},
		// Near misses: no class word in the token's letters.
		{"container", false},
		{"col-md-8", false},
		{"article__body", false},
		{"story-text", false},
		{"", false},
	} {
		if got := v.mayNameClutter(tc.tok); got != tc.want {
			t.Errorf("mayNameClutter(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
	// Every token that names clutter is let through: each class word as
	// the first or last word, in the case it is read in.
	var buf [6]string
	for w := range v.classWords {
		for _, tok := range []string{w, "box-" + w, w + "-wrapper", "x" + capitalised(w)} {
			words := classWords(tok, buf[:0], v.classWords)
			if len(words) > 0 && (v.classWords[words[0]] != "" || v.classWords[words[len(words)-1]] != "") && !v.mayNameClutter(tok) {
				t.Errorf("mayNameClutter(%q) = false, but it names %v clutter", tok, words)
			}
		}
	}
}

// TestClassIndexEdited checks that words added with WithClutterClasses are
// found, and that a vocabulary whose words changed after its index was
// built lets every token through.
func TestClassIndexEdited(t *testing.T) {
	e, err := New(WithClutterClasses(clean.Promo, "gazette"))
	if err != nil {
		t.Fatal(err)
	}
	if !e.vocab.mayNameClutter("weekly-gazette") {
		t.Error(`mayNameClutter("weekly-gazette") = false after WithClutterClasses(promo, "gazette")`)
	}
	if e.vocab.mayNameClutter("col-md-8") {
		t.Error(`mayNameClutter("col-md-8") = true: the edited index lets everything through`)
	}
	stale := defaultVocabulary().clone()
	stale.classIndex = defaultVocabulary().classIndex
	stale.classWords["almanac"] = clean.Promo
	if !stale.mayNameClutter("almanac-box") {
		t.Error(`mayNameClutter("almanac-box") = false with an index built before "almanac" was added`)
	}
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
