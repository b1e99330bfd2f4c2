package extract

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The pre-pass cleans the parsed page before readability chooses its main
// content: it harvests figures into captions (readability drops or mangles
// many of them) and removes containers that are clutter by their element,
// ARIA role or class — share bars, newsletter boxes, related lists, cookie
// dialogs, paywall overlays. It is conservative: a container holding a large
// share of the page's text, or several long paragraphs, is never removed,
// since class names lie and losing the article is worse than keeping a box.

// prepass is what the pre-pass found and took out of the page.
type prepass struct {
	removed   []clean.Removal
	captions  []Caption
	paywalled bool
	lead      string
	byline    string // as printed on the page
	// descriptionBlock is the text of the smallest block on the page that
	// opens with the page's description: the standfirst or first paragraph
	// that the description summarises, which may serve as the lead if the
	// body lacks it.
	descriptionBlock string
}

// proseBytes is the length of a paragraph that starts the body text.
const proseBytes = 120

// Protection thresholds for the pre-pass.
const (
	protectShare      = 0.4 // of the page's text
	protectParagraphs = 2   // long paragraphs
	longParagraph     = 40  // words
)

// runPrepass cleans doc in place before readability sees it, and returns
// the captions, the printed byline, the standfirst and the removals.
// acceptLead vets a standfirst candidate's text, so that a line of clutter
// marked as a summary stays where the rules will find it.
func runPrepass(doc *html.Node, base *url.URL, meta pageMeta, acceptLead func(string) bool) prepass {
	p := prepass{byline: findByline(doc)}
	descKey := clean.Normalize(firstWords(meta.description, descriptionKeyWords))
	stats := statsOf(doc)
	total := max(stats[doc].text, 1)
	protected := func(n *html.Node) bool {
		return float64(stats[n].text)/float64(total) >= protectShare || stats[n].hasHeadline ||
			isContentContainer(n) || longParagraphs(n) >= protectParagraphs
	}

	var figures, clutter []*html.Node
	var kinds []clean.Kind
	var reasons []string
	var lead *html.Node
	var leadText string
	seenHeadline := false
	var headings []*html.Node
	seenProse := false // headings after the first paragraph are subheadings
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
			return true
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return false
		}
		if isFigure(n, stats[n]) && longParagraphs(n) == 0 {
			figures = append(figures, n)
			return false
		}
		if kind, reason, ok := clutterOf(n); ok && (!protected(n) || kind == clean.Banner && isConsentText(textOf(n))) {
			clutter = append(clutter, n)
			kinds = append(kinds, kind)
			reasons = append(reasons, reason)
			return false
		}
		if p.descriptionBlock == "" && opensWith(n, stats[n], descKey) {
			p.descriptionBlock = textOf(n)
		}
		if n.DataAtom == atom.H1 {
			seenHeadline = true
		}
		// A standfirst stands under the headline: a marked element above
		// it is a teaser of another story.
		if lead == nil && (seenHeadline || !stats[doc].hasHeadline) && isStandfirst(n, stats[n], meta.description) {
			if text := textOf(n); acceptLead(text) {
				lead, leadText = n, text
				return false
			}
		}
		if isHeading(n) && seenProse {
			headings = append(headings, n)
		}
		if n.DataAtom == atom.P && stats[n].text >= proseBytes {
			seenProse = true
		}
		return true
	})
	for _, h := range headings {
		keepHeading(h)
	}

	for _, f := range figures {
		p.harvestFigure(f, base)
		remove(f)
	}
	for i, n := range clutter {
		text := textOf(n)
		if kinds[i] == clean.Paywall && text != "" {
			p.paywalled = true
		}
		if text != "" {
			p.removed = append(p.removed, clean.Removal{Rule: string(kinds[i]) + "/" + reasons[i], Kind: kinds[i], Text: text})
		}
		remove(n)
	}
	if lead != nil {
		p.lead = leadText
		remove(lead)
	}
	return p
}

