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
