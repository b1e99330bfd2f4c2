package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/declutter/declutter/internal/textutil"

	"github.com/stretchr/testify/assert"
)

// TestBylineLabelsBothPaths reads every label of bylinelabels.txt before a
// name on both paths: the text path's line reader and the HTML path's
// byline cleaner cut the same labels (the text path all but the +element
// ones), and the +header ones alone make an HTML header line a byline.
func TestBylineLabelsBothPaths(t *testing.T) {
	v := defaultVocabulary()
	n := 0
	for _, ls := range v.bylineLabels.byFirst {
		for _, l := range ls {
			n++
			for _, line := range []string{l.text + " Jane Doe", l.text + ": Jane Doe"} {
				got, ok := v.textByline(line)
				assert.Equal(t, !l.element, ok, "text path: %q", line)
				if ok {
					assert.Equal(t, "Jane Doe", got, "text path: %q", line)
				}
				assert.Equal(t, "Jane Doe", v.cleanByline(line), "HTML path: %q", line)
			}
			assert.Equal(t, !l.element, v.isLoneBy(l.text), "text path, alone: %q", l.text)
			if textutil.CountWords(l.text) <= 2 { // a byline element's first line
				assert.True(t, v.onlyLabel(l.text+":"), "HTML path, alone: %q", l.text)
			}
			var h header
			assert.Equal(t, l.header, v.isBylineLine(l.text+" Jane Doe", &h), "HTML header line: %q", l.text)
		}
	}
	assert.Greater(t, n, 40)

	// Near misses: names and phrases that open with a label's word. The
	// +colon words count capitalised only before a colon, alone or before
	// a full name.
	for _, tc := range []struct{ line, want string }{
		{"Di Maio", "Di Maio"},
		{"Di: Mario Rossi", "Mario Rossi"},
		{"di Mario Rossi", "Mario Rossi"},
		{"Di Mario Rossi", "Mario Rossi"},
		{"Text and photos by Jane Doe", "Text and photos by Jane Doe"},
		{"Text: Jane Doe", "Jane Doe"},
		{"Vontobel Holding", "Vontobel Holding"},
		{"Bylines", "Bylines"},
	} {
		rest, ok := v.bylineLabels.cut(tc.line, true)
		if !ok {
			rest = tc.line
		}
		assert.Equal(t, tc.want, rest, "cut %q", tc.line)
		assert.Equal(t, tc.want, v.stripBylineLabel(tc.line), "HTML path: %q", tc.line)
		if b, ok := v.textByline(tc.line); ok {
			assert.Equal(t, tc.want, b, "text path: %q", tc.line)
		}
	}
	got, ok := v.textByline("Di Maio")
	assert.False(t, ok && got == "Maio", "text path keeps the name whole")
	_, ok = v.textByline("Interview: Olaf Scholz")
	assert.False(t, ok, "a kicker on the text path")
	assert.Equal(t, "Jane Doe", v.stripBylineLabel("Interview: Jane Doe"), "a byline element's label")
}

// TestMayNameLabelled checks the pre-filter of labelledNames: it may let a
// line through that has no names, never turn one away that has.
func TestMayNameLabelled(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct {
		line string
		want bool
	}{
		// A +header label opens the line, in any case, before a space or
		// a colon; after a dash the line's date left.
		{"By Mira Okafor", true},
		{"BY: Mira Okafor", true},
		{"Story by Mira Okafor", true},
		{"– von Tilde Brenner", true},
		// A colon, or a year's four digits: a label or a desk before the
		// names, a date before them.
		{"Reportage: Tilde Brenner", true},
		{"14.03.2025 | Tilde Brenner", true},
		// The Kelvin sign folds to "k": a word that holds one is let
		// through, whatever it spells.
		{"\u212Aeynote by Mira Okafor", true},
		// Near misses: prose that opens with a label's letters, a word
		// the label runs into, a date without its year.
		{"Bystanders watched the river rise", false},
		{"Byline pending for the harbour story", false},
		{"Vonnegut wrote it in a week", false},
		{"On 14 March the harbour closed", false},
		{"The story by the river ran on page two", false},
	} {
		if got := v.mayNameLabelled(tc.line); got != tc.want {
			t.Errorf("mayNameLabelled(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if !tc.want {
			if names := v.labelledNames(tc.line); names != "" {
				t.Errorf("labelledNames(%q) = %q, which mayNameLabelled turns away", tc.line, names)
			}
		}
	}
}

// TestLabelsFor: the first word is looked up folded as strings.ToLower
// folds it, ASCII or not.
func TestLabelsFor(t *testing.T) {
	b := &defaultVocabulary().bylineLabels
	for _, w := range []string{"By", "BY", "by", "Von", "VON", "Par", "Текст", "ТЕКСТ", "Ein", "Bylines", "", "Xyz", "ÉCRIT", strings.Repeat("a", 25)} {
		if got, want := b.labelsFor(w), b.byFirst[strings.ToLower(w)]; !slices.EqualFunc(got, want, func(x, y bylineLabel) bool { return x == y }) {
			t.Errorf("labelsFor(%q) = %v, want %v", w, got, want)
		}
	}
	if len(b.labelsFor("BY")) == 0 || len(b.labelsFor("ТЕКСТ")) == 0 {
		t.Error("no labels for BY or ТЕКСТ")
	}
}
