package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/declutter/declutter/internal/textutil"
)

// The title is the headline as printed. Pages state it several times: in
// <title> with the site's name around it ("… | homify", "BMAS - …"), in
// og:title and JSON-LD headline, often shortened for search engines, and in
// the h1 the reader sees. The printed heading wins when it agrees with what
// the metadata says; otherwise the metadata's title is taken, less the
// site's name.

// A heading is a candidate for the printed headline.
type heading struct {
	text  string
	level int // 1 for h1 and itemprop=headline, 2 for h2, 3 for h3
	// kicker counts the key words of a kicker printed apart before the
	// headline, in the heading's first element ("<span
	// class=overline>Flood inquiry</span> Two resign"); 0 when none.
	kicker int
	// home marks a heading that is all a link to the site's home page:
	// the site's logo, not a headline.
	home bool
}

// maxHeadings bounds how many headings are read from one page.
const maxHeadings = 40

// maxTitleWords is the longest heading read as a headline.
const maxTitleWords = 60

// headingsOf returns the page's visible h1–h3 and itemprop=headline
// elements, in document order, outside navigation, asides and footers.
func headingsOf(doc *html.Node) []heading {
	var out []heading
	walk(doc, func(n *html.Node) bool {
		if len(out) >= maxHeadings {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Nav, atom.Aside, atom.Footer, atom.Head:
			return false
		}
		if isHidden(n) || screenReaderOnly(n) {
			return false
		}
		level := 0
		switch n.DataAtom {
		case atom.H1:
			level = 1
		case atom.H2:
			level = 2
		case atom.H3:
			level = 3
		}
		if strings.Contains(attr(n, "itemprop"), "headline") {
			level = 1
		}
		if level == 0 {
			return true
		}
		if text := trimLeadingMarks(headingText(n)); text != "" && textutil.CountWords(text) <= maxTitleWords {
			out = append(out, heading{text: text, level: level, kicker: kickerWords(n), home: linksHome(n, text)})
		}
		return false
	})
	return out
}

// screenReaderClasses are the utility classes that move an element out of
// sight for screen readers only: a heading so classed is not printed
// ("<h2 class=screen-reader-text>Headline: Subtitle | Site</h2>" above the
// h1 the reader sees).
var screenReaderClasses = [...]string{"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden"}

// screenReaderOnly reports an element classed for screen readers only.
func screenReaderOnly(n *html.Node) bool {
	class := attr(n, "class")
	for _, c := range screenReaderClasses {
		if classHas(class, c) {
			return true
		}
	}
	return false
}

// linksHome reports whether heading n, whose text is text, is all a link
// to the site's home page: "<h1><a href="/">Archive of Our Own</a></h1>".
func linksHome(n *html.Node, text string) bool {
	a := n
	for a != nil && a.DataAtom != atom.A {
		if a.FirstChild == nil {
			return false
		}
		c := a.FirstChild
		for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			c = c.NextSibling
		}
		if c == nil || c.Type != html.ElementNode {
			return false
		}
		a = c
	}
	if a == nil || titleKey(textOf(a)) != titleKey(text) {
		return false
	}
	href := strings.TrimSpace(attr(a, "href"))
	if u, err := url.Parse(href); err == nil && u.Host != "" && u.RawQuery == "" {
		href = u.Path
	}
	switch href {
	case "/", "./", "/index.html", "/index.php":
		return true
	}
	return false
}

// headingText returns a heading's text as printed. A kicker in an element
// of its own before the headline ("<span class=topline>Flood inquiry</span>
// <span>Two resign</span>") is set off by a colon, as readers see it and as
// the metadata titles write it.
func headingText(n *html.Node) string {
	text, _ := inlineText(n)
	var parts []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return text // running text: no kicker
		case c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "":
			parts = append(parts, c)
		}
	}
	if len(parts) < 2 || len(parts[0].Attr) == 0 {
		return text
	}
	kicker, _ := inlineText(parts[0])
	// "Politics |", "Local News /": the kicker's own separator gives way
	// to the colon.
	kicker = strings.TrimRight(kicker, " |/·•›»>")
	last, _ := utf8.DecodeLastRuneInString(kicker)
	if textutil.CountWords(kicker) > 8 || unicode.IsPunct(last) {
		return text
	}
	var rest strings.Builder
	for _, p := range parts[1:] {
		t, _ := inlineText(p)
		if titleKey(t) == "" {
			return text // a separator of its own: the text has it already
		}
		rest.WriteString(t)
		rest.WriteByte(' ')
	}
	return kicker + ": " + collapseSpaces(rest.String())
}

