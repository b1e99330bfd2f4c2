package extract

import (
	"strings"

	"github.com/declutter/declutter/internal/textutil"
)

// Pages that show a fresh article print its date as the time since it
// went out: "3 hours ago", "vor 2 Stunden", "před 2 hodinami". Under a
// headline such a line marks the header as a date line does.

// relativeUnits are the units of time such a line counts in, in the
// languages news pages are written in, with their plural and case forms.
var relativeUnits = wordSet(`min|mins|minute|minutes|hr|hrs|hour|hours|h|day|days|week|weeks` +
	`|minuten|stunde|stunden|tag|tage|tagen|woche|wochen` + // de
	`|heure|heures|jour|jours|semaine|semaines` + // fr
	`|minuto|minutos|hora|horas|día|días|dia|dias|semana|semanas` + // es, pt
	`|minuti|ore|ora|giorni|giorno|settimana|settimane` + // it
	`|minuut|uur|dag|dagen|weken` + // nl
	`|minut|minutami|minutou|hodin|hodinami|hodinou|dny|dnem|týdny` + // cs
	`|minuty|godzin|godziny|godzinę|dni|dzień` + // pl
	`|timmar|timme|dagar|minuter` + // sv
	`|минут|минуту|минуты|час|часа|часов|дня|дней|день`) // ru

var (
	// agoAfter are the words for "ago" after the count and unit: "3 hours
	// ago", "2 ore fa", "2 uur geleden", "2 godziny temu".
	agoAfter = wordSet("ago|fa|geleden|temu|sedan|назад")
	// agoBefore are the words for "ago" before them: "vor 2 Stunden",
	// "hace 5 minutos", "há 2 horas", "před 2 hodinami", "för 3 timmar
	// sedan"; French says "il y a".
	agoBefore = wordSet("vor|hace|há|před|för")
	// numberWords are the counts written as words: "an hour ago", "vor
	// einer Stunde", "il y a une heure".
	numberWords = wordSet("a|an|one|einer|einem|un|une|una|um|uma|jednou")
	// relativeLabels may open the line: "Updated 25 mins ago".
	relativeLabels = wordSet("updated|published|posted|aktualisiert|actualizado|atualizado")
)

// isRelativeTime reports a short line that dates an article by the time
// since it went out.
func isRelativeTime(t string) bool {
	if len(t) > 48 {
		return false
	}
	w := strings.Fields(strings.ToLower(t))
	if len(w) > 6 {
		return false
	}
	if len(w) > 0 && relativeLabels[w[0]] {
		w = w[1:]
	} else if len(w) > 3 && w[0] == "mis" && w[1] == "à" && w[2] == "jour" {
		w = w[3:]
	}
	switch {
	case len(w) >= 3 && agoBefore[w[0]]:
		w = w[1:]
	case len(w) >= 5 && w[0] == "il" && w[1] == "y" && w[2] == "a":
		w = w[3:]
	case len(w) == 3 && agoAfter[w[2]]:
		w = w[:2]
	default:
		return false
	}
	if len(w) == 3 && w[2] == "sedan" {
		w = w[:2] // "för 3 timmar sedan"
	}
	return len(w) == 2 && isCount(w[0]) && relativeUnits[strings.TrimSuffix(w[1], ".")]
}

// opensWithRelativeTime reports a short line that opens with the time
// since the article went out and goes on, after a mark or the word for
// "in", with its section or counts: "vor 5 Stunden in Aktuelles, keine
// Lesermeinung", "2 hours ago · 4 min read". A sentence that opens so
// ("Vor 2 Stunden sagte der Minister …") goes on with its verb.
func opensWithRelativeTime(t string) bool {
	// Most lines are turned down on their first word, lowered into a
	// buffer, without splitting them into words.
	first, _, _ := strings.Cut(t, " ")
	if len(first) > 12 || len(t) > 120 {
		return false
	}
	var buf [12]byte
	b := buf[:len(first)]
	for i := range len(first) {
		c := first[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if !relativeLabels[string(b)] && !agoBefore[string(b)] && !numberWords[string(b)] && string(b) != "il" && !(len(b) <= 2 && allDigits(first)) {
		return false
	}
	w := strings.Fields(t)
	if len(w) > 10 || len(w) < 4 || textutil.EndsSentence(t) {
		return false
	}
	for n := 3; n <= min(5, len(w)-1); n++ {
		head := strings.Join(w[:n], " ")
		mark := strings.TrimRight(head, ",;:·•|") != head
		if !mark && !inWords[strings.ToLower(w[n])] && !strings.ContainsAny(w[n], "·•|–—-") {
			continue
		}
		if isRelativeTime(strings.TrimRight(head, ",;:·•|")) {
			return true
		}
	}
	return false
}

// inWords lead from a date to the section an article went out in:
// "vor 5 Stunden in Aktuelles".
var inWords = wordSet("in|im|dans|en|nel|nella|em|no|na")

// isCount reports a count of one or two digits, or one written as a word.
func isCount(w string) bool {
	if numberWords[w] {
		return true
	}
	return len(w) <= 2 && allDigits(w)
}
