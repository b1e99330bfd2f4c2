package main

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and C3PO's 2nd-rate", []string{"snake_case", "and", "C3PO", "s", "2nd", "rate"}},
		{"Grüße aus Köln", []string{"Grüße", "aus", "Köln"}},
		{"東京で会議。明日も", []string{"東京で会議", "明日も"}},
		{" \t—… ", nil},
	} {
		if got := words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestShingles(t *testing.T) {
	// Six tokens give three 4-token shingles.
	got := shingles(words("a b c d e f"))
	if len(got) != 3 || got["a\x00b\x00c\x00d"] != 1 || got["c\x00d\x00e\x00f"] != 1 {
		t.Errorf("shingles of 6 tokens = %v", got)
	}
	// One to three tokens are one shingle.
	if got := shingles(words("just two")); len(got) != 1 || got["just\x00two"] != 1 {
		t.Errorf("shingles of 2 tokens = %v", got)
	}
	if got := shingles(nil); len(got) != 0 {
		t.Errorf("shingles of nothing = %v", got)
	}
	// A repeated run counts twice: shingles are a multiset.
	if got := shingles(words("x y z w x y z w x")); got["x\x00y\x00z\x00w"] != 2 {
		t.Errorf("repeated shingle counted %d times, want 2", got["x\x00y\x00z\x00w"])
	}
}

func TestBodyScore(t *testing.T) {
	want := "one two three four five six"  // shingles 1234 2345 3456
	got := "one two three four five seven" // shingles 1234 2345 3457
	s := bodyScore(want, got)
	if !near(s.P, 2.0/3) || !near(s.R, 2.0/3) || !near(s.F1, 2.0/3) {
		t.Errorf("bodyScore = %+v, want 2/3 each", s)
	}
	// Extra text lowers precision only.
	s = bodyScore(want, want+"\n\nSubscribe to our newsletter today")
	if !near(s.R, 1) || !(s.P < 1) {
		t.Errorf("extra text: %+v, want R 1 and P < 1", s)
	}
	// Case is kept: "One" is another token than "one".
	if s := bodyScore("one two three four", "One two three four"); s.F1 != 0 {
		t.Errorf("case folded: %+v", s)
	}
	// Punctuation and spacing between tokens do not matter.
	if s := bodyScore("one, two. three\nfour", "one two three four"); !near(s.F1, 1) {
		t.Errorf("separators mattered: %+v", s)
	}
	// Multiset: the expected text once, the output twice.
	if s := bodyScore("a b c d", "a b c d\n\na b c d"); !near(s.R, 1) || !near(s.P, 1.0/5) {
		t.Errorf("duplicate output: %+v, want R 1, P 1/5", s)
	}
	if s := bodyScore("a b c d", ""); s != (PRF{}) {
		t.Errorf("empty output: %+v", s)
	}
	if s := bodyScore("", ""); s != (PRF{1, 1, 1}) {
		t.Errorf("both empty: %+v", s)
	}
}

func TestParagraphsExact(t *testing.T) {
	want := []string{"First  paragraph.", "Zweiter Ab\u00ADsatz.", "Same.", "Same.", "Lost."}
	got := []string{"First paragraph.", "Zweiter Absatz.\u200B", "Same.", "first paragraph."}
	// The second "Same." has no block left: each block is used once. Case
	// matters for paragraphs.
	if n := paragraphsExact(want, got); n != 3 {
		t.Errorf("paragraphsExact = %d, want 3", n)
	}
	if n := paragraphsExact(want, nil); n != 0 {
		t.Errorf("no output: %d", n)
	}
}

func TestTitleMatch(t *testing.T) {
	for _, tc := range []struct {
		want, got string
		ok        bool
	}{
		{"Sind wir zu sanft?", "sind  wir zu SANFT?", true},
		{"Soft\u00ADhyphen title", "Softhyphen title", true},
		{"A title", "A title | Site", false},
		{"A title", "A title.", false},
		{"A title", "", false},
	} {
		if got := titleMatch(tc.want, tc.got); got != tc.ok {
			t.Errorf("titleMatch(%q, %q) = %t, want %t", tc.want, tc.got, got, tc.ok)
		}
	}
}

func TestBylineMatch(t *testing.T) {
	for _, tc := range []struct {
		want, got string
		authors   []string
		ok        bool
	}{
		// The README's examples.
		{"Jane Doe, CNN", "Jane Doe", nil, true},
		{"Jane Doe", "Jane Doe, CNN", nil, true},
		{"A, B", "A | B", nil, true},
		// "by" and "and" and case are ignored.
		{"Jane Doe, John Roe", "By JANE DOE and John Roe", nil, true},
		// The tail may follow "|", " for ", " in " or a spaced dash.
		{"Jane Doe", "Jane Doe | Political editor", nil, true},
		{"Jane Doe", "Jane Doe for The Daily Planet", nil, true},
		{"Jane Doe", "Jane Doe in Berlin", nil, true},
		{"Jane Doe", "Jane Doe – Reuters", nil, true},
		// A hyphen inside a name is not a separator.
		{"Amelia Thomson", "Amelia Thomson-Deveaux", nil, false},
		// Only the tail after the last separator may go, and only when short.
		{"Jane Doe", "Jane Doe, Political editor, London", nil, false},
		{"Jane Doe", "Jane Doe, senior writer on the foreign news desk", nil, false},
		// A tail with "and" is more authors, not a role.
		{"Jane Doe", "Jane Doe, John Roe and Max Mustermann", nil, false},
		// Missing or different names.
		{"Jane Doe", "", nil, false},
		{"Jane Doe", "John Roe", nil, false},
		{"Jane Doe, John Roe", "Jane", nil, false},
		// The authors list is a second chance.
		{"Jane Doe, John Roe", "Staff", []string{"Jane Doe", "John Roe"}, true},
	} {
		if got := bylineMatch(tc.want, tc.got, tc.authors); got != tc.ok {
			t.Errorf("bylineMatch(%q, %q, %q) = %t, want %t", tc.want, tc.got, tc.authors, got, tc.ok)
		}
	}
}

func TestBagF1(t *testing.T) {
	if f := bagF1("The mayor opens the bridge", "the Mayor opens the bridge."); !near(f, 1) {
		t.Errorf("same words: %v", f)
	}
	// 4 of 5 words shared both ways: F1 0.8.
	if f := bagF1("a b c d e", "a b c d x"); !near(f, 0.8) {
		t.Errorf("4/5 words: %v", f)
	}
	if f := bagF1("", "a"); f != 0 {
		t.Errorf("empty: %v", f)
	}
}

func TestCreditMatch(t *testing.T) {
	for _, tc := range []struct {
		want, got string
		ok        bool
	}{
		// The README's examples.
		{"A | B", "A, B", true},
		{"Getty", "Graeme Sloan (Getty)", false},
		{"Graeme Sloan (Getty)", "Graeme Sloan / Getty", true},
		{"imago/Blaulicht-News.de", "IMAGO / Blaulicht-News.de", true},
		// Order matters.
		{"AP, Reuters", "Reuters, AP", false},
		{"AP", "", false},
	} {
		if got := creditMatch(tc.want, tc.got); got != tc.ok {
			t.Errorf("creditMatch(%q, %q) = %t, want %t", tc.want, tc.got, got, tc.ok)
		}
	}
}

func TestCaptionsScore(t *testing.T) {
	want := []Caption{
		{Text: "The mayor opens the new bridge over the river", Credit: "Jane Doe/AP"},
		{Text: "Crowds on the bank", Credit: "Getty"},
		{Credit: "dpa"}, // a credit-only image
		{Text: "A caption nobody found", Credit: "X"},
		{Text: "Crowds on the bank"}, // a second, identical caption needs its own output caption
	}
	got := []Caption{
		{Text: "Crowds on the bank.", Credit: "Graeme Sloan (Getty)"},
		{Text: "The mayor opens the new bridge over the river.", Credit: "Jane Doe / AP"},
		{Text: "dpa"}, // credit left as the text: found, but the credit is not exact
		{Text: "Sign up for our newsletter", Credit: "Promo"},
	}
	s := captionsScore(want, got)
	if s.Want != 5 || s.Found != 3 || s.Credited != 3 || s.Exact != 1 {
		t.Errorf("captionsScore = %+v, want 5 expected, 3 found, 3 credited, 1 exact", s)
	}
	if len(s.Missed) != 2 || s.Missed[0] != "A caption nobody found" {
		t.Errorf("Missed = %q", s.Missed)
	}
	if len(s.WrongCredits) != 2 || s.WrongCredits[0] != "Getty → Graeme Sloan (Getty)" || s.WrongCredits[1] != "dpa → " {
		t.Errorf("WrongCredits = %q", s.WrongCredits)
	}
	if s := captionsScore(nil, got); s.Want != 0 || s.Found != 0 {
		t.Errorf("nothing expected: %+v", s)
	}
}

func TestHalfOf(t *testing.T) {
	// FNV-1a 32 of the name (hash in the comment): even is tune, odd check.
	for _, tc := range []struct {
		name string
		want Half
	}{
		{"", Check},                             // 0x811c9dc5
		{"a", Tune},                             // 0xe40c292c
		{"b", Check},                            // 0xe70c2de5
		{"001-at-DerStandard_2024_05_03", Tune}, // 0x24140ec0
		{"002-at-DiePresse_2025_06_05", Check},  // 0x607f1745
	} {
		if got := halfOf(tc.name); got != tc.want {
			t.Errorf("halfOf(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}
