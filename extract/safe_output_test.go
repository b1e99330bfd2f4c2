package extract_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// xssPage is an article with the usual cross-site scripting vectors in and
// around it. Every string marked "pwned" must stay out of the output.
const xssPage = `<!DOCTYPE html>
<html><head>
<title>Council closes the old bridge &lt;script&gt;alert("pwned-title")&lt;/script&gt;</title>
<script>alert("pwned-head-script")</script>
<meta property="og:image" content="javascript:alert('pwned-og')">
</head>
<body onload="alert('pwned-onload')">
<article>
<h1 onclick="alert('pwned-h1')">Council closes the old bridge</h1>
<p>The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supporting columns.<script>alert("pwned-inline-script")</script></p>
<p onmouseover="alert('pwned-onmouseover')">Residents will use a temporary crossing <a href="javascript:alert('pwned-href')">downstream</a> until the work is finished <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgncHduZWQnKTwvc2NyaXB0Pg==">next spring</a>, the council said.</p>
<p>A reader wrote: &lt;img src=x onerror=alert("printed")&gt; and [click](javascript:void("printed")) and ![x](data:image/png;base64,AAAA) in a comment, which the paper printed as text.</p>
<iframe src="https://evil.example/pwned-iframe" srcdoc="&lt;script&gt;alert('pwned-srcdoc')&lt;/script&gt;"></iframe>
<form action="https://evil.example/pwned-form"><input name="q" value="pwned-input"><button>pwned-button</button></form>
<svg onload="alert('pwned-svg')"><script>alert("pwned-svg-script")</script></svg>
<figure><img src="javascript:alert('pwned-img')" onerror="alert('pwned-img-onerror')"><figcaption>The old bridge at dawn (Jane Doe/Reuters)</figcaption></figure>
<figure><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="pwned-alt"><figcaption>Engineers inspect a column (Reuters)</figcaption></figure>
<figure><img src=" JaVaScRiPt:alert('pwned-img-case')"><figcaption>A crack in the pier (AP Photo/John Smith)</figcaption></figure>
<figure><img src="/media/bridge.jpg"><figcaption>The bridge in 1887 (Getty Images)</figcaption></figure>
<p>Engineers will inspect the other three bridges in the district over the summer, and publish their findings in the autumn.</p>
<noscript><p>pwned-noscript</p></noscript>
<template><p>pwned-template</p></template>
<style>body { background: url("javascript:alert('pwned-style')") }</style>
</article>
</body></html>`

// TestSafeOutput: nothing executable from the page reaches the Article, its
// Markdown or its JSON: no script, event handler, javascript: or data: URL,
// iframe or form, and page text that looks like markup stays text.
func TestSafeOutput(t *testing.T) {
	a, err := extract.FromHTML(strings.NewReader(xssPage), extract.Source{URL: "https://example.com/news/bridge"})
	require.NoError(t, err)
	data, err := json.Marshal(a)
	require.NoError(t, err)
	md := a.Markdown()
	text := a.Text()

	for name, out := range map[string]string{"JSON": string(data), "Markdown": md, "text": text} {
		for _, bad := range []string{
			"pwned-head-script", "pwned-inline-script", "pwned-onload", "pwned-h1", "pwned-onmouseover", "pwned-href",
			"pwned-og", "pwned-iframe", "pwned-srcdoc", "pwned-form", "pwned-input", "pwned-svg", "pwned-img",
			"pwned-alt", "pwned-noscript", "pwned-template", "pwned-style", "PHNjcmlwdD5", "PHN2Zz48L3N2Zz4", "evil.example",
		} {
			assert.NotContains(t, out, bad, "%s output", name)
		}
	}

	// The page's own text survives, as plain text, and Markdown makes it
	// inert.
	printed := `A reader wrote: <img src=x onerror=alert("printed")> and [click](javascript:void("printed")) and ![x](data:image/png;base64,AAAA) in a comment`
	assert.Contains(t, text, printed)
	assert.Contains(t, md, `A reader wrote: \<img src=x onerror=alert("printed")\> and \[click\](javascript:void("printed")) and !\[x\](data:image/png;base64,AAAA)`)
	assertInertMarkdown(t, md)

	// Only http(s) image URLs survive, resolved against the page.
	var images []string
	for _, c := range a.Captions {
		if c.Image != "" {
			images = append(images, c.Image)
			u, err := url.Parse(c.Image)
			require.NoError(t, err)
			assert.Contains(t, []string{"http", "https"}, u.Scheme, c.Image)
		}
	}
	assert.Equal(t, []string{"https://example.com/media/bridge.jpg"}, images)
}

// TestMarkdownEscapesEverything: page text that reads as Markdown or HTML
// comes out inert, whatever block it sits in.
func TestMarkdownEscapesEverything(t *testing.T) {
	hostile := `<script>alert(1)</script> [x](javascript:alert(1)) ![y](data:image/png;base64,AA) <a href="javascript:x">z</a> *em* _u_ # h | t`
	a := &extract.Article{
		Title:  hostile,
		Byline: hostile,
		Lead:   hostile,
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: hostile},
			{Kind: extract.Heading, Text: hostile},
			{Kind: extract.Quote, Text: hostile + "\n" + hostile},
			{Kind: extract.List, Text: hostile + "\n" + hostile},
			{Kind: extract.Pre, Text: "```\n" + hostile + "\n```"},
		},
		Captions: []extract.Caption{{Text: hostile, Credit: hostile, Image: "https://example.com/a.jpg"}},
	}
	md := a.Markdown()
	// The code block cannot be closed early by the page's own fence.
	require.Equal(t, 2, strings.Count(md, "```"), md)
	outside := md[:strings.Index(md, "```")] + md[strings.LastIndex(md, "```")+3:]
	assertInertMarkdown(t, outside)
}

// assertInertMarkdown fails when md has a character that could open raw
// HTML, a link, an image or code without a backslash before it. (A ">"
// cannot: the Markdown writer opens quotes with it.)
func assertInertMarkdown(t *testing.T, md string) {
	t.Helper()
	escaped := false
	for i, r := range md {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case strings.ContainsRune("<[]`", r):
			t.Errorf("unescaped %q at %d in Markdown: %q", r, i, md[max(0, i-30):min(len(md), i+30)])
		}
	}
}
