package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestPullQuotes(t *testing.T) {
	const para1 = "The council voted on Tuesday night to approve the long-debated plan for the old harbour, ending a dispute that has divided the town for a decade."
	const para2 = "Residents who opposed the plan said they would take the decision to court. The harbour is the last working port on this stretch of coast, they said, and its loss would be felt for generations."
	const para3 = "Work on the new quays is to start in the spring and should be finished within three years, the council said in a statement after the vote."
	for _, tc := range []struct {
		name, box   string
		wantRemoved bool   // reported as nav/pull-quote
		wantQuote   string // a body block that must hold this text
	}{
		{"a pull quote repeating a sentence of the body",
			`<figure class="wp-block-pullquote"><blockquote><p>The harbour is the last working port on this stretch of coast</p><cite>A resident</cite></blockquote></figure>`,
			true, ""},
		{"a pull quote by its class alone, cut short of its sentence",
			`<aside class="article-pull-quote"><p>“its loss would be felt for generations”</p></aside>`,
			true, ""},
		{"a pull quote the body does not print is a quote of the body",
			`<figure class="wp-block-pullquote"><blockquote><p>We will fight this in every court of the land, for as long as it takes us.</p></blockquote></figure>`,
			false, "We will fight this in every court of the land"},
		{"a figure holding a quotation and its source",
			`<figure><blockquote><p>A harbour is a town's open door to the world, and a town that closes it closes itself.</p></blockquote><figcaption>— Harbour Board report, 1911</figcaption></figure>`,
			false, "A harbour is a town's open door to the world"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1><p>` + para1 + `</p>` +
				tc.box + `<p>` + para2 + `</p><p>` + para3 + `</p></article></body></html>`
			a, err := FromHTML(strings.NewReader(page), Source{URL: "https://news.example/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Captions) != 0 {
				t.Errorf("captions %+v: a quote is no image caption", a.Captions)
			}
			removed := slices.ContainsFunc(a.Removed, func(r Removal) bool { return r.Rule == RulePullQuote })
			if removed != tc.wantRemoved {
				t.Errorf("removed as %s = %v, want %v (removed %+v)", RulePullQuote, removed, tc.wantRemoved, a.Removed)
			}
			body := a.Text()
			for _, p := range []string{para1, para2, para3} {
				if !strings.Contains(body, p) {
					t.Errorf("body lost %q:\n%s", p, body)
				}
			}
			if tc.wantQuote != "" && !slices.ContainsFunc(a.Body, func(b Block) bool { return b.Kind == Quote && strings.Contains(b.Text, tc.wantQuote) }) {
				t.Errorf("body lacks the quote %q: %+v", tc.wantQuote, a.Body)
			}
			if tc.wantRemoved && strings.Count(body, "last working port") > 1 {
				t.Errorf("body prints the pull quote twice:\n%s", body)
			}
		})
	}
}

func TestIsPullQuoteClass(t *testing.T) {
	for class, want := range map[string]bool{
		"wp-block-pullquote is-style-solid-color": true,
		"pullquote pull-left":                     true,
		"section-pull-quote":                      true,
		"duet--article--article-pullquote mb-20":  true,
		"graf--pullquote pullquote":               true,
		// Near misses: a pull quote's parts, other pulls.
		"pullquote__text":    false,
		"pullquote__authors": false,
		"pull-left":          false,
		"pull-request":       false,
		"blockquote":         false,
	} {
		if got := isPullQuoteClass(class); got != want {
			t.Errorf("isPullQuoteClass(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestCountWordRun(t *testing.T) {
	page := " the harbour , they said , is the last port . the harbour is old "
	for _, tc := range []struct {
		run  []string
		want int
	}{
		{[]string{"the", "harbour"}, 2},
		{[]string{"harbour", "they", "said"}, 1}, // punctuation between words
		{[]string{"said", "is", "the", "last"}, 1},
		{[]string{"the", "last", "harbour"}, 0},
		{[]string{"port", "the"}, 1},
	} {
		if got := countWordRun(page, tc.run); got != tc.want {
			t.Errorf("countWordRun(%q) = %d, want %d", tc.run, got, tc.want)
		}
	}
}
