package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBylineAndAuthors(t *testing.T) {
	for _, tc := range []struct {
		printed string
		meta    []string
		byline  string
		authors []string
	}{
		// Names keep the case they are printed in.
		{"By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX", nil,
			"STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX", []string{"STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"}},
		// The metadata names only the first author; the page prints three.
		{"By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX", []string{"Steve Peoples"},
			"STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX", []string{"STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"}},
		// The metadata's spelling wins when it names the same authors.
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, "Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Rebecca Hersher Twitter", nil, "Rebecca Hersher Twitter", []string{"Rebecca Hersher"}},
		{"Cécile Ducourtieux(Bruxelles, bureau européen)", nil, "Cécile Ducourtieux(Bruxelles, bureau européen)", []string{"Cécile Ducourtieux"}},
		{"Ana García y Luis Pérez", nil, "Ana García y Luis Pérez", []string{"Ana García", "Luis Pérez"}},
		{"Marie Dupont et Paul Martin", nil, "Marie Dupont et Paul Martin", []string{"Marie Dupont", "Paul Martin"}},
		{"Anna Schmidt und Jonas Weber", nil, "Anna Schmidt und Jonas Weber", []string{"Anna Schmidt", "Jonas Weber"}},
		{"Jane Doe & John Roe", nil, "Jane Doe & John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe @janedoe", nil, "Jane Doe @janedoe", []string{"Jane Doe"}},
		{"Autor: Anna Kubišta", nil, "Anna Kubišta", []string{"Anna Kubišta"}},
		{"Rechtsanwalt Sebastian Einbock", nil, "Rechtsanwalt Sebastian Einbock", []string{"Sebastian Einbock"}},
		// Agency bylines stay as they are.
		{"Associated Press", nil, "Associated Press", []string{"Associated Press"}},
		// The metadata's author is the publisher, the byline printed on
		// the page names someone else: the printed names are the authors.
		{"Christian Mihatsch", []string{"Helmholtz Klima"}, "Christian Mihatsch", []string{"Christian Mihatsch"}},
		// Near misses: "and" or "&" inside an organisation's name. After
		// the names it is an affiliation; alone it is the byline's one
		// author.
		{"Jane Doe, Procter & Gamble", nil, "Jane Doe, Procter & Gamble", []string{"Jane Doe"}},
		{"Tom Lee, Marks and Spencer", nil, "Tom Lee, Marks and Spencer", []string{"Tom Lee"}},
		{"Staff and news service reports", nil, "Staff and news service reports", []string{"Staff and news service reports"}},
		// A role after a comma is no name; a desk after "and" is.
		{"Jane Doe, Political Correspondent", nil, "Jane Doe, Political Correspondent", []string{"Jane Doe"}},
		{"JANE DOE AND JOHN ROE", nil, "JANE DOE AND JOHN ROE", []string{"JANE DOE", "JOHN ROE"}},
		// "y" between words that are not names does not split.
		{"Redacción y agencias", nil, "Redacción y agencias", []string{"Redacción y agencias"}},
		// An institute's name holds "und" too; names with particles split.
		{"Landesanstalt für Wald und Forstwirtschaft", nil, "Landesanstalt für Wald und Forstwirtschaft", []string{"Landesanstalt für Wald und Forstwirtschaft"}},
		{"Ursula von der Leyen und Anna Schmidt", nil, "Ursula von der Leyen und Anna Schmidt", []string{"Ursula von der Leyen", "Anna Schmidt"}},
		// A degree after a name is part of the byline, not an author;
		// near miss: a name's initials are no degree.
		{"Brenda Goodman, MA", nil, "Brenda Goodman, MA", []string{"Brenda Goodman"}},
		{"Michael L. Anderson, Ph.D., Carlos Dobkin, PhD", nil, "Michael L. Anderson, Ph.D., Carlos Dobkin, PhD", []string{"Michael L. Anderson", "Carlos Dobkin"}},
		{"M. A. Rahman, J. D. Salinger", nil, "M. A. Rahman, J. D. Salinger", []string{"M. A. Rahman", "J. D. Salinger"}},
	} {
		byline, authors := defaultVocabulary().bylineAndAuthors(tc.printed, tc.meta)
		if byline != tc.byline || !reflect.DeepEqual(authors, tc.authors) {
			t.Errorf("defaultVocabulary().bylineAndAuthors(%q, %q) = %q, %q; want %q, %q", tc.printed, tc.meta, byline, authors, tc.byline, tc.authors)
		}
	}
}

