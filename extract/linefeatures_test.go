package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// FuzzMeasureLine checks measureLine and stopShare, which read a line by hand,
// against the same measures taken word by word with strings.Fields.
func FuzzMeasureLine(f *testing.F) {
	for _, s := range []string{
		"Engineers found cracks in 4 of the arches, the council said.",
		"Der Rat hat am Dienstag die Brücke geschlossen.",
		"„Wir sind zu sanft“, sagt sie\u3000und geht.",
		"東京の橋は2025年に閉鎖された。", "1900年、橋が", "a\x01b c\td\u0085e", "Most read:", "  ",
		"Longwordsofmanybytes--again!! (parenthesised)\x7fDEL \x1fcontrol…and Ünicode",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var words, stops, capital, wide int
		for _, w := range strings.Fields(s) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				w = strings.TrimLeftFunc(w, isNotWordRune)
				r, _ = utf8.DecodeRuneInString(w)
			}
			if w == "" {
				continue
			}
			words++
			if unicode.IsUpper(r) {
				capital++
			}
			if len(w) <= 12 && !unicode.IsUpper(r) && stopWords[strings.TrimRightFunc(w, isNotWordRune)] {
				stops++
			}
			if r >= 0x2e80 || w[len(w)-1] >= 0x80 {
				wide += countWide(w)
			}
		}
		l := textLine{text: s}
		measureLine(&l)
		if l.words != words+wide/2 {
			t.Fatalf("%q: %d words, want %d", s, l.words, words+wide/2)
		}
		if words > 0 && (l.stopShare() != float64(stops)/float64(words) || l.caps != float64(capital)/float64(words)) {
			t.Fatalf("%q: stop %v caps %v, want %d and %d of %d words", s, l.stopShare(), l.caps, stops, capital, words)
		}
		if l.footer != (len(s) <= 48 && footerMarkers[footerKey(s)]) {
			t.Fatalf("%q: footer %v", s, l.footer)
		}
	})
}

// FuzzMarkRepeated checks markRepeated's table against counting each
// line's text in a map, on the lines of a text split at newlines.
func FuzzMarkRepeated(f *testing.F) {
	for _, s := range []string{
		"Home\nNews\nHome\nSport",
		"a\na\na\nb\n\n\nc\nb",
		strings.Repeat("Share\nStory 1\nStory 2\n", 20),
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		texts := strings.Split(s, "\n")
		lines := make([]textLine, len(texts))
		count := map[string]int{}
		for i, text := range texts {
			lines[i].text = text
			count[text]++
		}
		markRepeated(lines)
		for i, l := range lines {
			if want := count[l.text] > 1; l.repeated != want {
				t.Fatalf("line %d %q: repeated %v, want %v", i, l.text, l.repeated, want)
			}
		}
	})
}
