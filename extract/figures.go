package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isCaptionElement reports a figcaption or an element marked as a caption
// by its class or microdata, in English or in the words French, Spanish,
// German and Italian templates use: "legende", "leyenda",
// "bildunterschrift", "didascalia".
func isCaptionElement(n *html.Node) bool {
	caption, _ := captionMarks(n)
	return caption
}

// captionMarks reports what isCaptionElement does, and whether n's class
// marks a credit, reading n's attributes once: it runs for every element
// of the page.
func captionMarks(n *html.Node) (caption, credit bool) {
	var class string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "itemprop":
			caption = caption || a.Val == "caption"
		}
	}
	classCaption, credit := classMarks(class)
	return caption || classCaption || n.DataAtom == atom.Figcaption, credit
}

// captionClassWords mark a caption element when its class holds one.
var captionClassWords = []string{"caption", "legend", "légende", "leyenda", "bildunterschrift", "didascalia"}

// creditClassWords mark a credit element when its class holds one.
var creditClassWords = []string{"credit", "copyright"}

// markStarts holds the first bytes of captionClassWords and
// creditClassWords in either case, and every byte beyond ASCII: the bytes
// at which classMarks stops.
var markStarts = func() (starts [256]bool) {
	for _, w := range slices.Concat(captionClassWords, creditClassWords) {
		starts[w[0]] = true
		starts[w[0]-'a'+'A'] = true
	}
	for c := utf8.RuneSelf; c < len(starts); c++ {
		starts[c] = true
	}
	return starts
}()

// markSeconds holds, by the first byte of captionClassWords and
// creditClassWords, the second bytes that follow it in those words.
var markSeconds = func() (seconds [utf8.RuneSelf]byteSet) {
	for _, w := range slices.Concat(captionClassWords, creditClassWords) {
		seconds[w[0]].add(w[1])
	}
	return seconds
}()

// A byteSet is a set of ASCII bytes.
type byteSet [2]uint64

func (s *byteSet) add(c byte) {
	if c < utf8.RuneSelf {
		s[c>>6] |= 1 << (c & 63)
	}
}

// has reports whether c is in s; no byte beyond ASCII is.
func (s byteSet) has(c byte) bool {
	return c < utf8.RuneSelf && s[c>>6]&(1<<(c&63)) != 0
}

// classMarks reports whether class, lower-cased, holds one of
// captionClassWords, and whether it holds one of creditClassWords, in one
// pass over an ASCII class. A class with other letters is lower-cased
// whole and searched again from its start.
func classMarks(class string) (caption, credit bool) {
	for i := 0; i < len(class) && !(caption && credit); i++ {
		if !markStarts[class[i]] {
			continue // most bytes: one look-up
		}
		if class[i] >= utf8.RuneSelf {
			lc := strings.ToLower(class)
			caption, credit = false, false
			for _, w := range captionClassWords {
				caption = caption || strings.Contains(lc, w)
			}
			for _, w := range creditClassWords {
				credit = credit || strings.Contains(lc, w)
			}
			return caption, credit
		}
		c := lower(class[i])
		if i+1 == len(class) || !markSeconds[c].has(lower(class[i+1])) {
			// No word opens here; a byte beyond ASCII next is read
			// as one next.
			continue
		}
		rest := class[i:]
		for _, w := range captionClassWords {
			caption = caption || w[0] == c && len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w)
		}
		for _, w := range creditClassWords {
			credit = credit || w[0] == c && len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w)
		}
	}
	return caption, credit
}

