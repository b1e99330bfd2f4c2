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

// FuzzEndsInAbbreviation checks that reading only a line's last bytes
// finds what abbrevEnd finds in the whole line.
func FuzzEndsInAbbreviation(f *testing.F) {
	for _, s := range []string{"Underneath N.Y.C.", "Smith Jr.", "a long headline about the XCorp.", "About Co.", "É.Ö.", "the end.", "ÉÉÉÉÉÉÉÉÉ Ltd."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsInAbbreviation(s), abbrevEnd.MatchString(s); got != want {
			t.Fatalf("endsInAbbreviation(%q) = %v, abbrevEnd: %v", s, got, want)
		}
	})
}

// TestFooterMarkerShapes checks that the first-letter-and-length filter
// rules out no heading: each, in any case and with a trailing colon, is
// still found.
func TestFooterMarkerShapes(t *testing.T) {
	for key := range footerMarkers {
		for _, s := range []string{key, strings.ToUpper(key), key + ":", key + " >"} {
			if len(s) <= 48 && !isFooterMarker(s) {
				t.Errorf("isFooterMarker(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"Section 12", "Most", "most read more", ""} {
		if isFooterMarker(s) != footerMarkers[footerKey(s)] {
			t.Errorf("isFooterMarker(%q) disagrees with the map", s)
		}
	}
}
