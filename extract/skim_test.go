package extract_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// skimmedPage is a page with a menu of n entries over an article of three
// paragraphs: over a small element budget, it is skimmed.
func skimmedPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Council closes the old bridge</title></head><body><nav><ul>`)
	for i := range n {
		b.WriteString(`<li><a href="/s` + strconv.Itoa(i) + `">Section ` + strconv.Itoa(i) + `</a></li>`)
	}
	b.WriteString(`</ul></nav><article><h1>Council closes the old bridge</h1>` +
		`<p>The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supporting columns.</p>` +
		`<h2>Readers' questions</h2><h2>What happens next</h2>` +
		`<p>Residents will use a temporary crossing downstream until the work is finished next spring, a spokesman for the council said on Wednesday.</p>` +
		`<p>Shopkeepers on both banks said they feared the closure would cost them customers, and asked the council for help with their rents.</p>` +
		`<div class="tags">` + strings.Repeat("x", 500) + `</div></article></body></html>`)
	return b.String()
}

// skimRemoved returns the texts removed under extract.RuleSkimNotProse.
func skimRemoved(a *extract.Article) []string {
	var out []string
	for _, r := range a.Removed {
		if r.Rule == extract.RuleSkimNotProse {
			out = append(out, r.Text)
		}
	}
	return out
}

// TestSkimReportsDropped checks that what the skim of a page over the
// element budget drops as no prose — a menu's entries, a heading with no
// prose under it, a long run of one word — is in Article.Removed under
// RuleSkimNotProse, while the prose is the body.
func TestSkimReportsDropped(t *testing.T) {
	e, err := extract.New(extract.WithMaxElements(5))
	require.NoError(t, err)
	a, err := e.FromHTML(strings.NewReader(skimmedPage(3)), extract.Source{URL: "https://example.com/bridge"})
	require.NoError(t, err)
	require.Len(t, a.Body, 4)
	assert.Equal(t, "What happens next", a.Body[1].Text)
	removed := skimRemoved(a)
	for _, want := range []string{"Section 0", "Section 1", "Section 2", "Readers' questions"} {
		assert.Contains(t, removed, want)
	}
	long := strings.Repeat("x", 200) + "…"
	assert.Contains(t, removed, long, "a long run is reported cut short")
	assert.Len(t, removed, 5)
}

// TestSkimReportsDroppedBounded checks that the skim reports the runs it
// drops one by one only up to its bound, and counts the rest in one entry.
func TestSkimReportsDroppedBounded(t *testing.T) {
	e, err := extract.New(extract.WithMaxElements(5))
	require.NoError(t, err)
	a, err := e.FromHTML(strings.NewReader(skimmedPage(250)), extract.Source{})
	require.NoError(t, err)
	require.Len(t, a.Body, 4)
	removed := skimRemoved(a)
	require.Len(t, removed, 101, "a hundred runs and one count of the rest")
	assert.Equal(t, "Section 0", removed[0])
	assert.Equal(t, "Section 99", removed[99])
	// The rest: Section 100 to 249, the heading and the long run, 303 words.
	assert.Equal(t, "152 more runs of text, 303 words, dropped by the skim", removed[100])
}
