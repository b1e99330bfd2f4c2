package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
)

// Date lines outside the English-speaking world put the day first and name
// the month in their own language: "12.05.2026, 17:42 Uhr", "Publié le 14
// avril 2026 à 08h15", "12 de junho de 2026, 19:05", "14 октября 2026",
// "2026年1月13日 18時30分". dateparse reads English; parseLocalDate reads
// these, and the American "Updated Feb. 10, 2026 9:48 p.m. ET" it misses.

// localMonths maps month names and their usual abbreviations, lower case,
// to their months: English, German, French, Spanish, Italian, Portuguese,
// Dutch, Swedish, Polish and Russian (in the genitive a date is written with).
var localMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range [12]string{
		"jan january januar jänner janvier janv enero ene gennaio gen janeiro januari stycznia января янв",
		"feb february februar février févr fevr febrero febbraio fevereiro fev februari lutego февраля фев",
		"mar march märz mär mars marzo março maart mrt marca марта мар",
		"apr april avril avr abril aprile kwietnia апреля апр",
		"may mai maj mayo maggio mag maio mei maja мая",
		"jun june juni juin junio giugno giu junho czerwca июня июн",
		"jul july juli juillet juil julio luglio lug julho lipca июля июл",
		"aug august augusti août agosto ago augustus sierpnia августа авг",
		"sep sept september septembre septiembre settembre set setembro września сентября сен",
		"oct october oktober okt octobre octubre ottobre ott outubro out października октября",
		"nov november novembre noviembre novembro listopada ноября ноя",
		"dec december dezember dez décembre déc diciembre dic dicembre dezembro grudnia декабря дек",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

var (
	// dayMonthYear finds "14 avril 2026", "12 de junho de 2026", "12. Mai
	// 2026", "11 mrt. 2026".
	dayMonthYear = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(\d{1,2})\.?\s+(?:de\s+)?(\pL+)\.?\s+(?:de\s+)?(\d{4})`)
	// monthDayYear finds "Feb. 10, 2026".
	monthDayYear = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(\pL+)\.?\s+(\d{1,2}),?\s+(\d{4})`)
	// dayFirstDate finds "12.05.2026" and "12/05/2026", day first.
	dayFirstDate = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[./](\d{1,2})[./](\d{4})`)
	// yearFirstDotted finds "2026.07.12", year first, as Korean papers
	// print it.
	yearFirstDotted = regexp.MustCompile(`(?:^|[^\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?:[^\d.]|$)`)
	// kanjiDate finds "2026年1月13日".
	kanjiDate = regexp.MustCompile(`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日`)
	// clockAfter finds the clock time after a date: "17:42", "08h15",
	// "kl. 07.30", "9:48 p.m.", "18時30分".
	clockAfter = regexp.MustCompile(`(?i)(\d{1,2})(?:[:h.]|時\s*)(\d{2})(?:分)?(?:\s*([ap])\.?\s?m\.?)?`)
)

// localDateReach is how far into a line its date may start: past a label
// such as "Publié le" or "Actualizado:", not in the middle of a sentence.
const localDateReach = 28

// parseLocalDate reads a short line that is a date in any of the languages
// localMonths knows, with the clock time after it when there is one. The
// time is the page's wall clock, read as UTC until the page header puts it
// in its zone (placeClock).
func parseLocalDate(t string) (time.Time, bool) {
	if textutil.CountWords(t) > 12 || len(t) > 120 {
		return time.Time{}, false
	}
	y, mo, d, end, ok := findLocalDate(t)
	if !ok || y < 1990 || y > 2100 || d < 1 || d > 31 || mo < 1 || mo > 12 {
		return time.Time{}, false
	}
	date := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if date.Day() != d {
		return time.Time{}, false // 31 June
	}
	if m := clockAfter.FindStringSubmatch(t[end:]); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		switch strings.ToLower(m[3]) {
		case "p":
			if h < 12 {
				h += 12
			}
		case "a":
			if h == 12 {
				h = 0
			}
		}
		if h < 24 && mi < 60 {
			date = date.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		}
	}
	return date, true
}

// hasFourDigits reports whether t holds four ASCII digits in a row, as
// every date findLocalDate reads does: most lines it is asked about have
// none, and this scan is much cheaper than the patterns'.
func hasFourDigits(t string) bool {
	run := 0
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// findLocalDate finds the date near the start of t and where it ends.
func findLocalDate(t string) (y int, mo time.Month, d, end int, ok bool) {
	if !hasFourDigits(t) {
		return 0, 0, 0, 0, false // each shape below holds a four-digit year
	}
	near := func(loc []int) bool { return loc != nil && loc[0] <= localDateReach }
	if m := kanjiDate.FindStringSubmatchIndex(t); near(m) {
		y, _ = strconv.Atoi(t[m[2]:m[3]])
		n, _ := strconv.Atoi(t[m[4]:m[5]])
		d, _ = strconv.Atoi(t[m[6]:m[7]])
		return y, time.Month(n), d, m[1], true
	}
	if m := dayMonthYear.FindStringSubmatchIndex(t); near(m) {
		if mo, ok = localMonths[strings.ToLower(t[m[4]:m[5]])]; ok {
			d, _ = strconv.Atoi(t[m[2]:m[3]])
			y, _ = strconv.Atoi(t[m[6]:m[7]])
			return y, mo, d, m[1], true
		}
	}
	if m := monthDayYear.FindStringSubmatchIndex(t); near(m) {
		if mo, ok = localMonths[strings.ToLower(t[m[2]:m[3]])]; ok {
			d, _ = strconv.Atoi(t[m[4]:m[5]])
			y, _ = strconv.Atoi(t[m[6]:m[7]])
			return y, mo, d, m[1], true
		}
	}
	if m := dayFirstDate.FindStringSubmatchIndex(t); near(m) {
		d, _ = strconv.Atoi(t[m[2]:m[3]])
		n, _ := strconv.Atoi(t[m[4]:m[5]])
		y, _ = strconv.Atoi(t[m[6]:m[7]])
		return y, time.Month(n), d, m[1], true
	}
	if m := yearFirstDotted.FindStringSubmatchIndex(t); near(m) {
		y, _ = strconv.Atoi(t[m[2]:m[3]])
		n, _ := strconv.Atoi(t[m[4]:m[5]])
		d, _ = strconv.Atoi(t[m[6]:m[7]])
		return y, time.Month(n), d, m[7], true
	}
	return 0, 0, 0, 0, false
}

// kanjiCaptionDate finds the "＝13日午前、北浦町役場前" Japanese papers end a
// photo's caption with: an equals sign, then the day the picture was taken
// and where.
var kanjiCaptionDate = regexp.MustCompile(`＝(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:午前|午後|夜|朝|未明)?(?:[、，,].{1,40})?$`)

// isKanjiCaption reports a line written as a Japanese paper's photo
// caption: a phrase with no closing "。", then the day and place after
// "＝".
func isKanjiCaption(t string) bool {
	return strings.Contains(t, "＝") && !strings.HasSuffix(t, "。") && utf8.RuneCountInString(t) <= 120 && kanjiCaptionDate.MatchString(t)
}

// A date line's clock time is the page's wall clock. It names its zone
// ("17:42 CEST", "9:48 p.m. ET"), or the page's country does, or nothing
// does: then the time is not guessed and only the date is kept.

// A season is a zone that may switch to daylight saving: std all year when
// dst is empty, else dst between the dates rule ("us" or "eu") gives.
type season struct{ std, dst, rule string }

// at returns the abbreviation of z in force at wall-clock time t, read in
// z's standard time, stdOffset seconds east of UTC.
func (z season) at(t time.Time, stdOffset int) string {
	if z.dst == "" {
		return z.std
	}
	y := t.Year()
	utc := time.Date(y, t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC).Add(-time.Duration(stdOffset) * time.Second)
	var start, end time.Time
	switch z.rule {
	case "eu": // 01:00 UTC on the last Sundays of March and October
		start, end = lastSunday(y, time.March).Add(time.Hour), lastSunday(y, time.October).Add(time.Hour)
	default: // "us": 02:00 local on the second Sunday of March, on the first of November
		std := time.Duration(stdOffset) * time.Second
		start = firstSunday(y, time.March).AddDate(0, 0, 7).Add(2*time.Hour - std)
		end = firstSunday(y, time.November).Add(time.Hour - std)
	}
	if !utc.Before(start) && utc.Before(end) {
		return z.dst
	}
	return z.std
}

// lastSunday returns the last Sunday of month m in year y, at 00:00 UTC.
func lastSunday(y int, m time.Month) time.Time {
	d := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// firstSunday returns the first Sunday of month m in year y, at 00:00 UTC.
func firstSunday(y int, m time.Month) time.Time {
	d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, (7-int(d.Weekday()))%7)
}

// wallTime returns wall-clock time t (its own offset disregarded) in the
// zone abbr names, as read on a page from host; false when the vocabulary
// knows no such zone.
func (v *vocabulary) wallTime(t time.Time, abbr, host string) (time.Time, bool) {
	if z, ok := v.seasons[abbr]; ok {
		abbr = z.at(t, v.offsetIn(t, z.std, host))
	}
	if len(v.zones[abbr]) == 0 {
		return t, false
	}
	return v.inZone(time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone(abbr, 0)), host, ""), true
}

// offsetIn returns the offset abbr is read with on a page from host.
func (v *vocabulary) offsetIn(t time.Time, abbr, host string) int {
	_, offset := v.inZone(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.FixedZone(abbr, 0)), host, "").Zone()
	return offset
}

// localTime returns wall-clock time t in the zone of the country whose
// domain host ends in; with none known, the date alone.
func (v *vocabulary) localTime(t time.Time, host string) time.Time {
	host = strings.ToLower(host)
	for _, s := range v.localTimes {
		if host == s.domain || strings.HasSuffix(host, "."+s.domain) {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, s.loc)
		}
	}
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		if z, ok := v.localZones[host[i:]]; ok {
			if lt, ok := v.wallTime(t, z.at(t, v.offsetIn(t, z.std, host)), host); ok {
				return lt
			}
		}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// A localTimeSite is a site whose clock times printed without a zone are
// in loc: its host is domain or ends in "." and domain.
type localTimeSite struct {
	domain string
	loc    *time.Location
}

// clockZone finds the clock time in a date line and the zone abbreviation
// printed after it: "09:12 CEST" gives "CEST", true; "12.05.2026, 17:42
// Uhr" gives "", true.
func clockZone(t string) (zone string, clock bool) {
	for _, m := range lineClock.FindAllStringIndex(t, -1) {
		if end := m[1]; end < len(t) && (t[end] == '.' || t[end] >= '0' && t[end] <= '9') && strings.Contains(t[m[0]:end], ".") {
			continue // "12.05.2026" is a date, not a clock
		}
		if z := zoneAfter.FindStringSubmatch(t[m[1]:]); z != nil {
			return z[1], true
		}
		return "", true
	}
	return "", false
}

var (
	// lineClock finds a clock time: "17:42", "08h15", "10.22", "9:48 p.m.", "18時30分".
	lineClock = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:h.]|時\s*)\d{2}(?:分)?(?:\s*[ap]\.?\s?m\b\.?)?`)
	// zoneAfter finds the zone abbreviation after a clock time: " ET", " Uhr MEZ", " (CEST)".
	zoneAfter = regexp.MustCompile(`^\s*(?:Uhr\s+|h\s+)?\(?([A-Z]{2,5})\)?(?:[^\pL]|$)`)
)

// afterDate returns what a line holds after the date it opens with and
// the clock time after that: "12.05.2026, 17:42 Uhr Von Jana Petersen"
// gives "Von Jana Petersen"; "" when the line opens with no date.
func afterDate(t string) string {
	_, _, _, end, ok := findLocalDate(t)
	if !ok {
		return ""
	}
	rest := t[end:]
	if m := clockAfter.FindStringIndex(rest); m != nil && strings.Trim(rest[:m[0]], " ,–—-|·•àkl.um") == "" {
		rest = rest[m[1]:] // the clock time, after a separator or "kl.", "à", "um"
	}
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "Uhr")
	return strings.TrimLeft(rest, " ,–—-|·•")
}