// containsLower reports whether s, lower-cased, contains sub, a lower-case
// ASCII word. It lower-cases a copy only when s is not ASCII: this runs for
// many elements of the page.
func containsLower(s, sub string) bool {
	if sub == "" {
		return true
	}
	// One pass: a match found is a match in s lower-cased, since a
	// character beyond ASCII never folds into ASCII bytes as many; no
	// match is known only once s is known to be ASCII.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
		if lower(c) == sub[0] && i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// maxFigureText is the most text a figure-like element without a <figure>
// tag may hold: an image, its caption and its credit.
const maxFigureText = 600

// isFigure reports an element that holds an image and its caption: a
// <figure>, a WordPress caption box, or a small element with an image and a
// caption- or credit-marked element inside, as CNN and the Daily Mail build
// them.
func isFigure(n *html.Node, st nodeStats) bool {
	if n.DataAtom == atom.Figure {
		return true
	}
	if class := attr(n, "class"); containsLower(class, "caption") { // in each name below
		for tok := range strings.FieldsSeq(strings.ToLower(class)) {
			if tok == "wp-caption" || tok == "image-caption-container" || tok == "media-with-caption" {
				return true
			}
		}
	}
	if (st.hasImage || st.hasVideo) && st.text <= maxFigureText && isSlide(n) {
		return true
	}
	// The page's footer, header or menu, with a logo and a copyright
	// line, is none.
	switch n.DataAtom {
	case atom.P, atom.Footer, atom.Header, atom.Nav:
		return false
	}
	return st.hasImage && (st.hasCaption || st.hasCredit) && !st.hasFigure && st.text <= maxFigureText
}

// isSlide reports one slide of a gallery or carousel: an image and its
// description, such as AP's "CarouselSlide".
func isSlide(n *html.Node) bool {
	class := attr(n, "class")
	if !containsLower(class, "slide") {
		return false // no class word can be "slide"
	}
	var buf [6]string
	for tok := range strings.FieldsSeq(class) {
		if strings.Contains(tok, "--") {
			continue
		}
		words := classWords(tok, buf[:0], nil)
		if len(words) > 0 && words[len(words)-1] == "slide" && (len(words) == 1 || words[0] == "carousel" || words[0] == "gallery" || words[0] == "slideshow") {
			return true
		}
	}
	return false
}

// isSlideDescription reports the element of a slide that holds its
// caption: "CarouselSlide-infoDescription", "slide-description".
func isSlideDescription(n *html.Node) bool {
	for _, tok := range strings.Fields(attr(n, "class")) {
		words := classWords(tok, nil, nil)
		if len(words) > 0 && (words[len(words)-1] == "description" || words[len(words)-1] == "caption") {
			return true
		}
	}
	return false
}

// siblingCaption returns the caption element that follows n when n is an
// image, or an element holding only an image, and the caption holds no
// image of its own: the pair is a figure without the tag. st is n's stats.
func siblingCaption(n *html.Node, st nodeStats, stats pageStats) *html.Node {
	if !isImage(n) && (!st.hasImage || st.hasFigure || st.text > 0 && !onlyControls(n, st)) {
		return nil
	}
	next := nextElement(n)
	if next == nil {
		return nil
	}
	if cs := stats[next]; cs.hasImage || cs.hasFigure || cs.text == 0 || cs.text > maxFigureText ||
		!isCaptionElement(next) && !cs.hasCaption && !showsAlt(n, next, cs.text) || inTeaser(n) {
		return nil
	}
	return next
}

// maxControlText is the most text, in bytes, an image's box may hold in
// its buttons: "Bildbeschreibung ausklappen", "Vollbild".
const maxControlText = 80

// onlyControls reports a box whose text, of st's length, is all in its
// buttons and icons: an image with its "show caption" or "full screen"
// button.
func onlyControls(n *html.Node, st nodeStats) bool {
	if st.text > maxControlText {
		return false
	}
	t, _ := textAndLinks(n, func(c *html.Node) bool { return c.DataAtom == atom.Button || c.DataAtom == atom.Svg })
	return t == ""
}

// minAltCaptionWords is the fewest words of alt text that, shown again
// beside the image, make a caption: "Foto" or "Image" repeats by chance.
const minAltCaptionWords = 4

// showsAlt reports whether caption, of captionLen bytes of text, is the
// alt text of the image box holds, or opens with it when hidden: the
// caption set beside the image's box rather than in a figure, or the copy
// a lightbox or a "show caption" button reveals.
func showsAlt(box, caption *html.Node, captionLen int) bool {
	var alt string
	walk(box, func(c *html.Node) bool {
		if alt == "" && c.Type == html.ElementNode && c.DataAtom == atom.Img {
			alt = strings.TrimSpace(attr(c, "alt"))
		}
		return alt == ""
	})
	// The caption's text, captionLen bytes, is about as long as the alt
	// text at least: its spaces and punctuation may differ.
	if captionLen < len(alt)*3/4 || textutil.CountWords(alt) < minAltCaptionWords {
		return false
	}
	// A headline that links to its story repeats its teaser image's alt
	// text, and a product box its name beside a shop's link.
	if holds(caption, isLink) {
		return false
	}
	// A hidden copy may add the credit; a shown one, the alt text and
	// nothing else: a teaser's headline adds its time ("Hace 3 horas").
	text, key := clean.Normalize(textOf(caption)), clean.Normalize(alt)
	return text == key || isHidden(caption) && strings.HasPrefix(text, key)
}

// trailingCredit returns the element that closes caption with its credit,
// and the credit: a <small> or a credit-marked element after the caption's
// text, "<span>… bergen.</span><small>dpa</small>". An element that is
// the caption's only text is the caption, and one that ends the caption's
// phrase is part of it.
func trailingCredit(caption *html.Node) (*html.Node, string) {
	last := caption.LastChild
	for last != nil && last.Type == html.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if last == nil || last.Type != html.ElementNode || last.DataAtom != atom.Small && !isCreditElement(last) {
		return nil, ""
	}
	t := textOf(last)
	if t == "" || textutil.CountWords(t) > clean.MaxCreditWords || endsSentence(t) && !strings.HasSuffix(t, ".") {
		return nil, ""
	}
	// The caption's text before it is an element of its own or a
	// sentence: "Der Hafen <small>am Morgen</small>" is one phrase.
	for s := last.PrevSibling; ; s = s.PrevSibling {
		if s == nil {
			return nil, ""
		}
		if s.Type == html.ElementNode && hasText(s) {
			break
		}
		if t := strings.TrimSpace(s.Data); s.Type == html.TextNode && t != "" {
			if !endsSentence(t) {
				return nil, ""
			}
			break
		}
	}
	return last, cleanCredit(strings.Trim(t, "() "))
}

// loneCaption reports a <figcaption>, or a caption box of them, outside
// any <figure>, with text and no image: the caption a layout sets apart
// from the picture it captions, in a row of its own under the image's
// row, or under the standfirst of an immersive header. It returns the
// image box before it, when a small one stands there. One right after a
// figure or an image is theirs, harvested with them; one after a quotation
// or a table is theirs; a teaser's is the teaser's.
func loneCaption(n *html.Node, st nodeStats, stats pageStats) (bool, *html.Node) {
	if st.text == 0 || st.text > maxFigureText || st.hasImage || st.hasFigure || n.DataAtom != atom.Figcaption && !captionBox(n) ||
		n.DataAtom == atom.Figcaption && n.Parent != nil && captionBox(n.Parent) {
		return false, nil
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Figure {
			return false, nil
		}
	}
	if inTeaser(n) {
		return false, nil
	}
	// What stands before it, in its box or, when it opens its box, before
	// the box.
	prev := n
	for up := 0; prev != nil && up < maxLoneCaptionDepth; up++ {
		s := prev.PrevSibling
		for s != nil && (s.Type != html.ElementNode || isCaptionElement(s)) {
			s = s.PrevSibling // the caption it continues: the credit's figcaption after the caption's
		}
		if s == nil {
			prev = prev.Parent
			continue
		}
		switch ss := stats[s]; {
		case holdsFigureContent(s) || ss.hasVideo, up == 0 && (s.DataAtom == atom.Figure || isImage(s)):
			return false, nil
		case ss.hasImage && ss.text <= maxFigureText:
			return true, s
		}
		return true, nil
	}
	return true, nil
}

// maxLoneCaptionDepth is how many boxes up from a lone caption the element
// before it is looked for.
const maxLoneCaptionDepth = 3

// captionBox reports a caption-marked element that holds only
// figcaptions: the caption and its credit, each in a figcaption of its
// own.
func captionBox(n *html.Node) bool {
	if !isCaptionElement(n) {
		return false
	}
	kids := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom != atom.Figcaption {
				return false
			}
			kids++
		}
	}
	return kids > 0
}

