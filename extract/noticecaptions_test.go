package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
)

func TestNoticeCaption(t *testing.T) {
	for _, tc := range []struct {
		c      Caption
		notice bool
	}{
		{Caption{Text: "Bitte aktivieren Sie Javascript, um diesen Inhalt zu sehen."}, true},
		{Caption{Text: "JavaScript is disabled in your browser.", Image: "https://x.test/a.jpg"}, true},
		{Caption{Text: "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram. Mehr erfahren", Image: "https://x.test/cookie/instagram.png"}, true},
		{Caption{Text: "Please accept cookies to watch this video."}, true},
		{Caption{Text: "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler."}, true},
		{Caption{Text: "We may earn a commission when you buy through links on this page."}, true},
		{Caption{Text: "Preisvergleich alle anzeigen ANZEIGE"}, true},
		{Caption{Text: "Laden...", Image: "https://x.test/a.jpg"}, true},
		{Caption{Text: "PARTNER", Image: "https://x.test/a.jpg"}, true},
		// Near misses: captions of real pictures.
		{Caption{Text: "Brendan Eich, who created JavaScript in ten days, speaks in Lisbon.", Image: "https://x.test/eich.jpg"}, false},
		{Caption{Text: "A developer tries to enable JavaScript debugging on a laptop.", Image: "https://x.test/dev.jpg"}, false},
		{Caption{Text: "Protesters demand the government accept stronger privacy laws.", Image: "https://x.test/demo.jpg"}, false},
		{Caption{Text: "Grandma allows the children to eat cookies after dinner.", Image: "https://x.test/gran.jpg"}, false},
		{Caption{Text: "The commission links the two reports in its findings.", Image: "https://x.test/eu.jpg"}, false},
		{Caption{Text: "Ein Preisvergleich zeigt: Butter kostet 30 Prozent mehr.", Image: "https://x.test/butter.jpg"}, false},
		{Caption{Text: "Laden des Schiffs im Hafen von Hamburg.", Image: "https://x.test/ship.jpg"}, false},
		{Caption{Text: "Mit der Strompreisbremse blockiert die Regierung die Energiewende.", Image: "https://x.test/wind.jpg"}, false},
	} {
		if got := isNoticeCaption(tc.c); got != tc.notice {
			t.Errorf("isNoticeCaption(%q) = %v, want %v", tc.c.Text, got, tc.notice)
		}
	}
}

func TestFileNameCaption(t *testing.T) {
	for _, tc := range []struct {
		c    Caption
		want bool
	}{
		{Caption{Text: "radtour_berlin_8", Image: "https://x.test/up/radtour_berlin_8.jpg"}, true},
		{Caption{Text: "IMG_0042", Image: "https://x.test/up/img_0042-1024x768.jpg"}, true},
		// Near misses: a word the file is named after, a caption.
		{Caption{Text: "Berlin", Image: "https://x.test/up/berlin-skyline.jpg"}, false},
		{Caption{Text: "Berlin", Image: "https://x.test/up/berlin.jpg"}, false},
		{Caption{Text: "Leandra-Lou", Image: "https://x.test/up/leandra-lou.jpg"}, false},
		{Caption{Text: "The harbour at dawn", Image: "https://x.test/up/the-harbour.jpg"}, false},
	} {
		if got := isFileNameCaption(tc.c); got != tc.want {
			t.Errorf("isFileNameCaption(%+v) = %v, want %v", tc.c, got, tc.want)
		}
	}
}

func TestFinishCaptionsNotices(t *testing.T) {
	in := []Caption{
		{Text: "Bitte aktivieren Sie Javascript"},
		{Credit: "© 2023 All Rights Reserved", Image: "https://x.test/img/site-logo.png"},
		{Text: "©", Image: "https://x.test/podcast.jpg"},
		// Near misses: a credit-only news photo, and a photo caption
		// naming JavaScript.
		{Credit: "Reuters", Image: "https://x.test/photos/flood.jpg"},
		{Text: "Brendan Eich, who created JavaScript, speaks in Lisbon.", Image: "https://x.test/eich.jpg"},
		// A photo of logos, and a credit with no copyright beside a logo.
		{Credit: "© Jo Lind", Image: "https://x.test/Mehrere-App-Logos-auf-Smartphone.jpeg"},
		{Credit: "Pixabay", Image: "https://x.test/img/site-logo.svg"},
	}
	out, removed := Default().finishCaptions(in, clean.Page{})
	want := []Caption{
		{Credit: "Reuters", Image: "https://x.test/photos/flood.jpg"},
		{Text: "Brendan Eich, who created JavaScript, speaks in Lisbon.", Image: "https://x.test/eich.jpg"},
		{Credit: "© Jo Lind", Image: "https://x.test/Mehrere-App-Logos-auf-Smartphone.jpeg"},
		{Credit: "Pixabay", Image: "https://x.test/img/site-logo.svg"},
	}
	if len(out) != len(want) {
		t.Fatalf("got %+v, want %+v", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("caption %d = %+v, want %+v", i, out[i], want[i])
		}
	}
	rules := map[string]int{}
	for _, r := range removed {
		rules[r.Rule]++
	}
	if rules[RuleNoticeCaption] != 1 || rules[RuleStrayCredit] != 2 {
		t.Errorf("removed %+v: want the notice, the logo's copyright line and the bare © reported", removed)
	}
}

func TestImagelessFigureRemoved(t *testing.T) {
	src := `<html><body><article><h1>Headline</h1>` +
		`<figure class="author-box"><div class="Icon"></div><div>Bitte aktivieren Sie Javascript, um diesen Inhalt zu sehen.</div></figure>` +
		`<figure class="wp-block-table"><table><tr><td>Rent</td><td>900</td></tr></table></figure>` +
		`<p>The council voted on Tuesday night to approve the long-debated plan for the old harbour, ending a dispute that has divided the town.</p></article></body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse("https://news.example/story")
	pre := runPrepass(doc, base, pageMeta{}, defaultVocabulary(), func(string) bool { return false })
	found := false
	for _, r := range pre.removed {
		found = found || r.Rule == RuleImagelessFigure && strings.Contains(r.Text, "Javascript")
	}
	if !found {
		t.Errorf("removed %+v: want the box with no picture reported as %s", pre.removed, RuleImagelessFigure)
	}
	// A table in a figure is the figure's content, not a removal.
	for _, r := range pre.removed {
		if strings.Contains(r.Text, "Rent") {
			t.Errorf("the table's figure was removed: %+v", r)
		}
	}
}
