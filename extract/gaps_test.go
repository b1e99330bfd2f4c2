package extract

import (
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
)

func TestFillGapsPutsBackDroppedProse(t *testing.T) {
	p := func(s string) domBlock { return domBlock{Block: clean.Block{Kind: clean.Paragraph, Text: s}} }
	one := "The council voted on Tuesday to close the old bridge for repairs after engineers found cracks."
	two := "Residents who cross it every day will have to use a temporary crossing further downstream."
	three := "The repairs are expected to take at least eight months and to cost about four million pounds."
	paras := []domBlock{
		p(one),
		p(two), // readability pruned it
		p("Advertisement"),
		{Block: clean.Block{Kind: clean.Paragraph, Text: "Read our full coverage of the bridge and everything else that happened in the town this week."}, linkShare: 0.9},
		p(three),
		p("A comment below the story that is long enough to count as prose for the test."),
	}
	body := []clean.Block{{Kind: clean.Paragraph, Text: one}, {Kind: clean.Paragraph, Text: three}}
	got := Default().fillGaps(body, paras, clean.Page{})
	assert.Equal(t, []clean.Block{
		{Kind: clean.Paragraph, Text: one},
		{Kind: clean.Paragraph, Text: two},
		{Kind: clean.Paragraph, Text: three},
	}, got, "the pruned paragraph comes back in place; the ad, the link line and what follows the body do not")
}