// withoutCreditLabel cuts the label a caption's text ends in once the
// credit after it was taken: "… Wasserversorgung. ©", "… am Kai. Foto:".
func withoutCreditLabel(text string) string {
	for {
		text = strings.TrimSpace(text)
		if t, ok := strings.CutSuffix(text, "©"); ok {
			text = t // "zerstört.©", where the sign's element meets the caption's
			continue
		}
		i := strings.LastIndexByte(text, ' ')
		if i < 0 || !isCreditLabel(text[i+1:]) {
			return text
		}
		text = text[:i]
	}
}

// captionAttrs and creditAttrs hold an image's caption and credit on sites
// whose lightbox reads them from the <img> or the link around it.
var (
	captionAttrs = []string{"data-caption", "data-image-caption"}
	creditAttrs  = []string{"data-credit", "data-copyright", "data-photographer", "data-source", "data-image-credit"}
)

// lightboxAttrs mark a link that opens its image in a lightbox.
var lightboxAttrs = []string{"data-lightbox", "data-fancybox", "data-gallery", "data-lightbox-gallery"}

// lightboxControlWords open a link's title that names what the link does,
// not what the image shows: "Click to enlarge", "Bild vergrößern".
var lightboxControlWords = map[string]bool{"click": true, "klicken": true, "klick": true, "open": true, "öffnen": true, "view": true,
	"zoom": true, "enlarge": true, "vergrößern": true, "agrandir": true, "ampliar": true, "ingrandisci": true}

