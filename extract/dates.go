package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
	"github.com/itlightning/dateparse"
)

var (
	// dateLabel is the wording sites put before a date line.
	dateLabel = regexp.MustCompile(`(?i)^(first published|published|posted|updated|last updated|last modified|modified|date)( on| at)?\s*:?\s*`)
	// leadingTime finds "10:22 BST, 16 August 2025", time first.
	leadingTime = regexp.MustCompile(`(?i)^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?),\s*(.+)$`)
	// dottedTime finds the Guardian's "10.22" clock times.
	dottedTime = regexp.MustCompile(`\b(\d{1,2})\.(\d{2})\b(\s*(?:[AaPp][Mm]|[A-Z]{2,5})?\s*$)`)
	// dateWords holds a month name or a numeric date: no date line lacks one.
	dateWords = regexp.MustCompile(`(?i)\b(` + months + `)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	// aDate finds a date inside other text: a month with a day or year
	// beside it, or a numeric date.
	aDate = regexp.MustCompile(`(?i)\b(` + months + `)\.?\s+\d{1,4}\b|\b\d{1,2}\.?\s+(` + months + `)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	// laterLabel starts a second date or note after the first date.
	laterLabel = regexp.MustCompile(`(?i)\s(updated|last updated|modified)\b`)
	// gmtOffset is an offset written "GMT+1" or "UTC-05".
	gmtOffset = regexp.MustCompile(`\b(?:GMT|UTC)[+-]\d{1,2}\b`)
	// countrySuffix is the ", UK" Sky News puts after its times, in place
	// of a zone.
	countrySuffix = regexp.MustCompile(`,\s*[A-Z]{2,3}$`)
)

// findDate is aDate.FindStringIndex, with the regexp run only on text
// that holds a digit and dateHint's clue: most lines hold neither.
func findDate(s string) []int {
	if !strings.ContainsAny(s, "0123456789") || !dateHint(s) {
		return nil
	}
	return aDate.FindStringIndex(s)
}

// hasDateWords is dateWords.MatchString, with the regexp run only on text
// that gives dateHint's clue.
func hasDateWords(s string) bool {
	return dateHint(s) && dateWords.MatchString(s)
}

// dateHint reports whether s holds what every match of aDate and dateWords
// holds: a month of months standing as a word, in any case, or the '-' or
// '/' of a numeric date, which follows a digit ("2024-", "3/"). A word is
// a run of ASCII letters, digits and underscores, as \b bounds it. Case
// folding matches "ſ" to "s" and the Kelvin sign to "k"; text holding
// either is left to the regexps.
func dateHint(s string) bool {
	if hasDigitThen(s, "-/") || strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		return true
	}
	const longest = len("september")
	for i := 0; i < len(s); {
		if !isASCIIWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIIWordByte(s[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= longest {
			var buf [longest]byte
			for k := range n {
				buf[k] = s[i+k] | 0x20 // lower case; digits and '_' do not name a month either way
			}
			if englishMonths[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// hasDigitThen reports whether s holds an ASCII digit followed by one of
// the bytes in marks.
func hasDigitThen(s, marks string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i-1]; c >= '0' && c <= '9' && strings.IndexByte(marks, s[i]) >= 0 {
			return true
		}
	}
	return false
}

// isASCIIWordByte reports a byte of \w: an ASCII letter, digit or '_'.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_'
}

var englishMonths = wordSet(months)

// months are the month names and abbreviations dates are written with.
const months = `jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december`

// monthsAnyLanguage are the month names of the languages news pages are
// commonly written in.
const monthsAnyLanguage = months + `|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember` +
	`|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre` +
	`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre` +
	`|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre` +
	`|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia` +
	`|januari|februari|maart|augustus|augusti|maj|okt`

var monthNames = wordSet(monthsAnyLanguage)

// dateWordsAnyLanguage are the words a date line is made of besides
// numbers, in the languages news pages are commonly written in: months,
// weekdays, labels and the little words between them. Lines made of these
// alone are dates that dateparse, which reads English, cannot always read.
var dateWordsAnyLanguage = wordSet(monthsAnyLanguage +
	`|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday` +
	`|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche` +
	`|published|updated|posted|veröffentlicht|veröffentlichung|aktualisiert|publiziert|erstellt|stand` +
	`|publié|mis|à|jour|publicado|actualizado|publikacja|opublikowano|aktualizacja|입력|수정` +
	`|am|um|uhr|le|el|at|on|de|del|of|the|utc|gmt|bst|cet|cest|est|edt|pst|pdt|am|pm|a|p|m|h`)

func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Split(list, "|") {
		set[w] = true
	}
	return set
}

// isDateOnly reports a short line that holds nothing but a date and its
// furniture: "16 marca 2021", "Veröffentlichung: 2. Februar 2022",
// "24.01.2022 11:38", "Freitag | 14. Juni 2019 | 15:49".
func isDateOnly(t string) bool {
	if !textutil.WordsAtMost(t, 10) || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	sawMonth := false
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if strings.TrimLeft(w, "0123456789") == "" {
			continue
		}
		var buf [16]byte
		lw := lowerASCII(buf[:0], w)
		if !dateWordsAnyLanguage[string(lw)] {
			return false
		}
		sawMonth = sawMonth || monthNames[string(lw)]
	}
	// Numbers alone make a date only in a date's shape, not a phone number's.
	return sawMonth || holdsNumericDate(t)
}

// lowerASCII appends w to buf in lower case: in place of strings.ToLower,
// which copies every word holding a capital, for a word of ASCII letters
// that fits buf; others are lowered by strings.ToLower.
func lowerASCII(buf []byte, w string) []byte {
	if len(w) > cap(buf) {
		return append(buf, strings.ToLower(w)...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		buf = append(buf, c)
	}
	return buf
}

// numericDate finds 16.08.2025, 16/08/2025, 2025-08-16 and 2025.08.16.
var numericDate = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{2,4})\b|\b(\d{4})[-.](\d{1,2})[-.](\d{1,2})\b`)

// holdsNumericDate reports whether t holds a numeric date that names a day
// of the calendar: 2025-08-16 year first; 16.08.2025 day first, as dots are
// written only outside the United States; 16/08/2025 or 08/16/2025 either
// way round. "2.14.2024", a version number, names no day.
func holdsNumericDate(t string) bool {
	for _, m := range numericDate.FindAllStringSubmatch(t, -1) {
		if m[5] != "" {
			if possibleDate(atoi(m[5]), atoi(m[6]), atoi(m[7])) {
				return true
			}
			continue
		}
		a, b, y := atoi(m[1]), atoi(m[3]), atoi(m[4])
		if possibleDate(y, b, a) || m[2] == "/" && possibleDate(y, a, b) {
			return true
		}
	}
	return false
}

// possibleDate reports whether day d of month mo is a day of year y; a
// year of two digits is this century's.
func possibleDate(y, mo, d int) bool {
	if y < 100 {
		y += 2000
	}
	return mo >= 1 && mo <= 12 && d >= 1 && time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// atoi reads a run of ASCII digits.
func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// parseDateLine reads a line that is only a date, such as "Sat 16 Aug 2025
// 10.22 BST" or "Published: 10:22 BST, 16 August 2025 | Updated: …".
func parseDateLine(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 80 || !hasDateWords(s) {
		return time.Time{}, false
	}
	if i := strings.IndexAny(s, "|•"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = dateLabel.ReplaceAllString(s, "")
	if m := laterLabel.FindStringIndex(s); m != nil && m[0] > 0 {
		s = s[:m[0]] // "August 16, 2025 10:22 AM GMT+1 Updated 2 hours ago"
	}
	uk := false
	if m := countrySuffix.FindString(s); m != "" {
		uk = strings.TrimSpace(strings.TrimPrefix(m, ",")) == "UK"
		s = strings.TrimSuffix(s, m)
	}
	s = strings.ReplaceAll(s, " - ", " ")
	s = gmtOffset.ReplaceAllStringFunc(s, func(m string) string {
		sign, hours := m[3:4], strings.TrimLeft(m[4:], "0")
		if len(hours) < 2 {
			hours = "0" + hours
		}
		return sign + hours + "00" // GMT+1 → +0100
	})
	if m := leadingTime.FindStringSubmatch(s); m != nil {
		s = m[2] + " " + m[1]
	}
	s = dottedTime.ReplaceAllString(s, "$1:$2$3")
	s = strings.ReplaceAll(s, " at ", " ")
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil {
		// Day first, as outside the United States: 16/08/2025.
		if t, err = dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(false)); err != nil {
			return time.Time{}, false
		}
	}
	name, offset := t.Zone()
	// dateparse keeps an unknown abbreviation's name but not its offset;
	// the page's host and language may settle an ambiguous one later.
	t = defaultVocabulary().inZone(t, "", "")
	if uk && name == "UTC" && offset == 0 {
		t = ukTime(t) // a clock time with no zone but the country's
	}
	return t, true
}

// ukTime reads t's clock time as the UK's: BST (UTC+1) from 01:00 UTC on
// the last Sunday of March to 01:00 UTC on the last Sunday of October, GMT
// otherwise.
func ukTime(t time.Time) time.Time {
	lastSunday := func(m time.Month) time.Time {
		d := time.Date(t.Year(), m+1, 0, 1, 0, 0, 0, time.UTC) // the month's last day
		return d.AddDate(0, 0, -int(d.Weekday()))
	}
	if utc := t.Add(-time.Hour); utc.Before(lastSunday(time.March)) || !utc.Before(lastSunday(time.October)) {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone("BST", 3600))
}

// slashDate finds a date written with slashes: 03/04/2024.
var slashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/\d{2,4}\b`)

