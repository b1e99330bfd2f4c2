package extracttest

import (
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
)

func expectArticle() *extract.Article {
	return &extract.Article{
		Title:     "Harbour ferry returns",
		Byline:    "Ada Fenwick",
		Authors:   []string{"Ada Fenwick", "Tom Hale"},
		Site:      "The Harbour Gazette",
		Published: time.Date(2025, 8, 16, 9, 30, 0, 0, time.FixedZone("", 3600)),
		Language:  "en",
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: "The ferry returned on Monday."},
			{Kind: extract.Paragraph, Text: "Commuters applauded."},
		},
		Captions: []extract.Caption{{Text: "The ferry at the quay", Credit: "PA Wire"}},
		Removed:  []extract.Removal{{Rule: "promo/read-in-apple-news", Kind: "promo", Text: "Read in Apple News"}},
	}
}

func TestExpectHolds(t *testing.T) {
	const expect = `# every key, holding
title: Harbour ferry returns
byline: Ada Fenwick
authors: Ada Fenwick; Tom Hale
site: The Harbour Gazette
published: 2025-08-16
published: 2025-08-16T09:30:00+01:00
language: en
lead:
paywalled: false
body-count: 2
paragraphs: 2
captions: 1
removed-count: promo=1
body-first: The ferry returned on Monday.
body-last: Commuters applauded.
with: returned on
without: READ IN APPLE NEWS
without: Ada Fenwick
without-byline: Harbour Gazette
without-site: Ada Fenwick
without-credit: Getty Images
removed: Apple News
removed-by: promo/read-in-apple-news | Apple News
caption: The ferry at the quay | PA Wire
`
	if failures := ExpectFailures(expectArticle(), []byte(expect)); failures != nil {
		t.Errorf("failures on a matching article:\n%s", strings.Join(failures, "\n"))
	}
}

func TestExpectFails(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"title: Bridge closes", `expect line 1: title: want "Bridge closes", got "Harbour ferry returns"`},
		{"authors: Ada Fenwick", `expect line 1: authors: want "Ada Fenwick", got "Ada Fenwick; Tom Hale"`},
		{"published: 2025-08-17", `expect line 1: published: want "2025-08-17", got "2025-08-16T09:30:00+01:00"`},
		{"published: 2025-08-16T09:30:00+01:00 and more", `expect line 1: published: want "2025-08-16T09:30:00+01:00 and more", got "2025-08-16T09:30:00+01:00"`},
		{"paywalled: true", `expect line 1: paywalled: want "true", got "false"`},
		{"body-count: 3", `expect line 1: body-count: want "3", got "2"`},
		{"body-last: The end.", `expect line 1: body-last: want "The end.", got "Commuters applauded."`},
		{"with: sank", `expect line 1: with: no body block holds "sank"`},
		{"without: applauded", `expect line 1: without: body block 2 holds "applauded"`},
		{"without: ferry at", `expect line 1: without: caption 1 holds "ferry at"`},
		{"removed: Subscribe", `expect line 1: removed: no removal holds "Subscribe"`},
		{"removed-by: promo/read-in-apple-news | Subscribe", `expect line 1: removed-by: no removal holds "Subscribe"`},
		{"removed-by: ad/apple | Apple News", `expect line 1: removed-by: "Apple News" was removed by promo/read-in-apple-news, not ad/apple`},
		{"removed-by: Apple News", `expect line 1: removed-by: want RULE | SNIPPET`},
		{"paragraphs: 3", `expect line 1: paragraphs: want "3", got "2"`},
		{"captions: 0", `expect line 1: captions: want "0", got "1"`},
		{"removed-count: none", `expect line 1: removed-count: want "none", got "promo=1"`},
		{"removed-count: promo=1 ad=2", `expect line 1: removed-count: want "ad=2 promo=1", got "promo=1"`},
		{"removed-count: promo=one", `expect line 1: removed-count: "promo=one" is not KIND=N with N > 0`},
		{"removed-count: promo=0", `expect line 1: removed-count: "promo=0" is not KIND=N with N > 0`},
		{"removed-count: promo=1 promo=1", `expect line 1: removed-count: kind "promo" twice`},
		{"removed-count:", `expect line 1: removed-count: want KIND=N …, or "none"`},
		{"without:", `expect line 1: without: no snippet`},
		{"without-byline: fenwick", `expect line 1: without-byline: the byline holds "fenwick"`},
		{"without-byline: Tom Hale", `expect line 1: without-byline: author 2 holds "Tom Hale"`},
		{"without-site: gazette", `expect line 1: without-site: the site holds "gazette"`},
		{"without-credit: PA", `expect line 1: without-credit: the credit of caption 1 holds "PA"`},
		{"caption: The ferry at the quay | Getty Images", "expect line 1: caption: none is \"The ferry at the quay\" credited \"Getty Images\"; captions are:\n    \"The ferry at the quay\" | \"PA Wire\""},
		{"colour: blue", `expect line 1: unknown key "colour"`},
		{"just words", `expect line 1: no key: "just words"`},
	} {
		failures := ExpectFailures(expectArticle(), []byte(tc.line))
		if len(failures) != 1 || failures[0] != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.line, failures, tc.want)
		}
	}
}

func TestExpectNamesLines(t *testing.T) {
	expect := "# a comment\n\ntitle: Harbour ferry returns\nbyline: Someone Else\nwith: nothing like this\n"
	failures := ExpectFailures(expectArticle(), []byte(expect))
	if len(failures) != 2 || !strings.HasPrefix(failures[0], "expect line 4: byline") || !strings.HasPrefix(failures[1], "expect line 5: with") {
		t.Errorf("failures %q, want lines 4 and 5", failures)
	}
}

func TestExpectOnAnEmptyArticle(t *testing.T) {
	for _, line := range []string{"body-first: x", "body-last: x", "published: 2025", "caption: x | y"} {
		if failures := ExpectFailures(nil, []byte(line)); len(failures) != 1 {
			t.Errorf("%q on an empty article: %q", line, failures)
		}
	}
}

func TestExpectCounts(t *testing.T) {
	a := &extract.Article{
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: "One."},
			{Kind: extract.Heading, Text: "Two"},
			{Kind: extract.List, Text: "a\nb"},
			{Kind: extract.Paragraph, Text: "Three."},
		},
		Removed: []extract.Removal{{Kind: "share"}, {Kind: "ad"}, {Kind: "share"}},
	}
	const expect = "body-count: 4\nparagraphs: 2\ncaptions: 0\nremoved-count: share=2 ad=1\n"
	if failures := ExpectFailures(a, []byte(expect)); failures != nil {
		t.Errorf("failures: %q", failures)
	}
	if failures := ExpectFailures(&extract.Article{}, []byte("removed-count: none\ncaptions: 0\nparagraphs: 0")); failures != nil {
		t.Errorf("failures on an empty article: %q", failures)
	}
}