// pageStats holds, for every node, facts gathered in one bottom-up pass.
type pageStats map[*html.Node]nodeStats

type nodeStats struct {
	text       int  // bytes of text below
	hasImage   bool // an img or picture below
	hasCaption bool // an element marked as a caption below
	hasFigure  bool // a figure or heading below: this is more than an image box
	// hasHeadline: the page's h1 is below, so this holds the article.
	hasHeadline bool
}

// statsOf gathers pageStats for the whole document in one pass, walking
// the tree by its links in post-order: no stack, however deep the page.
func statsOf(doc *html.Node) pageStats {
	stats := make(pageStats, 1024)
	add := func(parent *html.Node, st nodeStats) {
		p := stats[parent]
		p.text += st.text
		p.hasImage = p.hasImage || st.hasImage
		p.hasCaption = p.hasCaption || st.hasCaption
		p.hasFigure = p.hasFigure || st.hasFigure
		p.hasHeadline = p.hasHeadline || st.hasHeadline
		stats[parent] = p
	}
	n := doc
	for n != nil {
		// Descend to the first leaf, skipping what holds no visible text.
		if n.FirstChild != nil && !(n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style)) {
			n = n.FirstChild
			continue
		}
		// Finish n, then every ancestor whose last child it is.
		for n != nil {
			st := stats[n]
			switch n.Type {
			case html.TextNode:
				st.text = len(strings.TrimSpace(n.Data))
			case html.ElementNode:
				st.hasImage = st.hasImage || n.DataAtom == atom.Img || n.DataAtom == atom.Picture
				st.hasCaption = st.hasCaption || isCaptionElement(n)
				st.hasFigure = st.hasFigure || n.DataAtom == atom.Figure || n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3
				st.hasHeadline = st.hasHeadline || n.DataAtom == atom.H1
				stats[n] = st
			}
			if n == doc {
				stats[n] = st
				return stats
			}
			add(n.Parent, st)
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	return stats
}

// isCaptionElement reports a figcaption or an element marked as a caption
// by its class or microdata.
func isCaptionElement(n *html.Node) bool {
	return n.DataAtom == atom.Figcaption || strings.Contains(strings.ToLower(attr(n, "class")), "caption") ||
		attr(n, "itemprop") == "caption"
}

// longParagraphs counts the paragraphs under n long enough to be body text.
func longParagraphs(n *html.Node) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if countWords(textOf(c)) >= longParagraph {
				count++
			}
			return false
		}
		return true
	})
	return count
}