// trimLeadingMarks drops the marks a site's style prints before a heading
// ("[> Jens Weber", "| Headline"): separators, arrows, bullets and an
// opening bracket that nothing closes. Quotes stay, » and › too: they
// open quotations in German and French.
func trimLeadingMarks(s string) string {
	for {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case strings.ContainsRune("|>•·–—:/", r):
		case r == '[' && !strings.Contains(s, "]"), r == '(' && !strings.Contains(s, ")"):
		default:
			return s
		}
		s = strings.TrimLeft(s[size:], " ")
	}
}

// kickerWords returns how many key words the first element of heading n
// holds when text follows it: a kicker set apart from the headline. It
// returns 0 when the heading starts with running text.
func kickerWords(n *html.Node) int {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			continue
		case c.Type != html.ElementNode:
			return 0
		}
		words := len(strings.Fields(titleKey(textOf(c))))
		if words == 0 {
			continue // an icon or an empty anchor
		}
		for rest := c.NextSibling; rest != nil; rest = rest.NextSibling {
			if titleKey(textOf(rest)) != "" {
				return words
			}
		}
		return 0
	}
	return 0
}

// minHeadlineAgreement is how closely a page's only h1 must agree with
// a metadata title cut in pieces by a separator to be taken as the
// headline when no heading agrees as closely as minTitleAgreement: the
// words of one subject.
const minHeadlineAgreement = 0.45

// minHeadlineWords is the fewest words of an h1 taken so.
const minHeadlineWords = 3

// minHeadlineShared is the fewest key words such an h1 shares with the
// metadata title: one word ("Title", "News") is no subject.
const minHeadlineShared = 2

// minTitleAgreement is how closely a heading must agree with a metadata
// title to be taken as the headline.
const minTitleAgreement = 0.7

// chooseTitle returns the printed headline: the heading that best agrees
// with the page's metadata titles, else the first metadata title less the
// site's name. found is the title readability chose, the last resort.
func chooseTitle(found string, m pageMeta, heads []heading, sites []string) string {
	title, _ := chooseTitleHeading(found, m, heads, sites)
	return title
}

