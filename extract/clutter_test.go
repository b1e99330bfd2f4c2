package extract

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
)

func TestClutterOf(t *testing.T) {
	for _, tc := range []struct {
		markup, reason string
		kind           clean.Kind
	}{
		{`<form role="search"><input name=q></form>`, "role-search", clean.Nav},
		{`<form class="signup"><input name=email></form>`, "element-form", clean.Newsletter},
		{`<nav><a href=/>Home</a></nav>`, "element-nav", clean.Nav},
		{`<div role="dialog">We value your privacy</div>`, "role-dialog", clean.Banner},
		{`<aside role="complementary">Most read</aside>`, "role-complementary", clean.Related},
		{`<div class="share-bar">Share</div>`, "class-share", clean.Share},
	} {
		doc, err := html.Parse(strings.NewReader("<body>" + tc.markup))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.FirstChild.LastChild.FirstChild // html > body > the element
		kind, reason, ok := defaultVocabulary().clutterOf(n)
		if !ok || kind != tc.kind || reason != tc.reason {
			t.Errorf("clutterOf(%s) = %q, %q, %v; want %q, %q", tc.markup, kind, reason, ok, tc.kind, tc.reason)
		}
	}
}
