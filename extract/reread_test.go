package extract_test

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rereadPage is a short article, under the word count that sends a body to
// a second reading. Its byline and date sit in a promo box the pre-pass
// takes out, so only the second reading, on the untouched page, sees them;
// that reading is not longer by the margin it needs, so it must leave no
// trace.
const rereadPage = `<!doctype html><html lang="en"><head><title>Storm floods the harbour road</title></head><body>
<article>
<h1>Storm floods the harbour road</h1>
<div class="promo"><p>By Jane Doe</p><p>Published 12 March 2024</p></div>
<p>Heavy rain and a spring tide flooded the harbour road on Tuesday night, leaving cars stranded and shops without power until the morning.</p>
<p>The lifeboat crew at work on the pier on Wednesday morning. Photo: Reuters</p>
<p>The council said the road would stay closed while engineers checked the sea wall, which was damaged in a storm last winter.</p>
<p>Residents were told to avoid the seafront until the next high tide had passed.</p>
</article>
</body></html>`

func TestRejectedRereadLeavesNoTrace(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(rereadPage), extract.Source{URL: "https://news.example/storm"})
	require.NoError(t, err)
	require.Less(t, len(strings.Fields(a.Text())), 100, "the page must be short enough to be read twice")

	require.Len(t, a.Captions, 1, "a caption read by both readings is reported once")
	assert.Equal(t, "The lifeboat crew at work on the pier on Wednesday morning.", a.Captions[0].Text)
	assert.Equal(t, "Reuters", a.Captions[0].Credit)
	assert.True(t, a.Published.IsZero(), "the date only the rejected reading saw: %v", a.Published)
	assert.Empty(t, a.Byline)
	assert.Empty(t, a.Lead)
	for _, r := range a.Removed {
		if strings.Contains(r.Text, "Jane Doe") || strings.Contains(r.Text, "12 March") {
			assert.Equal(t, "promo/class-promo", r.Rule, "a removal only the rejected reading made: %+v", r)
		}
	}
}
