package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPublisherFigureShapes pins the figure markup of publishers whose
// captions or credits were lost, written from the shapes their pages use.
func TestPublisherFigureShapes(t *testing.T) {
	for _, tc := range []struct {
		name, html string
		want       []Caption
	}{
		{"NYT: the credit after a Credit… label in its own span",
			`<figure aria-label="media" role="group"><div data-testid="imageblock-wrapper"><picture><img alt="" src="/a.jpg"></picture></div>` +
				`<figcaption class="css-1l44abu"><span class="css-jevhma">The senator at the Capitol on Tuesday.</span><span class="css-cnj6d5"><span class="css-1ly73wi">Credit…</span><span>Kenny Holston/The New York Times</span></span></figcaption></figure>`,
			[]Caption{{Text: "The senator at the Capitol on Tuesday.", Credit: "Kenny Holston/The New York Times", Image: "https://news.example/a.jpg"}}},
		{"NPR: hide and toggle buttons around the caption and the credit",
			`<div class="bucketwrap image large" aria-label="Image"><div class="imagewrap"><picture><img src="/a.jpg" alt="Voters line up"></picture></div>` +
				`<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>Voters line up outside a polling place in Atlanta on Tuesday.<b class="hide-caption"><b>hide caption</b></b></p></div></div>` +
				`<span class="credit" aria-label="Image credit">Evan Vucci/AP<b class="hide-caption"><b>hide caption</b></b></span>` +
				`<b class="toggle-caption"><b>toggle caption</b></b><span class="credit" aria-label="Image credit">Evan Vucci/AP</span></div></div>`,
			[]Caption{{Text: "Voters line up outside a polling place in Atlanta on Tuesday.", Credit: "Evan Vucci/AP", Image: "https://news.example/a.jpg"}}},
		{"BBC: the credit in its own element before the image",
			`<figure><div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-11lzb6y-Copyright"><span class="ssrcss-1ka2mwv-VisuallyHidden">Image source, </span>Getty Images</span>` +
				`<img src="/a.jpg" alt="Flooded street"></div><figcaption class="ssrcss-1qtwtq8-Caption"><span class="ssrcss-1ka2mwv-VisuallyHidden">Image caption, </span>A flooded street in York on Sunday</figcaption></figure>`,
			[]Caption{{Text: "A flooded street in York on Sunday", Credit: "Getty Images", Image: "https://news.example/a.jpg"}}},
		{"German Foto: label inside the caption",
			`<figure class="article-image"><img src="/a.jpg"><figcaption>Der Bürgermeister vor dem Rathaus. Foto: Jan Woitas/dpa</figcaption></figure>`,
			[]Caption{{Text: "Der Bürgermeister vor dem Rathaus.", Credit: "Jan Woitas/dpa", Image: "https://news.example/a.jpg"}}},
		{"WordPress credit classed as the caption's source",
			`<div class="wp-caption"><img src="/a.jpg" alt=""><p>Es gibt Versuche weltweit, neue Energiequellen zu erschließen. (Symbolbild) </p><p class="wp-caption-source">Foto: PantherMedia / Jo Lind</p></div>`,
			[]Caption{{Text: "Es gibt Versuche weltweit, neue Energiequellen zu erschließen. (Symbolbild)", Credit: "PantherMedia / Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"Name/GC Images credit element",
			`<figure><img src="/a.jpg"><figcaption><span class="caption-text">The singer arrives at the gala in New York.</span> <span class="caption-credit">Jordan Keyes/GC Images</span></figcaption></figure>`,
			[]Caption{{Text: "The singer arrives at the gala in New York.", Credit: "Jordan Keyes/GC Images", Image: "https://news.example/a.jpg"}}},
		{"dpa/picture alliance via Getty in parentheses",
			`<figure><img src="/a.jpg"><figcaption>Der Hafen am Morgen (Jan Woitas/dpa/picture alliance via Getty Images)</figcaption></figure>`,
			[]Caption{{Text: "Der Hafen am Morgen", Credit: "Jan Woitas/dpa/picture alliance via Getty Images", Image: "https://news.example/a.jpg"}}},
		{"Mirror: a credit-only image labelled Image:",
			`<figure class="in-article-image"><div class="img-container"><img src="/a.jpg" alt="The scene"></div><figcaption><span class="credit">(Image:Liverpool Echo)</span></figcaption></figure>`,
			[]Caption{{Credit: "Liverpool Echo", Image: "https://news.example/a.jpg"}}},
		{"Spanish credit element labelled Foto:",
			`<figure><img src="/a.jpg"><figcaption><span class="titulo-foto">Debate de candidatos en la universidad.</span><span class="credito-foto">Foto: Jaiver Nieto</span></figcaption></figure>`,
			[]Caption{{Text: "Debate de candidatos en la universidad.", Credit: "Jaiver Nieto", Image: "https://news.example/a.jpg"}}},
		{"French caption and credit",
			`<figure class="article__media"><img src="/a.jpg"><figcaption class="article__legend">Le ministre à l'Élysée, lundi 3 mars. <span class="article__credit">LUDOVIC MARIN / AFP</span></figcaption></figure>`,
			[]Caption{{Text: "Le ministre à l'Élysée, lundi 3 mars.", Credit: "LUDOVIC MARIN / AFP", Image: "https://news.example/a.jpg"}}},
		{"lazy image in noscript with the caption in data attributes",
			`<div class="image"><img class="lazy" src="data:image/gif;base64,R0lGOD" data-src="/a.jpg" data-caption="The harbour at dawn." data-credit="Jo Lind"><noscript><img src="/a.jpg"></noscript></div>`,
			[]Caption{{Text: "The harbour at dawn.", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"a labelled credit element whose credit opens with the label's word",
			`<figure><img src="/a.jpg"><figcaption class="a-caption"><p class="a-caption__text">Betrüger fischen nach Kontodaten.</p><p class="a-caption__source">(Bild:&nbsp;Bild erstellt mit KI durch die Redaktion / dmk)</p></figcaption></figure>`,
			[]Caption{{Text: "Betrüger fischen nach Kontodaten.", Credit: "Bild erstellt mit KI durch die Redaktion / dmk", Image: "https://news.example/a.jpg"}}},
		{"a copyright label in an element of its own beside the credit",
			`<figure><img src="/a.jpg"><div class="article-caption"><span class="article-caption__text">The refinery rises above the port, Sunday. (AP Photo/Jo Lind) <span>-&nbsp;</span>` +
				`<span class="article-caption__copyright">Copyright&nbsp;</span><span class="article-caption__credit">AP Photo</span></span></div></figure>`,
			[]Caption{{Text: "The refinery rises above the port, Sunday. (AP Photo/Jo Lind)", Credit: "AP Photo", Image: "https://news.example/a.jpg"}}},
		{"Spanish caption-author element holding photographer and agency",
			`<figure><img src="/a.jpg"><figcaption class="figure-caption"><p class="caption-title">El fiscal general del Estado, en Madrid</p><span class="caption-author">Álex Cámara - Europa Press / Europa Press</span></figcaption></figure>`,
			[]Caption{{Text: "El fiscal general del Estado, en Madrid", Credit: "Álex Cámara - Europa Press / Europa Press", Image: "https://news.example/a.jpg"}}},
		{"a lazy image whose noscript copy is long markup, caption in a div beside it",
			`<div class="post-header-img"><div class="post-header-img--img"><img src="data:image/svg+xml,%3Csvg%3E" alt="The sports centre" data-lazy-src="/a.jpg">` +
				`<noscript><img src="/a.jpg" alt="The sports centre" srcset="/a-2560.jpg 2560w, /a-300.jpg 300w, /a-1024.jpg 1024w, /a-768.jpg 768w, /a-1536.jpg 1536w, /a-2048.jpg 2048w, /a-800.jpg 800w, /a-640.jpg 640w, /a-480.jpg 480w, /a-360.jpg 360w, /a-240.jpg 240w, /a-120.jpg 120w, /a-3000.jpg 3000w, /a-3600.jpg 3600w, https://cdn.news.example/uploads/2022/12/a-4000.jpg 4000w, https://cdn.news.example/uploads/2022/12/a-4800.jpg 4800w, https://cdn.news.example/uploads/2022/12/a-5600.jpg 5600w" sizes="(max-width: 2560px) 100vw, 2560px" class="attachment-full size-full wp-post-image" decoding="async"></noscript></div>` +
				`<div class="post-header-img--caption"> The sports centre on the mountain © Jo Lind </div></div>`,
			[]Caption{{Text: "The sports centre on the mountain", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"an image classed as caption media, the caption in the box after it",
			`<div class="textpic_pic"><img class="caption-media img-responsive" src="/a.jpg" alt="Heating"><div class="textpic_image_caption"> So wird in Deutschland geheizt <span class="textpic_caption_copyright">&copy; Quelle: BDEW</span></div></div>`,
			[]Caption{{Text: "So wird in Deutschland geheizt", Credit: "BDEW", Image: "https://news.example/a.jpg"}}},
		{"a caption that is a plural label and a copyright credit",
			`<div class="img-item"><div class="img-wrapper"><img src="/a.jpg"></div><div class="img-caption"> Fotos: © Jo Lind </div></div>`,
			[]Caption{{Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"Arc's lead image in a box classed as the story's promo slot",
			`<div class="story-promo px2"><figure class="m0"><img alt="" src="/a.jpg"><figcaption>Los exámenes se realizarán este año en todas las escuelas.</figcaption></figure></div>`,
			[]Caption{{Text: "Los exámenes se realizarán este año en todas las escuelas.", Image: "https://news.example/a.jpg"}}},
		{"a promo box holding a figure and a link to another story is a promo",
			`<div class="story-promo"><figure><img src="/a.jpg"><figcaption>The new bridge opens</figcaption></figure><a href="/bridge-story">Read the story</a></div>`,
			nil},
		{"a gallery slide: the image's box holds the copyright, the caption box beside it the slide's number",
			`<div class="article__hero--gallery__slider-item"><div class="article__hero--gallery__slider-item__img"><img src="/a.jpg" alt="od-0918-vw-california (jpg)"><span class="article__copyright">VW</span></div>` +
				`<div class="article__img__caption"><div class="caption__small"><strong>1/6</strong> Die Top-6 Reisemobile im Überblick: Nummer 1, der VW California.</div></div></div>`,
			[]Caption{{Text: "Die Top-6 Reisemobile im Überblick: Nummer 1, der VW California.", Credit: "VW", Image: "https://news.example/a.jpg"}}},
		{"NYT: a credit-only image, the label's element and the name's without a space",
			`<figure><div><img src="/a.jpg"></div><figcaption><span class="css-1ly73wi">Credit</span><span>Kevin Frayer/Getty Images</span></figcaption></figure>`,
			[]Caption{{Credit: "Kevin Frayer/Getty Images", Image: "https://news.example/a.jpg"}}},
		{"BBC's older media caption label",
			`<figure class="media-landscape"><img src="/a.jpg"><span class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The president said he would keep fighting</span></span></figure>`,
			[]Caption{{Text: "The president said he would keep fighting", Image: "https://news.example/a.jpg"}}},
		{"WordPress's classic gallery: an item per image, no figure tags",
			`<div id="gallery-1" class="gallery galleryid-5 gallery-columns-2"><dl class="gallery-item"><dt class="gallery-icon landscape"><a href="https://news.example/a-full.jpg"><img src="/a.jpg" class="attachment-thumbnail"></a></dt>` +
				`<dd class="wp-caption-text gallery-caption" id="gallery-1-7">The old harbour at dawn.</dd></dl><dl class="gallery-item"><dt class="gallery-icon landscape"><a href="https://news.example/b-full.jpg"><img src="/b.jpg" class="attachment-thumbnail"></a></dt>` +
				`<dd class="wp-caption-text gallery-caption" id="gallery-1-8">The new quay, seen from the water.</dd></dl></div>`,
			[]Caption{{Text: "The old harbour at dawn.", Image: "https://news.example/a.jpg"}, {Text: "The new quay, seen from the water.", Image: "https://news.example/b.jpg"}}},
		{"WordPress's block gallery with its own caption",
			`<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/a.jpg" alt=""><figcaption class="wp-element-caption">The old harbour at dawn.</figcaption></figure>` +
				`<figure class="wp-block-image"><img src="/b.jpg" alt=""><figcaption class="wp-element-caption">The new quay, seen from the water.</figcaption></figure><figcaption class="blocks-gallery-caption wp-element-caption">The harbour then and now. Photos: Jo Lind</figcaption></figure>`,
			[]Caption{{Text: "The old harbour at dawn.", Image: "https://news.example/a.jpg"}, {Text: "The new quay, seen from the water.", Image: "https://news.example/b.jpg"},
				{Text: "The harbour then and now.", Credit: "Jo Lind"}}},
		{"a wire service's gallery in a list",
			`<div data-testid="primary-gallery" class="gallery"><ul class="carousel"><li class="carousel__item"><figure><div data-testid="Image"><img src="/a.jpg"></div><figcaption data-testid="Body"><span>Rescue workers search the rubble in Kathmandu, Nepal, May 16, 2023.</span> <span class="caption__credit">REUTERS/Navesh Chitrakar</span></figcaption></figure></li>` +
				`<li class="carousel__item"><figure><div data-testid="Image"><img src="/b.jpg"></div><figcaption data-testid="Body"><span>A woman walks past a collapsed house.</span> <span class="caption__credit">REUTERS/Jo Lind</span></figcaption></figure></li></ul></div>`,
			[]Caption{{Text: "Rescue workers search the rubble in Kathmandu, Nepal, May 16, 2023.", Credit: "REUTERS/Navesh Chitrakar", Image: "https://news.example/a.jpg"},
				{Text: "A woman walks past a collapsed house.", Credit: "REUTERS/Jo Lind", Image: "https://news.example/b.jpg"}}},
		{"the caption set in the credit's element, before the labelled credit",
			`<div class="image"><img src="/a.jpg"><div class="attribution"><span class="credit">Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images</span></div></div>`,
			[]Caption{{Text: "Love thine enemy.", Credit: "Olivier Douliery/AFP via Getty Images", Image: "https://news.example/a.jpg"}}},
		{"a credit-only image, the credit in a cite",
			`<figure class="o-figure"><div class="c-lazy-image"><img src="/lazyload-fallback.gif" data-lazy-src="/a.jpg" alt="Stock"></div><figcaption class="c-figcaption"> <cite class="u-uppercase">Jo Lind - stock.adobe.com</cite> </figcaption></figure>`,
			[]Caption{{Credit: "Jo Lind - stock.adobe.com", Image: "https://news.example/a.jpg"}}},
		{"the credit in a cite after the caption's last sentence",
			`<figure><img src="/a.jpg"><figcaption>The singer on stage in Austin, Texas. <cite>Jo Lind for Rolling Stone</cite></figcaption></figure>`,
			[]Caption{{Text: "The singer on stage in Austin, Texas.", Credit: "Jo Lind for Rolling Stone", Image: "https://news.example/a.jpg"}}},
		{"the agency's name on a line of its own above the caption",
			`<figure class="horizontal_s"><a href="/attachment/216479/" class="zoom"><img src="/a.jpg" alt=""></a><figcaption><span>The Yomiuri Shimbun</span><br>The leaders of seven parties take part in a debate in Tokyo on Saturday.</figcaption></figure>`,
			[]Caption{{Text: "The leaders of seven parties take part in a debate in Tokyo on Saturday.", Credit: "The Yomiuri Shimbun", Image: "https://news.example/a.jpg"}}},
		{"a Korean photographer's credit after the caption's last sentence",
			`<div class="editor-img-box"><div class="img-box"><img src="/a.jpg" alt=""><button type="button" class="img-zoomin">이미지 확대보기</button></div><div class="caption"><p>후보가 순천시에서 연설을 마치고 큰절을 올리고 있다. 고영권 기자</p></div></div>`,
			[]Caption{{Text: "후보가 순천시에서 연설을 마치고 큰절을 올리고 있다.", Credit: "고영권", Image: "https://news.example/a.jpg"}}},
		{"a slide whose image a carousel loads from its own attribute",
			`<div class="Carousel-slide"><div class="CarouselSlide"><div class="CarouselSlide-media"><picture><source data-flickity-lazyload-srcset="https://img.example/b.jpg 1x,https://img.example/b2.jpg 2x"><img class="Image" alt="A crowd" data-flickity-lazyload="https://img.example/a.jpg?url=x" src="data:image/svg+xml;base64,PHN2Zz4="></picture></div>` +
				`<div class="CarouselSlide-info"><span class="CarouselSlide-slideCount">3 of 12</span><span class="CarouselSlide-infoDescription"><p>A crowd gathers in the square, Monday, Sept. 2, 2024. (AP Photo/Jo Lind)</p></span></div></div></div>`,
			[]Caption{{Text: "A crowd gathers in the square, Monday, Sept. 2, 2024.", Credit: "AP Photo/Jo Lind", Image: "https://img.example/a.jpg?url=x"}}},
		{"a lazy picture whose only image is its noscript copy",
			`<figure class="asset-embed"><div class="asset-embed__asset-container"><picture class="responsive-image"><noscript><img alt="Spa" class="responsive-image__image" src="https://assets.example/photos/1/w_1600/spa.jpg" srcSet="https://assets.example/photos/1/w_120/spa.jpg 120w"/></noscript></picture></div>` +
				`<div class="caption asset-embed__caption"><span class="caption__text"><p>Indoor and outdoor pools.</p></span><span class="caption__credit">FORESTIS</span></div></figure>`,
			[]Caption{{Text: "Indoor and outdoor pools.", Credit: "FORESTIS", Image: "https://assets.example/photos/1/w_1600/spa.jpg"}}},
		{"a figure whose only image is the markup in a noscript",
			`<figure class="article__media" itemscope itemtype="http://schema.org/ImageObject"><div class="article__media-container"><noscript data-src="https://img.example/2019/43/fracking/wide__822x462"><img class="article__media-item" alt="" src="https://img.example/2019/43/fracking/wide__822x462"></noscript></div>` +
				`<figcaption class="figure__caption"><span class="figure__text">A fracking rig in Pennsylvania</span> <span class="figure__copyright" itemprop="copyrightHolder">© Noah Addis</span></figcaption></figure>`,
			[]Caption{{Text: "A fracking rig in Pennsylvania", Credit: "Noah Addis", Image: "https://img.example/2019/43/fracking/wide__822x462"}}},
		// Near misses: caption text that must stay whole.
		{"a cite that ends a phrase names a work",
			`<figure><img src="/a.jpg"><figcaption>A scene from <cite>Hamlet</cite></figcaption></figure>`,
			[]Caption{{Text: "A scene from Hamlet", Image: "https://news.example/a.jpg"}}},
		{"a cite that the caption goes on after",
			`<figure><img src="/a.jpg"><figcaption><cite>Hamlet</cite> at the Globe in 1948.</figcaption></figure>`,
			[]Caption{{Text: "Hamlet at the Globe in 1948.", Image: "https://news.example/a.jpg"}}},
		{"a heading on a line of its own above the caption",
			`<figure><img src="/a.jpg"><figcaption><strong>Flood in York</strong><br>Residents wade through the water on Sunday.</figcaption></figure>`,
			[]Caption{{Text: "Flood in York Residents wade through the water on Sunday.", Image: "https://news.example/a.jpg"}}},
		{"a Korean caption that names the reporter",
			`<figure><img src="/a.jpg"><figcaption>시민들과 인사하는 고영권 기자</figcaption></figure>`,
			[]Caption{{Text: "시민들과 인사하는 고영권 기자", Image: "https://news.example/a.jpg"}}},
		{"a lightbox's close button is no caption",
			`<div class="img-zoomin-layer"><div class="img-box"><img src="" alt=""></div><button type="button" class="zoomin-layer-close">확대 이미지 닫기</button></div>`,
			nil},
		{"two images under one caption are one figure",
			`<figure><div class="pair"><img src="/a.jpg"><img src="/b.jpg"></div><figcaption>The harbour in 1920 and today.</figcaption></figure>`,
			[]Caption{{Text: "The harbour in 1920 and today.", Image: "https://news.example/a.jpg"}}},
		{"a caption that opens with a bank's name",
			`<figure><img src="/a.jpg"><figcaption>Credit Suisse headquarters in Zurich, on Sunday.</figcaption></figure>`,
			[]Caption{{Text: "Credit Suisse headquarters in Zurich, on Sunday.", Image: "https://news.example/a.jpg"}}},
		{"a caption box whose class also says attribution",
			`<figure><img src="/a.jpg"><div class="image__caption attribution"><p>A regional jet taxis at the airport in March.</p></div><figcaption class="image__credit">Jo Lind/AFP/Getty Images</figcaption></figure>`,
			[]Caption{{Text: "A regional jet taxis at the airport in March.", Credit: "Jo Lind/AFP/Getty Images", Image: "https://news.example/a.jpg"}}},
		{"a caption ending with a dash that is part of a range",
			`<figure><img src="/a.jpg"><figcaption>Opening hours 9 - 17 <span class="credit">Jo Lind</span></figcaption></figure>`,
			[]Caption{{Text: "Opening hours 9 - 17", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"Blogger caption table",
			`<table class="tr-caption-container" align="center"><tbody><tr><td><a href="https://news.example/big/a.jpg"><img src="/a.jpg"></a></td></tr><tr><td class="tr-caption">Quelle: State Library Louisiana</td></tr></tbody></table>`,
			[]Caption{{Credit: "State Library Louisiana", Image: "https://news.example/a.jpg"}}},
		{"a hidden copy of the alt text beside the image's box, the credit in <small>",
			`<div class="teaser-image"><div><picture><img src="/a.jpg" alt="Container stapeln sich im Hafen von Hamburg."></picture></div><button class="btn"><svg><title>Bildbeschreibung ausklappen</title></svg></button></div>` +
				`<div class="meta" style="display:none;"><span class="meta">Container stapeln sich im Hafen von Hamburg.</span><small class="meta-italic">dpa</small></div>`,
			[]Caption{{Text: "Container stapeln sich im Hafen von Hamburg.", Credit: "dpa", Image: "https://news.example/a.jpg"}}},
		{"a credit in <small> after the caption's sentence",
			`<figure><img src="/a.jpg"><figcaption>Der Hafen am Morgen. <small>Foto: Jo Lind</small></figcaption></figure>`,
			[]Caption{{Text: "Der Hafen am Morgen.", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"a <small> inside the caption's phrase is the caption's",
			`<figure><img src="/a.jpg"><figcaption>Der Hafen <small>am Morgen</small></figcaption></figure>`,
			[]Caption{{Text: "Der Hafen am Morgen", Image: "https://news.example/a.jpg"}}},
		{"a lightbox link's data-title around a gallery image",
			`<div class="gallery"><a href="/big/a.jpg" data-lightbox="set-1" data-title="Fischer flicken ihre Netze am Kai."><img src="/a.jpg" alt=""></a></div>`,
			[]Caption{{Text: "Fischer flicken ihre Netze am Kai.", Image: "https://news.example/big/a.jpg"}}},
		{"a lightbox link's title around a <picture>",
			`<a href="https://news.example/big/a.jpg" title="The old lighthouse after the storm"><picture><source srcset="/a.webp"><img src="/a.jpg" alt=""></picture></a>`,
			[]Caption{{Text: "The old lighthouse after the storm", Image: "https://news.example/big/a.jpg"}}},
		{"a lightbox link's title that names its action is no caption",
			`<a href="/big/a.jpg" data-fancybox="g" title="Click to enlarge"><img src="/a.jpg" alt=""></a>`,
			nil},
		{"a Spanish caption classed leyenda beside the image",
			`<div class="foto"><img src="/a.jpg" alt=""></div><div class="foto-leyenda">Vecinos en la plaza mayor de Soria. EFE/Wifredo García</div>`,
			[]Caption{{Text: "Vecinos en la plaza mayor de Soria.", Credit: "EFE/Wifredo García", Image: "https://news.example/a.jpg"}}},
		{"a figcaption set apart from the lead image, under the standfirst",
			`<div class="standfirst"><p>The town that the river took, and the people rebuilding it.</p></div><div class="meta"><figcaption class="caption"><span>Volunteers clear mud from a house in the old town.</span> Photograph: Jo Lind/Reuters</figcaption></div>`,
			[]Caption{{Text: "Volunteers clear mud from a house in the old town.", Credit: "Jo Lind/Reuters"}}},
		{"a shown caption that is the image's alt text",
			`<div class="bild"><img src="/a.jpg" alt="Kleine Gummifische bringen mehr Hecht, auch im Winter."></div><p>Kleine Gummifische bringen mehr Hecht, auch im Winter.</p>`,
			[]Caption{{Text: "Kleine Gummifische bringen mehr Hecht, auch im Winter.", Image: "https://news.example/a.jpg"}}},
		{"a teaser's headline after its image repeats the alt text and adds its time",
			`<div class="thumb"><img src="/a.jpg" alt="Pleno de la Convención aprueba un banco central autónomo"></div><div class="titulo">Pleno de la Convención aprueba un banco central autónomo <span>Hace 3 horas</span></div>`,
			nil},
		{"a post's thumbnail linked with the post's headline as its title",
			`<a href="/uploads/2022/02/obenauf.jpg" class="swipebox" rel="bookmark" title="Staatsanwaltschaft hat Beweise vorgelegt"><img src="/uploads/2022/02/obenauf-750.jpg" alt=""></a>`,
			nil},
		{"a copyright sign left before the credit in <small>",
			`<figure><img src="/a.jpg"><figcaption><span>Die Strassen sind zerstört.</span><span class="license-info">&copy; </span><small>zvg</small></figcaption></figure>`,
			[]Caption{{Text: "Die Strassen sind zerstört.", Credit: "zvg", Image: "https://news.example/a.jpg"}}},
		{"a figcaption in the grid row under the image's row",
			`<div class="grid"><div class="col-12"><div class="fullscreen"><figure class="image"><div class="image__wrapper"><img src="/a.jpg" alt=""></div></figure></div></div></div>` +
				`<div class="grid"><div class="col-12"><figcaption class="caption">Der Fluss ist ein beliebter Erholungsort. <small class="caption__copyright">Foto: Jo Lind</small></figcaption></div></div>`,
			[]Caption{{Text: "Der Fluss ist ein beliebter Erholungsort.", Credit: "Jo Lind", Image: "https://news.example/a.jpg"}}},
		{"a printed figcaption after a lightbox link that holds the same caption",
			`<a href="/big/a.jpg" data-fancybox="gal" data-caption="Teiche im Spessart - <i>Fotos: Jo Lind</i>"><picture><img src="/a.jpg"></picture></a><figcaption>Teiche im Spessart - <i>Fotos: Jo Lind</i></figcaption>`,
			[]Caption{{Text: "Teiche im Spessart", Credit: "Jo Lind", Image: "https://news.example/big/a.jpg"}}},
	} {
		assertCaptions(t, tc.name, figureCaptions(t, tc.html), tc.want)
	}
}

func TestClassMarks(t *testing.T) {
	for _, c := range []struct {
		class           string
		caption, credit bool
	}{
		{"", false, false},
		{"article-body", false, false},
		{"Caption", true, false},
		{"img__legend", true, false},
		{"Bildunterschrift small", true, false},
		{"didascaliaFoto", true, false},
		{"photo-CREDIT", false, true},
		{"caption credit", true, true},
		{"caption-credit", true, true},
		{"image-copyright", false, true},
		{"captio cred", false, false},
		{"légende", true, false},
		{"LÉGENDE photo-crédit", true, false},
		{"légende credit", true, true},
		{"photo-credit Légende", true, true}, // a mark before the first other letter
		{"caption-credit Ünterschrift", true, true},
		{"credi", false, false},
	} {
		caption, credit := classMarks(c.class)
		assert.Equal(t, c.caption, caption, "caption %q", c.class)
		assert.Equal(t, c.credit, credit, "credit %q", c.class)
	}
}

// FuzzContainsLower checks containsLower, which reads an ASCII s once,
// against lower-casing s.
func FuzzContainsLower(f *testing.F) {
	for _, s := range []string{"wp-caption", "CarouselSlide", "PULL-quote", "sli\u212ade", "ſlide", "captio", "Ünter caption", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sub := range []string{"caption", "slide", "pull"} {
			if got, want := containsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Fatalf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	})
}

// FuzzClassMarks checks classMarks, which reads an ASCII class once and
// skips the bytes that open no mark, against lower-casing the class.
func FuzzClassMarks(f *testing.F) {
	for _, s := range []string{"Caption", "photo-CREDIT", "légende credit", "LÉGENDE", "c", "cr", "didascaliaFoto", "copyrigh", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lc := strings.ToLower(s)
		wantCaption, wantCredit := false, false
		for _, w := range captionClassWords {
			wantCaption = wantCaption || strings.Contains(lc, w)
		}
		for _, w := range creditClassWords {
			wantCredit = wantCredit || strings.Contains(lc, w)
		}
		if caption, credit := classMarks(s); caption != wantCaption || credit != wantCredit {
			t.Fatalf("classMarks(%q) = %v, %v, want %v, %v", s, caption, credit, wantCaption, wantCredit)
		}
	})
}