// chooseTitleHeading is chooseTitle that also returns the whole text of
// the heading the title was read from when it differs from the title (a
// kicker cut off it), so that the body can drop the heading as the
// title's.
func chooseTitleHeading(found string, m pageMeta, heads []heading, sites []string) (title, heading string) {
	var metas []string
	for _, t := range []string{m.headline, m.ogTitle, m.twitterTitle, m.docTitle, found} {
		if t = collapseSpaces(normaliseSpaces(t)); t != "" && !slices.Contains(metas, t) {
			metas = append(metas, t) // once each: the same title agrees alike
		}
	}
	if len(metas) == 0 {
		for _, h := range heads {
			if h.level == 1 {
				return h.text, ""
			}
		}
		return "", ""
	}
	forms := make([]titleForms, len(metas))
	for i, t := range metas {
		forms[i] = formsOf(t, sites)
	}
	best, bestHeading, bestScore := "", "", 0.0
	var h1 string // the page's one h1, and how it agrees
	h1s, h1Score := 0, 0.0
	for _, h := range heads {
		hk := titleKey(h.text)
		if hk == "" || isSiteName(h.text, sites) && !agreesLessSite(hk, forms) && textutil.CountWords(h.text) < minProductWords {
			continue
		}
		if h.level == 1 && !h.home && titleKey(h1) != hk {
			// One headline printed twice, for narrow and wide screens,
			// counts once.
			h1s++
			h1 = h.text
			h1Score = 0
			for _, f := range forms {
				if f.isSegment(hk) {
					h1Score = 0 // the site's name the title ends or starts with
					break
				}
				if len(f.splits) > 0 && sharedWords(hk, f.key) >= minHeadlineShared {
					h1Score = max(h1Score, f.agreement(hk))
				}
			}
		}
		score, text := 0.0, h.text
		for _, f := range forms {
			if s := f.agreement(hk); s > score {
				score, text = s, h.text
			}
			if s, n := f.withKicker(hk, h.kicker); s > score {
				score, text = s, lastWords(h.text, n)
			}
		}
		// A heading printed with the site's name: "Headline | FASSETTE.NET".
		if bare := stripSiteName(h.text, sites); bare != h.text {
			for _, f := range forms {
				if f.key == titleKey(bare) && kickerAgreement > score {
					score, text = kickerAgreement, bare
				}
			}
		}
		if score < minTitleAgreement {
			continue
		}
		if h.level == 1 {
			score += 0.05 // of headings that agree alike, the h1
		}
		if score > bestScore {
			best, bestHeading, bestScore = text, "", score
			if text != h.text {
				bestHeading = h.text
			}
		}
	}
	if best != "" {
		// A heading that copies <title>, the site's name and all:
		// "Tote Hummeln unter Linden: Die Erklärung | Hummeln".
		if bare := stripSiteName(best, sites); bare != best {
			if bestHeading == "" {
				bestHeading = best
			}
			best = bare
		}
		return best, bestHeading
	}
	// No heading agrees, but the page prints one headline on the subject
	// of its metadata titles, which were written in pieces for search
	// engines: "Eignet sich eine Wärmepumpe im Altbau?" over "Wärmepumpe
	// im Altbau - Wann es sich lohnt".
	if h1s == 1 && h1Score >= minHeadlineAgreement && textutil.CountWords(h1) >= minHeadlineWords {
		return h1, ""
	}
	if found != "" {
		return stripSiteName(found, sites), ""
	}
	return stripSiteName(metas[0], sites), ""
}

// subtitleOf returns the subtitle a metadata title prints after the
// headline: "Subtitle" of "Headline - Subtitle | Site" when the headline
// is title; "" when none does. Pages print it under the headline, as a
// standfirst.
func subtitleOf(title string, m pageMeta, sites []string) string {
	key := titleKey(title)
	if key == "" {
		return ""
	}
	for _, t := range []string{m.headline, m.ogTitle, m.twitterTitle, m.docTitle} {
		t = collapseSpaces(normaliseSpaces(t))
		bare := stripSiteName(t, sites)
		if bare == t {
			continue
		}
		parts := splitTitle(bare)
		for i := 1; i < len(parts); i++ {
			if titleKey(joinParts(parts[:i])) == key {
				rest := slices.Clone(parts[i:])
				rest[0].sep = ""
				return strings.TrimSpace(joinParts(rest))
			}
		}
	}
	return ""
}

// minProductWords is the fewest words of a heading that holds the site's
// name and is never the site's name alone: a product or a subject named
// after the company ("Parallels Desktop 15 for Mac" on parallels.com).
const minProductWords = 5

// agreesLessSite reports whether heading key h agrees with a metadata
// title less the site's name: a headline that holds the site's name
// ("Tote Hummeln unter Linden" on a site called "Hummeln"), not the
// site's name alone.
func agreesLessSite(h string, forms []titleForms) bool {
	for _, f := range forms {
		if f.stripped != "" && f.stripped != f.key && wordOverlap(h, f.stripped) >= minTitleAgreement {
			return true
		}
	}
	return false
}

// titleForms are the forms of a metadata title a heading is compared with,
// worked out once for all of a page's headings.
type titleForms struct {
	key      string       // the title's titleKey
	stripped string       // the key of the title less the site's name
	splits   []titleSplit // the title cut at each separator
	// heads are the keys of the title less the site's name, when it had
	// one, up to a separator: "Headline - Subtitle | Site" gives
	// "headline".
	heads []string
}

// titleSplit is a title cut in two at a separator: "Headline - Some Blog".
type titleSplit struct {
	headKey, tailKey     string
	headWords, tailWords int
}

