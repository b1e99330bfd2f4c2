package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isCaptionElement reports a figcaption or an element marked as a caption
// by its class or microdata, in English or in the words French, German and
// Italian templates use: "legende", "bildunterschrift", "didascalia".
func isCaptionElement(n *html.Node) bool {
	caption, _ := captionMarks(n)
	return caption
}

// captionMarks reports what isCaptionElement does, and whether n's class
// holds "credit", reading n's attributes once: it runs for every element
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
var captionClassWords = []string{"caption", "legend", "légende", "bildunterschrift", "didascalia"}

// markStarts holds the first bytes of captionClassWords and "credit".
var markStarts = func() (starts [utf8.RuneSelf]bool) {
	for _, w := range append(captionClassWords, "credit") {
		starts[w[0]] = true
	}
	return starts
}()

// classMarks reports whether class, lower-cased, holds one of
// captionClassWords, and whether it holds "credit", in one pass over an
// ASCII class.
func classMarks(class string) (caption, credit bool) {
	for i := 0; i < len(class); i++ {
		if class[i] >= utf8.RuneSelf {
			lc := strings.ToLower(class)
			for _, w := range captionClassWords {
				caption = caption || strings.Contains(lc, w)
			}
			return caption, strings.Contains(lc, "credit")
		}
	}
	for i := 0; i < len(class) && !(caption && credit); i++ {
		if !markStarts[lower(class[i])] {
			continue
		}
		rest := class[i:]
		for _, w := range captionClassWords {
			caption = caption || len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w)
		}
		credit = credit || len(rest) >= len("credit") && strings.EqualFold(rest[:len("credit")], "credit")
	}
	return caption, credit
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
	for tok := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if tok == "wp-caption" || tok == "image-caption-container" || tok == "media-with-caption" {
			return true
		}
	}
	if (st.hasImage || st.hasVideo) && st.text <= maxFigureText && isSlide(n) {
		return true
	}
	return st.hasImage && (st.hasCaption || st.hasCredit) && !st.hasFigure && st.text <= maxFigureText && n.DataAtom != atom.P
}

// isSlide reports one slide of a gallery or carousel: an image and its
// description, such as AP's "CarouselSlide".
func isSlide(n *html.Node) bool {
	for _, tok := range strings.Fields(attr(n, "class")) {
		if strings.Contains(tok, "--") {
			continue
		}
		words := classWords(tok, nil, nil)
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
// image of its own: the pair is a figure without the tag.
func siblingCaption(n *html.Node, stats pageStats) *html.Node {
	st := stats[n]
	if !isImage(n) && (!st.hasImage || st.text > 0 || st.hasFigure) {
		return nil
	}
	next := nextElement(n)
	if next == nil || !isCaptionElement(next) && !stats[next].hasCaption {
		return nil
	}
	if cs := stats[next]; cs.hasImage || cs.hasFigure || cs.text == 0 || cs.text > maxFigureText || inTeaser(n) {
		return nil
	}
	return next
}

// captionAttrs and creditAttrs hold an image's caption and credit on sites
// whose lightbox reads them from the <img> or the link around it.
var (
	captionAttrs = []string{"data-caption", "data-image-caption"}
	creditAttrs  = []string{"data-credit", "data-copyright", "data-photographer", "data-source", "data-image-credit"}
)

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
func bareFigure(n *html.Node, stats pageStats) (Caption, bool) {
	st := stats[n]
	if n.Type != html.ElementNode || n.DataAtom == atom.P || !st.hasImage || st.hasFigure || st.text == 0 || st.text > maxFigureText {
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
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
			kids = append(kids, c)
		}
	}
	if len(kids) < 2 || len(kids) > 3 || !stats[kids[0]].hasImage || stats[kids[0]].text > 0 || inTeaser(n) {
		return Caption{}, false
	}
	var texts []string
	for _, k := range kids[1:] {
		if stats[k].hasImage || holds(k, isLink) {
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
	} else if endsSentence(c.Text) {
		return Caption{}, false
	}
	return c, true
}

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
	if n.DataAtom == atom.Footer {
		return true
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

// harvestFigure turns a figure into a Caption, splitting the credit off
// whether it sits in an element of its own, at the end of the caption or in
// the image's title. A gallery — a figure holding figures — gives one
// Caption for each. A figure with no caption of its own takes the caption
// element that follows it, as some sites set the <figcaption> beside the
// <figure>; that element is removed with it.
func (p *prepass) harvestFigure(f *html.Node, base *url.URL, v *vocabulary) {
	if inner := innerFigures(f); len(inner) > 1 {
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
	var creditNode, captionNode, img *html.Node
	var junk []*html.Node
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
		if creditNode == nil && isCreditElement(n) {
			creditNode = n
			return false
		}
		caption := isCaptionElement(n) || slide && isSlideDescription(n)
		if _, _, ok := v.clutterOf(n); ok && !caption && !holds(n, isCaptionElement) {
			junk = append(junk, n) // share buttons inside the caption
			return false
		}
		if captionNode == nil && caption {
			captionNode = n
		}
		return true
	})
	if captionNode == nil && creditNode == nil {
		if next := nextElement(f); next != nil && holds(next, isCaptionElement) && !holds(next, isImage) {
			captionNode = next
			defer remove(next)
		}
	}
	for _, n := range junk {
		remove(n)
	}
	var credit string
	if creditNode != nil {
		credit = textOf(creditNode)
		remove(creditNode)
		if _, c, ok := clean.SplitCredit(credit); ok {
			credit = c
		}
		credit = strings.TrimSpace(strings.Trim(credit, "()"))
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
	if credit == "" && img != nil {
		credit = titleCredit(img)
	}
	text, _ = v.captionLabel(text)
	p.captions = append(p.captions, Caption{Text: text, Credit: credit, Image: imageURL(img, base)})
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

// firstNonEmpty returns the first of vals that is not blank, trimmed.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
