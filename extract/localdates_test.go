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