func formsOf(title string, sites []string) titleForms {
	f := titleForms{key: titleKey(title)}
	if f.key == "" {
		return f
	}
	bare := stripSiteName(title, sites)
	f.stripped = titleKey(bare)
	if f.stripped != f.key {
		bareParts := splitTitle(bare)
		for i := 1; i < len(bareParts); i++ {
			if head := joinParts(bareParts[:i]); textutil.CountWords(head) >= minHeadlineWords {
				f.heads = append(f.heads, titleKey(head))
			}
		}
	}
	parts := splitTitle(title)
	for i := 1; i < len(parts); i++ {
		head, tail := joinParts(parts[:i]), joinParts(parts[i:])
		f.splits = append(f.splits, titleSplit{
			headKey: titleKey(head), tailKey: titleKey(tail),
			headWords: textutil.CountWords(head), tailWords: textutil.CountWords(tail),
		})
	}
	return f
}

// agreement scores how well a heading agrees with the title, from 0 to 1:
// 1 when equal, 0.95 when the title is the heading with the site's name
// around it, else the overlap of their words. h is the heading's titleKey,
// not empty; a heading that is only the site's name agrees with nothing and
// is not scored.
func (f titleForms) agreement(h string) float64 {
	if f.key == "" {
		return 0
	}
	if h == f.key {
		return 1
	}
	if f.stripped == h {
		return 0.95
	}
	// "Headline - Some Blog", "Section: Headline": the heading is the
	// title's first or last segments, the rest is the site's.
	for _, s := range f.splits {
		if s.headKey == h && s.tailWords <= s.headWords ||
			s.tailKey == h && s.headWords < s.tailWords {
			return 0.9
		}
	}
	// "Headline - Subtitle | Site": the heading is the title less the
	// site's name up to a separator, a subtitle after it.
	if slices.Contains(f.heads, h) {
		return 0.9
	}
	// A near match by words never beats a form that matches exactly: a
	// long headline with a one-word kicker overlaps its title by 0.97.
	overlap := wordOverlap(h, f.key)
	if f.stripped != f.key { // most titles name no site
		overlap = max(overlap, wordOverlap(h, f.stripped))
	}
	return min(overlap, maxOverlapAgreement)
}

// isSegment reports whether heading key h is the shorter side of the
// title cut at a separator: the site's name ("痞客邦 PIXNET" of "… :: 痞客邦
// PIXNET ::").
func (f titleForms) isSegment(h string) bool {
	for _, s := range f.splits {
		if s.tailWords < s.headWords && s.tailKey == h || s.headWords < s.tailWords && s.headKey == h {
			return true
		}
	}
	return false
}

// maxOverlapAgreement is the most a heading agrees with a title by the
// overlap of their words alone: less than any exact form.
const maxOverlapAgreement = 0.89

// maxKickerWords is the longest kicker cut off a heading.
const maxKickerWords = 8

// kickerAgreement is how well a heading agrees with a title that is the
// heading less a kicker: less than the title itself, more than the title
// with the site's name around it.
const kickerAgreement = 0.97

// withKicker reports whether the heading is the title with a kicker in
// front, printed apart ("Auftragshoch bei FACC : Luftfahrtbranche hebt
// ab", "Local News | Brothel busted", "1. Februar 2022 Ministerin Raab: …"),
// when the title, less the site's name, is the headline without it. kicker
// is the number of key words the heading's kicker element holds: a
// headline printed as one run ("\"Pure Leere\": Kramer verpasst Peking")
// is never cut. It returns the agreement and how many of the heading's key
// words are the headline; a page whose metadata keeps the kicker
// ("Klimaschutz: Bohren, bis es heiß wird") agrees with the whole heading
// instead.
func (f titleForms) withKicker(h string, kicker int) (float64, int) {
	if kicker == 0 || kicker > maxKickerWords {
		return 0, 0
	}
	for _, k := range [...]string{f.key, f.stripped} {
		if k == "" || len(k) >= len(h) || !strings.HasSuffix(h, k) || h[len(h)-len(k)-1] != ' ' {
			continue
		}
		if n := len(strings.Fields(k)); len(strings.Fields(h[:len(h)-len(k)])) == kicker && n >= 2 {
			return kickerAgreement, n
		}
	}
	return 0, 0
}

