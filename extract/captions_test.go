package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
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
		{"photographer before a dash, then the agency",
			"El fiscal general del Estado, Álvaro García Ortiz Álex Cámara - Europa Press / Europa Press", "",
			"El fiscal general del Estado, Álvaro García Ortiz", "Álex Cámara - Europa Press / Europa Press"},
		{"source via a platform and an agency",
			"Un bombero trabaja en el incendio de Almería @Plan_INFOCA via X / Reuters", "",
			"Un bombero trabaja en el incendio de Almería", "@Plan_INFOCA via X / Reuters"},
		{"agency repeated after a parenthesised credit",
			"A flag flies over a refinery in Carson, California. (AP Photo/Dan Vargas) AP Photo", "",
			"A flag flies over a refinery in Carson, California. (AP Photo/Dan Vargas)", "AP Photo"},
		{"bare copyright notice after the credit",
			"The refinery rises above the port, Sunday, Dec. 21, 2025. (AP Photo/Matt Cruz) - Copyright", "",
			"The refinery rises above the port, Sunday, Dec. 21, 2025.", "AP Photo/Matt Cruz"},
		{"Japanese photographer in full-width parentheses",
			"記者会見する理事長＝13日、東京で（山田太郎撮影）", "",
			"記者会見する理事長＝13日、東京で", "山田太郎"},
		{"a caption that is only a credit in parentheses",
			"(The Independent)", "",
			"", "The Independent"},
		{"French label",
			"Le maire devant la mairie, lundi. Photo : Jean Dupont / AFP", "",
			"Le maire devant la mairie, lundi.", "Jean Dupont / AFP"},
		{"a dash before the credit with no name before it",
			"Workers repair the line - Photo: Jo Lind", "",
			"Workers repair the line", "Jo Lind"},
		{"long labelled credit in parentheses",
			"Betrüger fischen nach Kontodaten. (Bild: Bild erstellt mit KI in einem Bildprogramm durch die Redaktion / dmk)", "",
			"Betrüger fischen nach Kontodaten.", "Bild erstellt mit KI in einem Bildprogramm durch die Redaktion / dmk"},
		{"long copyright notice after the last sentence",
			"Die Karte zeigt die Ausbreitung der Rauchwolke. © Morgenpost Infografik/OSM | C. Schlippes /Morgenpost Infografik OSM Datawrapper", "",
			"Die Karte zeigt die Ausbreitung der Rauchwolke.", "Morgenpost Infografik/OSM | C. Schlippes /Morgenpost Infografik OSM Datawrapper"},
		{"photographer before the agency in parentheses, after the last sentence",
			"El presidente, este lunes en Madrid. Juan Carlos Hidalgo (EFE)", "",
			"El presidente, este lunes en Madrid.", "Juan Carlos Hidalgo (EFE)"},
		{"credit in capitals after the last sentence",
			"Le port au matin (Photo d'illustration). JEAN DUPONT / MAXPPP", "",
			"Le port au matin (Photo d'illustration).", "JEAN DUPONT / MAXPPP"},
		{"photographer's name after the last sentence",
			"El técnico habló de la final ante su antiguo equipo. Marta Ruiz", "",
			"El técnico habló de la final ante su antiguo equipo.", "Marta Ruiz"},
		{"photographer and paper after the last sentence",
			"Gulls follow the trawler into the harbour. Jo Lind/The Harbour Times", "",
			"Gulls follow the trawler into the harbour.", "Jo Lind/The Harbour Times"},
		{"photographer for a paper, after a dash",
			"Gulls follow the trawler into the harbour. — Jo Lind for The Harbour Times", "",
			"Gulls follow the trawler into the harbour.", "Jo Lind for The Harbour Times"},
		{"photographer via an agency, in parentheses",
			"Gulls follow the trawler into the harbour. (Jo Lind via AP)", "",
			"Gulls follow the trawler into the harbour.", "Jo Lind via AP"},
		{"a label that lost its colon",
			"Der Stadtrat tagte bis in die Nacht. Bild Paul Meier", "",
			"Der Stadtrat tagte bis in die Nacht.", "Paul Meier"},
		// Near misses: caption text that must stay whole.
		{"a name after a title's abbreviation",
			"Supporters cheer as they greet Sen. Jo Lind", "",
			"Supporters cheer as they greet Sen. Jo Lind", ""},
		{"a name after an initial",
			"The award went to the painter Anna K. Jo Lind", "",
			"The award went to the painter Anna K. Jo Lind", ""},
		{"names with their places in the picture",
			"The crew on deck. Jo Lind, left, and Ed Marsh", "",
			"The crew on deck. Jo Lind, left, and Ed Marsh", ""},
		{"a button's words in capitals",
			"Entdecken Sie weitere Nachrichten aus der Welt des Weins. MEHR ENTDECKEN", "",
			"Entdecken Sie weitere Nachrichten aus der Welt des Weins. MEHR ENTDECKEN", ""},
		{"a last sentence that is a sentence",
			"The crew on deck. Jo Lind steers the boat home", "",
			"The crew on deck. Jo Lind steers the boat home", ""},
		{"capitals after the last sentence without a slash",
			"Le port au matin. LE HAVRE, FRANCE", "",
			"Le port au matin. LE HAVRE, FRANCE", ""},
		{"a slash in a last sentence that is not in capitals",
			"Trucks queue at the crossing. The USA/Canada border stays open", "",
			"Trucks queue at the crossing. The USA/Canada border stays open", ""},
		{"a copyright sign inside the sentence",
			"Der Verlag ließ das Zeichen © auf jede Seite drucken", "",
			"Der Verlag ließ das Zeichen © auf jede Seite drucken", ""},
		{"photographing, not photographed by",
			"富士山を撮影する観光客（山梨県で）", "",
			"富士山を撮影する観光客（山梨県で）", ""},
		{"parentheses inside a longer caption",
			"Delegates (left to right) Jo Lind and Ed Marsh", "",
			"Delegates (left to right) Jo Lind and Ed Marsh", ""},
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
		"Photo by Jane Doe":                 "Jane Doe",
		"Foto: Anett Seidler":               "Anett Seidler",
		"Anett Seidler | Anett Seidler":     "Anett Seidler",
		"Jane Doe / Reuters":                "Jane Doe / Reuters",
		"Photographers' Guild":              "Photographers' Guild",
		"Courtesy of Tanner Fischer":        "Tanner Fischer",
		"Foto: Ana Ruiz":                    "Ana Ruiz",
		"Fotografía: Ana Ruiz":              "Ana Ruiz",
		"Crédito: EFE":                      "EFE",
		"Courtney Holt":                     "Courtney Holt",
		"Credit…Jo Lind/The New York Times": "Jo Lind/The New York Times",
		"CreditKevin Frayer/Getty Images":   "Kevin Frayer/Getty Images",
		"Image copyright Reuters":           "Reuters",
		"Image source, Getty Images":        "Getty Images",
		"Credit...Ed Marsh for The Times":   "Ed Marsh for The Times",
		// Near misses: a bank, a plural.
		"Credit Suisse":           "Credit Suisse",
		"Credits roll at the end": "Credits roll at the end",
		"Image Copyright Office":  "Image Copyright Office",
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

