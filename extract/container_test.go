package extract

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
)

// prose returns a paragraph of n sentences of eighteen words.
func prose(tag string, n int) string {
	s := strings.Repeat("The council met again on Tuesday evening and voted to approve the harbour plan after hours of debate. ", n)
	return "<" + tag + ">" + s + "</" + tag + ">"
}

func TestProseRegion(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		blocks    int // blocks read from the region; 0 for none
	}{
		{"prose split over sibling boxes is read from their parent",
			`<div id="story"><div class="text">` + prose("p", 3) + prose("p", 3) + `</div><div class="ad">Ad</div><div class="text">` +
				prose("p", 3) + prose("p", 3) + `</div></div>`, 5},
		{"a comments section is not the region",
			`<div class="post">` + prose("p", 1) + `</div><div class="comments">` + strings.Repeat(prose("p", 3), 6) + `</div>`, 0},
		{"too little prose for the guard",
			`<div>` + prose("p", 1) + `</div>`, 0},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.src + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		region, _ := proseRegion(doc)
		got := 0
		if region != nil {
			got = len(blocksOf(region))
		}
		if got != tc.blocks {
			t.Errorf("%s: %d blocks, want %d", tc.name, got, tc.blocks)
		}
	}
}

func TestWrongContainer(t *testing.T) {
	para := func(words int) reading {
		return reading{blocks: paragraphsOf(strings.Repeat("word ", words))}
	}
	if !wrongContainer(para(60), 400) {
		t.Error("a body of 60 words against a region of 400: want the region")
	}
	if wrongContainer(para(300), 400) {
		t.Error("a body of 300 words against a region of 400: want readability's")
	}
	if wrongContainer(para(120), 200) {
		t.Error("a body of 120 words against a region of 200: want readability's")
	}
	if !wrongContainer(para(30), 60) {
		t.Error("a body of 30 words against a region of one paragraph of 60: want the region")
	}
	if wrongContainer(para(10), 30) {
		t.Error("a region shorter than a long paragraph is too small to overrule readability")
	}
	// Exactly half the region's words is not fewer than half.
	if wrongContainer(para(200), 400) || !wrongContainer(para(199), 400) || wrongContainer(para(201), 401) || !wrongContainer(para(200), 401) {
		t.Error("the body's words against half the region's: off by one")
	}
}

func TestWordsAtLeast(t *testing.T) {
	blocks := []clean.Block{{Text: "one two three"}, {Text: "four five"}, {Text: "six"}}
	for n := 0; n <= 8; n++ {
		if got, want := wordsAtLeast(blocks, n), words(blocks) >= n; got != want {
			t.Errorf("wordsAtLeast(%d) = %v, want %v", n, got, want)
		}
	}
}