// dayFirstIn returns date t read off date line as the page's language
// and country write it. A date written with slashes whose two first
// numbers are both 12 or less, such as "03/04/2024", is read month first,
// as in the United States, unless the page puts the day first: its
// language is not English, or its language names a country other than the
// United States ("en-GB"), or, with the language plain "en" or unknown,
// its host is in a country's domain other than the United States' (".fr",
// ".co.uk"); then t's day and month change places. A number over 12
// settles the order by itself, and dots ("03.04.2024") are read day first
// everywhere.
func dayFirstIn(t time.Time, line, lang, host string) time.Time {
	m := slashDate.FindStringSubmatch(line)
	if m == nil || !putsDayFirst(lang, host) {
		return t
	}
	mo, d := atoi(m[1]), atoi(m[2])
	if mo == d || mo > 12 || d > 12 || int(t.Month()) != mo || t.Day() != d {
		return t
	}
	return time.Date(t.Year(), time.Month(d), mo, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// putsDayFirst reports whether a page in language lang from host writes
// the day before the month (dayFirstIn).
func putsDayFirst(lang, host string) bool {
	lang = strings.ToLower(strings.ReplaceAll(lang, "_", "-"))
	primary, region, _ := strings.Cut(lang, "-")
	switch {
	case primary != "" && primary != "en":
		return true
	case region != "":
		return region != "us"
	}
	tld := strings.ToLower(host[strings.LastIndexByte(host, '.')+1:])
	return len(tld) == 2 && tld != "us"
}