// clutterElements and clutterRoles are removed by element and ARIA role.
var (
	clutterElements = map[atom.Atom]clean.Kind{
		atom.Nav: clean.Nav, atom.Footer: clean.Nav, atom.Aside: clean.Related, atom.Dialog: clean.Banner,
		atom.Form: clean.Newsletter, atom.Button: clean.Share, atom.Select: clean.Nav, atom.Iframe: clean.Ad,
	}
	clutterRoles = map[string]clean.Kind{
		"navigation": clean.Nav, "menu": clean.Nav, "menubar": clean.Nav, "search": clean.Nav,
		"contentinfo": clean.Nav, "complementary": clean.Related, "dialog": clean.Banner, "alertdialog": clean.Banner,
	}
	// clutterWords are matched against the first and last word of each class
	// and id token: "share-bar" and "article-share" both say share.
	clutterWords = map[string]clean.Kind{
		"share": clean.Share, "sharing": clean.Share, "social": clean.Share, "sharebar": clean.Share,
		"sharetools": clean.Share, "sharedaddy": clean.Share, "comments": clean.Share,
		"newsletter": clean.Newsletter, "signup": clean.Newsletter, "subscribe": clean.Newsletter,
		"related": clean.Related, "recommended": clean.Related, "recirc": clean.Related, "outbrain": clean.Related,
		"taboola": clean.Related, "sidebar": clean.Related, "trending": clean.Related, "mostread": clean.Related,
		"breadcrumb": clean.Nav, "breadcrumbs": clean.Nav, "tags": clean.Nav, "menu": clean.Nav, "nav": clean.Nav,
		"navigation": clean.Nav, "footer": clean.Nav, "bio": clean.Nav, "masthead": clean.Nav,
		"cookie": clean.Banner, "cookies": clean.Banner, "consent": clean.Banner, "gdpr": clean.Banner,
		"modal": clean.Banner, "popup": clean.Banner, "overlay": clean.Banner,
		"epic": clean.Promo, "contributions": clean.Promo, "donate": clean.Promo,
		"paywall": clean.Paywall, "piano": clean.Paywall, "regwall": clean.Paywall, "meter": clean.Paywall,
		"ad": clean.Ad, "ads": clean.Ad, "advert": clean.Ad, "advertisement": clean.Ad, "adslot": clean.Ad,
		"dfp": clean.Ad, "sponsored": clean.Ad, "promo": clean.Promo,
	}
	// classPrefixes are naming-scheme prefixes skipped before the first word.
	classPrefixes = map[string]bool{"c": true, "o": true, "l": true, "js": true, "u": true, "m": true, "t": true, "is": true, "has": true}
	// negations mark a class that says the opposite: "no-ads", "non-paywall".
	negations = map[string]bool{"no": true, "non": true, "not": true, "without": true, "hide": true, "hidden": true, "disable": true, "disabled": true}
)

// clutterOf reports whether n is clutter by element, role or class, with the
// kind and a reason that names the evidence.
func clutterOf(n *html.Node) (clean.Kind, string, bool) {
	if kind, ok := clutterElements[n.DataAtom]; ok {
		return kind, "element-" + n.Data, true
	}
	if kind, ok := clutterRoles[strings.ToLower(attr(n, "role"))]; ok {
		return kind, "role-" + strings.ToLower(attr(n, "role")), true
	}
	marks := attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component")
	if len(marks) == 2 {
		return "", "", false
	}
	for _, tok := range strings.Fields(marks) {
		if strings.Contains(tok, "--") {
			continue // a BEM modifier says how, not what
		}
		words := classWords(tok)
		if len(words) == 0 || negations[words[0]] || stateWords[words[len(words)-1]] {
			continue // "no-ads"; "modal-enabled", "share-button": not a container of that kind
		}
		for _, w := range []string{words[0], words[len(words)-1]} {
			if kind, ok := clutterWords[w]; ok {
				return kind, "class-" + w, true
			}
		}
	}
	return "", "", false
}

// stateWords end class names that describe a feature or a control, not a
// container of clutter: "modal-enabled", "modal-trigger", "share-icon".
var stateWords = map[string]bool{
	"enabled": true, "disabled": true, "active": true, "open": true, "opened": true, "closed": true,
	"visible": true, "trigger": true, "toggle": true, "close": true, "icon": true, "count": true, "counter": true,
}

// contentTokens are class and id names that mark the article itself.
var contentTokens = map[string]bool{
	"article": true, "post": true, "entry": true, "story": true, "content": true, "main": true,
	"article-body": true, "articlebody": true, "article-content": true, "entry-content": true,
	"post-content": true, "post-body": true, "story-body": true, "story-content": true, "main-content": true,
}

// isContentContainer reports an element whose class or id names it as the
// article: whatever else its classes say, it is not removed.
func isContentContainer(n *html.Node) bool {
	for _, tok := range strings.Fields(classAndID(n)) {
		if contentTokens[tok] {
			return true
		}
	}
	return attr(n, "itemprop") == "articleBody"
}