// minLightboxTitleWords is the fewest words of a lightbox link's title
// read as the caption: two words are a label, "Bild vergrößern".
const minLightboxTitleWords = 3

// lightboxTitle returns the caption a lightbox link around an image holds
// in its data-title, as lightbox scripts show it, or its title: the link
// leads to the full-size image, or a lightbox attribute marks it. A link to
// another page with a title is a teaser, and a title that names the
// link's action no caption.
func lightboxTitle(a *html.Node) string {
	lightbox := isImageAddress(attr(a, "href"))
	for _, at := range a.Attr {
		lightbox = lightbox || slices.Contains(lightboxAttrs, at.Key)
	}
	// A post's linked thumbnail, its link titled with the post's headline,
	// is no caption: WordPress marks it rel="bookmark" or as the post's
	// itemprop="image".
	if !lightbox || attr(a, "rel") == "bookmark" || attr(a, "itemprop") == "image" || !holds(a, isImage) {
		return ""
	}
	t := collapseSpaces(strings.TrimSpace(firstNonEmpty(attr(a, "data-title"), attr(a, "title"))))
	first, _, _ := strings.Cut(t, " ")
	if textutil.CountWords(t) < minLightboxTitleWords || lightboxControlWords[strings.ToLower(first)] {
		return ""
	}
	return t
}

// maxBoxSlack is how much more text than the caption itself the box around
// an image may hold and still be the figure: the credit, a "©".
const maxBoxSlack = 200

// attributeCaption reads a caption from an image's attributes: its
// data-caption and data-credit, or a credit its title holds after its alt
// text. The box it returns is what the figure occupies on the page: the
// smallest element around the image that shows the caption again, so that
// the visible copy leaves the body with it, or else the image alone.
func attributeCaption(n *html.Node, stats pageStats, base *url.URL) (Caption, *html.Node, bool) {
	if n.DataAtom != atom.Img && n.DataAtom != atom.A && n.Data != "amp-img" {
		return Caption{}, nil, false
	}
	var c Caption
	for _, key := range captionAttrs {
		if c.Text = collapseSpaces(strings.TrimSpace(attr(n, key))); c.Text != "" {
			break
		}
	}
	for _, key := range creditAttrs {
		if c.Credit = cleanCredit(attr(n, key)); c.Credit != "" {
			break
		}
	}
	if c.Text == "" && n.DataAtom == atom.A && (n.Parent == nil || !stats[n.Parent].hasCaption) {
		// The link's title, when no caption element beside it shows
		// the caption better.
		c.Text = lightboxTitle(n)
	}
	if c.Text == "" && c.Credit == "" && n.DataAtom != atom.A {
		c.Credit = titleCredit(n)
	}
	if c.Text == "" && c.Credit == "" || inTeaser(n.Parent) {
		return Caption{}, nil, false
	}
	if strings.Contains(c.Text, "<") {
		// Markup in the attribute: read its text.
		if nodes, err := html.ParseFragment(strings.NewReader(c.Text), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
			var b strings.Builder
			for _, x := range nodes {
				b.WriteString(textOf(x))
				b.WriteByte(' ')
			}
			c.Text = collapseSpaces(strings.TrimSpace(b.String()))
		}
	}
	c.Image = imageURL(n, base)
	if href := attr(n, "href"); n.DataAtom == atom.A && isImageAddress(href) {
		c.Image = resolve(base, href) // a lightbox link to the full-size image
	}
	box := n
	if c.Text != "" {
		key := clean.Normalize(c.Text)
		for a, up := n.Parent, 0; a != nil && up < 4 && a.Type == html.ElementNode; a, up = a.Parent, up+1 {
			st := stats[a]
			if st.hasFigure || st.text > len(c.Text)+maxBoxSlack {
				break
			}
			if strings.Contains(clean.Normalize(textOf(a)), key) {
				box = a
				break
			}
		}
	}
	return c, box, true
}

// Limits of a figure no element marks as one.
const (
	maxBareCaptionWords = 40
	maxBareCreditWords  = 8
)

