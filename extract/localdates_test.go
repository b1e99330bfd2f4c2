package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseLocalDate(t *testing.T) {
	at := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	for _, tt := range []struct {
		line string
		want time.Time // zero when the line is no date
	}{
		{"12.05.2026, 17:42 Uhr", at(2026, time.May, 12, 17, 42)},
		{"08.09.2026, 14:05 Uhr", at(2026, time.September, 8, 14, 5)},
		{"12. Mai 2026", at(2026, time.May, 12, 0, 0)},
		{"Updated Feb. 10, 2026 9:48 p.m. ET", at(2026, time.February, 10, 21, 48)},
		{"March 3, 2026 12:05 a.m.", at(2026, time.March, 3, 0, 5)},
		{"Actualizado: 15 may 2026 - 09:12 CEST", at(2026, time.May, 15, 9, 12)},
		{"3 de marzo de 2026", at(2026, time.March, 3, 0, 0)},
		{"Publié le 14 avril 2026 à 08h15, modifié à 10h02", at(2026, time.April, 14, 8, 15)},
		{"16 giugno 2026 | 11:20", at(2026, time.June, 16, 11, 20)},
		{"12 de junho de 2026, 19:05", at(2026, time.June, 12, 19, 5)},
		{"11 mrt. 2026 om 14:12", at(2026, time.March, 11, 14, 12)},
		{"14 октября 2026, 09:15", at(2026, time.October, 14, 9, 15)},
		{"2026年1月13日 18時30分", at(2026, time.January, 13, 18, 30)},
		{"16 marca 2021", at(2021, time.March, 16, 0, 0)},
		// Not dates, or not date lines.
		{"31.06.2026", time.Time{}},
		{"Tour de France 2026 : le parcours dévoilé", time.Time{}},
		{"Tel. 0421 36 71 12", time.Time{}},
		{"12 Apostel 2026", time.Time{}},
		{"Le front du glacier a reculé de 42 mètres entre septembre 2024 et septembre 2025, selon les mesures publiées lundi", time.Time{}},
		{"Die Stadtwerke haben am Montag mitgeteilt, dass ab dem 12.05.2026 gefördert wird", time.Time{}},
	} {
		got, ok := parseLocalDate(tt.line)
		assert.Equal(t, !tt.want.IsZero(), ok, tt.line)
		assert.True(t, tt.want.Equal(got), "%s: got %v, want %v", tt.line, got, tt.want)
	}
}

func TestClockZone(t *testing.T) {
	for _, tt := range []struct {
		line, zone string
		clock      bool
	}{
		{"Updated Feb. 10, 2026 9:48 p.m. ET", "ET", true},
		{"Actualizado: 15 may 2026 - 09:12 CEST", "CEST", true},
		{"12.05.2026, 17:42 Uhr", "", true},
		{"12.05.2026, 17:42 Uhr MESZ", "MESZ", true},
		{"Publié le 14 avril 2026 à 08h15, modifié à 10h02", "", true},
		{"2026年1月13日 18時30分", "", true},
		{"3 March 2026, 6:00am", "", true},
		{"12.05.2026", "", false},
		{"14 октября 2026", "", false},
	} {
		zone, clock := clockZone(tt.line)
		assert.Equal(t, tt.zone, zone, tt.line)
		assert.Equal(t, tt.clock, clock, tt.line)
	}
}

func TestWallTimeInZone(t *testing.T) {
	v := defaultVocabulary()
	wall := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	offset := func(t time.Time) time.Duration { _, o := t.Zone(); return time.Duration(o) * time.Second }
	for _, tt := range []struct {
		at         time.Time
		zone, host string
		want       time.Duration
	}{
		{wall(2026, time.February, 10, 21, 48), "ET", "", -5 * time.Hour},
		{wall(2026, time.July, 10, 21, 48), "ET", "", -4 * time.Hour},
		{wall(2026, time.March, 8, 1, 59), "ET", "", -5 * time.Hour}, // daylight saving starts at 2:00 on 8 March 2026
		{wall(2026, time.March, 8, 3, 0), "ET", "", -4 * time.Hour},
		{wall(2026, time.November, 1, 0, 30), "PT", "", -7 * time.Hour},
		{wall(2026, time.November, 1, 1, 30), "PT", "", -8 * time.Hour}, // the hour that comes twice is read as standard time
		{wall(2026, time.May, 15, 9, 12), "CEST", "", 2 * time.Hour},
	} {
		got, ok := v.wallTime(tt.at, tt.zone, tt.host)
		assert.True(t, ok, tt.zone)
		assert.Equal(t, tt.want, offset(got), "%s %v", tt.zone, tt.at)
		assert.Equal(t, tt.at.Hour(), got.Hour(), "the clock time stays")
	}
	_, ok := v.wallTime(wall(2026, time.May, 15, 9, 12), "UK", "")
	assert.False(t, ok, "no zone")

	for _, tt := range []struct {
		at   time.Time
		host string
		want string
	}{
		{wall(2026, time.May, 12, 17, 42), "www.rheinblick.de", "2026-05-12T17:42:00+02:00"},
		{wall(2026, time.January, 12, 17, 42), "www.rheinblick.de", "2026-01-12T17:42:00+01:00"},
		{wall(2026, time.March, 29, 0, 30), "www.rheinblick.de", "2026-03-29T00:30:00+01:00"},
		{wall(2026, time.October, 14, 9, 15), "vv.ru", "2026-10-14T09:15:00+03:00"},
		{wall(2026, time.January, 13, 18, 30), "www.hokuriku.co.jp", "2026-01-13T18:30:00+09:00"},
		{wall(2026, time.August, 3, 6, 0), "news.bbc.co.uk", "2026-08-03T06:00:00+01:00"},
		// A page from nowhere in particular: the date, no guessed time.
		{wall(2026, time.May, 12, 17, 42), "pages.example.com", "2026-05-12T00:00:00Z"},
		{wall(2026, time.May, 12, 17, 42), "", "2026-05-12T00:00:00Z"},
	} {
		assert.Equal(t, tt.want, v.localTime(tt.at, tt.host).Format(time.RFC3339), tt.host)
	}
}

func TestAfterDate(t *testing.T) {
	assert.Equal(t, "Von Jana Petersen", afterDate("12.05.2026, 17:42 Uhr Von Jana Petersen"))
	assert.Equal(t, "By Jane Doe", afterDate("Feb. 10, 2026 9:48 p.m. — By Jane Doe"))
	assert.Equal(t, "", afterDate("14 октября 2026, 09:15"))
	assert.Equal(t, "", afterDate("Von Jana Petersen"))
}
