package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHold(t *testing.T) {
	blocks := func() []domBlock {
		return []domBlock{
			{Block: clean.Block{Kind: clean.Heading, Text: "Council closes the old bridge"}},
			{Block: clean.Block{Kind: clean.Paragraph, Text: "The council voted on Tuesday to close the old bridge."}, linkShare: 0.25},
			{Block: clean.Block{Kind: clean.List, Text: "Home\nNews\nSport"}, linkShare: 1},
			{Block: clean.Block{Kind: clean.Paragraph, Text: "Ünïcödé, and a line that repeats. " + strings.Repeat("Again. ", 500)}},
		}
	}
	small := []byte("<p>A short page.</p>")
	h := hold(small, blocks())
	assert.Nil(t, h.packedPage, "a short page is held as it is")
	assert.Same(t, &small[0], &h.text()[0], "and not copied")
	assert.Equal(t, blocks(), h.blockList())

	var b bytes.Buffer
	for i := 0; b.Len() < packFrom+1000; i++ {
		b.WriteString(`<p class="para">Paragraph ` + strings.Repeat("x", i%50) + ` of the story, with <a href="/x">a link</a>.</p>` + "\n")
	}
	large := b.Bytes()
	h = hold(large, blocks())
	require.NotNil(t, h.packedPage, "a large page is held packed")
	assert.Less(t, len(h.packedPage), len(large)/3)
	for _, b := range h.blocks {
		assert.Empty(t, b.Text, "and its blocks' texts too")
	}
	assert.Equal(t, large, h.text())
	assert.Equal(t, large, h.text(), "unpacked again for a second reading")
	assert.Equal(t, blocks(), h.blockList())
	assert.Equal(t, blocks(), h.blockList(), "listed again")
	assert.Empty(t, hold(large, nil).blockList())
}
