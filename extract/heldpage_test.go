package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeldPage(t *testing.T) {
	small := []byte("<p>A short page.</p>")
	h := holdPage(small)
	assert.Nil(t, h.packed, "a short page is held as it is")
	assert.Same(t, &small[0], &h.bytes()[0], "and not copied")

	var b bytes.Buffer
	for i := 0; b.Len() < packFrom+1000; i++ {
		b.WriteString(`<p class="para">Paragraph ` + strings.Repeat("x", i%50) + ` of the story, with <a href="/x">a link</a>.</p>` + "\n")
	}
	large := b.Bytes()
	h = holdPage(large)
	require.NotNil(t, h.packed, "a large page is held deflated")
	assert.Less(t, len(h.packed), len(large)/3)
	assert.Equal(t, large, h.bytes())
	assert.Equal(t, large, h.bytes(), "inflated again for a second reading")
}
