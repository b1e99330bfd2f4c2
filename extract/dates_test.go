package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestIsDateOnly(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"16 marca 2021", true},
		{"Veröffentlichung: 2. Februar 2022", true},
		{"24.01.2022 11:38", true},
		{"7. oktober 2020", true},
		{"Publikacja: 04.05.2021", true},
		{"Freitag | 14. Juni 2019 | 15:49", true},
		{"Updated 3:41 PM EDT, Sat August 16, 2025", true},
		// Sentences with numbers are not dates.
		{"It was 2020.", false},
		{"The 12 councillors voted.", false},
		{"Prices rose 3% in June.", false},
		{"August", false},          // no number: a word, perhaps a name
		{"+81 158-23-2012", false}, // a phone number
		{"12 - 14", false},
	} {
		assert.Equal(t, tt.want, isDateOnly(tt.line), tt.line)
	}
}

func TestParseDateLine(t *testing.T) {
	bst := time.FixedZone("BST", 3600)
	edt := time.FixedZone("EDT", -4*3600)
	for _, tt := range []struct {
		line string
		want time.Time
	}{
		{"Sat 16 Aug 2025 10.22 BST", time.Date(2025, 8, 16, 10, 22, 0, 0, bst)},
		{"Published: 10:22 BST, 16 August 2025 | Updated: 11:48 BST, 16 August 2025", time.Date(2025, 8, 16, 10, 22, 0, 0, bst)},
		{"Updated 3:41 PM EDT, Sat August 16, 2025", time.Date(2025, 8, 16, 15, 41, 0, 0, edt)},
		{"Published on 16/08/2025 - 10:22 GMT+2", time.Date(2025, 8, 16, 10, 22, 0, 0, time.FixedZone("", 2*3600))},
		{"August 16, 2025 10:22 AM GMT+1 Updated 2 hours ago", time.Date(2025, 8, 16, 10, 22, 0, 0, time.FixedZone("", 3600))},
		// Sky News gives the country in place of a zone: UK time, BST in summer.
		{"Saturday 16 August 2025 11:02, UK", time.Date(2025, 8, 16, 11, 2, 0, 0, bst)},
		{"Tuesday 14 January 2025 09:15, UK", time.Date(2025, 1, 14, 9, 15, 0, 0, time.UTC)},
		{"Sunday 30 March 2025 01:30, UK", time.Date(2025, 3, 30, 1, 30, 0, 0, time.UTC)},
		{"Sunday 30 March 2025 02:30, UK", time.Date(2025, 3, 30, 2, 30, 0, 0, bst)},
		{"Sunday 26 October 2025 01:30, UK", time.Date(2025, 10, 26, 1, 30, 0, 0, bst)},
		{"Sunday 26 October 2025 02:30, UK", time.Date(2025, 10, 26, 2, 30, 0, 0, time.UTC)},
		{"Saturday 16 August 2025 11:02, US", time.Date(2025, 8, 16, 11, 2, 0, 0, time.UTC)},
	} {
		got, ok := parseDateLine(tt.line)
		if assert.True(t, ok, tt.line) {
			assert.True(t, tt.want.Equal(got), "%s: got %v, want %v", tt.line, got, tt.want)
		}
	}
	for _, line := range []string{"Marcus Lee", "The council met in March to decide.", "3 min read"} {
		_, ok := parseDateLine(line)
		assert.False(t, ok, line)
	}
}

// FuzzDateHint checks that the clue findDate and hasDateWords look for
// first rules out no line their regexps match.
func FuzzDateHint(f *testing.F) {
	for _, s := range []string{
		"August 11, 2025, 6 AM ET", "11 Aug 2025", "2025-08-11", "11/8/25", "Section 12",
		"Published: MAY 3", "ſept 3", "Oct_2 3", "The 3 dec", "décembre 3", "3 mars", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findDate(s), aDate.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("findDate(%q) = %v, aDate finds %v", s, got, want)
		}
		if got, want := hasDateWords(s), dateWords.MatchString(s); got != want {
			t.Fatalf("hasDateWords(%q) = %v, dateWords matches: %v", s, got, want)
		}
	})
}
