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
// Dutch, Polish and Russian (in the genitive a date is written with).
var localMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range [12]string{
		"jan january januar jänner janvier janv enero ene gennaio gen janeiro januari stycznia января янв",
		"feb february februar février févr fevr febrero febbraio fevereiro fev februari lutego февраля фев",
		"mar march märz mär mars marzo março maart mrt marca марта мар",
		"apr april avril avr abril aprile kwietnia апреля апр",
		"may mai mayo maggio mag maio mei maja мая",
		"jun june juni juin junio giugno giu junho czerwca июня июн",
		"jul july juli juillet juil julio luglio lug julho lipca июля июл",
		"aug august août agosto ago augustus sierpnia августа авг",
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
	// kanjiDate finds "2026年1月13日".
	kanjiDate = regexp.MustCompile(`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日`)
	// clockAfter finds the clock time after a date: "17:42", "08h15",
	// "9:48 p.m.", "18時30分".
	clockAfter = regexp.MustCompile(`(?i)(\d{1,2})(?:[:h]|時\s*)(\d{2})(?:分)?(?:\s*([ap])\.?\s?m\.?)?`)
)

// localDateReach is how far into a line its date may start: past a label
// such as "Publié le" or "Actualizado:", not in the middle of a sentence.
const localDateReach = 28

// parseLocalDate reads a short line that is a date in any of the languages
// localMonths knows, with the clock time after it when there is one. The
// time is the page's wall clock, kept as UTC: such lines name no zone.
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

// findLocalDate finds the date near the start of t and where it ends.
func findLocalDate(t string) (y int, mo time.Month, d, end int, ok bool) {
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
	return !strings.HasSuffix(t, "。") && utf8.RuneCountInString(t) <= 120 && kanjiCaptionDate.MatchString(t)
}
