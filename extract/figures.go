package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isCaptionElement reports a figcaption or an element marked as a caption
// by its class or microdata.
func isCaptionElement(n *html.Node) bool {
	return n.DataAtom == atom.Figcaption || containsLower(attr(n, "class"), "caption") ||
		attr(n, "itemprop") == "caption"
}

// containsLower reports whether s, lower-cased, contains sub, a lower-case
// ASCII word. It lower-cases a copy only when s is not ASCII: this runs for
// every element of the page.
func containsLower(s, sub string) bool {
	if sub == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if lower(s[i]) == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
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
// caption-marked element inside, as CNN and the Daily Mail build them.
func isFigure(n *html.Node, st nodeStats) bool {
	if n.DataAtom == atom.Figure {
		return true
	}
	for tok := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if tok == "wp-caption" || tok == "image-caption-container" || tok == "media-with-caption" {
			return true
		}
	}
	if st.hasImage && st.text <= maxFigureText && isSlide(n) {
		return true
	}
	return st.hasImage && st.hasCaption && !st.hasFigure && st.text <= maxFigureText && n.DataAtom != atom.P
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

// creditWords mark the element inside a figure that holds the credit.
var creditWords = []string{"credit", "copyright", "attribution", "photographer", "source", "courtesy"}

// harvestFigure turns a figure into a Caption, splitting the credit off
// whether it sits in an element of its own or at the end of the caption.
func (p *prepass) harvestFigure(f *html.Node, base *url.URL, v *vocabulary) {
	var creditNode, captionNode *html.Node
	var image string
	var junk []*html.Node
	slide := isSlide(f)
	walk(f, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == f {
			return true
		}
		if n.DataAtom == atom.Img && image == "" {
			image = resolve(base, firstNonEmpty(attr(n, "src"), attr(n, "data-src")))
		}
		if _, _, ok := v.clutterOf(n); ok {
			junk = append(junk, n) // share buttons inside the caption
			return false
		}
		marks := classAndID(n)
		if creditNode == nil && (hasWordIn(marks, []string{"credit", "credits"}) || hasWordIn(marks, creditWords) && !isCaptionElement(n)) {
			creditNode = n
			return false
		}
		if captionNode == nil && (isCaptionElement(n) || slide && isSlideDescription(n)) {
			captionNode = n
		}
		return true
	})
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
		if credit == "" {
			// A credit beside the caption: BBC's "Image source, Getty Images".
			remove(captionNode)
			if t, c, ok := clean.SplitCredit(textOf(f)); ok && t == "" {
				credit = c
			}
		}
	}
	text, _ = v.captionLabel(text)
	p.captions = append(p.captions, Caption{Text: text, Credit: credit, Image: image})
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// resolve makes ref absolute against base; it drops data: and javascript:
// URLs, which never belong in output.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "":
		return u.String()
	}
	return ""
}
