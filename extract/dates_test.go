package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/declutter/declutter/clean"
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

// TestIsDateEuropean checks that date lines written as pages outside the
// English-speaking world write them are read as dates, into the day they
// name, and that numbers in other shapes are not: prices, scores, version
// numbers, phone numbers, account numbers.
func TestIsDateEuropean(t *testing.T) {
	day := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	for _, tt := range []struct {
		line string
		want time.Time // zero: not a date
	}{
		{"14.03.2024", day(2024, 3, 14, 0, 0)},
		{"14.03.2024, 10:15 Uhr", day(2024, 3, 14, 10, 15)},
		{"Stand: 14.03.2024", day(2024, 3, 14, 0, 0)},
		{"Aktualisiert am 03.04.2024 um 08:30 Uhr", day(2024, 4, 3, 8, 30)}, // dots put the day first
		{"14/03/2024", day(2024, 3, 14, 0, 0)},                              // 14 is no month
		{"2024-03-14 10:15", day(2024, 3, 14, 10, 15)},
		{"14. März 2024", day(2024, 3, 14, 0, 0)},
		{"le 14 mars 2024", day(2024, 3, 14, 0, 0)},
		{"14 de marzo de 2024", day(2024, 3, 14, 0, 0)},
		{"14 marzo 2024", day(2024, 3, 14, 0, 0)},
		{"1.2.2024", day(2024, 2, 1, 0, 0)},
		// Korean papers put the year first, after "입력" (published) or
		// "수정" (modified).
		{"입력 2025.06.21 09:14", day(2025, 6, 21, 9, 14)},
		{"수정 2025.06.21 11:40", day(2025, 6, 21, 11, 40)},
		{"2025.06.21 09:14", day(2025, 6, 21, 9, 14)},
		{"입력 : 2025.06.21", day(2025, 6, 21, 0, 0)},
		// Near misses.
		{"2025.13.21", time.Time{}},                                          // no 13th month
		{"v2025.06.21", time.Time{}},                                         // a release's version
		{"Release 2025.06.21", time.Time{}},                                  // the same, labelled
		{"1.2025.06.21", time.Time{}},                                        // a longer version number
		{"댓글을 입력해 주세요 2025.06.21", time.Time{}},                              // a form's prompt with a date
		{"14.03", time.Time{}},                                               // a price, or a date with no year
		{"14,03 €", time.Time{}},                                             // a price
		{"2.14.2024", time.Time{}},                                           // a version number: no 14th month
		{"Version 2.14.2024", time.Time{}},                                   // the same, labelled
		{"31.02.2024", time.Time{}},                                          // no 31 February
		{"3:1", time.Time{}},                                                 // a score
		{"Endstand 3:1 (1:0)", time.Time{}},                                  // a score with the half-time
		{"+49 30 1234567", time.Time{}},                                      // a phone number
		{"030 / 123 45 67", time.Time{}},                                     // a phone number with a slash
		{"DE89 3704 0044 0532 0130 00", time.Time{}},                         // an IBAN
		{"Am 14.03.2024 stimmte der Rat über den Haushalt ab.", time.Time{}}, // a sentence
	} {
		var got time.Time
		ok := isDate(tt.line, &got)
		if ok != !tt.want.IsZero() || ok && !got.Equal(tt.want) {
			t.Errorf("isDate(%q) = %v, %v; want %v", tt.line, ok, got, tt.want)
		}
	}
}

// TestIsDateOnlyImpossible checks that a numeric date's shape with no day
// of the calendar in it is no date line.
func TestIsDateOnlyImpossible(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"14.03.2024", true},
		{"03/14/2024", true}, // month first, as in the United States
		{"14/03/2024", true},
		{"2024-03-14", true},
		{"2.14.2024", false},  // dots put the day first: no 14th month
		{"14/14/2024", false}, // no 14th month either way round
		{"2024-14-03", false},
		{"30.02.2024", false},
	} {
		if got := isDateOnly(tt.line); got != tt.want {
			t.Errorf("isDateOnly(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestDayFirstIn checks how "03/04/2024" is read: month first on a page in
// American English, or with neither language nor host naming a country,
// day first on a page in any other language or country; a number over 12
// and dots settle it anyway.
func TestDayFirstIn(t *testing.T) {
	for _, tt := range []struct {
		line, lang, host string
		want             time.Month
	}{
		{"03/04/2024", "", "example.com", time.March},
		{"03/04/2024", "en", "example.com", time.March},
		{"03/04/2024", "en-US", "example.co.uk", time.March}, // the language's country first
		{"03/04/2024", "en-GB", "example.com", time.April},
		{"03/04/2024", "en", "example.co.uk", time.April},
		{"03/04/2024", "", "example.fr", time.April},
		{"03/04/2024", "", "example.us", time.March},
		{"03/04/2024", "fr", "example.com", time.April},
		{"Publicado: 03/04/2024 10:15", "es_ES", "", time.April},
		{"03/14/2024", "de", "example.de", time.March}, // 14 is no month
		{"03.04.2024", "en-US", "example.com", time.April},
	} {
		var d time.Time
		if !isDate(tt.line, &d) {
			t.Fatalf("isDate(%q) = false", tt.line)
		}
		if got := dayFirstIn(d, tt.line, tt.lang, tt.host); got.Month() != tt.want {
			t.Errorf("dayFirstIn(%v, %q, %q, %q) = %v, want month %v", d, tt.line, tt.lang, tt.host, got, tt.want)
		}
	}
}

// TestHeaderReadsEuropeanDate checks that a numeric date under a byline, or
// after a "Stand:" label, gives the header its date.
func TestHeaderReadsEuropeanDate(t *testing.T) {
	v := defaultVocabulary()
	para := "Der Stadtrat hat am Mittwochabend beschlossen, drei neue Radwege durch die Innenstadt zu bauen."
	for _, lines := range [][]string{
		{"Von Jana Petersen", "14.03.2024", para},
		{"Stand: 14.03.2024", para},
		{"Jana Petersen", "14. März 2024", para},
	} {
		var blocks []clean.Block
		for _, l := range lines {
			blocks = append(blocks, clean.Block{Kind: clean.Paragraph, Text: l})
		}
		h := v.readHeader(blocks, "Neue Radwege", "")
		assert.Equal(t, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), h.published, "%q", lines)
		assert.Equal(t, para, blocks[h.bodyStart].Text, "%q", lines)
	}
}