func TestFindBylineShapes(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`<div class="byline"><span>By</span><a rel="author">Jane Doe</a></div>`, "Jane Doe"},
		{`<span class="byline"><span class="screen-reader-text">Veröffentlicht von</span><span class="author vcard"><a>Chris Jung</a></span></span>`, "Chris Jung"},
		{`<p class="byline">Artikel veröffentlicht am <time>1. Mai 2024</time>, Tobias Klein</p>`, "Tobias Klein"},
		{`<p class="byline">Erstellt von Andri Bryner</p>`, "Andri Bryner"},
		{`<p class="author">MORITZ GATHMANN am <time>3. April</time></p>`, "MORITZ GATHMANN"},
		// The body's classes name an author ("author-4326"): it is the
		// page, not a byline; the byline is inside it.
		{`<body class="author-4326 single"><h1>Snopes writer asks a question</h1><p>Lead.</p><p class="byline"><span class="by">by</span> <a class="byauthor">Lucas Nolan</a><span class="bydate">22 Dec 2016</span></p></body>`, "Lucas Nolan"},
		// A layout class on the body ("has-sidebar") is no furniture.
		{`<body class="single has-sidebar"><span class="byline"> von <span class="author vcard"><a class="url fn n">Heiko</a></span></span></body>`, "Heiko"},
		// An author box with a heading is searched for the name, not read
		// whole.
		{`<div class="author-info"><h2 class="author-title"><span class="author-heading">Autor:</span> Petra Ruland</h2><p class="author-bio">Ich nähe und besticke Geschenke.</p></div>`, "Petra Ruland"},
		// The label on a line of its own, the name on the next.
		{`<p class="authors">Von:<br><i><a class="author-name">Moritz Pieczewski-Freimuth</a></i></p>`, "Moritz Pieczewski-Freimuth"},
		// Separators around the names, the category after them.
		{`<div class="byline">· von <span class="author vcard"><a>freeman1984</a></span> · in Uncategorized ·</div>`, "freeman1984"},
		{`<div class="byline">By Ana Ruiz · Luis Pérez</div>`, "Ana Ruiz · Luis Pérez"},
		// The name after the date.
		{`<div class="page-meta-author">Posted on September 21, 2020 by Adi Tzlil</div>`, "Adi Tzlil"},
		// Only the label is printed in the element: no byline.
		{`<span class="post-author vcard">Posted by</span>`, ""},
		// A label-only element marked as the author's comes first; the
		// names follow in an element of their own.
		{`<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a><span class="entry-date">21. Juli 2019</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a>Realiberry</a></span></div>`, "Realiberry"},
		{`<div class="entry-meta"><span class="meta-prep-author">Veröffentlicht am</span> <span class="by-author">von <span class="author vcard"><a rel="author">Michael Veeser-Dombrowski</a></span></span></div>`, "Michael Veeser-Dombrowski"},
		{`<div class="entry-meta"><span class="byline"> vom <span class="author vcard"><a>Support Team</a></span></span></div>`, "Support Team"},
		// The byline in the footer or an aside of the article.
		{`<article><div class="entry-content"><p>Text.</p></div><footer class="entry-meta"><span class="byline"> von <span class="author vcard"><a rel="author">Andrea</a></span></span></footer></article>`, "Andrea"},
		{`<main><article><section><p>Text.</p></section><aside><p><span class="article-author" itemprop="author"><span itemprop="name">Nicolas Perriault</span> —</span> <time>2013-09-29</time></p></aside></article></main>`, "Nicolas Perriault"},
		// A byline before the article's footer wins over it.
		{`<article><p class="byline">By Jane Doe</p><p>Text.</p><footer class="entry-footer"><span class="author">Editorial Team</span></footer></article>`, "Jane Doe"},
		// Co-authors one to an element or a list item, with footnote
		// marks and the list's own "&" and "…".
		{"<div class=\"article-byline\"><div class=\"article-origins\">\n<span class=\"simple\">Birgit Baumann</span>\n\n<span class=\"simple\">Anna Giulia Fink</span>\n\n<span class=\"simple\">Jan Michael Marchart</span>\n</div></div>", "Birgit Baumann, Anna Giulia Fink, Jan Michael Marchart"},
		{`<div class="c-article-author-list-container"><span>By</span><ul class="c-article-author-list"><li><a>Xiaoying You</a><sup><a href="#Aff0">0</a></sup>, </li><li><a>Davide Castelvecchi</a> &amp; </li><li class="show-more">&hellip;</li><li><a>Jeff Tollefson</a></li></ul></div>`, "Xiaoying You, Davide Castelvecchi, Jeff Tollefson"},
		{`<ul class="authors"><li>By Ana Ruiz</li><li>and Luis Pérez</li></ul>`, "Ana Ruiz, Luis Pérez"},
		// A name once, though printed twice (for a screen reader).
		{"<div class=\"byline\"><span class=\"sr-only\">Oliver Baroni</span>\n<a>Oliver Baroni</a></div>", "Oliver Baroni"},
		// What follows the name on a line of its own is no name.
		{"<div class=\"byline\">\n<a>Jane Doe</a>\n<span>Senior Political Reporter</span></div>", "Jane Doe"},
		{"<div class=\"byline\">\n<a>Jane Doe</a>\n<a>Follow Jane Doe</a></div>", "Jane Doe"},
		{"<div class=\"author\">\n<span>Jane Doe</span>\n<span>Washington</span></div>", "Jane Doe"},
		{"<div class=\"author\">\n<span>Jane Doe</span>\n<span>Share This Story</span></div>", "Jane Doe"},
		{"<div class=\"author\">\n<span>André Borbe</span>\n<span>Redaktion Haus.de</span></div>", "André Borbe"},
		// A teaser card's author, linked with its headline, is not the
		// byline.
		{`<a class="listing__link" href="/other/"><h3>Another article about hiring</h3><div class="listing__item__author">Von <span>Jörn Mecher</span> am <span>08.12.2022</span></div></a>`, ""},
		{`<div class="byline">Von <a rel="author" href="/autor/anna/">Anna Schmidt</a></div>`, "Anna Schmidt"},
		// A breadcrumb list inside the author's box: its item names are
		// no author's.
		{`<div class="article-author vcard"><div class="article-author-text">von <address class="author"><a rel="author" href="/team/">Heimo Gruber</a></address></div><ul class="crumbs" itemscope itemtype="http://schema.org/BreadcrumbList">in Rubrik: <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/toyota/"><span itemprop="name">Toyota</span></a></li></ul></div>`, "Heimo Gruber"},
		{`<div class="author" itemprop="author" itemscope itemtype="http://schema.org/Person">par <span itemprop="name">Heimo Gruber</span></div>`, "Heimo Gruber"},
		// A date printed with full stops after the name.
		{`<p class="date-author">Janic Cathomen, 01.12.2021</p>`, "Janic Cathomen"},
		// Drupal's "submitted" line.
		{`<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>`, "rasos"},
		{`<div class="submitted">Submitted by <a>Jane Doe</a> on Tue, 03/10/2020 - 10:15</div>`, "Jane Doe"},
		// A labelled date field after the names, set off by a comma.
		{`<ul><li class="submitted"><span class="pull-right">Author: <a href="/team/lukas-ferenc">Lukas Ferenc</a>, Datum: 04.Apr.21</span></li></ul>`, "Lukas Ferenc"},
		{`<p class="byline">Max Muster am Montag, 3. Mai 2021</p>`, "Max Muster"},
		// Near miss: a day's name is cut only after its preposition.
		{`<p class="byline">Jane Do, 3. Mai 2021</p>`, "Jane Do"},
		// A layout class names what the section has, not what it is.
		{`<section class="gallery--wrapper gallery--wrapper__with-sidebar"><article><div class="gallery--page-meta--author">Posted on September 21, 2020 by Adi Tzlil</div></article></section>`, "Adi Tzlil"},
		{`<div class="comments-sidebar"><p class="author">Vinz Aldering</p></div>`, ""},
		// No byline element: a short line of the article opened by a
		// label, in a paragraph of its own or at the end of the last.
		{`<main><h1>Wärmepumpe im Altbau</h1><ul><li><span class="hero__meta-label"> von Alexander Rosenkranz </span></li></ul><p>Eine Wärmepumpe lohnt sich auch im Altbau.</p></main>`, "Alexander Rosenkranz"},
		{`<main><p>Die Fahrzeuge wurden umgebaut.<br>(wird fortgesetzt)<br><strong>Text:</strong> Klausmartin Friedrich</p></main>`, "Klausmartin Friedrich"},
		// A label in an element of its own, the names after it.
		{`<main><p>Text.</p><div class="meta"><span class="label">Datum:</span> 19.11.2021<br><span class="label">Autor:</span> Fritz Imhof<br><span class="label">Quelle:</span> Livenet</div></main>`, "Fritz Imhof"},
		{`<article><p>Text.</p><dl><dt>Auteur</dt><dd><a href="/staff/ug/">Uriel Gadessaud</a></dd><dt>Date</dt><dd>4 mai 2022</dd></dl></article>`, "Uriel Gadessaud"},
		{`<main><div class="news-meta"><h4 class="title">Autor</h4><p><a href="/profil/nh">Nikolai Huke</a><b>, </b></p></div><p>Text.</p></main>`, "Nikolai Huke"},
		// A labelled line of a <div>'s own text, between line breaks; a
		// role before the name stays with the byline. Near misses: a
		// contact or source line, and such a line outside the article.
		{`<main><div class="text">Das Gericht gab der Klage statt.<br/><br/>Quelle: © www.juragentur.de<br/><br/>Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a> Sebastian Einbock</div></main>`, "Rechtsanwalt Sebastian Einbock"},
		{`<main><div class="text">Das Gericht gab der Klage statt.<br/>Kontakt: Jan Koch<br/>Quelle: dpa</div></main>`, ""},
		{`<main><div class="text">Das Gericht gab der Klage statt.</div></main><div class="box">Text.<br>Von: Anna Schmidt</div>`, ""},
		// A labelled line in a table's cell of its own text.
		{`<main><table><tr><td>26 | 01 | 2022</td><td class="categories">Schweiz | Praxis</td><td class="authorbold"><nonbold>Text & Fotos:</nonbold> Ivan Valetny </td></tr></table><p>Text.</p></main>`, "Ivan Valetny"},
		// The byline inside a link that writes to the author; near miss:
		// a link to another article.
		{`<main><p>Text.</p><a href="javascript:linkTo_UnCryptMailto('nbjmup+kbof');"><div class="trenner"></div><b>Von:</b><br><br>Götz Warnke</a></main>`, "Götz Warnke"},
		{`<main><p>Text.</p><a href="mailto:redaktion@example.org"><b>Von:</b> Anna Schmidt</a></main>`, "Anna Schmidt"},
		{`<main><p>Text.</p><a href="/artikel/2/"><b>Von:</b> Anna Schmidt</a></main>`, ""},
		// A date line that ends in the names.
		{`<main><div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme zum Pilotjahr</h1><p>Text.</p></div></main>`, "Uta Helkenberg"},
		// Near miss: a calendar's entries, a date and a band's name each.
		{`<main><h2>Termine</h2><p>06.03.2024 - Ferne Brise - Stadtsaal</p><p>07.03.2024 - Olla- Grüne Halle</p><p>08.03.2024 - Die Heuler - Arena</p></main>`, ""},
		// A post's meta line longer than a byline: the names before its
		// date; near miss: a line filing the post under a category.
		{`<article><p>Text.</p><p class="postmetadata">Von R. R. am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr gespeichert unter <a href="/category/kommunizieren/" rel="category tag">Kommunizieren</a></p></article>`, "R. R."},
		{`<article><p>Text.</p><p class="postmetadata">Posted in <a href="/category/politics/">Politics</a> on 07.08.2013 at 09:07 with 3 comments so far</p></article>`, ""},
		// Near misses: a label before what is no name, a label outside
		// the article.
		{`<main><p>Text.</p><div class="meta"><span class="label">Autor:</span> Redaktion Haus.de<br></div></main>`, ""},
		{`<main><p>Text.</p><dl><dt>Auteur</dt><dd>Voir tous les articles</dd></dl></main>`, ""},
		{`<main><p>Text.</p></main><div class="box"><b>Von:</b> Anna Schmidt</div>`, ""},
		// Near misses: outside the article, in a link, in a quote.
		{`<main><p>Text.</p></main><div class="box"><p>Von Anna Schmidt</p></div>`, ""},
		{`<main><p>Text.</p><ul class="related-articles"><li><a href="/x/">Ein anderer Artikel</a> <span>Von Anna Schmidt</span></li></ul></main>`, ""},
		{`<main><blockquote><p>Von Anna Schmidt</p></blockquote></main>`, ""},
		// A reader's comment is marked as its author's: no byline.
		{`<article><p>Text.</p><ol class="commentlist"><li><div class="comment-author vcard"><p>Ebenfalls alles Gute, du bist meine erste Kommentiererin!</p><cite>Kommentar von <span class="fn">Anna Leser</span></cite></div></li></ol></article>`, ""},
		// A post written by a script is printed again, byline and all,
		// in a <noscript> for readers without scripts.
		{`<article><div class="post-body"><script>render()</script><noscript><span class="byline-author">Posted by Nathan Parker and Eric Mill - Chrome Safe Browsing team</span><p>Over the past few years we have seen threats.</p></noscript></div></article>`, "Nathan Parker and Eric Mill"},
		// Near misses: a <noscript> with only an image of the author, or
		// a comment naming one.
		{`<article><p>Text.</p><noscript><img src="/a.jpg" alt="author Jane Doe"></noscript></article>`, ""},
		{`<article><p>Text.</p><noscript><!-- <span class="author">Jane Doe</span> --></noscript></article>`, ""},
		// A container classed for the sidebar beside it holds the
		// article; near miss: the sidebar itself.
		{`<div class="content_block right-sidebar row"><div class="posts"><article><p>Text.</p><div class="saboxplugin-authorname"><a class="vcard author" rel="author" href="/author/admin/"><span class="fn" itemprop="name">Paddy</span></a></div></article></div></div>`, "Paddy"},
		{`<article><p>Text.</p></article><div class="right-sidebar"><div class="author-box"><a rel="author" href="/author/x/">Moritz Pieczewski</a></div></div>`, ""},
		{`<article><p>Text.</p></article><section class="comments"><article class="comment"><p class="submitted"><span class="username">Gerhard Leser</span> am 18. Oktober</p><p>Guter Text.</p></article></section>`, ""},
		// An image's licence line names the photographer, not the
		// author, who is printed after it.
		{`<main><h1>Wie viel Strom frisst ein Klick?</h1><div class="img-holder"><img src="/a.jpg"><div class="license-info"><a href="https://creativecommons.org/licenses/by/2.0/">CC</a> <span class="author-name"><a href="https://commons.wikimedia.org/wiki/File:Maus.jpg">Petar Ilic</a></span></div></div><div class="author"><p>Autor <span>Greta Moll:</span></p></div><p>Text.</p></main>`, "Greta Moll"},
		// The page's footer and sidebar are not the article's.
		{`<article><p>Text.</p></article><footer class="site-footer"><p class="author">Theme by Max Web</p></footer>`, ""},
		{`<main><article><p>Text.</p></article><aside class="sidebar"><p class="author-name">Moritz Pieczewski-Freimuth</p></aside></main>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := findByline(doc, defaultVocabulary()); got != tc.want {
			t.Errorf("findByline(%s) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestLabelledNames(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct{ line, want string }{
		{"von Alexander Rosenkranz", "Alexander Rosenkranz"},
		{"Auteur : Kossivi Tiassou", "Kossivi Tiassou"},
		{"Text: Klausmartin Friedrich", "Klausmartin Friedrich"},
		{"By Jane Doe and John Roe", "Jane Doe and John Roe"},
		// A date, then the names set off by a bar or a dash.
		{"25.10.2022 - Reiner Nagel", "Reiner Nagel"},
		{"04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Uta Helkenberg"},
		{"12.05.2026, 17:42 Uhr Von Jana Petersen", "Jana Petersen"},
		// A role or a place in brackets after the names stays with the
		// byline; the author's name is cut at it.
		{"Text: Eberhard Fuhr (Pressesprecher)", "Eberhard Fuhr (Pressesprecher)"},
		// Compound labels: the author wrote and photographed, or wrote
		// and interviewed; a blog's post.
		{"Text & Fotos: Ivan Valetny", "Ivan Valetny"},
		{"Text und Interview: Harald Willenbrock", "Harald Willenbrock"},
		{"Blog Beitrag von Margarita Koreneva", "Margarita Koreneva"},
		// A desk before a colon, its editor after it; after a date.
		{"Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", "Eberhard Fuhr (Pressesprecher des EJW)"},
		{"05.02.2020 - Redaktion: Eberhard Fuhr", "Eberhard Fuhr"},
		// Near misses: a desk with no name after it, a desk in prose.
		{"Redaktion: dpa, AFP", ""},
		{"Die Redaktion: Wir haben nachgefragt", ""},
		// Near miss: a compound label without its colon.
		{"Text und Fotos Ivan Valetny", ""},
		// A role before the name: the byline keeps it, the author does not.
		{"Autor: Rechtsanwalt Sebastian Einbock", "Rechtsanwalt Sebastian Einbock"},
		{"Von Cécile Ducourtieux (Bruxelles, bureau européen)", "Cécile Ducourtieux (Bruxelles, bureau européen)"},
		// A post's meta line: the names, then a preposition or a
		// separator and the date.
		{"Von R. R. am 07.08.2013 um 09:07 Uhr", "R. R."},
		{"By Jane Doe on March 3, 2021 in Politics", "Jane Doe"},
		{"Verfasst von: Anna Schmidt | 31. Dezember 2008", "Anna Schmidt"},
		// A blogger's handle between the label and a bar before the date;
		// near miss: a capitalised word there is a place or a section.
		{"Verfasst von: mitundvoneinander | 31. Dezember 2008", "mitundvoneinander"},
		{"Von: Berlin | 31. Dezember 2008", ""},
		// Near misses: no name before the date, or the date run into it.
		{"Von Montag am 12.05.2026 an", ""},
		{"Von Berlin am 12.05.2026", ""},
		{"Von Anna Schmidt 12.05.2026", ""},
		// Near misses: a date before a section, or run into the words
		// after it. (A place of two capitalised words, "12.05.2026 - Bad
		// Homburg", reads as a name: the search runs only where no byline
		// element and no metadata name the author.)
		{"25.10.2022 | Politik", ""},
		{"25.10.2022 - Hamburg", ""},
		{"25.10.2022 Reiner Nagel", ""},
		// Near misses: what follows the label is no name, or the label
		// needs its colon.
		{"Von Berlin nach Hamburg", ""},
		{"von Angst getrieben", ""},
		{"Text und Bilder", ""},
		{"Autor Jane Doe schreibt", ""},
		{"Fotos: Helmut Elstrodt, Klausmartin Friedrich, Frank-Hartmut Jäger", ""},
		{"Kontakt: Jan Koch", ""},
		{"Text: (Pressesprecher)", ""},
		{"Von Berlin (Hauptstadt) nach Hamburg", ""},
	} {
		if got := v.labelledNames(tc.line); got != tc.want {
			t.Errorf("labelledNames(%q) = %q, want %q", tc.line, got, tc.want)
		}
		if tc.want != "" && !v.mayNameLabelled(tc.line) {
			t.Errorf("mayNameLabelled(%q) = false: its names would not be read", tc.line)
		}
	}
}

func TestJSONLDAuthorOutsideArticle(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		// Yoast's WebPage names the author by reference.
		{`{"@graph":[{"@type":"WebSite","name":"DiEM25"},{"@type":"WebPage","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Giovanni Gaggero"}]}`, []string{"Giovanni Gaggero"}},
		{`{"@type":"Recipe","name":"Kuchen","author":{"@type":"Person","name":"jesusfreak"}}`, []string{"jesusfreak"}},
		// Near misses: an organisation, a bare string, or a review's
		// author further down are not the page's author.
		{`{"@type":"WebPage","author":{"@type":"Organization","name":"EAT SMARTER"}}`, nil},
		{`{"@type":"Recipe","author":"EAT SMARTER","review":[{"@type":"Review","author":{"@type":"Person","name":"macksy"}}]}`, nil},
	} {
		var m pageMeta
		m.readJSONLD(tc.src)
		if !reflect.DeepEqual(m.authors, tc.want) {
			t.Errorf("readJSONLD(%s): authors = %q, want %q", tc.src, m.authors, tc.want)
		}
	}
}

func TestJSONLDAuthorReference(t *testing.T) {
	var m pageMeta
	m.readJSONLD(`{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"https://x.test/#/person/1"}},
		{"@type":"Person","@id":"https://x.test/#/person/1","name":"Giulia Rossi"}]}`)
	if !reflect.DeepEqual(m.authors, []string{"Giulia Rossi"}) {
		t.Errorf("authors = %q, want the referenced person", m.authors)
	}
}

func TestChooseByline(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct{ printed, meta, found, want string }{
		{"Jane Doe", "", "", "Jane Doe"},
		// An agency alone is the byline.
		{"AFP", "", "", "AFP"},
		{"dpa", "", "Par Sébastien Farcis", "dpa"},
		// A blogger's one-word name or handle, printed in an author's
		// element.
		{"Heiko", "", "", "Heiko"},
		{"freeman1984", "", "", "freeman1984"},
		// Near misses: furniture words and labels are no names.
		{"Share", "", "", ""},
		{"Posted:", "", "", ""},
		{"Posted on", "", "", ""},
		{"Veröffentlicht am", "", "", ""},
		{"", "", "Datum", ""},
		// The metadata names someone else: the metadata wins.
		{"Heiko", "Anna Schmidt", "", "Anna Schmidt"},
		// The metadata's author is the publisher: the printed name wins,
		// and with none printed the publisher stands.
		{"Christian Mihatsch", "Helmholtz Klima", "", "Christian Mihatsch"},
		{"Ursula Baatz", "Die FURCHE", "", "Ursula Baatz"},
		{"", "Die FURCHE", "", "Die FURCHE"},
		// A newsroom's desk printed as the author signs the article.
		{"Redaktion", "", "", "Redaktion"},
		// The site's desk, its host name first. Near misses: no desk
		// word, a word that is not the site's.
		{"furche.at Redaktion", "", "", "furche.at Redaktion"},
		{"furche.at Impressum", "", "", ""},
		{"mehr Redaktion", "", "", ""},
		// A CMS account's name names no one: the printed byline wins, and
		// alone it is no byline.
		{"Lena Köhler", "admin", "", "Lena Köhler"},
		{"", "admin", "", ""},
		// The metadata names an organisation or gives an account's login,
		// the page prints a person's name: the person is the author.
		{"Joachim Hamberger", "Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF", "", "Joachim Hamberger"},
		{"Arian Schlichenmayer", "arianschlichenmayer", "", "Arian Schlichenmayer"},
		// Near misses: names with particles, co-authors joined by "und",
		// and an organisation over a printed line that is no name.
		{"Anna Schmidt", "Ursula von der Leyen", "", "Ursula von der Leyen"},
		{"Anna Schmidt", "Lars Fischer und Alina Schadwinkel", "", "Lars Fischer und Alina Schadwinkel"},
		{"Mehr zum Thema", "Bayerische Landesanstalt für Wald", "", "Bayerische Landesanstalt für Wald"},
		// The metadata gives the site's name, "&" and all: no list of
		// people. Near miss: two people joined by "&".
		{"Rosa Delgado", "Work & Wander", "", "Rosa Delgado"},
		{"Rosa Delgado", "Emil Strand & Nora Quillan", "", "Emil Strand & Nora Quillan"},
		// An account's handle in the metadata, the name printed. Near
		// miss: a name in a script without case is no handle.
		{"Tomás Reyes", "tomas.reyes", "", "Tomás Reyes"},
		{"Tomás Reyes", "treyes_77", "", "Tomás Reyes"},
		{"Tomás Reyes", "新間", "", "新間"},
	} {
		if got := v.chooseByline(tc.printed, tc.meta, tc.found, []string{"Helmholtz Klima", "Achtsam durch die Krise | Die FURCHE", "furche", "Work & Wander"}); got != tc.want {
			t.Errorf("chooseByline(%q, %q, %q) = %q, want %q", tc.printed, tc.meta, tc.found, got, tc.want)
		}
	}
}

func TestMetaBylineFromTwitterData(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct{ head, want string }{
		{`<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">`, "Karoline Herr"},
		// Near miss: the reading time is no author.
		{`<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">`, ""},
		// An author tag comes first.
		{`<meta name="author" content="Ana Ruiz"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="admin">`, "Ana Ruiz"},
		// The author tag names the site; another names the writer.
		{`<meta name="author" content="Badische Zeitung"><meta property="cXenseParse:author" content="Lisa Petrich">`, "Lisa Petrich"},
		// Near misses: a slug is no name, and a person's name is kept
		// over a later tag.
		{`<meta name="author" content="Badische Zeitung"><meta name="cXenseParse:author" content="lisa-petrich">`, "Badische Zeitung"},
		{`<meta name="author" content="Ana Ruiz"><meta name="cXenseParse:author" content="Lisa Petrich">`, "Ana Ruiz"},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := v.metaByline(readMeta(doc), []string{"Badische Zeitung"}); got != tc.want {
			t.Errorf("metaByline(%s) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

func TestIsBylineElement(t *testing.T) {
	tests := []struct {
		markup string
		want   bool
	}{
		{`<div class="article-byline">`, true},
		{`<div class="AuthorName">`, true},
		{`<div data-testid="Autore">`, true},
		{`<div class="c-submitted">`, true},
		{`<div class="article-body" id="main">`, false},
		{`<div class="author-bio">`, false},
		{`<div class="photo" id="byline">`, false}, // a picture's mark anywhere says no
		{`<div class="by">`, false},
		{`<div class="BYLİNE">`, true}, // the dotted capital I lowers to "i"
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.markup))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.FirstChild.LastChild.FirstChild // html > body > div
		if got := isBylineElement(n); got != tt.want {
			t.Errorf("isBylineElement(%s) = %v, want %v", tt.markup, got, tt.want)
		}
	}
}

