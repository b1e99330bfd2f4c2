package extract

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// depthOf returns how deep doc's elements nest.
func depthOf(doc *html.Node) int {
	deepest := 0
	depth := func(n *html.Node) int { // the trees here are at most 512 deep
		d := 0
		for p := n.Parent; p != nil; p = p.Parent {
			d++
		}
		return d
	}
	walk(doc, func(n *html.Node) bool {
		if n.FirstChild == nil {
			deepest = max(deepest, depth(n))
		}
		return true
	})
	return deepest
}

// hostileDeep are pages that nest past html.Parse's limit in ways the token
// stream shows and in ways only the tree builder knows.
func hostileDeep() map[string]string {
	text := "<p>The council voted to close the old bridge for repairs.</p>"
	var reopened strings.Builder
	for i := range 2000 {
		// Formatting elements closed by </p> are reopened by the tree
		// builder inside the next paragraph: the tokens look flat.
		reopened.WriteString(`<p><b class="b` + strconv.Itoa(i) + `">x</p>`)
	}
	return map[string]string{
		"divs":          strings.Repeat("<div>", 5000) + text,
		"tables":        strings.Repeat("<table><tr><td>", 2000) + text,
		"cells":         strings.Repeat("<table><td>", 2000) + text,
		"self-closing":  strings.Repeat("<div/>", 5000) + text,
		"mixed":         strings.Repeat("<div><span><blockquote><font>", 2000) + text,
		"after body":    strings.Repeat("<div>", 400) + "</body>" + strings.Repeat("<div>", 400) + text,
		"reopened":      reopened.String() + text,
		"svg":           "<svg>" + strings.Repeat("<g>", 3000) + "</svg>" + text,
		"script inside": strings.Repeat("<div>", 3000) + "<script>" + strings.Repeat("<div>", 100) + "</script>" + text,
	}
}

// TestParseDepthBounded: whatever the page, what parse returns is never
// deeper than html.Parse allows, and keeps the page's text.
func TestParseDepthBounded(t *testing.T) {
	for name, page := range hostileDeep() {
		t.Run(name, func(t *testing.T) {
			doc, err := Default().parse(context.Background(), []byte(page), Source{})
			require.NoError(t, err)
			assert.LessOrEqual(t, depthOf(doc), 512)
			assert.Contains(t, textOf(doc), "The council voted to close the old bridge for repairs.")
		})
	}
}

// TestTextOnlyIsFlat: the last resort nests no deeper than its skeleton,
// whatever the page, and keeps its title, metadata and text in order.
func TestTextOnlyIsFlat(t *testing.T) {
	for name, page := range hostileDeep() {
		doc, err := html.Parse(strings.NewReader(textOnly(context.Background(), []byte(page))))
		require.NoError(t, err, name)
		assert.LessOrEqual(t, depthOf(doc), 4, name)
	}
	page := `<html lang="de"><head><title>Brücke &amp; Fluss</title><meta name="author" content="Jane Doe">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke"}</script>` +
		`<script>alert("x")</script><style>p{}</style></head><body>` + strings.Repeat("<div>", 1000) +
		`<p>First &lt;paragraph&gt;.</p><div>Second<br>line</div><template><p>hidden</p></template><textarea>typed</textarea>Third</body></html>`
	out := textOnly(context.Background(), []byte(page))
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	var paras []string
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "p" {
			if s := textOf(n); s != "" {
				paras = append(paras, s)
			}
		}
		return true
	})
	assert.Equal(t, []string{"First <paragraph>.", "Second line", "Third"}, paras)
	assert.Contains(t, out, `<html lang="de">`)
	assert.Contains(t, out, "<title>Brücke &amp; Fluss</title>")
	assert.Contains(t, out, `<meta name="author" content="Jane Doe">`)
	assert.Contains(t, out, `{"@type":"NewsArticle","headline":"Brücke"}`)
	assert.NotContains(t, out, "alert")
	assert.NotContains(t, out, "hidden")
	assert.NotContains(t, out, "typed")
}

// TestFlattenKeepsShallowPages: flatten changes nothing in a page that
// nests no deeper than its limit.
func TestFlattenKeepsShallowPages(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>T</title><script>if (a < b) {}</script></head><body>` +
		`<div class="x"><p>One <b>two</b> &amp; three<br>four</p><ul><li>a<li>b</ul><svg><path d="M0"/></svg></div></body></html>`
	assert.Equal(t, page, flatten(context.Background(), []byte(page), maxOpen))
}

// TestFlattenBreaksDeepBlocks: past the limit, block-level tags become one
// paragraph break each run, inline tags vanish, and hidden elements go
// with their contents.
func TestFlattenBreaksDeepBlocks(t *testing.T) {
	page := strings.Repeat("<div>", 3) + "a<div>b<span>c</span><div></div><div>d</div><script>x<div></script><style>y</style>e"
	assert.Equal(t, "<div><div><p>a<p>bc<p>d<p>e", flatten(context.Background(), []byte(page), 2))
}

func BenchmarkFlatten(b *testing.B) {
	page := bytes.Repeat([]byte("<div><font>text "), 200000)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		flatten(context.Background(), page, maxOpen)
	}
}
