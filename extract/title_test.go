package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStripSiteName(t *testing.T) {
	sites := []string{"homify", "Le Grand Continent", "NPR", "AP News", "Golem.de", "Haufe", "BMAS"}
	for _, tc := range []struct{ title, want string }{
		{"Wie man eine runde Tischdecke herstellt | homify", "Wie man eine runde Tischdecke herstellt"},
		{"Sur les migrations avec François Héran - Le Grand Continent", "Sur les migrations avec François Héran"},
		{"Dogs Can Smell Fear: The Two-Way : NPR", "Dogs Can Smell Fear: The Two-Way"},
		{"The campaigns brace for a sprint | AP News", "The campaigns brace for a sprint"},
		{"LTE-Patent: Samsung soll Smartphones zerstören - Golem.de", "LTE-Patent: Samsung soll Smartphones zerstören"},
		// Short section names beside the site's name go with it.
		{"Ordnungsgeld gegen Anwalt wegen Maskenverweigerung | Recht | Haufe", "Ordnungsgeld gegen Anwalt wegen Maskenverweigerung"},
		// The site's name first.
		{"BMAS - Änderung der Anforderungen an Nachweise", "Änderung der Anforderungen an Nachweise"},
		// Colons and dashes inside a headline are not separators.
		{"Klimaschutz: Bohren, bis es heiß wird", "Klimaschutz: Bohren, bis es heiß wird"},
		{"Covid-19 - what we know | AP News", "Covid-19 - what we know"},
		// No site name known: nothing is cut.
		{"Rezoning plan plagues re-election bid - Some Local Paper", "Rezoning plan plagues re-election bid - Some Local Paper"},
		// A headline that only names the site stays.
		{"homify", "homify"},
	} {
		if got := stripSiteName(tc.title, sites); got != tc.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestHostLabel(t *testing.T) {
	for host, want := range map[string]string{
		"www.homify.de": "homify", "apnews.com": "apnews", "www.bbc.co.uk": "bbc", "edition.cnn.com": "cnn",
		"localhost": "", "": "",
	} {
		if got := hostLabel(host); got != want {
			t.Errorf("hostLabel(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestChooseTitle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		meta  pageMeta
		found string
		heads []heading
		want  string
	}{{
		name:  "printed h1 over the title with its site name",
		meta:  pageMeta{docTitle: "Was ist Virales Marketing? | DimidoBlog"},
		found: "Was ist Virales Marketing? | DimidoBlog",
		heads: []heading{{"DimidoBlog", 1}, {"Was ist Virales Marketing?", 2}},
		want:  "Was ist Virales Marketing?",
	}, {
		name:  "a printed headline reworded from og:title",
		meta:  pageMeta{ogTitle: "Brexit: Nervenkrieg geht in nächste Runde"},
		found: "Brexit: Nervenkrieg geht in nächste Runde",
		heads: []heading{{"Der Nervenkrieg um den Brexit geht in die nächste Runde", 1}},
		want:  "Der Nervenkrieg um den Brexit geht in die nächste Runde",
	}, {
		name:  "the site's logo in an h1 is not the headline",
		meta:  pageMeta{ogTitle: "Standalone binaries using Emscripten · V8"},
		found: "Standalone binaries using Emscripten · V8",
		heads: []heading{{"V8", 1}, {"Teaser about something else entirely", 2}},
		want:  "Standalone binaries using Emscripten",
	}, {
		name:  "JSON-LD headline agrees with the printed heading",
		meta:  pageMeta{headline: "Tony Blair: Why there has to be compromise", docTitle: "Blair on Ukraine | Evening Paper"},
		heads: []heading{{"Tony Blair: Why there has to be compromise", 1}},
		want:  "Tony Blair: Why there has to be compromise",
	}, {
		name:  "no metadata: the first h1",
		heads: []heading{{"Section", 2}, {"A headline", 1}},
		want:  "A headline",
	}} {
		sites := siteNames("www.dimido.de", "V8")
		if got := chooseTitle(tc.found, tc.meta, tc.heads, sites); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestHeadingText(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`<h1><span class="topline">Flood inquiry</span> <span class="headline">Two resign</span></h1>`, "Flood inquiry: Two resign"},
		{`<h1><span class="kicker">Batteries</span><span class="vh">:</span> <span>Enough cells built?</span></h1>`, "Batteries: Enough cells built?"},
		{`<h1>The <em>Titanic</em> sails again</h1>`, "The Titanic sails again"},
		{`<h1><em>Titanic</em> <strong>sails</strong></h1>`, "Titanic sails"},
		{`<h1><span class="label">Live:</span> <span>Storm hits coast</span></h1>`, "Live: Storm hits coast"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		heads := headingsOf(doc)
		if len(heads) != 1 || heads[0].text != tc.want {
			t.Errorf("%s: got %+v, want %q", tc.src, heads, tc.want)
		}
	}
}

func TestReadMetaTitles(t *testing.T) {
	src := `<html><head><title>Headline | Paper</title>
<meta property="og:title" content="Headline">
<meta property="og:site_name" content="Paper">
<script type="application/ld+json">{"@type":"NewsArticle","name":"The Daily Paper","headline":"Headline &amp; more","publisher":{"name":"Paper Ltd"}}</script>
</head><body><svg><title>icon</title></svg></body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	if m.docTitle != "Headline | Paper" || m.ogTitle != "Headline" || m.siteName != "Paper" ||
		m.headline != "Headline & more" || m.publisher != "Paper Ltd" {
		t.Errorf("readMeta = %+v", m)
	}
}
