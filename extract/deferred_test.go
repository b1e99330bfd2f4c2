package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestRevealDeferred(t *testing.T) {
	article := prose("p", 2) + prose("p", 2) + prose("p", 2)
	for _, tc := range []struct {
		name, src string
		shown     int // prose paragraphs the page shows afterwards
	}{
		{"a consent placeholder's comment holding the article is read", `<div data-consent><!--` + article + `--></div>`, 3},
		{"a comment of two paragraphs stays a comment", `<div><!--` + prose("p", 2) + prose("p", 2) + `--></div>`, 0},
		{"a comment that repeats the page's article stays a comment", article + `<div><!--` + article + `--></div>`, 3},
		{"a <noscript> holding the post beside its script template is read", `<div><script type="text/template">` + article + `</script><noscript>` + article + `</noscript></div>`, 3},
		{"a <noscript> fallback of the article the page shows stays", article + `<noscript>` + article + `</noscript>`, 3},
		{"a template of notices is taken out", article + `<template><div v-if="x"><p>` + strings.Repeat("Notice words here. ", 10) + `</p></div></template>`, 3},
		{"a template holding the only article is read", `<template>` + article + `</template>`, 3},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.src + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		revealDeferred(doc)
		if got, _ := countProse(doc, 0, 0); got != tc.shown {
			t.Errorf("%s: %d prose paragraphs shown, want %d", tc.name, got, tc.shown)
		}
		if holds(doc, func(n *html.Node) bool { return n.DataAtom == atom.Template }) {
			t.Errorf("%s: a template is still in the page, for readability to read", tc.name)
		}
	}
}

// TestPageTagsDeferred checks that every page revealDeferred could change is
// one pageTags says may hold a deferred article, and that a page of plain
// markup and comments is not.
func TestPageTagsDeferred(t *testing.T) {
	article := prose("p", 2) + prose("p", 2) + prose("p", 2)
	for _, tc := range []struct {
		src      string
		deferred bool
	}{
		{`<div data-consent><!--` + article + `--></div>`, true},
		{`<div><!--<p>a<p>b<p>c--></div>`, true},
		{`<div><!--<p>a<P>b<p>c--></div>`, false}, // revealDeferred counts "<p" as written
		{`<div><!--` + article, true},             // a comment the page does not close
		{`<div><NoScript>` + article + `</NOSCRIPT></div>`, true},
		{`<math><noscript>&lt;p>a&lt;p>b&lt;p>c</noscript></math>`, true},
		{article + `<noscript><img src="/a.jpg"></noscript><p>x</p><p>y</p><p>z</p>`, false},
		{article + `<noscript><p>a</noscript ><p>b</p><p>c</p>`, false},
		{article + `<noscript><p>a</noscripts><p>b</p><p>c</p>`, true}, // its raw text runs on
		{`<TEMPLATE><p>x</p></TEMPLATE>`, true},
		{article + `<!-- ad slot --><!--<p>one</p><p>two</p>-->`, false},
		{article + `<nav>x</nav><table><tr><td>y</td></tr></table><time>z</time>`, false},
	} {
		if _, got := pageTags([]byte(tc.src)); got != tc.deferred {
			t.Errorf("pageTags(%.60q) deferred = %v, want %v", tc.src, got, tc.deferred)
		}
	}
}