// bareFigure reads a figure that no tag or class marks: a small element
// whose first child shows an image and nothing else, followed by a short
// caption and, optionally, a shorter credit — no links, no headings, no
// more. A caption without a credit must not end a sentence, and a credit
// must not be one: an image beside a paragraph of the story is no figure.
// A caption set in a heading is one only as headingCaption tells. st is
// n's stats.
func bareFigure(n *html.Node, st nodeStats, stats pageStats) (Caption, bool) {
	if n.Type != html.ElementNode || n.DataAtom == atom.P || !st.hasImage || st.text == 0 || st.text > maxFigureText {
		return Caption{}, false
	}
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return Caption{}, false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Button:
				continue // a lightbox's "Close" is no caption
			}
			kids = append(kids, c)
		}
	}
	if len(kids) < 2 || len(kids) > 3 || !stats[kids[0]].hasImage || stats[kids[0]].text > 0 || inTeaser(n) ||
		imageURL(kids[0], nil) == "" {
		// No picture to caption: a video player's empty placeholder,
		// a lightbox waiting for its image.
		return Caption{}, false
	}
	if st.hasFigure {
		return headingCaption(kids, stats)
	}
	var texts []string
	for _, k := range kids[1:] {
		// A caption holds no link and no button: a share panel beside
		// a row of icons is no figure.
		if stats[k].hasImage || holds(k, isLink) || holds(k, isButton) {
			return Caption{}, false
		}
		if t := textOf(k); t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) == 0 || textutil.CountWords(texts[0]) > maxBareCaptionWords {
		return Caption{}, false
	}
	c := Caption{Text: texts[0]}
	if len(texts) == 2 {
		c.Credit = texts[1]
		if _, credit, ok := clean.SplitCredit(c.Credit); ok {
			c.Credit = credit
		}
		if textutil.CountWords(c.Credit) > maxBareCreditWords || endsSentence(c.Credit) {
			return Caption{}, false
		}
	} else if endsSentence(c.Text) || strings.HasSuffix(c.Text, ":") {
		// A sentence of the story, or a label: "Artikel teilen mit:".
		return Caption{}, false
	}
	return c, true
}

// minHeadingCaptionWords is the fewest words of a heading read as the
// caption of the image above it: a headline is shorter.
const minHeadingCaptionWords = 15

// headingCaption reads the figure kids make when its caption is set in a
// heading, as some templates print it: an image, then a heading of a
// sentence or more, then a line that is a labelled credit alone, "Photo:
// AFP". A headline over the article's lead image does not end in a full
// stop and runs shorter; a subheading over a picture has no credit line
// after it.
func headingCaption(kids []*html.Node, stats pageStats) (Caption, bool) {
	if len(kids) != 3 || !isAnyHeading(kids[1]) || stats[kids[0]].hasFigure || stats[kids[2]].hasFigure ||
		stats[kids[2]].hasImage || holdsInside(kids[1], isFigureOrHeading) || holds(kids[1], isLink) || holds(kids[2], isLink) {
		return Caption{}, false
	}
	text, line := textOf(kids[1]), textOf(kids[2])
	if words := textutil.CountWords(text); words < minHeadingCaptionWords || words > maxCaptionWords || !strings.HasSuffix(text, ".") {
		return Caption{}, false
	}
	rest, credit, ok := clean.SplitCredit(line)
	if !ok || rest != "" || !creditLabels.MatchString(line) || textutil.CountWords(credit) > maxBareCreditWords {
		return Caption{}, false
	}
	return Caption{Text: text, Credit: credit}, true
}

// isAnyHeading reports a heading element, h1 to h6.
func isAnyHeading(n *html.Node) bool { return n.DataAtom == atom.H1 || isHeading(n) }

func isFigureOrHeading(n *html.Node) bool { return n.DataAtom == atom.Figure || isAnyHeading(n) }

func isButton(n *html.Node) bool { return n.DataAtom == atom.Button }

func isLink(n *html.Node) bool { return n.DataAtom == atom.A }

func isVideo(n *html.Node) bool { return n.DataAtom == atom.Video || n.DataAtom == atom.Audio }

// endsSentence reports whether s ends with a full stop, a question or an
// exclamation mark, or a closing quote.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".!?\"'") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’")
}

// creditWords mark the element inside a figure that holds the credit.
var creditWords = []string{"credit", "credits", "copyright", "attribution", "photographer", "source", "courtesy", "author",
	"fotograf", "bildquelle", "quelle", "autor", "fuente", "auteur"}

// creditProps are the microdata properties of a figure's credit element.
var creditProps = []string{"copyrightHolder", "creator", "author"}

// isCreditElement reports the element of a figure that holds its credit: one
// marked by its class, id or microdata, or a <footer> (a figure's footer
// says whose image it is). A caption element marked "source" or "author" is
// the caption, not its credit.
func isCreditElement(n *html.Node) bool {
	if n.DataAtom == atom.Footer || n.DataAtom == atom.Cite && isClosingCite(n) {
		return true
	}
	// The last word of a class says what the element is: a
	// "wp-caption-source" is the caption's credit, a "credit-caption" box
	// the caption with its credit.
	switch classRole(attr(n, "class")) {
	case roleCredit:
		return true
	case roleCaption:
		return false
	}
	marks := classAndID(n)
	if hasWordIn(marks, []string{"credit", "credits"}) {
		return true
	}
	for _, p := range creditProps {
		if strings.EqualFold(attr(n, "itemprop"), p) {
			return true
		}
	}
	return hasWordIn(marks, creditWords) && !isCaptionElement(n)
}

