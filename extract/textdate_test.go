package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
)

// TestFromTextSlashDate checks that a whole page's "03/04/2024" under the
// byline is read day first on a host in a country's domain, and month first
// on a ".com" host, with no language to say otherwise.
func TestFromTextSlashDate(t *testing.T) {
	para := strings.Repeat("Le conseil municipal a voté mercredi soir la création de trois nouvelles pistes cyclables dans le centre-ville, après des mois de débats. ", 3)
	page := "Accueil\nPolitique\nSport\n\nTrois nouvelles pistes cyclables pour le centre-ville\n\nPar Marie Dupont\n03/04/2024\n\n" + para + "\n\n" + para + "\n\nMentions légales\n"
	for _, tt := range []struct {
		url  string
		want time.Time
	}{
		{"https://www.example.fr/politique/pistes-cyclables", time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC)},
		{"https://www.example.com/politique/pistes-cyclables", time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)},
	} {
		a, err := extract.FromText(strings.NewReader(page), extract.Source{URL: tt.url})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Published.Equal(tt.want) {
			t.Errorf("%s: Published = %v, want %v", tt.url, a.Published, tt.want)
		}
	}
}
