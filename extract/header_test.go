package extract

import (
	"testing"

	"github.com/declutter/declutter/clean"
)

// TestHeaderFieldLabels checks that a header field's label printed alone
// on its line, as a definition list or a table prints it, over the byline
// or date it names, is removed as a field label and read neither as the
// standfirst nor as the first line of the body; and that a label-only line
// over anything else is not.
func TestHeaderFieldLabels(t *testing.T) {
	v := defaultVocabulary()
	para := "Der Stadtrat hat am Mittwochabend beschlossen, drei neue Radwege durch die Innenstadt zu bauen."
	for _, tc := range []struct {
		name          string
		lines         []string
		title, byline string
		wantLead      string
		wantLabels    []string // removed under RuleFieldLabel, in order
		wantBodyFirst string
	}{
		{"html definition list", []string{"Autor", "Jana Petersen", "Stand", "14.03.2024", para}, "Neue Radwege", "Jana Petersen", "", []string{"Autor", "Stand"}, para},
		{"html english labels", []string{"By", "Jane Doe", "Published:", "August 16, 2025", para}, "New cycle lanes", "", "", []string{"By", "Published:"}, para},
		{"html french and spanish", []string{"Auteur", "Marie Dupont", "Fecha", "16/08/2025", para}, "Nouvelles pistes", "", "", []string{"Auteur", "Fecha"}, para},
		{"html von over a known byline", []string{"Von", "Jana Petersen, Redakteurin", para}, "Neue Radwege", "Jana Petersen", "", []string{"Von"}, para},
		{"text header", []string{"New cycle lanes for the city centre", "By", "Jane Doe", "Updated", "16 August 2025", para}, "", "", "", []string{"By", "Updated"}, para},
		// A label over no byline or date labels nothing here: the body
		// starts at it, as before.
		{"label over prose", []string{"Stand", para}, "Neue Radwege", "", "", nil, "Stand"},
		// A standfirst over the byline stays the standfirst.
		{"standfirst kept", []string{"Drei Wege sollen bis zum Herbst fertig sein", "Autor", "Jana Petersen", para}, "Neue Radwege", "", "Drei Wege sollen bis zum Herbst fertig sein", []string{"Autor"}, para},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var blocks []clean.Block
			for _, l := range tc.lines {
				blocks = append(blocks, clean.Block{Kind: clean.Paragraph, Text: l})
			}
			h := v.readHeader(blocks, tc.title, tc.byline)
			if h.lead != tc.wantLead {
				t.Errorf("lead = %q, want %q", h.lead, tc.wantLead)
			}
			var labels []string
			for _, r := range h.removed {
				if r.Rule == RuleFieldLabel {
					labels = append(labels, r.Text)
				}
			}
			if len(labels) != len(tc.wantLabels) {
				t.Fatalf("removed as field labels %q, want %q (all removed: %v)", labels, tc.wantLabels, h.removed)
			}
			for i := range labels {
				if labels[i] != tc.wantLabels[i] {
					t.Errorf("removed as field labels %q, want %q", labels, tc.wantLabels)
				}
			}
			if got := blocks[h.bodyStart].Text; got != tc.wantBodyFirst {
				t.Errorf("body starts at %q, want %q", got, tc.wantBodyFirst)
			}
		})
	}
}
