package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
)

func TestSplitCaptionCredit(t *testing.T) {
	for _, tc := range []struct {
		name, text, credit string
		wantText, want     string
	}{
		{"credit element and agency after a slash in the caption",
			"Smoke rises over the town on May 7, 2025. /AFP via Getty Images", "GHULAM RASOOL",
			"Smoke rises over the town on May 7, 2025.", "GHULAM RASOOL, AFP via Getty Images"},
		{"caption repeating its credit at the end",
			"A woman takes a picture of the refinery dock. AP Photo", "AP Photo",
			"A woman takes a picture of the refinery dock.", "AP Photo"},
		{"agency after the last sentence",
			"The lobby has been redesigned from the ground up. Supplied", "",
			"The lobby has been redesigned from the ground up.", "Supplied"},
		{"German label",
			"Die Kanzlerin in Berlin. Foto: dpa", "",
			"Die Kanzlerin in Berlin.", "dpa"},
		{"Name/Agency without parentheses",
			"Fans outside the arena Jordan Keyes/GC Images", "",
			"Fans outside the arena", "Jordan Keyes/GC Images"},
		{"dpa/picture alliance via Getty",
			"Der Hafen am Morgen (Jan Woitas/dpa/picture alliance via Getty Images)", "",
			"Der Hafen am Morgen", "Jan Woitas/dpa/picture alliance via Getty Images"},
		{"Spanish credit",
			"El ministro, este domingo en Madrid. Foto: EFE", "",
			"El ministro, este domingo en Madrid.", "EFE"},
		// Near misses: caption text that must stay whole.
		{"an agency named inside the caption",
			"The minister speaks to Reuters", "",
			"The minister speaks to Reuters", ""},
		{"a slash inside the caption",
			"Prices rose 3% in/out of season", "",
			"Prices rose 3% in/out of season", ""},
		{"an acronym in parentheses",
			"Delegates meet in Brussels (Nato)", "",
			"Delegates meet in Brussels (Nato)", ""},
	} {
		text, credit := defaultVocabulary().splitCaptionCredit(tc.text, tc.credit)
		if text != tc.wantText || credit != tc.want {
			t.Errorf("%s: got %q, %q; want %q, %q", tc.name, text, credit, tc.wantText, tc.want)
		}
	}
}

func TestCleanCredit(t *testing.T) {
	for in, want := range map[string]string{
		"Photo by Jane Doe":             "Jane Doe",
		"Foto: Anett Seidler":           "Anett Seidler",
		"Anett Seidler | Anett Seidler": "Anett Seidler",
		"Jane Doe / Reuters":            "Jane Doe / Reuters",
		"Photographers' Guild":          "Photographers' Guild",
	} {
		if got := cleanCredit(in); got != want {
			t.Errorf("cleanCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFinishCaptions(t *testing.T) {
	e := Default()
	in := []Caption{
		{Text: "Von Hannah Ritter, Redakteurin 09.09.2025, 15:15 Uhr", Image: "https://x.test/author.jpg"},
		{Credit: "Photo by Jane Doe", Image: "https://x.test/a.jpg"},
		{Credit: "Jane Doe"},
		{Text: "The harbour at dawn.", Credit: "Jane Doe"},
	}
	out, removed := e.finishCaptions(in, clean.Page{})
	want := []Caption{
		{Credit: "Jane Doe", Image: "https://x.test/a.jpg"}, // a credit-only image
		{Text: "The harbour at dawn.", Credit: "Jane Doe"},
	}
	if len(out) != len(want) {
		t.Fatalf("got %+v, want %+v", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("caption %d = %+v, want %+v", i, out[i], want[i])
		}
	}
	rules := map[string]bool{}
	for _, r := range removed {
		rules[r.Rule] = true
	}
	if !rules[RuleBylineCaption] || !rules[RuleStrayCredit] {
		t.Errorf("removed %+v: want the byline and the stray credit reported", removed)
	}
}

func TestSlideshowCaptions(t *testing.T) {
	src := `<html><body><article><h1>Campaigns brace</h1>
<div class="Carousel">
 <div class="CarouselSlide"><picture><img src="/a.jpg" alt="Image"></picture>
  <div class="CarouselSlide-info"><span class="CarouselSlide-slideCount">1 of 2 |</span>
  <span class="CarouselSlide-infoDescription"><p>A supporter cheers at a rally, Friday, Aug. 30, 2024. (AP Photo/Alex Brandt)</p></span>
  <button>Read More</button></div></div>
 <div class="CarouselSlide"><picture><img src="/b.jpg" alt="Image"></picture>
  <div class="CarouselSlide-info"><span class="CarouselSlide-slideCount">2 of 2 |</span>
  <span class="CarouselSlide-infoDescription"><p>The candidate waves on arrival in Pittsburgh. (AP Photo/Jo Martin)</p></span></div></div>
</div>
<p>Body text.</p></article></body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse("https://news.example/story")
	pre := runPrepass(doc, base, pageMeta{}, defaultVocabulary(), func(string) bool { return false })
	out, _ := Default().finishCaptions(pre.captions, clean.Page{})
	want := []Caption{
		{Text: "A supporter cheers at a rally, Friday, Aug. 30, 2024.", Credit: "AP Photo/Alex Brandt", Image: "https://news.example/a.jpg"},
		{Text: "The candidate waves on arrival in Pittsburgh.", Credit: "AP Photo/Jo Martin", Image: "https://news.example/b.jpg"},
	}
	if len(out) != len(want) {
		t.Fatalf("got %+v, want %+v", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("slide %d = %+v, want %+v", i, out[i], want[i])
		}
	}
}