// TestIsHidden: the attribute, aria-hidden, a style that hides, written
// any case and spacing, and a class "hidden" that holds no prose.
func TestIsHidden(t *testing.T) {
	prose := "<p>" + strings.Repeat("Words of the article that a reader came for. ", 8) + "</p>"
	tests := []struct {
		div  string
		want bool
	}{
		{`<div hidden>`, true},
		{`<div aria-hidden="true">`, true},
		{`<div aria-hidden="false">`, false},
		{`<div style="color: red; Display : None">`, true},
		{`<div style="visibility: hidden">`, true},
		{`<div style="display: block">`, false},
		{`<div class="box hidden">`, true},
		{`<div class="hidden-xs">`, false},
		{`<div class="hidden">` + prose, false},
		{`<div>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<body>" + tt.div + "</div></body>"))
		if err != nil {
			t.Fatal(err)
		}
		var div *html.Node
		walk(doc, func(n *html.Node) bool {
			if div == nil && n.Type == html.ElementNode && n.Data == "div" {
				div = n
			}
			return div == nil
		})
		if got := isHidden(div); got != tt.want {
			t.Errorf("isHidden(%s) = %v, want %v", tt.div, got, tt.want)
		}
	}
}

func TestFindSignature(t *testing.T) {
	v := defaultVocabulary()
	prose := `<p>Der Ausschuss hat am Montag beschlossen, dass die neue Regel ab dem kommenden Jahr gelten soll, wie der Vorsitzende nach der Sitzung vor der Presse sagte.</p>
<p>Die Opposition kritisierte den Beschluss scharf und kündigte an, vor Gericht zu ziehen, falls die Regierung an ihrem Zeitplan festhalten sollte.</p>`
	for _, tc := range []struct{ name, body, want string }{
		{"bold italic name closes the article", prose + `<p><b><i>Stefan Wasmer</i></b></p>`, "Stefan Wasmer"},
		{"strong name with spaces around", prose + `<p class="clearfix"> <strong>Marina Mucha</strong> </p>`, "Marina Mucha"},
		{"footnotes and a box follow the name", prose + `<p align="right"><em><font size="2">Denis Clerc</font></em></p><p><font size="2">(1) Ces chiffres sont collectés par l'OCDE.</font></p><p>[2] Eurostat, 2006.</p><table><tr><td><p>Le marché du travail est-il trop rigide ? Beaucoup le pensent.</p></td></tr></table>`, "Denis Clerc"},
		{"an old page laid out in a table", `<table><tr><td>` + prose + `<p><em>Denis Clerc</em></p></td></tr></table>`, "Denis Clerc"},
		// Near misses.
		{"a name alone in a table's cell", `<table><tr><td>` + prose + `</td><td><p><b>Stefan Wasmer</b></p></td></tr></table>`, ""},
		{"a paragraph follows the name after a footnote", prose + `<p><b>Stefan Wasmer</b></p><p>(1) Quelle: Statistisches Amt.</p><p>Mehr zum Thema finden Sie in unserem Dossier über die Liga.</p>`, ""},
		{"a paragraph follows the name", prose + `<p><b>Stefan Wasmer</b></p><p>Mehr zum Thema finden Sie in unserem Dossier über die Liga.</p>`, ""},
		{"the name in running text", prose + `<p>Von <b>Stefan Wasmer</b></p>`, ""},
		{"no emphasis", prose + `<p>Stefan Wasmer</p>`, ""},
		{"no prose before it", `<p><b>Stefan Wasmer</b></p>`, ""},
		{"a crosshead in bold over links", prose + `<p><strong>Weitere Informationen</strong></p><ul><li><a href="/liga">Die Liga im Überblick</a></li></ul>`, ""},
		{"a bold name inside a list of links", prose + `<ul><li><p><strong>Stefan Wasmer</strong></p></li></ul>`, ""},
		{"a bold sentence", prose + `<p><strong>Die Saison beginnt am Freitag.</strong></p>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body><article>" + tc.body + "</article></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := findSignature(doc, v); got != tc.want {
			t.Errorf("%s: findSignature = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDropLeadingRole(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct{ in, want string }{
		{"FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe"},
		{"Chefredakteur Jan Roth", "Jan Roth"},
		// Near misses: a name of three words stays, and so does a role
		// word before what is no name.
		{"Robin Tschöpe", "Robin Tschöpe"},
		{"Maria Luisa Berger", "Maria Luisa Berger"},
		{"Redakteur vom Dienst", "Redakteur vom Dienst"},
	} {
		if got := v.dropLeadingRole(tc.in); got != tc.want {
			t.Errorf("dropLeadingRole(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropDashedTeam(t *testing.T) {
	v := defaultVocabulary()
	for _, tc := range []struct{ in, want string }{
		{"Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair - Chrome Safe Browsing team", "Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair"},
		{"Jane Doe – Staff Writer", "Jane Doe"},
		// Near misses: names on both sides of the dash, a date after it,
		// and a dash inside a name.
		{"Matthias Hille - Lukas Balbach", "Matthias Hille - Lukas Balbach"},
		{"Jane Doe - 12.05.2026", "Jane Doe - 12.05.2026"},
		{"Anna Müller-Lüdenscheidt", "Anna Müller-Lüdenscheidt"},
		{"Posted in Politics - Berlin desk", "Posted in Politics - Berlin desk"},
	} {
		if got := v.dropDashedTeam(tc.in); got != tc.want {
			t.Errorf("dropDashedTeam(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutDateField(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Lukas Ferenc, Datum: 04.Apr.21", "Lukas Ferenc"},
		{"Jane Doe, Published: March 3", "Jane Doe"},
		{"Ana Ruiz, Fecha : 3 de mayo", "Ana Ruiz"},
		// Near misses: another field's label, a colon inside the names,
		// no comma before the label.
		{"Mira Holt, Fotos: Jan Berg", "Mira Holt, Fotos: Jan Berg"},
		{"Mira Holt, Jan Berg", "Mira Holt, Jan Berg"},
		{"Datum: 04.Apr.21", "Datum: 04.Apr.21"},
	} {
		if got := cutDateField(tc.in); got != tc.want {
			t.Errorf("cutDateField(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