// lastWords returns the end of s that holds its last n key words (as
// titleKey splits them), with the quotes or brackets that open it.
func lastWords(s string, n int) string {
	start, count := len(s), 0
	inWord := false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && inWord {
			count++
			if count == n {
				break
			}
		}
		inWord = word
		i -= size
		start = i
	}
	// Keep what opens the first word: a quote or a bracket, not a
	// separator.
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.Is(unicode.Ps, r) && !unicode.Is(unicode.Pi, r) && r != '"' && r != '\'' && r != '„' {
			break
		}
		start -= size
	}
	return strings.TrimSpace(s[start:])
}

// titleKey is a title's comparison form: lower case, words only.
func titleKey(s string) string {
	if hasInvisibleMark(s) {
		// "Paläs\u00adti\u00adnenser": a soft hyphen splits no word.
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune(invisibleMarks, r) {
				return -1
			}
			return r
		}, s)
	}
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// invisibleMarks are the characters inside words that print nothing: the
// soft hyphen and the zero-width space, joiners and word joiner.
const invisibleMarks = "\u00ad\u200b\u200c\u200d\u2060"

// hasInvisibleMark reports whether s holds one of invisibleMarks, by their
// bytes as hasOddSpace looks for odd spaces: U+00AD is C2 AD, the others
// E2 80 8B to 8D and E2 81 A0.
func hasInvisibleMark(s string) bool {
	from := len(s)
	for _, b := range [...]byte{0xC2, 0xE2} {
		if i := strings.IndexByte(s[:from], b); i >= 0 {
			from = i
		}
	}
	for i := from; i < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xAD {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && (s[i+1] == 0x80 && 0x8B <= s[i+2] && s[i+2] <= 0x8D || s[i+1] == 0x81 && s[i+2] == 0xA0) {
				return true
			}
		}
	}
	return false
}

// sharedWords counts the words two keys share, as multisets.
func sharedWords(a, b string) int {
	aw := strings.Fields(a)
	common := 0
	for _, w := range strings.Fields(b) {
		if i := slices.Index(aw, w); i >= 0 {
			aw[i] = ""
			common++
		}
	}
	return common
}

// wordOverlap is the F1 of the two keys' words, as multisets.
func wordOverlap(a, b string) float64 {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 || len(bw) == 0 {
		return 0
	}
	count := make(map[string]int, len(aw))
	for _, w := range aw {
		count[w]++
	}
	common := 0
	for _, w := range bw {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(aw)+len(bw))
}

// titleSeparators set a site's name off a headline. Each has spaces on both
// sides: a colon or dash inside a headline has none before it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " : ", " :: ", " · ", " • ", " » ", " › ", " // ", " / ", " ~ ", " │ ", " ǀ "}

// breadcrumbSeparator sets the sections of a breadcrumb apart, whatever
// separator the site's name has: "Headline / Politik / Artikel / Home -
// stol.it" (two of them at least: "Streit um Ukraine / Russland" is a
// headline). » and › set off subtitles as often as sections.
const breadcrumbSeparator = " / "

// splitTitle splits a title at its separators.
func splitTitle(title string) []titlePart {
	var parts []titlePart
	rest, sep := title, ""
	for {
		i, w := firstSeparator(rest)
		if i < 0 {
			return append(parts, titlePart{rest, sep})
		}
		parts = append(parts, titlePart{rest[:i], sep})
		sep, rest = rest[i:i+w], rest[i+w:]
	}
}

// stripSiteName removes the site's name, and the section names beside it,
// from the end or the start of a title: "Headline | Section | Site",
// "Site - Headline". A title without a known site name is left as it is.
func stripSiteName(title string, sites []string) string {
	parts := splitTitle(title)
	if len(parts) < 2 {
		return title
	}
	// The site's name at the end: drop it and what follows; then the short
	// section names before it, set off by the same separator.
	for i := 1; i < len(parts); i++ {
		if !isSiteName(parts[i].text, sites) {
			continue
		}
		j := i
		crumbs := 0
		for _, p := range parts[:i] {
			if p.sep == breadcrumbSeparator {
				crumbs++
			}
		}
		for j > 1 && (parts[j-1].sep == parts[i].sep || crumbs >= 2 && parts[j-1].sep == breadcrumbSeparator) &&
			textutil.CountWords(parts[j-1].text) <= 3 && textutil.CountWords(joinParts(parts[:j-1])) >= 3 {
			j--
		}
		parts = parts[:j]
		break
	}
	// The site's name at the start.
	for i := len(parts) - 2; i >= 0; i-- {
		if isSiteName(parts[i].text, sites) && textutil.CountWords(joinParts(parts[:i+1])) <= textutil.CountWords(joinParts(parts[i+1:])) {
			parts = parts[i+1:]
			parts[0].sep = ""
			break
		}
	}
	if len(parts) == 0 {
		return title
	}
	if s := strings.TrimSpace(joinParts(parts)); s != "" {
		return s
	}
	return title
}

