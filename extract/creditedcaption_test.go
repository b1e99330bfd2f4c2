package extract

import "testing"

func TestCreditedCaptionForOutlet(t *testing.T) {
	for _, c := range []struct {
		line, text, credit string
	}{
		{"A sign for the new spaceport along a desert road. Tara Lind for Harbour Weekly", "A sign for the new spaceport along a desert road", "Tara Lind for Harbour Weekly"},
		{"The new offices of the firm in the old port. Sam Ode for The Coast Ledger", "The new offices of the firm in the old port", "Sam Ode for The Coast Ledger"},
		{"A rocket stands on the launchpad at dawn. Etlaq", "A rocket stands on the launchpad at dawn", "Etlaq"},
		// Near misses: a credit that runs on past a name and an outlet,
		// a lower-case outlet, a sentence after the stop.
		{"The team walked out of the hall on Monday. Thanks for All the Fish and Chips Today", "", ""},
		{"The board met again on Monday night. Jane Doe for the most part", "", ""},
		{"The council voted on the plan in March. It was a long night for Everyone", "", ""},
	} {
		l := &textLine{text: c.line, alone: true}
		measureLine(l)
		got, ok := creditedCaption(l)
		if c.credit == "" {
			if ok {
				t.Errorf("creditedCaption(%q) = %+v, want none", c.line, got)
			}
			continue
		}
		if !ok || got.Text != c.text+"." || got.Credit != c.credit {
			t.Errorf("creditedCaption(%q) = %+v, %v; want %q | %q", c.line, got, ok, c.text, c.credit)
		}
	}
}