// leadingCredit returns the element that opens caption with its credit on
// a line of its own, and the credit: an agency's name or a labelled credit,
// then a line break and the caption. A heading over the caption is no
// credit: it names no agency.
func leadingCredit(caption *html.Node) (*html.Node, string) {
	first := caption.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.DataAtom == atom.Br {
		return nil, ""
	}
	br := first.NextSibling
	for br != nil && br.Type == html.TextNode && strings.TrimSpace(br.Data) == "" {
		br = br.NextSibling
	}
	if br == nil || br.DataAtom != atom.Br || br.NextSibling == nil {
		return nil, ""
	}
	t := textOf(first)
	if clean.IsAgency(t) {
		return first, t
	}
	if rest, c, ok := clean.SplitCredit(t); ok && rest == "" {
		return first, c
	}
	return nil, ""
}

// isClosingCite reports a <cite> that closes a figure's caption on its own,
// as WordPress themes set the credit: the whole caption, or after the
// caption's last sentence or its own element. A <cite> that ends a phrase
// ("A scene from <cite>Hamlet</cite>") or that text follows names a work.
func isClosingCite(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && hasText(s) {
			return false
		}
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			break
		}
		if t := strings.TrimSpace(s.Data); s.Type == html.TextNode && t != "" {
			if !endsSentence(t) {
				return false
			}
			break
		}
	}
	t := textOf(n)
	return t != "" && textutil.CountWords(t) <= clean.MaxCreditWords
}

// A figure part's role, as the last word of its class names it.
const (
	roleNone = iota
	roleCaption
	roleCredit
)

// classRole reports what the last words of class's tokens call an element
// inside a figure: its caption, its credit, or neither. A token that names
// the credit of something ("wp-caption-source", "image__credit") or says
// "credit" wins; a lone "attribution" or "source" beside a caption token
// is the caption's.
func classRole(class string) int {
	role, weakCredit := roleNone, false
	var buf [6]string
	for tok := range strings.FieldsSeq(class) {
		words := classWords(tok, buf[:0], nil)
		if len(words) == 0 {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		switch {
		case last == "credit" || last == "credits" || len(words) > 1 && slices.Contains(creditWords, last):
			return roleCredit
		case slices.Contains(creditWords, last):
			weakCredit = true
		case last == "caption" || last == "legend" || last == "legende" || last == "légende" || last == "leyenda":
			role = roleCaption
		}
	}
	if role == roleNone && weakCredit {
		return roleCredit
	}
	return role
}

// innerFigures returns the figures and slides inside f, outermost only: a
// gallery's images, each with its own caption.
func innerFigures(f *html.Node) []*html.Node {
	var inner []*html.Node
	walk(f, func(n *html.Node) bool {
		if n == f || n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom == atom.Figure || isSlide(n) {
			inner = append(inner, n)
			return false
		}
		return true
	})
	return inner
}

// captionedItems returns the boxes inside f that each hold one image and
// its caption, outermost only, as a gallery without <figure> tags builds
// them: WordPress's <dl class="gallery-item">.
func captionedItems(f *html.Node) []*html.Node {
	var items []*html.Node
	walk(f, func(n *html.Node) bool {
		if n == f || n.Type != html.ElementNode {
			return true
		}
		switch images := countImages(n, 2); {
		case images == 0:
			return false
		case images > 1:
			return true
		}
		if holds(n, isCaptionElement) {
			items = append(items, n)
		}
		return false
	})
	return items
}

// countImages counts the images n is or holds, up to limit.
func countImages(n *html.Node, limit int) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if isImage(c) {
			count++
			return false // a <picture>'s <img> is the same image
		}
		return count < limit
	})
	return count
}