// A titlePart is a segment of a title and the separator before it.
type titlePart struct{ text, sep string }

func joinParts(parts []titlePart) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.sep)
		b.WriteString(p.text)
	}
	return b.String()
}

// firstSeparator returns the index and width of the first title separator
// in s, or -1.
func firstSeparator(s string) (int, int) {
	at, width := -1, 0
	for _, sep := range titleSeparators {
		if i := strings.Index(s, sep); i >= 0 && (at < 0 || i < at || i == at && len(sep) > width) {
			at, width = i, len(sep)
		}
	}
	return at, width
}

// isSiteName reports whether s names the site: one of its stated names, or
// its host name's main label ("homify" for www.homify.de, "AP News" for
// apnews.com), compared without case, spaces or punctuation.
func isSiteName(s string, sites []string) bool {
	k := squash(s)
	if len(k) < 2 {
		return false
	}
	if strings.Contains(s, ".") && domainName.MatchString(strings.TrimSpace(s)) {
		return true // "FASSETTE.NET", "stol.it": a site, whichever
	}
	for _, site := range sites {
		sk := squash(site)
		if sk == "" {
			continue
		}
		if k == sk || len(sk) >= 4 && strings.Contains(k, sk) && len(k) <= 2*len(sk)+12 {
			return true
		}
		// Most of the site's name: "Point of Sail" for pointofsail-kiel.de.
		if len(k) >= 5 && strings.Contains(sk, k) && 3*len(k) >= 2*len(sk) {
			return true
		}
	}
	return false
}

// domainName matches a name written as a host: "Golem.de", "FASSETTE.NET".
var domainName = regexp.MustCompile(`^(?i:[\p{L}\d-]+\.)+(?i:[a-z]{2,6})$`)

// squash keeps the letters and digits of s, lower-cased.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteNames returns the names a page goes by: those its metadata states and
// its host's main label.
func siteNames(host string, names ...string) []string {
	var out []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return append(out, hostLabels(host)...)
}

// minSubdomainLabel is the shortest label before a host's main one read as
// a site's name ("seglerblog" of seglerblog.example.de); shorter ones are
// mostly sections ("news", "blog").
const minSubdomainLabel = 6

// hostLabels returns the labels of a host that name its site: the main
// label and long labels before it.
func hostLabels(host string) []string {
	main := hostLabel(host)
	if main == "" {
		return nil
	}
	out := []string{main}
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		if l == main {
			break
		}
		if len(l) >= minSubdomainLabel {
			out = append(out, l)
		}
	}
	return out
}

// secondLevel are the labels under a country's domain that name a kind of
// site, not a site: .co.uk, .com.au, .gv.at, .or.jp.
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true,
	"gv": true, "or": true, "ne": true, "go": true, "edu": true, "gob": true, "gouv": true, "nic": true}

// hostLabel returns the main label of a host: "homify" for www.homify.de,
// "bbc" for www.bbc.co.uk.
func hostLabel(host string) string {
	labels := strings.Split(strings.ToLower(host), ".")
	for len(labels) > 0 && (labels[0] == "www" || labels[0] == "m" || labels[0] == "amp" || labels[0] == "edition") {
		labels = labels[1:]
	}
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain
	// A second-level suffix such as .co.uk or .com.au.
	if n := len(labels); n >= 2 && secondLevel[labels[n-1]] {
		labels = labels[:n-1]
	}
	return labels[len(labels)-1]
}
