package extract_test

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

// paywallPage builds an article page with six paragraphs of prose and the
// given markup after them; para wraps each paragraph.
func paywallPage(para, after string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>`)
	for i := range 6 {
		b.WriteString(strings.Replace(para, "TEXT", "Paragraph "+string(rune('A'+i))+
			" of the report says the council approved the harbour plan after a long debate, and residents who had opposed it for years said they would now watch the building work closely.", 1))
	}
	b.WriteString(after)
	b.WriteString(`</article></body></html>`)
	return b.String()
}

func TestPaywalledOnlyWhenCut(t *testing.T) {
	for _, tc := range []struct {
		name      string
		page      string
		paywalled bool
		paras     int
	}{
		{"paragraphs classed paywall on a complete article",
			paywallPage(`<p class="paywall">TEXT</p>`, ``), false, 6},
		{"premium and locked classes on the body",
			paywallPage(`<div class="premium-content"><p class="locked">TEXT</p></div>`, ``), false, 6},
		{"a comments box asking to sign in",
			paywallPage(`<p>TEXT</p>`, `<div class="comments"><h3>Comments</h3><p>Sign in to comment. Subscribers can join the discussion.</p></div>`), false, 6},
		{"an account header with a paywall class",
			`<html><body><div class="paywall-account"><a href="/login">My account</a></div>` + paywallPage(`<p>TEXT</p>`, ``)[12:], false, 6},
		{"an account header classed as a paywall, with subscribe and sign-in links",
			`<html><body><div class="paywall-header"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>` + paywallPage(`<p>TEXT</p>`, ``)[12:], false, 6},
		{"a comments box classed paywall first",
			paywallPage(`<p>TEXT</p>`, `<div class="paywall-comments"><h3>Join the conversation</h3><p>Subscribe to comment on this article.</p></div>`), false, 6},
		{"a premium offer in the middle of a complete article",
			strings.Replace(paywallPage(`<p>TEXT</p>`, ``), "<p>Paragraph C", `<div class="paywall-offer"><p>Subscribe to our print edition from £5 a month.</p></div><p>Paragraph C`, 1), false, 6},
		{"a prompt above the teaser of an article its JSON-LD says is not free",
			strings.Replace(paywallPage(`<p>TEXT</p>`, ``), "<body>", `<body><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan approved","isAccessibleForFree":false}</script><div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>`, 1), true, 6},
		{"the same prompt above a free article",
			strings.Replace(paywallPage(`<p>TEXT</p>`, ``), "<body>", `<body><div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>`, 1), false, 6},
		{"a prompt where the article stops, listing comments among its perks",
			paywallPage(`<p>TEXT</p>`, `<section class="paywall"><p>Jetzt weiterlesen!</p><ul><li>Alle Artikel</li><li>Kommentarfunktion</li></ul></section>`), true, 6},
		{"a prompt where the article stops",
			paywallPage(`<p>TEXT</p>`, `<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>`), true, 6},
	} {
		a, err := extract.FromHTML(strings.NewReader(tc.page), extract.Source{URL: "https://news.example/harbour"})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Paywalled != tc.paywalled {
			t.Errorf("%s: paywalled %v, want %v", tc.name, a.Paywalled, tc.paywalled)
		}
		if n := len(a.Body); n != tc.paras {
			t.Errorf("%s: %d body blocks, want %d: %q", tc.name, n, tc.paras, a.Text())
		}
	}
}

// A sign-in box that a script shows to some readers sits in the article,
// hidden by a CSS class: it is neither body text nor a sign that the
// article is cut short. A box hidden the same way that holds the rest of
// the article, for a "Read more" button to show, stays.
func TestClassHiddenBoxes(t *testing.T) {
	signIn := `<div class="article-block sign-in-group hidden"><div class="h2">THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</div>` +
		`<p>Subscribe now to read the latest news in your city and across the country.</p>` +
		`<ul><li>Unlimited digital access.</li><li>Award-winning newsletters and virtual events.</li></ul></div>`
	page := strings.Replace(paywallPage(`<p>TEXT</p>`, ``), "<p>Paragraph D", signIn+"<p>Paragraph D", 1)
	a, err := extract.FromHTML(strings.NewReader(page), extract.Source{URL: "https://news.example/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Paywalled || len(a.Body) != 6 || strings.Contains(a.Text(), "Subscribe now") || strings.Contains(a.Text(), "Unlimited digital access") {
		t.Errorf("hidden sign-in box: paywalled %v, %d blocks: %q", a.Paywalled, len(a.Body), a.Text())
	}

	rest := `<div class="article-rest hidden"><p>Paragraph G of the report says the harbour trust will publish the building timetable in the spring, once the contractors have agreed on the order of the works.</p></div>`
	a, err = extract.FromHTML(strings.NewReader(paywallPage(`<p>TEXT</p>`, rest)), extract.Source{URL: "https://news.example/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text(), "Paragraph G of the report") {
		t.Errorf("the hidden rest of the article is lost: %q", a.Text())
	}
}
