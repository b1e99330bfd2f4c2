package extract

import "testing"

func TestTrimSlideCount(t *testing.T) {
	for in, want := range map[string]string{
		"1/6 Die Top-6 Reisemobile im Überblick":   "Die Top-6 Reisemobile im Überblick",
		"11 of 12 | A supporter cheers at a rally": "A supporter cheers at a rally",
		"3 von 10: Der Hafen am Morgen":            "Der Hafen am Morgen",
		"2 sur 5 Le port au matin":                 "Le port au matin",
		"6 Bilder":                                 "",
		"12 photos":                                "",
		// Near misses: numbers that belong to the caption.
		"3 of the victims were taken to hospital": "3 of the victims were taken to hospital",
		"2/3 of the town voted for the plan":      "2/3 of the town voted for the plan",
		"1/6":                                     "1/6",
		"2024 of all years was the hottest":       "2024 of all years was the hottest",
		"6 Bilder zeigen den Hafen":               "6 Bilder zeigen den Hafen",
		"10 photos that changed the world":        "10 photos that changed the world",
		"The harbour at dawn":                     "The harbour at dawn",
		"5 von 5 Punkten":                         "5 von 5 Punkten",
		"1:0 für Bayern":                          "1:0 für Bayern",
	} {
		if got := trimSlideCount(in); got != want {
			t.Errorf("trimSlideCount(%q) = %q, want %q", in, got, want)
		}
	}
}