// figureCaptions runs the pre-pass and the caption rules over an article
// body and returns its captions.
func figureCaptions(t *testing.T, body string) []Caption {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body><article><h1>Headline</h1>" + body +
		"<p>The council voted on Tuesday night to approve the long-debated plan for the old harbour, ending a dispute that has divided the town.</p></article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse("https://news.example/story")
	pre := runPrepass(doc, base, pageMeta{}, defaultVocabulary(), func(string) bool { return false })
	out, _ := Default().finishCaptions(pre.captions, clean.Page{})
	return out
}

// assertCaptions reports, under name, where got differs from want; no
// captions equal none, however the empty list is made.
func assertCaptions(t *testing.T, name string, got, want []Caption) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	assert.Equal(t, want, got, name)
}

func TestFigureShapes(t *testing.T) {
	for _, tc := range []struct {
		name, html string
		want       []Caption
	}{
		{"credit in the figure's footer",
			`<figure><img src="/a.jpg"><figcaption>Demonstrators outside the town hall.</figcaption><footer>Imago/Jane Doe</footer></figure>`,
			[]Caption{{Text: "Demonstrators outside the town hall.", Credit: "Imago/Jane Doe", Image: "https://news.example/a.jpg"}}},
		{"caption classed as a footer, credit classed as the author",
			`<figure class="ni-figure"><img src="/a.jpg"><figcaption class="image-footer"><span class="title">El ministro, este domingo en Madrid. <span class="author">EFE/ Ana Ruiz</span></span></figcaption></figure>`,
			[]Caption{{Text: "El ministro, este domingo en Madrid.", Credit: "EFE/ Ana Ruiz", Image: "https://news.example/a.jpg"}}},
		{"figcaption beside the figure, not in it",
			`<div class="image-container"><figure class="image--embedded"><amp-img src="/a.jpg"></amp-img></figure><figcaption class="image__caption"><span class="caption">Police monitor the crowd in the square</span></figcaption></div>`,
			[]Caption{{Text: "Police monitor the crowd in the square", Image: "https://news.example/a.jpg"}}},
		{"gallery of figures, each with its caption",
			`<figure class="gallery"><ul><li><figure><img src="/a.jpg"><figcaption><span class="figcaption__caption">The launch site.</span><span class="figcaption__credit">Jo Lind for Coast Courier</span></figcaption></figure></li>` +
				`<li><figure><img src="/b.jpg"><figcaption><span class="figcaption__caption">The offices in Muscat.</span><span class="figcaption__credit">Ed Marsh</span></figcaption></figure></li></ul></figure>`,
			[]Caption{{Text: "The launch site.", Credit: "Jo Lind for Coast Courier", Image: "https://news.example/a.jpg"},
				{Text: "The offices in Muscat.", Credit: "Ed Marsh", Image: "https://news.example/b.jpg"}}},
		{"lazy image with a placeholder src, caption in the footer beside it",
			`<div class="featured-image"><img src="data:image/svg+xml,%3Csvg%3E" data-lazy-srcset="/rain.jpg 1500w, /rain-300.jpg 300w"><noscript><img src="/rain.jpg"></noscript>` +
				`<div class="featured-image-footer"><div class="featured-image-caption"><p>Picture: iStock</p></div></div><div class="socials">Share this story with the people you know and love</div></div>`,
			[]Caption{{Credit: "iStock", Image: "https://news.example/rain.jpg"}}},
		{"credit in the image's title after its alt text",
			`<figure><img src="/a.jpg" alt="The bridge after the flood" title="The bridge after the flood | AP"><figcaption>The bridge after the flood, two days later.</figcaption></figure>`,
			[]Caption{{Text: "The bridge after the flood, two days later.", Credit: "AP", Image: "https://news.example/a.jpg"}}},
		{"caption and credit in the image's data attributes, shown again below it",
			`<div class="my-4"><div class="relative"><img src="/a.jpg" alt="The imam at prayer" data-caption="The imam at prayer in the church in Wedding" data-source="Jo Lind/imago"></div>` +
				`<div class="flex"><p class="text-sm">The imam at prayer in the church in Wedding</p><p class="text-xs">© Jo Lind/imago</p></div></div>`,
			[]Caption{{Text: "The imam at prayer in the church in Wedding", Credit: "Jo Lind/imago", Image: "https://news.example/a.jpg"}}},
		{"a lone image whose title holds its credit after the alt text",
			`<div class="ts-picture"><picture><img src="/a.jpg" alt="The bridge in Schuld after the flood" title="The bridge in Schuld after the flood | AP"></picture></div>`,
			[]Caption{{Credit: "AP", Image: "https://news.example/a.jpg"}}},
		{"image box, then caption and credit in unmarked elements",
			`<div class="sc-a1"><div class="sc-b2"><picture><img src="/a.jpg"></picture></div><div class="sc-c3">Former Prime Minister at his office</div><div class="sc-d4">ES</div></div>`,
			[]Caption{{Text: "Former Prime Minister at his office", Credit: "ES", Image: "https://news.example/a.jpg"}}},
		{"image box, then caption and a labelled credit",
			`<div class="widget"><span class="image"><picture><img src="/a.jpg"></picture><span></span></span><p><span>Traders block the road in the city centre</span></p><p>Image: <!-- -->Jo Lind</p></div>`,
			[]Caption{{Text: "Traders block the road in the city centre", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"French caption class, photographer's credit class",
			`<div class="photo"><img src="/a.jpg"><p class="legende">Le port au matin, lundi.</p><span class="auteur">Jean Dupont</span></div>`,
			[]Caption{{Text: "Le port au matin, lundi.", Credit: "Jean Dupont", Image: "https://news.example/a.jpg"}}},
		{"German caption class, source class",
			`<div class="bild"><img src="/a.jpg"><div class="bildunterschrift">Der Hafen am Morgen.<span class="bildquelle">Foto: Jo Lind</span></div></div>`,
			[]Caption{{Text: "Der Hafen am Morgen.", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		// Near misses.
		{"an image beside a paragraph of the story is no figure",
			`<div class="row"><div class="pic"><img src="/a.jpg"></div><p>The council met again on Tuesday.</p></div>`,
			nil},
		{"an image beside two sentences is no figure",
			`<div class="row"><div class="pic"><img src="/a.jpg"></div><p>The council met again on Tuesday</p><p>It voted to close the bridge.</p></div>`,
			nil},
		{"an image and a linked headline is a teaser, not a figure",
			`<div class="card"><div class="pic"><img src="/a.jpg"></div><div class="title"><a href="/other-story">Council to close the bridge</a></div></div>`,
			nil},
		{"an image and its headline inside a link to another story are a teaser",
			`<a href="/other-story"><div class="card"><div class="pic"><img src="/a.jpg"></div><div class="title">Council to close the bridge</div></div></a>`,
			nil},
		{"a title that says something else than the alt text holds no credit",
			`<div><img src="/a.jpg" alt="The bridge" title="Click to enlarge"></div>`,
			nil},
		{"a title that only repeats the alt text is no credit",
			`<figure><img src="/a.jpg" alt="The bridge" title="The bridge"><figcaption>The bridge after the flood.</figcaption></figure>`,
			[]Caption{{Text: "The bridge after the flood.", Image: "https://news.example/a.jpg"}}},
		{"a row of icons beside a share panel is no figure",
			`<div class="top-bar"><div class="actions"><button aria-label="Claps"><img src="/icons/claps.svg" width="22"></button></div><div class="share-panel"><ul><span class="share-panel_title">Artikel teilen mit:</span><li><button aria-label="Teilen"></button></li></ul></div></div>`,
			nil},
		{"a video player's placeholder and the video's title",
			`<div class="cnx-player__container"><div class="cnx-player__video-player"><div class="cnx-video-container"></div><img class="cnx-image-placeholder"></div><div class="cnx-player__title-container"><span class="cnx-player__title">GM lifts outlook on strong pricing, demand</span></div></div>`,
			nil},
		{"the page's footer with a logo and a copyright line is no figure",
			`<footer id="footer"><div class="contact"><p class="title">Kontakt</p><p>Kirchenverwaltung<br>Paulusplatz 1</p></div><img src="/logo.png" alt="Logo"><p class="copyright">© 2021 EKHN | Impressum | Datenschutz</p></footer>`,
			nil},
		{"a figure with no picture, no caption element and no credit captions nothing",
			`<figure class="fb"><div class="Dialog--Icon"><div class="Icon"></div></div><div>Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler. Mehr Infos.</div></figure>`,
			nil},
		{"a figure whose picture a script fills keeps its caption element",
			`<figure class="media-landscape has-caption"><figcaption><span class="media-caption__text">Mourners attend a funeral in Brooklyn</span></figcaption></figure>`,
			[]Caption{{Text: "Mourners attend a funeral in Brooklyn"}}},
		{"a figure with a news photo and only a credit keeps the credit",
			`<figure><img src="/flood.jpg"><figcaption><span class="credit">Reuters</span></figcaption></figure>`,
			[]Caption{{Credit: "Reuters", Image: "https://news.example/flood.jpg"}}},
		{"a label beside an image is no caption",
			`<div class="box"><div class="pic"><img src="/a.jpg"></div><div class="label">Lesen Sie auch:</div></div>`,
			nil},
		{"a caption element after an image that holds an image of its own is another figure",
			`<div><img src="/a.jpg"><div class="caption"><img src="/b.jpg"></div></div>`,
			nil},
	} {
		assertCaptions(t, tc.name, figureCaptions(t, tc.html), tc.want)
	}
}

func TestFigureTeasers(t *testing.T) {
	for _, tc := range []struct {
		name, html string
		rule       string // "" when the figure is a caption
	}{
		{"inline teaser of another story",
			`<figure class="wp-block-inline-teaser"><div class="wp-block-inline-teaser__title">Lest auch</div><img src="/b.jpg"><p>Der Konzern wird aufgelöst: Diese Folgen hat das Urteil</p></figure>`,
			RuleTeaserFigure},
		{"a video player with its poster and caption",
			`<figure class="media"><img src="/poster.jpg"><video data-source="jw"></video><figcaption>Bilder der Löscharbeiten</figcaption></figure>`,
			RuleVideoFigure},
		{"a media player a script fills, with its placeholder's message",
			`<figure class="media-with-caption"><div class="player-with-placeholder"><div class="player-with-placeholder__caption">Media playback is unsupported on your device</div><figure class="js-media-player-unprocessed media-player" data-playable="{}"></figure></div><figcaption class="media-with-caption__caption">Media caption Drone footage shows the site</figcaption></figure>`,
			RuleVideoFigure},
		{"a video's running time closing the caption",
			`<figure class="go-media"><img src="/still.jpg"><figcaption><a href="https://video.example/25365.html">Präsentation der Batterie</a> (1:24:10)</figcaption></figure>`,
			RuleVideoFigure},
		{"a caption that is a link to another page",
			`<figure><img src="/c.jpg"><figcaption><a href="/abo">Jetzt 1 Monat gratis testen</a></figcaption></figure>`,
			RuleLinkFigure},
		{"a video's credit where the caption would be",
			`<div class="insert"><img src="/play-arrow.png"><p class="insertcaption">Video: watson/Jo Lind, Ed Marsh</p></div>`,
			RuleVideoFigure},
		{"a card's badge over its picture, the card a link to a sign-up page",
			`<a href="/newsletter-anmeldung"><figure class="teaser__image"><span class="badge">Newsletter</span><img src="/n.jpg" alt=""></figure><div class="teaser__headline">Tipps frei Haus: Newsletter bestellen</div></a>`,
			RuleLinkFigure},
		{"a site footer's feed links beside its copyright line and a logo",
			`<div class="wrapper"><span class="copyright">&copy; Jo Lind. All Rights Reserved.</span><span class="links"><a href="/feed/">Entries RSS</a> <a href="/comments/feed/">Comments RSS</a> <a href="https://host.example"><img src="/cubes.gif" alt="Open Source"></a></span></div>`,
			RuleLinkFigure},
		// Near misses: the story's own pictures.
		{"a credit-only picture inside a link to its gallery page",
			`<a href="/galerie/hafen"><figure><img src="/a.jpg"><figcaption>Foto: dpa</figcaption></figure></a>`,
			""},
		{"a captioned picture inside a link to its gallery page",
			`<a href="/galerie/hafen"><figure><img src="/a.jpg"><figcaption>Der Hafen am Morgen, kurz nach Sonnenaufgang.</figcaption></figure></a>`,
			""},
		{"a picture of a player",
			`<figure class="football-player-photo"><img src="/a.jpg"><figcaption>The striker after the match.</figcaption></figure>`,
			""},
		{"the slot for the story's image or video",
			`<div class="c-article-image-video"><figure><img src="/a.jpg"><figcaption>The refinery at dawn. (AP Photo/Matt Cruz)</figcaption></figure></div>`,
			""},
		{"the story's teaser image",
			`<figure class="article-teaser-image"><img src="/a.jpg"><figcaption>Der Hafen am Morgen. Foto: dpa</figcaption></figure>`,
			""},
		{"a link to the full-size image",
			`<figure><a href="/full/a.jpg"><img src="/a.jpg"></a><figcaption><a href="/full/a.jpg">Le port au matin</a></figcaption></figure>`,
			""},
		{"a figure inside a lightbox link to the full-size image, its address set off by spaces",
			`<a class="js-image-popup" href=" https://img.example/w_1200/a.jpg "><div class="m-media"><picture><img src="/a.jpg" alt=""></picture><p class="m-media__caption" itemprop="caption">Delegates meet the minister. (Bildquelle: Ring der Landjugend)</p></div></a>`,
			""},
		{"a link inside a longer caption",
			`<figure><img src="/a.jpg"><figcaption>The council leader speaks after the vote on the <a href="/harbour">harbour plan</a> on Tuesday.</figcaption></figure>`,
			""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body><article><h1>Headline</h1>" + tc.html + "</article></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		pre := runPrepass(doc, nil, pageMeta{}, defaultVocabulary(), func(string) bool { return false })
		var rules []string
		for _, r := range pre.removed {
			rules = append(rules, r.Rule)
		}
		switch {
		case tc.rule == "" && (len(pre.captions) != 1 || len(rules) > 0):
			t.Errorf("%s: captions %+v, removed %v; want one caption", tc.name, pre.captions, rules)
		case tc.rule != "" && (len(pre.captions) != 0 || len(rules) != 1 || rules[0] != tc.rule):
			t.Errorf("%s: captions %+v, removed %v; want it removed by %s", tc.name, pre.captions, rules, tc.rule)
		}
	}
}

func TestEndsInVideoLength(t *testing.T) {
	for s, want := range map[string]bool{
		"Präsentation der Batterie (1:24:10)": true,
		"Die Pressekonferenz (3:05)":          true,
		// Near misses: a score, a time of day, a credit.
		"Das Spiel endete (2:1)":         false,
		"Die Sitzung begann (10:30 Uhr)": false,
		"Der Hafen am Morgen (Reuters)":  false,
		"(1:2:3:4)":                      false,
	} {
		if got := endsInVideoLength(s); got != want {
			t.Errorf("endsInVideoLength(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzMayOpenWithLabel checks that mayOpenWithLabel, the quick test before
// creditLabel, passes every line creditLabel matches.
func FuzzMayOpenWithLabel(f *testing.F) {
	for _, s := range []string{"Foto: dpa", "PHOTO Jane Doe", "Fot. AP", "фото: ТАСС", "Фото ТАСС", "© Reuters", "Bild: Max", "Copyright AFP", "Credit: x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if creditLabel.MatchString(s) && !mayOpenWithLabel(s) {
			t.Fatalf("mayOpenWithLabel(%q) = false, but creditLabel matches", s)
		}
	})
}

func TestPullCaptions(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       []Caption // nil when the line stays a block
	}{
		{"a caption line ending in a labelled credit",
			"The harbour at dawn. Photo: Jo Lind/AFP",
			[]Caption{{Text: "The harbour at dawn.", Credit: "Jo Lind/AFP"}}},
		{"a caption line ending in a name and an agency after a slash",
			"Fans wait outside the arena Jordan Keyes/GC Images",
			[]Caption{{Text: "Fans wait outside the arena", Credit: "Jordan Keyes/GC Images"}}},
		{"a caption of one sentence ending in the agency",
			"Die Kanzlerin am Dienstag in Berlin (dpa)",
			[]Caption{{Text: "Die Kanzlerin am Dienstag in Berlin", Credit: "dpa"}}},
		// Near misses: lines that are no caption.
		{"a story's paragraph signed by the wire and an editor's initials",
			"Zu der Versammlung wollte er zunächst nicht kommen. Später kündigte der Manager dann doch sein Erscheinen an. (dpa/gem)",
			nil},
		{"a byline naming the paper's staff after a slash",
			"By Takeo Maeda and Tatsuya Tanoue / Yomiuri Shimbun Staff Writers",
			nil},
		{"a German byline naming the agency after a slash",
			"Von Jo Lind und Ed Marsh / dpa",
			nil},
	} {
		last := clean.Block{Kind: clean.Paragraph, Text: "Die Liga verurteilte die Geschehnisse scharf."}
		more := clean.Block{Kind: clean.Paragraph, Text: "Die Ermittlungen dauern an, teilte die Polizei mit."}
		kept, got, _ := defaultVocabulary().pullCaptions([]clean.Block{last, {Kind: clean.Paragraph, Text: tc.line}, more})
		if len(kept) == 0 || kept[len(kept)-1] != more {
			t.Errorf("%s: the paragraph after the line was taken: kept %+v, captions %+v", tc.name, kept, got)
			continue
		}
		kept = kept[:len(kept)-1]
		if len(kept) == 0 || kept[0] != last {
			t.Errorf("%s: the paragraph before the line was taken: kept %+v, captions %+v", tc.name, kept, got)
			continue
		}
		kept = kept[1:]
		if tc.want == nil {
			if len(got) != 0 || len(kept) > 1 {
				t.Errorf("%s: captions %+v, kept %+v; want the line kept", tc.name, got, kept)
			}
			continue
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
	// The wire's copyright notice closing the article: the paragraph
	// before it is the story's last.
	last := clean.Block{Kind: clean.Paragraph, Text: "Die Liga verurteilte die Geschehnisse scharf."}
	kept, got, _ := defaultVocabulary().pullCaptions([]clean.Block{last, {Kind: clean.Paragraph, Text: "© dpa-infocom, dpa:230428-99-483045/5"}})
	if len(kept) != 1 || kept[0] != last || len(got) != 0 {
		t.Errorf("closing notice: kept %+v, captions %+v; want the last paragraph kept", kept, got)
	}
	// A caption line, then its credit on a line of its own, inside the
	// story: the pair is a caption.
	blocks := []clean.Block{{Kind: clean.Paragraph, Text: "Die Halle nach dem Spiel."}, {Kind: clean.Paragraph, Text: "© dpa"},
		{Kind: clean.Paragraph, Text: "Die Liga verurteilte die Geschehnisse scharf."}}
	kept, got, _ = defaultVocabulary().pullCaptions(blocks)
	if len(kept) != 1 || len(got) != 1 || got[0] != (Caption{Text: "Die Halle nach dem Spiel.", Credit: "dpa"}) {
		t.Errorf("caption line and credit line: kept %+v, captions %+v", kept, got)
	}
}

func TestOwnerCredit(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		ok         bool
	}{
		{"© Harbour Board", "Harbour Board", true},
		{"Photograph: Jo Lind/AFP", "Jo Lind/AFP", true},
		// Near misses: a caption, and a caption with a credit still in it.
		{"Der Hafen am Morgen", "", false},
		{"Der Hafen am Morgen. © Harbour Board", "", false},
		{"", "", false},
	} {
		got, ok := ownerCredit(tc.text)
		if got != tc.want && tc.ok || ok != tc.ok {
			t.Errorf("ownerCredit(%q) = %q, %v; want %q, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

// TestPullCaptionsCutShort: a teaser card's headline cut to fit, over its
// picture's credit, is removed as a teaser, not taken for a caption; a
// caption over its credit, with an ellipsis inside it, is a caption.
func TestPullCaptionsCutShort(t *testing.T) {
	blocks := []clean.Block{
		{Kind: clean.Paragraph, Text: "Der Windpark Nordmoor hat am Dienstag zum ersten Mal Strom in das Netz eingespeist, teilte der Betreiber mit."},
		{Kind: clean.Paragraph, Text: "Solarpark im Emsland geht mit 30 Megawatt ans Netz und soll... © Sonnenfeld GmbH"},
		{Kind: clean.Paragraph, Text: "Batteriespeicher in Leer: Stadtwerke setzen auf neue Tec… © Stadtwerke Leer / K. Janssen"},
		{Kind: clean.Paragraph, Text: "Drei, zwei, eins ... die Anlage läuft. Foto: Lena Brandt"},
		{Kind: clean.Paragraph, Text: "Im Sommer soll ein zweiter Bauabschnitt mit weiteren acht Anlagen beginnen, sofern der Landkreis zustimmt."},
	}
	kept, got, removed := defaultVocabulary().pullCaptions(blocks)
	assert.Equal(t, []Caption{{Text: "Drei, zwei, eins ... die Anlage läuft.", Credit: "Lena Brandt"}}, got)
	assert.Equal(t, 2, len(kept))
	if assert.Equal(t, 2, len(removed)) {
		for _, r := range removed {
			assert.Equal(t, RuleTeaserFigure, r.Rule)
			assert.Equal(t, clean.Related, r.Kind)
		}
	}
}
