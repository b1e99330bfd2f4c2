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
