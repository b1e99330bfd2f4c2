package extract

import (
	"slices"
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
		// A name written as a host is a site's, known or not.
		{"Was wir über uns nicht hören wollen | FASSETTE.NET", "Was wir über uns nicht hören wollen"},
		// Near miss: a version number is no host.
		{"What is new in Go 1.26 - Release notes", "What is new in Go 1.26 - Release notes"},
		// A headline that only names the site stays.
		{"homify", "homify"},
		// A breadcrumb of sections between the headline and the site's name.
		{"Verfassungsgericht: Berlusconis Sex-Prozess geht weiter / Politik / Politik im Überblick / Artikel / Home - stol.it - Suedtirol Online mit Nachrichten", "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter"},
		// Near misses: one slash is the headline's, » sets off a subtitle.
		{"Streit um Ukraine / Russland - stol.it", "Streit um Ukraine / Russland"},
		{"Leasing oder Finanzierung » Der große Vergleich | homify", "Leasing oder Finanzierung » Der große Vergleich"},
	} {
		if got := stripSiteName(tc.title, sites); got != tc.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestHostLabel(t *testing.T) {
	for host, want := range map[string]string{
		"www.homify.de": "homify", "apnews.com": "apnews", "www.bbc.co.uk": "bbc", "edition.cnn.com": "cnn",
		"localhost": "", "": "", "www.bundeskanzleramt.gv.at": "bundeskanzleramt",
	} {
		if got := hostLabel(host); got != want {
			t.Errorf("hostLabel(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestSiteNames(t *testing.T) {
	for _, tc := range []struct {
		host string
		want []string
	}{
		{"www.homify.de", []string{"homify"}},
		{"seglerblog.stoessenseer.de", []string{"stoessenseer", "seglerblog"}},
		// Short subdomains are sections, not the site's name.
		{"news.bbc.co.uk", []string{"bbc"}},
	} {
		if got := siteNames(tc.host); !slices.Equal(got, tc.want) {
			t.Errorf("siteNames(%q) = %q, want %q", tc.host, got, tc.want)
		}
	}
	sites := siteNames("pointofsail-kiel.de")
	for s, want := range map[string]bool{"Point of Sail": true, "Kiel": false, "pointofsail-kiel": true, "Sail": false} {
		if got := isSiteName(s, sites); got != want {
			t.Errorf("isSiteName(%q, %q) = %v, want %v", s, sites, got, want)
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
		heads: []heading{{text: "DimidoBlog", level: 1}, {text: "Was ist Virales Marketing?", level: 2}},
		want:  "Was ist Virales Marketing?",
	}, {
		name:  "a printed headline reworded from og:title",
		meta:  pageMeta{ogTitle: "Brexit: Nervenkrieg geht in nächste Runde"},
		found: "Brexit: Nervenkrieg geht in nächste Runde",
		heads: []heading{{text: "Der Nervenkrieg um den Brexit geht in die nächste Runde", level: 1}},
		want:  "Der Nervenkrieg um den Brexit geht in die nächste Runde",
	}, {
		name:  "the site's logo in an h1 is not the headline",
		meta:  pageMeta{ogTitle: "Standalone binaries using Emscripten · V8"},
		found: "Standalone binaries using Emscripten · V8",
		heads: []heading{{text: "V8", level: 1}, {text: "Teaser about something else entirely", level: 2}},
		want:  "Standalone binaries using Emscripten",
	}, {
		name:  "JSON-LD headline agrees with the printed heading",
		meta:  pageMeta{headline: "Tony Blair: Why there has to be compromise", docTitle: "Blair on Ukraine | Evening Paper"},
		heads: []heading{{text: "Tony Blair: Why there has to be compromise", level: 1}},
		want:  "Tony Blair: Why there has to be compromise",
	}, {
		name:  "a kicker printed apart is cut when the metadata titles leave it out",
		meta:  pageMeta{headline: "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert", docTitle: "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert | INDUSTRIEMAGAZIN"},
		heads: []heading{{text: "Auftragshoch bei FACC : Luftfahrtbranche hebt nach Corona ab - und FACC profitiert", level: 1, kicker: 3}},
		want:  "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert",
	}, {
		name:  "a section label and a bar before the headline",
		meta:  pageMeta{ogTitle: "Brothel catering to politicians busted in Boston"},
		heads: []heading{{text: "Local News |: Brothel catering to politicians busted in Boston", level: 1, kicker: 2}},
		want:  "Brothel catering to politicians busted in Boston",
	}, {
		name:  "a date as the kicker; the headline's own colon stays",
		meta:  pageMeta{ogTitle: "Ministerin Raab: Mit Ländern Rahmen gestalten - Bundeskanzleramt Österreich"},
		heads: []heading{{text: "1. Februar 2022: Ministerin Raab: Mit Ländern Rahmen gestalten", level: 1, kicker: 3}},
		want:  "Ministerin Raab: Mit Ländern Rahmen gestalten",
	}, {
		name:  "near miss: the metadata keep the kicker, so does the title",
		meta:  pageMeta{ogTitle: "Klimaschutz: Bohren, bis es heiß wird", docTitle: "Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE"},
		heads: []heading{{text: "Klimaschutz: Bohren, bis es heiß wird", level: 1, kicker: 1}},
		want:  "Klimaschutz: Bohren, bis es heiß wird",
	}, {
		name:  "near miss: a quoted opening printed in one run with the headline is not a kicker",
		meta:  pageMeta{ogTitle: "Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com"},
		heads: []heading{{text: `"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking`, level: 1}},
		want:  `"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking`,
	}, {
		name:  "a printed heading shorter than the metadata title, whose site name is cut",
		meta:  pageMeta{ogTitle: "Rutger Bregman: Unser wahres Ich - brand eins online"},
		heads: []heading{{text: "Unser wahres Ich", level: 1}},
		want:  "Unser wahres Ich",
	}, {
		name:  "a heading printed with a site's name after it",
		meta:  pageMeta{ogTitle: "Was wir über uns nicht hören wollen"},
		heads: []heading{{text: "Was wir über uns nicht hören wollen | FASSETTE.NET", level: 1}},
		want:  "Was wir über uns nicht hören wollen",
	}, {
		name:  "a long headline with a one-word kicker, whose words nearly all agree",
		meta:  pageMeta{ogTitle: "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city"},
		heads: []heading{{text: "Politics: St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city", level: 1, kicker: 1}},
		want:  "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city",
	}, {
		name:  "a heading that copies <title>, the site's name and all",
		meta:  pageMeta{ogTitle: "Tote Hummeln unter Linden: Die Erklärung | Hummeln", docTitle: "Tote Hummeln unter Linden: Die Erklärung | Hummeln"},
		heads: []heading{{text: "Tote Hummeln unter Linden: Die Erklärung | Hummeln", level: 2}},
		want:  "Tote Hummeln unter Linden: Die Erklärung",
	}, {
		name:  "the page's one h1 on the subject of a title written for search engines",
		meta:  pageMeta{ogTitle: "Wärmepumpe im Altbau - Wann es sich lohnt", docTitle: "Wärmepumpe im Altbau - Wann es sich lohnt"},
		found: "Wärmepumpe im Altbau - Wann es sich lohnt",
		heads: []heading{{text: "Eignet sich eine Wärmepumpe im Altbau?", level: 1}, {text: "Vorteile", level: 2}},
		want:  "Eignet sich eine Wärmepumpe im Altbau?",
	}, {
		name:  "near miss: an h1 that shares one word with the title",
		meta:  pageMeta{docTitle: "Preferred title"},
		found: "Preferred title",
		heads: []heading{{text: "Test document title", level: 1}},
		want:  "Preferred title",
	}, {
		name:  "near miss: a title in one piece, no search engine's form, stays",
		meta:  pageMeta{docTitle: "This is a long title with a colon: Hello there"},
		found: "This is a long title with a colon: Hello there",
		heads: []heading{{text: "This is a long title with a colon: But the final text here is different", level: 1}},
		want:  "This is a long title with a colon: Hello there",
	}, {
		name:  "near miss: two h1s, neither agreeing",
		meta:  pageMeta{ogTitle: "Wärmepumpe im Altbau - Wann es sich lohnt"},
		found: "Wärmepumpe im Altbau - Wann es sich lohnt",
		heads: []heading{{text: "Eignet sich eine Wärmepumpe im Altbau?", level: 1}, {text: "Wärmepumpen im Neubau und im Altbau", level: 1}},
		want:  "Wärmepumpe im Altbau - Wann es sich lohnt",
	}, {
		name:  "near miss: the one h1 is the logo, a link home",
		meta:  pageMeta{docTitle: "Conversations with a Cryptid - Chapter 1 [Archive of Our Own]"},
		found: "Conversations with a Cryptid - Chapter 1 [Archive of Our Own]",
		heads: []heading{{text: "Archive of Our Own beta", level: 1, home: true}},
		want:  "Conversations with a Cryptid - Chapter 1 [Archive of Our Own]",
	}, {
		name:  "a heading with soft hyphens agrees with its title",
		meta:  pageMeta{ogTitle: "Verfassungsbeschwerde gegen Waffenlieferungen eingelegt"},
		heads: []heading{{text: "Teaser über etwas anderes", level: 2}, {text: "Ver\u00adfas\u00adsungs\u00adbe\u00adschwerde gegen Waffenlieferungen eingelegt", level: 1}},
		want:  "Ver\u00adfas\u00adsungs\u00adbe\u00adschwerde gegen Waffenlieferungen eingelegt",
	}, {
		name:  "no metadata: the first h1",
		heads: []heading{{text: "Section", level: 2}, {text: "A headline", level: 1}},
		want:  "A headline",
	}, {
		name:  "the headline is the title less the site up to a separator, a longer subtitle after it",
		meta:  pageMeta{docTitle: "Vom Rand aus erzählt - Jana Roth verbindet in „Die Karten der Großmütter“ Dorf und Welt : buchkritik.de"},
		heads: []heading{{text: "Vom Rand aus erzählt", level: 1}},
		want:  "Vom Rand aus erzählt",
	}, {
		name:  "near miss: a two-word section before the separator is no headline",
		meta:  pageMeta{docTitle: "Politik aktuell - Der Landtag beschließt das neue Schulgesetz | Hummeln"},
		heads: []heading{{text: "Politik aktuell", level: 1}, {text: "Der Landtag beschließt das neue Schulgesetz", level: 2}},
		want:  "Der Landtag beschließt das neue Schulgesetz",
	}} {
		sites := siteNames("www.dimido.de", "V8", "brand eins online", "Bundeskanzleramt Österreich", "Hummeln")
		if got := chooseTitle(tc.found, tc.meta, tc.heads, sites); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestLinksHome(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`<h1 class="heading"><a href="/"><span>Archive of Our Own</span> <sup>beta</sup><img alt="" src="logo.png"></a></h1>`, true},
		{`<h1><a href="https://www.example.org/">Example Blog</a></h1>`, true},
		// Near misses: a link to the article, a headline with a link in it.
		{`<h1><a href="/2024/05/story.html">The story</a></h1>`, false},
		{`<h1>Read <a href="/">Example Blog</a> daily</h1>`, false},
	} {
		doc, err := html.Parse(strings.NewReader(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		heads := headingsOf(doc)
		if len(heads) != 1 || heads[0].home != tc.want {
			t.Errorf("%s: got %+v, want home %v", tc.src, heads, tc.want)
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
		// The kicker's own bar gives way to the colon.
		{`<h1><span class="kicker">Politics |</span> <span>Park elects a mayor</span></h1>`, "Politics: Park elects a mayor"},
		// Marks of the site's style before the heading go; brackets that
		// close and quotes stay.
		{`<h2>[&gt; Jens Weber</h2>`, "Jens Weber"},
		{`<h2>| Hafen wird gebaut</h2>`, "Hafen wird gebaut"},
		{`<h1>[Update] Server wieder erreichbar</h1>`, "[Update] Server wieder erreichbar"},
		{`<h1>(Almost) done</h1>`, "(Almost) done"},
		{`<h1>»Wir bleiben« sagt der Rat</h1>`, "»Wir bleiben« sagt der Rat"},
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

func TestKickerWords(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{`<h1><span class="overline">Abstandsregeln und Fieberkontrollen </span><span class="colon">: </span><span>Wie Firmen schützen</span></h1>`, 3},
		{`<h1> <span class="supertitle"><time>1. Februar 2022</time></span> <span class="title">Ministerin Raab: Mit Ländern</span></h1>`, 3},
		{`<h1><span class="roofline">Ernährung sichern</span> Schulze: Deutschland steht fest</h1>`, 2},
		// Running text first, or one element only: no kicker.
		{`<h1>"Pure Leere": Marita Kramer verpasst Peking</h1>`, 0},
		{`<h1>The <em>Titanic</em> sails again</h1>`, 0},
		{`<h1><span>Storm hits coast</span></h1>`, 0},
	} {
		doc, err := html.Parse(strings.NewReader(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		heads := headingsOf(doc)
		if len(heads) != 1 || heads[0].kicker != tc.want {
			t.Errorf("%s: got %+v, want kicker %d", tc.src, heads, tc.want)
		}
	}
}

func TestLastWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"Local News |: Brothel busted", 2, "Brothel busted"},
		{"Corona-Pandemie: „Es kommt darauf an“", 4, "„Es kommt darauf an“"},
		{"Kicker: (Almost) done", 2, "(Almost) done"},
		{"Covid-19 today", 3, "Covid-19 today"},
		{"one two", 5, "one two"},
	} {
		if got := lastWords(tc.s, tc.n); got != tc.want {
			t.Errorf("lastWords(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestSubtitleOf(t *testing.T) {
	sites := []string{"buchkritik.de", "Hummeln"}
	for _, tc := range []struct {
		title string
		meta  pageMeta
		want  string
	}{
		{"Vom Rand aus erzählt", pageMeta{docTitle: "Vom Rand aus erzählt - Jana Roth verbindet Dorf und Welt : buchkritik.de"}, "Jana Roth verbindet Dorf und Welt"},
		// Near misses: no site's name was cut, so the rest may be the
		// site's; a headline that is the whole title has no subtitle.
		{"Vom Rand aus erzählt", pageMeta{docTitle: "Vom Rand aus erzählt - Jana Roth verbindet Dorf und Welt"}, ""},
		{"Tote Hummeln unter Linden", pageMeta{ogTitle: "Tote Hummeln unter Linden | Hummeln"}, ""},
	} {
		if got := subtitleOf(tc.title, tc.meta, sites); got != tc.want {
			t.Errorf("subtitleOf(%q, %+v) = %q, want %q", tc.title, tc.meta, got, tc.want)
		}
	}
}