// genericParts are the parts of a class name that say nothing of its
// content: "su-newsletter-box", "ArticleInlineNewsletter_root".
var genericParts = map[string]bool{
	"root": true, "container": true, "wrapper": true, "wrap": true, "inner": true, "outer": true, "box": true,
	"block": true, "module": true, "component": true, "section": true, "layer": true, "holder": true, "area": true,
}

// classWords splits one class or id token, as written, into its meaningful
// lower-case words:
// hyphen, underscore and camelCase parts, without namespace prefixes ("c-",
// "su-"), CSS-module hashes ("q1Zd3") or generic parts ("root", "box").
func classWords(tok string) []string {
	words := make([]string, 0, 4)
	for start := 0; start < len(tok); {
		end := strings.IndexAny(tok[start:], "-_")
		if end < 0 {
			end = len(tok)
		} else {
			end += start
		}
		part := tok[start:end]
		start = end + 1
		if part == "" || genericParts[part] || genericParts[strings.ToLower(part)] || looksLikeHash(part) {
			continue
		}
		if !hasUpper(part) {
			words = append(words, part)
			continue
		}
		words = append(words, splitCamel(part)...)
	}
	for len(words) > 1 && (classPrefixes[words[0]] || len(words[0]) <= 2 && clutterWords[words[0]] == "") {
		words = words[1:]
	}
	return words
}

// looksLikeHash reports a generated suffix such as "1eyg9ck" or "3lLdh".
func looksLikeHash(s string) bool {
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits > 0 && letters > 0 || (digits > 0 && len(s) > 3)
}

// splitCamel splits "ArticleInlineNewsletter" into lower-case words.
func splitCamel(s string) []string {
	if !hasUpper(s) {
		return []string{s} // most class names: no allocation beyond the slice
	}
	var words []string
	start := 0
	runes := []rune(s)
	for i := 1; i < len(runes); i++ {
		if unicode.IsUpper(runes[i]) && unicode.IsLower(runes[i-1]) {
			words = append(words, strings.ToLower(string(runes[start:i])))
			start = i
		}
	}
	return append(words, strings.ToLower(string(runes[start:])))
}

// consentWords are the vocabulary of cookie-consent dialogs.
var consentWords = []string{"cookie", "consent", "partners", "legitimate interest", "privacy", "personal data",
	"your device", "advertising", "personalised", "personalized", "tracking", "preferences"}

// isConsentText reports text that reads as a cookie-consent notice. Such a
// dialog may hold more text than a short article, so size alone must not
// protect it.
func isConsentText(text string) bool {
	text = strings.ToLower(text)
	hits := 0
	for _, w := range consentWords {
		if strings.Contains(text, w) {
			hits++
		}
	}
	return hits >= 4
}

// standfirstWords mark the element that holds an article's standfirst.
var standfirstWords = map[string]bool{
	"standfirst": true, "dek": true, "subtitle": true,
	"lede": true, "summary": true, "intro": true, "deck": true, "strapline": true, "sapo": true, "chapo": true,
}

// isStandfirst reports whether n is the standfirst: marked by its class, or
// holding the page's own description, and of a standfirst's length.
func isStandfirst(n *html.Node, st nodeStats, description string) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span:
	default:
		return false
	}
	// Cheap tests first: this runs for every element of the page.
	if st.text < 20 || st.text > 800 {
		return false
	}
	marked := false
	if class := attr(n, "class") + " " + attr(n, "id"); len(class) > 1 {
		for _, tok := range strings.Fields(class) {
			words := classWords(tok)
			if len(words) > 0 && (standfirstWords[words[0]] || standfirstWords[words[len(words)-1]]) {
				marked = true
				break
			}
		}
	}
	if !marked && (description == "" || st.text < len(description)*4/5 || st.text > len(description)*6/5+10) {
		return false
	}
	text := textOf(n)
	words := countWords(text)
	if words < 6 || words > 80 || longParagraphs(n) > 1 {
		return false
	}
	if marked {
		return true
	}
	// The description often repeats the first paragraph: a paragraph among
	// paragraphs is body text, not a standfirst.
	return clean.Normalize(text) == clean.Normalize(description) && !amongParagraphs(n)
}