// harvestFigure turns a figure into a Caption, splitting the credit off
// whether it sits in an element of its own, at the end of the caption or in
// the image's title. A gallery — a figure holding figures — gives one
// Caption for each. A figure with no caption of its own takes the caption
// element that follows it, as some sites set the <figcaption> beside the
// <figure>; that element is removed with it.
func (p *prepass) harvestFigure(f *html.Node, base *url.URL, v *vocabulary) {
	inner := innerFigures(f)
	if len(inner) < 2 {
		inner = captionedItems(f)
	}
	if len(inner) > 1 {
		for _, n := range inner {
			p.harvestFigure(n, base, v)
			remove(n)
		}
		// The gallery's own caption, beside its figures.
		if text := textOf(f); text != "" && holds(f, isCaptionElement) {
			text, _ = v.captionLabel(text)
			p.captions = append(p.captions, Caption{Text: text})
		}
		return
	}
	if rule, ok := figureTeaser(f); ok {
		if text := textOf(f); text != "" {
			kind, _, _ := strings.Cut(rule, "/")
			p.removed = append(p.removed, clean.Removal{Rule: rule, Kind: clean.Kind(kind), Text: text})
		}
		return
	}
	var captionNode, img *html.Node
	var credits, junk []*html.Node
	slide := isSlide(f)
	walk(f, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isImage(n) && img == nil {
			img = n
		}
		if n == f {
			return true
		}
		if isFigureControl(n) {
			junk = append(junk, n) // "hide caption", "Enlarge this image"
			return false
		}
		if isCreditElement(n) {
			// Every credit element: some sites print the credit twice,
			// once for the lightbox.
			credits = append(credits, n)
			return false
		}
		caption := isCaptionElement(n) || slide && isSlideDescription(n)
		if _, _, ok := v.clutterOf(n); ok && !caption && !holds(n, isCaptionElement) {
			junk = append(junk, n) // share buttons inside the caption
			return false
		}
		if captionNode == nil && caption && !isImage(n) && hasText(n) {
			// Not an image classed "caption-media", not an empty box.
			captionNode = n
		}
		return true
	})
	for _, n := range junk {
		remove(n)
	}
	hadCredit := len(credits) > 0
	credit, creditCaption := creditOf(credits)
	if captionNode == nil && (!hadCredit || !hasText(f)) {
		// The caption beside the figure, which holds at most the
		// credit: a slide's "__img" box and its "__caption".
		next := nextElement(f)
		if next == nil && f.Parent != nil && f.Parent.Type == html.ElementNode && soleChild(f) {
			// The figure alone in its frame, the caption in the box
			// after the frame: a page builder's image box and its
			// "bildunterschrift" box.
			next = nextElement(f.Parent)
		}
		if next != nil && (holds(next, isCaptionElement) || showsAlt(f, next, len(textOf(next)))) && !holds(next, isImage) {
			captionNode = next
			defer remove(next)
		}
	}
	if captionNode == nil && hadCredit {
		// Once the credit is out, what is left is links to other pages:
		// a site footer's "Entries RSS Comments RSS" beside its
		// copyright line and a logo, no caption.
		if rest, links := textAndLinks(f, nil); rest != "" && float64(links) >= teaserLinkShare*float64(len(rest)) {
			kind, _, _ := strings.Cut(RuleLinkFigure, "/")
			p.removed = append(p.removed, clean.Removal{Rule: RuleLinkFigure, Kind: clean.Kind(kind), Text: strings.TrimSpace(rest + " " + credit)})
			return
		}
	}
	text := textOf(f)
	if captionNode != nil {
		text = textOf(captionNode)
		if credit == "" && captionNode.Parent != nil && isAncestor(f, captionNode) {
			// A credit beside the caption: BBC's "Image source, Getty Images".
			remove(captionNode)
			if t, c, ok := clean.SplitCredit(textOf(f)); ok && t == "" {
				credit = c
			}
		}
	}
	if credit == "" && captionNode != nil {
		if lead, c := leadingCredit(captionNode); lead != nil {
			// "<span>The Yomiuri Shimbun</span><br>The leaders of …"
			remove(lead)
			text, credit = textOf(captionNode), c
		}
	}
	if credit == "" && captionNode != nil {
		if last, c := trailingCredit(captionNode); last != nil {
			remove(last)
			text, credit = withoutCreditLabel(textOf(captionNode)), c
		}
	}
	if text == "" {
		text = creditCaption
	}
	if credit == "" && img != nil {
		credit = titleCredit(img)
	}
	text, _ = v.captionLabel(text)
	image := imageURL(img, base)
	if img == nil {
		image = noscriptImageURL(f, base) // the <img> only a <noscript> holds
	}
	if image == "" && captionNode == nil && !hadCredit && text != "" && !slide && !isCaptionElement(f) && !holds(f, holdsFigureContent) {
		// No picture, no caption element, no credit: a box the page
		// styles as a figure (an author's box, a notice, a card for
		// another story), whose text captions nothing.
		p.removed = append(p.removed, clean.Removal{Rule: RuleImagelessFigure, Kind: clean.Nav, Text: text})
		return
	}
	p.captions = append(p.captions, Caption{Text: text, Credit: credit, Image: image})
}

