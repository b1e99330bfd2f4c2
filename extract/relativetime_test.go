package extract

import "testing"

func TestIsRelativeTime(t *testing.T) {
	for _, s := range []string{
		"3 hours ago", "Updated 25 mins ago", "an hour ago", "vor 2 Stunden", "vor einer Stunde",
		"il y a 3 heures", "hace 5 minutos", "há 2 horas", "2 ore fa", "2 uur geleden",
		"před 2 hodinami", "2 godziny temu", "5 минут назад", "för 3 timmar sedan",
	} {
		if !isRelativeTime(s) {
			t.Errorf("isRelativeTime(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"3 hours", "ago", "Vor Ort", "hace calor", "2 hours ago the storm hit the coast and", "Vor 2 Stunden sagte der Minister, dass",
		"before 3 hours", "Il y a un an",
	} {
		if isRelativeTime(s) {
			t.Errorf("isRelativeTime(%q) = true, want false", s)
		}
	}
}

func TestOpensWithRelativeTime(t *testing.T) {
	for _, s := range []string{
		"vor 5 Stunden in Aktuelles, keine Lesermeinung", "2 hours ago · 4 min read", "il y a 3 heures dans Politique",
	} {
		if !opensWithRelativeTime(s) {
			t.Errorf("opensWithRelativeTime(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Vor 2 Stunden sagte der Minister, dass", "3 hours ago the storm hit the coast", "vor 2 Stunden", "2 hours ago in Politics the minister said it.",
	} {
		if opensWithRelativeTime(s) {
			t.Errorf("opensWithRelativeTime(%q) = true, want false", s)
		}
	}
}