// descriptionKeyWords is how many of the description's first words must
// open a block for it to be the block the description summarises.
const descriptionKeyWords = 8

// opensWith reports whether n is a text block, of a standfirst's or a
// paragraph's size, whose normalised text opens with key.
func opensWith(n *html.Node, st nodeStats, key string) bool {
	if key == "" || st.text < len(key) || st.text > 2000 {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.H2:
	case atom.Div, atom.Section, atom.Span:
		if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode {
			return false // only a bare text box; teaser cards hold more
		}
	default:
		return false
	}
	// Cheap test first: the block's first words must open the key.
	first := clean.Normalize(firstText(n))
	if first == "" || !strings.HasPrefix(key, first[:min(len(first), len(key))]) && !strings.HasPrefix(first, key) {
		return false
	}
	return strings.HasPrefix(clean.Normalize(textOf(n)), key)
}

// firstText returns n's first non-blank text node.
func firstText(n *html.Node) string {
	found := ""
	walk(n, func(c *html.Node) bool {
		if found != "" {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			found = c.Data
		}
		return c.Type != html.ElementNode || (c.DataAtom != atom.Script && c.DataAtom != atom.Style)
	})
	return found
}

// amongParagraphs reports whether n has two or more sibling paragraphs of
// body length.
func amongParagraphs(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	count := 0
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode && c.DataAtom == atom.P && countWords(textOf(c)) >= 15 {
			count++
		}
	}
	return count >= 2
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// keepHeading protects a subheading from readability, which deletes h1 and
// h2 elements whose class it dislikes ("subheader") or whose text resembles
// the title ("What happens next?" under "…: what happens next"). The
// heading keeps its text and level of importance in our output, where
// every heading is a heading.
func keepHeading(n *html.Node) {
	if n.DataAtom == atom.H2 {
		n.DataAtom, n.Data = atom.H3, "h3"
	}
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			attrs = append(attrs, a)
		}
	}
	n.Attr = attrs
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
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if tok == "wp-caption" || tok == "image-caption-container" || tok == "media-with-caption" {
			return true
		}
	}
	return st.hasImage && st.hasCaption && !st.hasFigure && st.text <= maxFigureText && n.DataAtom != atom.P
}

// creditWords mark the element inside a figure that holds the credit.
var creditWords = []string{"credit", "copyright", "attribution", "photographer", "source", "courtesy"}

// harvestFigure turns a figure into a Caption, splitting the credit off
// whether it sits in an element of its own or at the end of the caption.
func (p *prepass) harvestFigure(f *html.Node, base *url.URL) {
	var creditNode, captionNode *html.Node
	var image string
	var junk []*html.Node
	walk(f, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == f {
			return true
		}
		if n.DataAtom == atom.Img && image == "" {
			image = resolve(base, firstNonEmpty(attr(n, "src"), attr(n, "data-src")))
		}
		if _, _, ok := clutterOf(n); ok {
			junk = append(junk, n) // share buttons inside the caption
			return false
		}
		marks := classAndID(n)
		if creditNode == nil && (hasWordIn(marks, []string{"credit", "credits"}) || hasWordIn(marks, creditWords) && !isCaptionElement(n)) {
			creditNode = n
			return false
		}
		if captionNode == nil && isCaptionElement(n) {
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
	text, _ = captionLabel(text)
	p.captions = append(p.captions, Caption{Text: text, Credit: credit, Image: image})
}

// hasWordIn reports whether any class token of s has one of words as a
// hyphen- or underscore-separated part.
func hasWordIn(s string, words []string) bool {
	for _, tok := range strings.Fields(s) {
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			for _, w := range words {
				if part == w {
					return true
				}
			}
		}
	}
	return false
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

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
