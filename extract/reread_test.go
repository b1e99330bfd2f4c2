package extract_test

import (
	"fmt"
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

// acceptedRereadPage hides its story in a box classed as related stories,
// which the pre-pass takes out; the first reading finds only a caption
// line, and the re-read of the untouched page wins.
func acceptedRereadPage() string {
	var story strings.Builder
	for i := range 6 {
		fmt.Fprintf(&story, "<p>Paragraph %d of the story tells how the harbour road flooded on Tuesday night and what the council plans to do about the sea wall.</p>", i)
		if i == 2 {
			story.WriteString("<p>Engineers inspect the sea wall at low tide. Photo: PA</p>")
		}
	}
	aside := func(name string) string {
		return `<aside class="sidebar"><p>` + strings.Repeat(name+" teaser line about something else entirely. ", 12) + `</p></aside>`
	}
	return `<!doctype html><html><head><title>Storm floods the harbour road</title></head><body>` +
		aside("One") + aside("Two") + aside("Three") +
		`<main><div class="related-stories">` + story.String() + `</div></main>` +
		`<div><p>A lifeboat crew at work on the pier. Photo: Reuters</p></div>` +
		`</body></html>`
}

func TestAcceptedRereadReplacesTheFirst(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(acceptedRereadPage()), extract.Source{URL: "https://news.example/storm"})
	require.NoError(t, err)
	require.Len(t, a.Body, 6, "the re-read's body")
	assert.Equal(t, []extract.Caption{
		{Text: "Engineers inspect the sea wall at low tide.", Credit: "PA"},
		{Text: "A lifeboat crew at work on the pier.", Credit: "Reuters"},
	}, a.Captions, "the re-read's captions, each once; none from the first reading")
	for _, r := range a.Removed {
		assert.NotContains(t, r.Text, "Paragraph 0 of the story", "the pre-pass removed the story, but the re-read kept it: %s", r.Rule)
	}
	assert.Len(t, a.Removed, 3, "the three asides stay removed")
}
