package extract

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
)

func TestCanonicalURL(t *testing.T) {
	const body = `<article><h1>Ferry returns</h1>
<figure><img src="/img/ferry.jpg"><figcaption>The ferry at the quay</figcaption></figure>
<p>The crossing reopened on Monday after six months in dry dock, and the first sailing was full by seven in the morning.</p>
<p>Islanders had waited since the spring for the repairs, which the operator said had cost more than expected.</p>
<p>Get the Gazette delivered to your door every morning.</p>
</article>`
	page := func(head string) string {
		return "<html><head><title>Ferry returns</title>" + head + "</head><body>" + body + "</body></html>"
	}
	e, err := New(WithRules(clean.Rule{
		Name: "promo/gazette-delivered", Kind: clean.Promo, Match: clean.Prefix,
		Pattern: "Get the Gazette delivered", Hosts: []string{"gazette.example"},
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, head, src string
		wantURL         string
	}{
		{"canonical", `<link rel="canonical" href="https://www.gazette.example/news/ferry"><meta property="og:url" content="https://m.other.example/ferry">`, "", "https://www.gazette.example/news/ferry"},
		{"og:url", `<meta property="og:url" content="https://gazette.example/news/ferry">`, "", "https://gazette.example/news/ferry"},
		{"rel list", `<link rel="alternate canonical" href="https://gazette.example/news/ferry">`, "", "https://gazette.example/news/ferry"},
		{"relative", `<link rel="canonical" href="/news/ferry">`, "", ""},
		{"not http", `<link rel="canonical" href="javascript:alert(1)">`, "", ""},
		{"Source.URL wins", `<link rel="canonical" href="https://other.example/ferry">`, "https://gazette.example/a", "https://gazette.example/a"},
		{"none", ``, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.FromHTML(strings.NewReader(page(tc.head)), Source{URL: tc.src})
			if err != nil {
				t.Fatal(err)
			}
			if a.URL != tc.wantURL {
				t.Errorf("URL %q, want %q", a.URL, tc.wantURL)
			}
			// The host rule and link resolution follow the URL found.
			onGazette := strings.Contains(tc.wantURL, "gazette.example")
			kept := strings.Contains(a.Text(), "Get the Gazette delivered")
			if kept == onGazette {
				t.Errorf("gazette.example rule applied %v on %q", !kept, tc.wantURL)
			}
			if len(a.Captions) != 1 {
				t.Fatalf("captions %+v", a.Captions)
			}
			wantImage := "/img/ferry.jpg" // nothing to resolve it against
			if tc.wantURL != "" {
				wantImage = tc.wantURL[:strings.Index(tc.wantURL[len("https://"):], "/")+len("https://")] + "/img/ferry.jpg"
			}
			if a.Captions[0].Image != wantImage {
				t.Errorf("caption image %q, want %q", a.Captions[0].Image, wantImage)
			}
		})
	}
}