// creditOf removes a figure's credit elements and returns their credit,
// each different one once. A credit element holds the whole credit, so
// only a label is cut from it ("Foto: Jo Lind", "© AP"), and one that
// holds only a label ("Copyright", beside the name) adds nothing. A
// sentence before the labelled credit is the caption, which some sites set
// in the credit's element; it is returned too.
func creditOf(credits []*html.Node) (credit, caption string) {
	var parts []string
	for _, n := range credits {
		c, _ := textAndLinks(n, isFigureControl)
		remove(n)
		c = strings.TrimSpace(strings.Trim(strings.TrimSpace(c), "()"))
		if t, split, ok := clean.SplitCredit(c); ok && t == "" {
			c = split // "(Bild: Bild erstellt mit KI …)" keeps its second "Bild"
		} else if ok && caption == "" && endsSentence(t) {
			// "Love thine enemy. Photo: Jo Lind/AFP": the caption too.
			caption, c = t, split
		} else {
			c = strings.TrimSpace(creditLabel.ReplaceAllString(cleanCredit(c), ""))
		}
		if c == "" || isCreditLabel(c) ||
			slices.ContainsFunc(parts, func(p string) bool { return strings.EqualFold(p, c) }) {
			continue
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, ", "), caption
}

// creditLabelWords are labels that a credit element may hold without the
// credit, which another element beside it holds.
var creditLabelWords = map[string]bool{"copyright": true, "©": true, "credit": true, "credits": true, "photo": true, "photos": true,
	"foto": true, "fotos": true, "bild": true, "bilder": true, "bildquelle": true, "bildnachweis": true, "source": true, "quelle": true, "fuente": true, "crédit": true,
	"crédits": true, "crédito": true, "image": true, "images": true, "imagen": true, "imágenes": true}

// isCreditLabel reports a text that is only a credit's label: "Fotos:",
// "Copyright".
func isCreditLabel(s string) bool {
	return creditLabelWords[strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ": "))]
}

// isFigureControl reports a button of a figure's caption: NPR's "hide
// caption" and "toggle caption", an "Enlarge this image" link.
func isFigureControl(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	var buf [6]string
	for tok := range strings.FieldsSeq(attr(n, "class")) {
		if words := classWords(tok, buf[:0], nil); len(words) > 1 && figureControlWords[strings.ToLower(words[0])] {
			return true
		}
	}
	return false
}

// figureControlWords open the class of a caption's buttons.
var figureControlWords = map[string]bool{"hide": true, "toggle": true, "show": true, "expand": true, "enlarge": true, "collapse": true}

// soleFigure returns the one <figure> inside box when box holds nothing
// else to read and no link to another page: the box is that figure's
// frame, whatever its class says. It returns nil otherwise.
func soleFigure(box *html.Node, stats pageStats) *html.Node {
	var fig *html.Node
	count := 0
	linked := false
	walk(box, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.Figure:
			fig = n
			count++
		case n.DataAtom == atom.A && attr(n, "href") != "" && !isImageAddress(attr(n, "href")):
			linked = true
		}
		return count < 2 && !linked
	})
	if count != 1 || linked || !stats[fig].hasImage || stats[fig].text != stats[box].text {
		return nil
	}
	return fig
}

// isAncestor reports whether a is n or holds n.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// nextElement returns the element after n among its siblings, or nil; it
// passes over the <noscript> copy of a lazy image and over scripts.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch s.Type {
		case html.ElementNode:
			switch s.DataAtom {
			case atom.Noscript, atom.Script, atom.Style, atom.Template:
				continue
			}
			return s
		case html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return nil
			}
		}
	}
	return nil
}

// holds reports whether n is or holds an element that is.
func holds(n *html.Node, is func(*html.Node) bool) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		found = found || c.Type == html.ElementNode && is(c)
		return !found
	})
	return found
}

// holdsInside reports whether an element below n is.
func holdsInside(n *html.Node, is func(*html.Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holds(c, is) {
			return true
		}
	}
	return false
}

// firstNonEmpty returns the first of vals that is not blank, trimmed.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// holdsFigureContent reports an element a figure may show instead of a
// picture: a table, code, a quotation, a list, a chart or an embed.
func holdsFigureContent(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Table, atom.Pre, atom.Code, atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Math, atom.Svg,
		atom.Canvas, atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio:
		return true
	}
	return false
}

// soleChild reports whether n is the only element of its parent, with no
// text beside it.
func soleChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}
