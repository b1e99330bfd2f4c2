package extract_test

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// articleBodyPage shows only an app promotion where its story should be;
// the story is in its JSON-LD articleBody, with a "Read more" line in it.
const articleBodyPage = `<!doctype html><html><head><title>Harbour reopens</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","articleBody":"` +
	`The harbour reopened on Monday after two years of work, and the first ferries docked at the new pier before the crowds arrived for the ceremony.\n` +
	`Read more: Mayor promises a new bridge\n` +
	`The council said the work had cost more than planned, because the old sea wall had to be rebuilt from its foundations after the winter storms.\n` +
	`Local businesses said the reopening had come just in time for the summer season, when most of their trade is done."}</script></head><body>
<main><div class="app-shell"><p>Our app gives you the news as it happens, with alerts for the stories you follow and a daily briefing every morning at seven.</p>
<p>Download it today from your phone's app store and sign in with your account to carry your saved stories over from this site.</p></div></main>
</body></html>`

// The body read from JSON-LD goes through the rules like any other, and
// what they drop is reported.
func TestArticleBodyFallbackReportsItsRemovals(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(articleBodyPage), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	require.Len(t, a.Body, 3, "the story from JSON-LD, less its Read more line")
	assert.True(t, strings.HasPrefix(a.Body[0].Text, "The harbour reopened on Monday"), a.Body[0].Text)
	assert.True(t, strings.HasPrefix(a.Body[2].Text, "Local businesses said"), a.Body[2].Text)
	assert.Contains(t, a.Removed, extract.Removal{Rule: "related/read-more-colon", Kind: "related", Text: "Read more: Mayor promises a new bridge"})
}

// The blocks the first reading took for the body, which the JSON-LD
// articleBody replaced, are reported, not dropped without a word.
func TestArticleBodyFallbackReportsWhatItReplaced(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(articleBodyPage), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	for _, opening := range []string{"Our app gives you the news as it happens", "Download it today from your phone's app store"} {
		found := false
		for _, r := range a.Removed {
			if strings.HasPrefix(r.Text, opening) {
				found = true
				assert.Equal(t, extract.RuleNotInArticleBody, r.Rule, r.Text)
			}
		}
		assert.True(t, found, "no removal of %q", opening)
	}
}

// A page that keeps all its text in elements a script shows has no text a
// reader sees before the script runs; that hidden text is still the
// article, and the last resort reads it rather than return nothing.
func TestWholePageReadsHiddenTextWhenNothingElse(t *testing.T) {
	page := `<!doctype html><html><head><title>Harbour plan approved</title></head><body>` +
		`<div id="app" hidden><p>The council approved the harbour plan on Tuesday night after a long debate that ran past midnight.</p>` +
		`<p>Residents who had opposed it for years said they would now watch the building work closely.</p></div></body></html>`
	a, err := extract.FromHTML(strings.NewReader(page), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	assert.Contains(t, a.Text(), "The council approved the harbour plan")
}

// A large page is held packed while readability runs; the readings that
// parse it again read it as it was. Padded past that size with a comment,
// the hidden-text page reads as it does unpadded.
func TestWholePageOfLargePage(t *testing.T) {
	head := `<!doctype html><html><head><title>Harbour plan approved</title></head><body>` +
		`<div id="app" hidden><p>The council approved the harbour plan on Tuesday night after a long debate that ran past midnight.</p>` +
		`<p>Residents who had opposed it for years said they would now watch the building work closely.</p></div>`
	small, err := extract.FromHTML(strings.NewReader(head+`</body></html>`), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	padded := head + `<!-- ` + strings.Repeat("build 4f9c2e ", 40_000) + ` --></body></html>`
	large, err := extract.FromHTML(strings.NewReader(padded), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	assert.Contains(t, large.Text(), "The council approved the harbour plan")
	assert.Equal(t, small, large)
}

// A large page's blocks are held packed while readability runs; gap
// filling and the trace of dropped blocks read them as they were. Padded
// past that size with a comment, a page reads as it does unpadded: the
// same body, the same removals.
func TestBlocksOfLargePage(t *testing.T) {
	head := `<!doctype html><html><head><title>Ferry fares rise again</title></head><body>` +
		`<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>` +
		`<article><h1>Ferry fares rise again</h1>` +
		`<p>The ferry operator raised its fares by a tenth on Monday, the third rise in two years, blaming the cost of fuel.</p>` +
		`<p>Islanders said the rise would make the crossing too dear for families who visit relatives on the mainland.</p>` +
		`<p>The operator said the rise reflected the cost of fuel, of new crew contracts and of repairs to two of its boats.</p>` +
		`</article><aside><p><a href="/a">Islanders launch petition over timetable</a></p></aside>` +
		`<footer><p>Contact us</p><p>© 2025 The Island Times</p></footer>`
	small, err := extract.FromHTML(strings.NewReader(head+`</body></html>`), extract.Source{URL: "https://news.example/ferry"})
	require.NoError(t, err)
	require.NotEmpty(t, small.Removed)
	padded := head + `<!-- ` + strings.Repeat("build 4f9c2e ", 40_000) + ` --></body></html>`
	large, err := extract.FromHTML(strings.NewReader(padded), extract.Source{URL: "https://news.example/ferry"})
	require.NoError(t, err)
	assert.Equal(t, small, large)
}
