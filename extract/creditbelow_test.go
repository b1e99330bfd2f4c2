package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCreditBelow(t *testing.T) {
	line := func(s string, alone bool) *textLine {
		return &textLine{text: s, words: len(s) / 6, alone: alone}
	}
	for _, tt := range []struct {
		caption, credit string
		alone           bool
		want            *Caption
	}{
		{"Parents line up to speak at the board meeting on Monday.", "Ellen Park/The Millbrook Ledger", false,
			&Caption{Text: "Parents line up to speak at the board meeting on Monday.", Credit: "Ellen Park/The Millbrook Ledger"}},
		{"Il battello in partenza dal pontile di piazza Cavour, a Como.", "Foto Ansa", false,
			&Caption{Text: "Il battello in partenza dal pontile di piazza Cavour, a Como.", Credit: "Ansa"}},
		{"Новый мост соединил центр Заволжска с микрорайоном Заречный.", "Фото: Алексей Орлов", false,
			&Caption{Text: "Новый мост соединил центр Заволжска с микрорайоном Заречный.", Credit: "Алексей Орлов"}},
		// Paragraphs between blank lines are no figure.
		{"The council voted on Tuesday to close the old bridge for repairs.", "Jane Doe", true, nil},
		// A line that does not end a sentence is a heading or a teaser.
		{"The council votes on the bridge", "Jane Doe/Reuters", false, nil},
		// What follows is a sentence, not a credit.
		{"The council voted on Tuesday to close the old bridge.", "It will reopen in May.", false, nil},
	} {
		got := creditBelow(line(tt.caption, tt.alone), line(tt.credit, tt.alone))
		assert.Equal(t, tt.want, got, tt.caption)
	}
}
