package extract

import (
	"strings"
	"testing"
)

// TestStopTable checks the stop-word table against the map it is built
// from: every word in, and words near them out.
func TestStopTable(t *testing.T) {
	for w := range stopWords {
		if !stopTable.has(w) || !isStopWord(w) {
			t.Errorf("%q is a stop word, but the table lacks it", w)
		}
		for _, near := range []string{w + "s", strings.ToUpper(w), w[:len(w)-1], "x" + w} {
			if got := stopTable.has(near); got != stopWords[near] {
				t.Errorf("table has %q: %v, the map: %v", near, got, stopWords[near])
			}
		}
	}
}
