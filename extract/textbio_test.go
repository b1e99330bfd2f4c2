package extract

import "testing"

func TestOpensWithAuthor(t *testing.T) {
	authors := []string{"Marta Velasquez", "Owen"}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Marta Velasquez covers water and agriculture for the Valley Courier.", true},
		{"Marta Velasquez is a staff writer.", true},
		// The story's own lines name the author otherwise.
		{"Marta Velasquez, who covered the vote, was asked to leave.", false},
		{"Marta Velasquez Ltd supplies the pumps.", false},
		{"Marta said the canal would close.", false},
		{"Rosa Llamas covers her trees with nets.", false},
		// A one-word name is no full name.
		{"Owen said the study counted 31 wells.", false},
	} {
		if got := opensWithAuthor(c.text, authors); got != c.want {
			t.Errorf("opensWithAuthor(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
