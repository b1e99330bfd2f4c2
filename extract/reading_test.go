package extract

import (
	"context"
	"testing"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The whole-page fallback runs a pre-pass of its own; what that pre-pass
// takes out of the page must be reported, and its figures kept.
func TestWholePageReportsItsPrepass(t *testing.T) {
	page := []byte(`<html><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<div class="share-bar">Share this job with a friend</div>
<div>We are looking for an experienced welder to join our workshop team in the north of the city.</div>
<figure><img src="/shop.jpg"><figcaption>The workshop floor on a busy morning.</figcaption></figure>
<div>You will build and repair steel frames for farm machinery, working from drawings every day.</div>
</body></html>`)
	e, err := New()
	require.NoError(t, err)
	r := e.wholePage(context.Background(), page, Source{URL: "https://jobs.example/welder"}, pageMeta{}, func(string) bool { return false }, clean.Page{})

	require.Len(t, r.blocks, 2)
	assert.Contains(t, r.blocks[0].Text, "experienced welder")
	assert.Contains(t, r.blocks[1].Text, "steel frames")
	assert.Contains(t, r.removed, clean.Removal{Rule: "nav/element-nav", Kind: clean.Nav, Text: "Home Jobs"})
	assert.Contains(t, r.removed, clean.Removal{Rule: "share/class-share", Kind: clean.Share, Text: "Share this job with a friend"})
	require.Len(t, r.captions, 1)
	assert.Equal(t, "The workshop floor on a busy morning.", r.captions[0].Text)
	assert.Equal(t, "https://jobs.example/shop.jpg", r.captions[0].Image)
}

// then keeps the first reading's header facts and fills only what it lacks;
// neither reading changes.
func TestReadingThen(t *testing.T) {
	pre := reading{removed: []clean.Removal{{Rule: "a"}}, captions: []Caption{{Text: "x"}}, lead: "Pre-pass lead"}
	body := reading{
		blocks:  []clean.Block{{Kind: clean.Paragraph, Text: "Body."}},
		removed: []clean.Removal{{Rule: "b"}}, captions: []Caption{{Text: "y"}},
		lead: "Header lead", byline: "Jane Doe", authors: []string{"Jane Doe"}, paywalled: true,
	}
	got := pre.then(body)
	assert.Equal(t, []clean.Removal{{Rule: "a"}, {Rule: "b"}}, got.removed)
	assert.Equal(t, []Caption{{Text: "x"}, {Text: "y"}}, got.captions)
	assert.Equal(t, "Pre-pass lead", got.lead)
	assert.Equal(t, "Jane Doe", got.byline)
	assert.True(t, got.paywalled)
	assert.Len(t, pre.removed, 1, "then must not change its receiver")
	assert.Len(t, body.captions, 1, "then must not change its argument")

	a := &Article{Byline: "From metadata"}
	got.mergeInto(a, defaultVocabulary())
	assert.Equal(t, "From metadata", a.Byline, "the page's metadata wins over the body's header")
	assert.Equal(t, "Pre-pass lead", a.Lead)
	assert.Equal(t, got.blocks, a.Body)
}

// TestMergeIntoDate checks that the body's date line fills Published only
// where the page's metadata gave none, read as the page's language and
// country write it.
func TestMergeIntoDate(t *testing.T) {
	meta := time.Date(2024, 3, 15, 9, 0, 0, 0, time.UTC)
	line := reading{published: time.Date(2024, 3, 4, 10, 15, 0, 0, time.UTC), dateLine: "03/04/2024, 10:15"}

	a := &Article{Published: meta, Language: "fr"}
	line.mergeInto(a, defaultVocabulary())
	assert.Equal(t, meta, a.Published, "the page's metadata wins over the body's date line")

	a = &Article{Language: "fr", URL: "https://example.test/a"}
	line.mergeInto(a, defaultVocabulary())
	assert.Equal(t, time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC), a.Published, "day first in French; a clock with no zone on an unknown host leaves the date alone")

	a = &Article{Language: "en-US", URL: "https://example.test/a"}
	line.mergeInto(a, defaultVocabulary())
	assert.Equal(t, time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), a.Published)

	a = &Article{Language: "de", URL: "https://www.example.de/a"}
	reading{published: time.Date(2024, 3, 14, 10, 15, 0, 0, time.UTC), dateLine: "14.03.2024, 10:15 Uhr"}.mergeInto(a, defaultVocabulary())
	assert.True(t, time.Date(2024, 3, 14, 9, 15, 0, 0, time.UTC).Equal(a.Published), "a German page's clock is Central European time: %v", a.Published)
}
