package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inlinePage splits words and punctuation with inline tags in every part
// of the page the HTML path reads: the headline, the standfirst, the
// byline, a caption and its credit, body paragraphs, a run of inline
// elements in a <div>, a block the rules drop and a box the pre-pass
// takes out.
func inlinePage() string {
	var body strings.Builder
	for i := range 3 {
		fmt.Fprintf(&body, "<p>Paragraph %d: the harbour reopened on Monday after two years of work, and the first ferries docked at the new pier before the crowds arrived.</p>\n", i+1)
	}
	return `<!doctype html><html><head><title>The new-look harbour opens</title></head><body>
<article>
<h1>The <b>new</b>-look harbour opens</h1>
<p class="standfirst">The har<i>bour</i>’s <b>look</b>-out, <a href="/x">unveiled</a>, cost £2m and took two years to build.</p>
<div class="byline">By <a rel="author" href="/a">Marcus Lee</a>, CNN</div>
<figure><img src="/a.jpg"><figcaption>The pier, pho<i>to</i>graphed at dawn. <span class="credit">Photo: <a href="/j">Jane</a> <b>Doe</b>/<i>Reuters</i></span></figcaption></figure>
<p>The <b>new</b>-look pier was pho<i>to</i>graphed by <a href="/p">hundreds of visitors</a>, the mayor said, and the café was full by noon.</p>
` + body.String() + `
<div><span>The ferry company said it would add sailings in the summer.</span><span>Tickets go on sale in May.</span>
<p>The council will review the timetable in the autumn, once the first season's figures are in.</p></div>
<p><a href="/more">Read more</a>: <b>Mayor</b> promises a new bridge</p>
<div class="newsletter">Sign up to our <b>news</b>letter <a href="/n">here</a>.</div>
</article></body></html>`
}

// Every part of an HTML page reads as a reader sees it: inline tags join
// what they split, and elements side by side stay apart.
func TestInlineTagsReadAsPrinted(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(inlinePage()), extract.Source{URL: "https://news.example/harbour"})
	require.NoError(t, err)
	assert.Equal(t, "The new-look harbour opens", a.Title)
	assert.Equal(t, "The harbour’s look-out, unveiled, cost £2m and took two years to build.", a.Lead)
	assert.Equal(t, "Marcus Lee, CNN", a.Byline)
	assert.Equal(t, []extract.Caption{{Text: "The pier, photographed at dawn.", Credit: "Jane Doe/Reuters", Image: "https://news.example/a.jpg"}}, a.Captions)
	require.NotEmpty(t, a.Body)
	assert.Equal(t, "The new-look pier was photographed by hundreds of visitors, the mayor said, and the café was full by noon.", a.Body[0].Text)
	assert.Contains(t, a.Text(), "The ferry company said it would add sailings in the summer. Tickets go on sale in May.")
	removed := map[string]string{}
	for _, r := range a.Removed {
		removed[r.Text] = r.Rule
	}
	assert.Equal(t, map[string]string{
		"Read more: Mayor promises a new bridge": "related/read-more-colon",
		"Sign up to our newsletter here.":        "newsletter/class-newsletter",
		"By Marcus Lee, CNN":                     "nav/byline-line",
	}, removed, "the byline's line is the byline field's, and reported as left out of the body")
}
