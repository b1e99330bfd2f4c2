package extract

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
)

// On a whole page the headline is not the first line: skip links, menus
// and section labels come first. It is the line just above the article,
// before the byline, date and standfirst; the page's URL, when known,
// usually spells it out in its slug. readPageHeader looks back from the
// article region for it and reads the header lines between it and the
// body.

// headlineReach is how many lines above the article region the headline
// is looked for.
const headlineReach = 80

// slugReach is how many lines into the article region a line that spells
// the URL's slug may be the headline.
const slugReach = 4

// regionReach is how many lines into the article region the headline is
// looked for: a consent notice or a sign-in box above the headline may
// read as prose and open the region.
const regionReach = 15

// pageHeader is what readPageHeader found: the header fields and where the
// body starts.
type pageHeader struct {
	header
	v          *vocabulary // the words the header is read by
	host       string      // the page's host, whose country may tell its clock's zone
	hostLabels []string    // the labels of host that can name the site
	headline   int         // index of the headline line, -1 when none
	bodyStart  int
	// meta marks the lines between the headline and the body that are
	// header fields (byline, date, site, lead), reported neither as body
	// nor as removed.
	meta map[int]bool
	// reported names the removal of the header lines that are reported in
	// Removed all the same: a date line, an author's role. A date line that
	// also gave the byline is not among them.
	reported map[int]string
	placed   bool // the date's clock time is in its zone
	// bareAt is the line of bare names under the headline readBelow took
	// as the byline, -1 when it took none or a labelled one.
	bareAt int
}

// readLocalDate reads t as a date line written the way pages outside the
// English-speaking world write them, into ph.published.
func (ph *pageHeader) readLocalDate(t string) bool {
	d, ok := parseLocalDate(t)
	if ok {
		ph.published = d
	}
	return ok
}

// placeClock puts the clock time just read off date line t in its zone:
// the one the line names after it, else the one of the page's country.
// A zone dateparse read stands.
func (ph *pageHeader) placeClock(t string) {
	if name, offset := ph.published.Zone(); name != "UTC" || offset != 0 {
		return
	}
	zone, clock := clockZone(t)
	switch {
	case zone != "":
		if d, ok := ph.v.wallTime(ph.published, zone, ph.host); ok {
			ph.published = d
		}
	case clock:
		ph.published = ph.v.localTime(ph.published, ph.host)
	}
}

// readPageHeader finds the headline near region r and reads the header
// below it.
func (v *vocabulary) readPageHeader(lines []textLine, r region, pageURL string) pageHeader {
	slug := slugWords(pageURL)
	if len(slug) == 2 && !slugEndsPath(pageURL) {
		slug = nil // two words inside the path name a section: "/politics/politics-government/20241013-216478/"
	}
	host := hostWords(pageURL)
	ph := pageHeader{v: v, host: hostOf(pageURL), hostLabels: host, headline: -1, bodyStart: r.start, meta: map[int]bool{}, reported: map[int]string{}, bareAt: -1}
	best, bestScore := -1, 0.0
	from := max(0, r.start-headlineReach)
	to := min(r.end, r.start+regionReach)
	dob := newDateOrBylines(v, lines, from, min(len(lines), to+metaSpan))
	for j := from; j < to; j++ {
		s, ok := v.headlineScore(lines, j, r, slug, host, dob)
		if ok && (best < 0 || s > bestScore) {
			best, bestScore = j, s
		}
	}
	if best >= 0 && bestScore >= -3 {
		best = plainHeadline(lines, best, from, to)
		ph.headline = best
		ph.title = withKicker(lines, unglueKicker(lines, lines[best].text))
		if ro := v.runOnByline(ph.title); ro.ok {
			ph.title, ph.byline, ph.authors = ro.head, ro.names, v.authorsOf(ro.names)
			if ph.published.IsZero() && (isDate(ro.date, &ph.published) || ph.readLocalDate(ro.date)) {
				ph.dateLine = ro.date
			}
		}
		ph.readBelow(lines, r)
		if ph.byline == "" || ph.bareAt >= 0 {
			ph.readBio(lines, r)
		}
	}
	if ph.byline == "" {
		ph.findByline(lines, r)
	}
	if ph.byline == "" && ph.headline >= 0 {
		ph.readAbove(lines)
	}
	return ph
}

// aboveReach is how many lines above the headline a byline printed
// over it is looked for: the name, a section label, the date.
const aboveReach = 4

// readAbove reads a byline some sites print over the headline: "Will
// Knight", "Business", "01.21.2020 07:00 AM", then the headline. It is
// asked last: a blog's name stands over its post's date and headline. Only
// names set apart by blank lines count, and only with a date beside the
// headline, above it or just under it: a menu's labels ("Studio
// Lüneburg") stand packed together.
func (ph *pageHeader) readAbove(lines []textLine) {
	dated := false
	for k := ph.headline + 1; k < min(len(lines), ph.headline+3); k++ {
		dated = dated || ph.meta[k] && ph.reported[k] == RuleDateLine
	}
	for k := ph.headline - 1; k >= max(0, ph.headline-aboveReach); k-- {
		l := &lines[k]
		t := l.text
		switch {
		case looksLikeDate(t):
			dated = true
		case !l.repeated && ph.v.labelOnlyNames(t) != "":
			// A byline its label marks needs no date beside it: "By Jane
			// Doe", then a button or two, then the headline.
			b := ph.v.labelOnlyNames(t)
			ph.byline, ph.authors = b, ph.v.authorsOf(b)
			ph.meta[k] = true
			return
		case l.alone && !l.repeated && !l.dropped && dated && ph.v.isName(t) && ph.v.isNameList(t):
			ph.byline, ph.authors = t, ph.v.authorsOf(t)
			ph.meta[k] = true
			return
		case l.words > 2 || isArticleLine(l):
			return
		}
	}
}

// readBio reads the byline off an author's box: the name on a line of
// its own, then a line about the author that opens with it ("Jane Doe",
// "Jane Doe is a reporter on the city desk"). The box stands under the
// headline or where the article ends, not inside its body, where a
// person's name over a paragraph about them is the article's subject;
// the region may open above the box, among the header's lines. It
// outweighs bare names read under the headline: a series' name ("The
// Big Shift") looks the same.
func (ph *pageHeader) readBio(lines []textLine, r region) {
	from, to := ph.headline+1, min(len(lines)-1, r.end+bylineReach/2)
	for k := from; k < to; k++ {
		if k >= max(r.start, ph.headline+metaSpan) && k < r.end-3 {
			k = r.end - 4 // past the body's own lines
			continue
		}
		name := lines[k].text
		if !ph.v.isBioName(name, lines[k+1].text) || namesHost(name, ph.hostLabels) {
			continue
		}
		if name == ph.byline {
			return
		}
		if ph.bareAt >= 0 {
			delete(ph.meta, ph.bareAt)
		}
		ph.byline, ph.authors = name, ph.v.authorsOf(name)
		ph.meta[k] = true
		return
	}
}

// isBioName reports a name standing over a line about its bearer: the
// next line opens with the name, then a word in lower case, and runs on
// as a sentence ("Jane Doe", "Jane Doe ist Redakteurin im Ressort …").
func (v *vocabulary) isBioName(name, next string) bool {
	rest, ok := strings.CutPrefix(next, name+" ")
	if !ok || textutil.CountWords(rest) < 5 || !v.isName(name) || !v.isNameList(name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// bylineReach is how far below the headline a "By" line is looked for
// when none stands in the header: galleries and player controls may come
// between.
const bylineReach = 60

// findByline looks further for a byline: a "By …" line below the headline,
// or a name standing alone just after the article, where some sites sign
// their pieces.
func (ph *pageHeader) findByline(lines []textLine, r region) {
	from := ph.headline + 1
	if ph.headline < 0 {
		from = max(0, r.start-10)
	}
	for i := from; i < min(len(lines), from+bylineReach, r.end); i++ {
		if isArticleLine(&lines[i]) {
			continue
		}
		t := lines[i].text
		if names, date := ph.v.nameGluedToDate(t); names != "" {
			ph.byline, ph.authors = names, ph.v.authorsOf(names)
			ph.meta[i] = true
			ph.dateAfterNames(date)
			return
		}
		b, ok := ph.v.textByline(t)
		if !ok && looksLikeDate(t) {
			b = ph.v.trailingName(t)
			ok = b != ""
		}
		if !ok {
			b = koreanByline(t)
			ok = b != ""
		}
		if !ok && mayBeLabelled(ph.v, t) {
			b = ph.v.labelledNames(t)
			ok = b != ""
		}
		if !ok && ph.v.isLoneBy(t) {
			if b, n, roles := ph.v.namesBelow(lines, i+1, min(len(lines), i+6)); n > 0 {
				ph.takeNames(b, i, n, roles)
				return
			}
		}
		if ok {
			ph.byline, ph.authors = b, ph.v.authorsOf(b)
			ph.meta[i] = true
			return
		}
	}
	for i := max(r.end-4, r.start, 0); i < min(len(lines), r.end+2); i++ {
		if lines[i].repeated || isArticleLine(&lines[i]) {
			continue
		}
		if b, ok := ph.v.textByline(lines[i].text); ok {
			ph.byline, ph.authors = b, ph.v.authorsOf(b)
			ph.meta[i] = true
			return
		}
		if b, name := ph.v.signature(lines[i].text); b != "" {
			ph.byline, ph.authors = b, ph.v.authorsOf(name)
			ph.meta[i] = true
			return
		}
		if name := ph.v.datedSignature(lines[i].text); name != "" {
			ph.byline, ph.authors = name, ph.v.authorsOf(name)
			ph.meta[i] = true
			return
		}
		if name := koreanByline(lines[i].text); name != "" {
			ph.byline, ph.authors = name, ph.v.authorsOf(name) // "순천, 광양 구현모 기자 ninek@example.com" closing the article
			ph.meta[i] = true
			return
		}
	}
	// A byline whose label a colon closes ("Door: Els Stultiens", "Text:
	// Jane Doe") may stand further down, past a box of links the page set
	// after the article: teasers print their authors without the colon.
	for i := min(len(lines), r.end+2); i < min(len(lines), r.end+labelledReach); i++ {
		if lines[i].repeated {
			continue
		}
		if b := ph.v.colonByline(lines[i].text); b != "" {
			ph.byline, ph.authors = b, ph.v.authorsOf(b)
			ph.meta[i] = true
			return
		}
	}
}

// mayBeLabelled reports a short line labelledNames may read: one that
// opens with a label or a date, or holds a colon, a bar or a dash. Most
// lines hold none, and skip its expression of every label.
func mayBeLabelled(v *vocabulary, t string) bool {
	if len(t) > maxLabelledLineBytes || !textutil.WordsAtMost(t, maxLabelledLineWords) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) || strings.ContainsAny(t, ":|-–—") {
		return true
	}
	_, ok := v.bylineLabels.cut(t, true)
	return ok
}

// datedSignature reads a signature with the date after it, as a blog
// prints it under a post: "Jane Doe — 2013-09-29— in Code — Permalink".
// The names come first, then a dash or a bar, then the date.
func (v *vocabulary) datedSignature(t string) string {
	loc := bylineSeparator.FindStringIndex(t)
	if loc == nil || loc[0] == 0 || !holdsCentury(t[loc[1]:]) {
		return ""
	}
	date := t[loc[1]:]
	if k := strings.IndexAny(date, "–—|•·"); k > 0 {
		date = date[:k] // "2013-09-29— in Code"
	}
	date = strings.TrimSpace(date)
	if !isDate(date, nil) && !looksLikeDate(date) {
		return ""
	}
	if _, names := v.signature(strings.TrimSpace(t[:loc[0]])); names != "" {
		return names
	}
	return ""
}

// labelledReach is how many lines after the article a byline whose label
// a colon closes is looked for.
const labelledReach = 30

// colonByline returns the names of a short line that is only a byline
// whose label a colon closes: "Door: Els Stultiens".
func (v *vocabulary) colonByline(t string) string {
	colon := strings.IndexByte(t, ':')
	if colon < 0 || textutil.CountWords(t) > 8 {
		return ""
	}
	b, ok := v.textByline(t)
	if !ok || strings.Index(t, b) < colon || !v.isNameList(b) && !v.isName(b) {
		return ""
	}
	return b
}

// takeNames takes byline b, read off a lone label at line i and the n
// lines after it, the roles among them reported as removed.
func (ph *pageHeader) takeNames(b string, i, n int, roles []int) {
	ph.byline, ph.authors = b, ph.v.authorsOf(b)
	for k := i; k <= i+n; k++ {
		ph.meta[k] = true
	}
	for _, k := range roles {
		ph.reported[k] = RuleBylineRole
	}
}

// metaReach is how many lines under a headline its date or byline is
// looked for, and metaSpan how many when buttons and labels stand between.
const (
	metaReach = 7
	metaSpan  = 20
)

// maxLabelsBetween is how many short labels a headline and its date or
// byline may have between them: buttons the rules did not drop.
const maxLabelsBetween = 3

// headlineScore weighs line j as the headline of the article in r.
// dob tells which lines are date or byline lines.
func (v *vocabulary) headlineScore(lines []textLine, j int, r region, slug map[string]bool, host []string, dob *dateOrBylines) (float64, bool) {
	l := &lines[j]
	if isBreadcrumb(l.text) {
		return 0, false
	}
	// A line of no headline's shape counts only when it says most of the
	// slug.
	shaped := shapedAsHeadline(l) // breadcrumbs are turned down above
	if !shaped && l.words > 30 {
		return 0, false
	}
	match := slugMatch(l.text, slug)
	if !shaped && match < 0.75 || dob.is(j) && !v.runOnByline(l.text).ok || isPageControl(l) {
		return 0, false
	}
	// Inside the article only on good evidence: the slug, or a date or
	// byline just under it with little above it.
	opener := j > r.start && dob.any(j+1, j+4) && openerOf(lines, r, j) && !(l.repeated && printedAbove(lines, j, r.start))
	if j >= r.start && match < 0.5 && !opener && (j > r.start || !v.metaFollows(lines, j+1, r.end)) || j >= r.start+slugReach && !opener {
		return 0, false
	}
	s := 0.0
	if len(slug) >= 3 || len(slug) == 2 && match == 1 || match == 1 && spellsSlug(l.text, slug) {
		s += 10 * match // a slug of a word or two only when the line says no more: "/nebelsuppe-6/"
	}
	below := false
	// Further down than metaReach, only share buttons and labels may
	// stand between a headline and its date or byline.
	between, labels := 0, 0
	for k := 1; k < min(dob.end-j, metaSpan); k++ {
		if dob.is(j + k) {
			s += 3
			below = true
			if k > 4 {
				s-- // a caption or a standfirst between
			}
			break
		}
		if m := &lines[j+k]; !m.dropped && m.words > 2 {
			between++
		} else if !m.dropped && m.words > 0 && !isKicker(m) {
			labels++
		}
		if k+1 >= metaReach && between > 0 || labels > maxLabelsBetween {
			break // a menu between: the line is over it, not over the article
		}
	}
	if l.words >= 4 {
		s++
	}
	s += 0.1 * float64(min(l.words, 12)) // headlines run to a dozen words; buttons and labels are shorter
	// Every match of sentenceBreak holds a [.!?]: test for one first.
	if strings.ContainsAny(l.text, ".!?") && sentenceBreak.MatchString(l.text) {
		s -= 1.5 // two sentences: more often a standfirst or caption
	}
	if l.sentence && !shaped {
		s -= 3
	}
	if l.dropped {
		s -= 2
	}
	switch {
	case l.repeated && (l.words >= 5 || l.words >= 2 && twice(lines, j)) && !endsInStopWord(l.text) && repeatsJustAbove(lines, j):
		s += 1.5 // printed in a bar over the article, then at its head
	case l.repeated && !below:
		s -= 2 // a teaser's headline; the article's own is repeated in lists too, with its byline under it
	}
	if v.isPublisher(l.text) || isMasthead(l.text) || namesHost(l.text, host) {
		s -= 6
	}
	if l.words > 18 {
		s -= 0.2 * float64(l.words-18) // longer than headlines run: a standfirst
	}
	// Half as long again as a headline over it, a line is its standfirst;
	// a little longer, only when the date or byline follows it, and no
	// standfirst of its own: a headline is often a little longer than a
	// line of furniture over it.
	under := j+1 < len(lines) && v.underHeadline(&lines[j+1], l)
	if j > 0 && v.underHeadline(l, &lines[j-1]) && (2*l.words >= 3*lines[j-1].words || !under && dob.any(j+1, j+3)) {
		s -= 3
	}
	if j > 0 && isKicker(&lines[j-1]) {
		s++ // "DEMOCRATS" over the headline
	}
	if under && 2*lines[j+1].words >= 3*l.words && !isCaptionLine(lines, j+1) {
		s += 1.5 // a standfirst under it
	}
	if isCaptionLine(lines, j) || creditEnd(l.text) {
		s -= 3 // a picture's caption, with its credit
	}
	s -= furniturePenalty(l)
	if b := v.bylineAt(l.text); b != "" && (strings.Contains(b, ",") || b != l.text && cutRole(l.text) != l.text) {
		s -= 3 // the authors' names: "Chus del Pino, Martí Abad (Enviado especial)"
	}
	d := r.start - j
	if d < 0 {
		d = -d
	}
	s -= 0.1 * float64(min(d, 40))
	return s, true
}

// runOn is a headline with its byline and date run onto its line.
type runOn struct {
	head, names, date string
	ok                bool
}

// runOnByline splits a headline whose line runs on into the byline and
// its date, as some pages print the header on one line: "Un troisième
// Français mort au Népal par Jane Doe, le 15 septembre 2009". The date
// must follow the names: without it a label in a headline ("… killed by
// police") is no byline's.
func (v *vocabulary) runOnByline(t string) runOn {
	if !holdsCentury(t) {
		return runOn{} // each date it reads holds a year
	}
	// The label stands after three words of headline at least; the rest
	// of the line is read from each word on, without splitting the line.
	words := 0
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' || i+1 == len(t) || t[i+1] == ' ' {
			continue
		}
		if words++; words < 3 {
			continue
		}
		head, rest := t[:i], t[i+1:]
		if _, ok := v.bylineLabels.cut(rest, false); !ok {
			continue
		}
		names, ok := v.textByline(rest)
		if !ok || !v.isNameList(names) {
			continue
		}
		at := strings.Index(rest, names)
		if at < 0 {
			continue // names the byline's reading rewrote
		}
		date := strings.TrimLeft(rest[at+len(names):], " ,|•·-–—")
		if w, d, found := strings.Cut(date, " "); found && dateWord(w) {
			date = d // "le 15 septembre 2009", "on March 3, 2024"
		}
		if date == "" || !isDate(date, nil) && !opensWithDate(date) && !looksLikeDate(date) {
			continue
		}
		head = strings.TrimRight(head, " ,|•·-–—")
		return runOn{head: head, names: names, date: date, ok: true}
	}
	return runOn{}
}

// dateWord reports a word that leads a date after a byline: "le", "on",
// "am".
func dateWord(w string) bool {
	return stopWords[strings.ToLower(w)] && len(w) <= 3
}

// dateOrBylines tells which of lines[from:end] are dates or bylines,
// asking each line once and only when a candidate headline needs to know:
// date parsing is the costly part of weighing a candidate, and most lines
// are turned down on their shape before it is asked.
type dateOrBylines struct {
	v         *vocabulary
	lines     []textLine
	from, end int
	known     []int8 // 0: not asked yet; 1: no; 2: yes
}

func newDateOrBylines(v *vocabulary, lines []textLine, from, end int) *dateOrBylines {
	return &dateOrBylines{v: v, lines: lines, from: from, end: end, known: make([]int8, max(0, end-from))}
}

// is reports whether line i is a date or a byline.
func (d *dateOrBylines) is(i int) bool {
	k := &d.known[i-d.from]
	if *k == 0 {
		*k = 1
		if d.v.isDateOrByline(d.lines[i].text) {
			*k = 2
		}
	}
	return *k == 2
}

// any reports whether a line among lines[i:min(j, end)] is a date or a
// byline.
func (d *dateOrBylines) any(i, j int) bool {
	for ; i < min(j, d.end); i++ {
		if d.is(i) {
			return true
		}
	}
	return false
}

// openerOf reports whether the lines of region r above line j are few
// beside those below it: a consent notice or a sign-in box that opened the
// region, not the first part of the article.
func openerOf(lines []textLine, r region, j int) bool {
	above, below := 0, 0
	for i := r.start; i < r.end; i++ {
		if i < j {
			above += lines[i].words
		} else {
			below += lines[i].words
		}
	}
	return above <= maxOpenerWords && 3*above <= below
}

// repeatsJustAbove reports whether line j's text stood a few lines above
// it: the page's own headline, printed in a bar over the article and again
// at its head, not a teaser that lists repeat.
func repeatsJustAbove(lines []textLine, j int) bool {
	for i := max(0, j-repeatReach); i < j; i++ {
		if lines[i].text == lines[j].text {
			return true
		}
	}
	return false
}

// twice reports whether line j's text stands on the line before or after
// it too: a headline printed twice over, for small and large screens.
func twice(lines []textLine, j int) bool {
	return j > 0 && lines[j-1].text == lines[j].text || j+1 < len(lines) && lines[j+1].text == lines[j].text
}

// endsInStopWord reports a line whose last word is a function word, as a
// fragment's is ("… is sponsored by") and a headline's is not.
func endsInStopWord(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && stopWords[strings.ToLower(t[i+1:])]
}

// repeatReach is how far above the headline its first printing may stand.
const repeatReach = 12

// printedAbove reports whether line j's text stands above the article
// region too: there it is the headline, printed again in the article.
func printedAbove(lines []textLine, j, start int) bool {
	for i := max(0, start-headlineReach); i < start; i++ {
		if lines[i].text == lines[j].text {
			return true
		}
	}
	return false
}

// maxOpenerWords is the most words a notice opening the article region
// holds.
const maxOpenerWords = 250

// furniturePenalty weighs the shapes of lines that are no headline,
// however well placed: an aside in brackets, a date line with a reading
// time run on to it, a prompt in capitals.
func furniturePenalty(l *textLine) float64 {
	t := l.text
	p := 0.0
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		p += 4 // "(Photos by Associated Press; photo illustration by …)"
	}
	if holdsCentury(t) && gluedYear.MatchString(t) && gluedClock.MatchString(t) {
		p += 3 // "2 minute readApril 25, 20232:26 PM GMT+2Last Updated …"
	}
	if l.words >= 4 && strings.ToUpper(t) == t && strings.ToLower(t) != t {
		p += 1.5 // "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES"
	}
	if isLabelList(t) {
		p += 3 // "Artikel, Unsere Forschung, Veranstaltungen"
	}
	return p
}

// pageControl finds what a page's controls say, in the languages most
// pages are read in: a skip link, a sign-in or sign-up link. Markup may
// run them into a label beside them: "Primäres Menü Springe zum Inhalt",
// "Log out Sign in".
var pageControl = regexp.MustCompile(`(?i)\b(?:` + pageControls + `)\b`)

const pageControls = `skip to|jump to|zum inhalt|springe zum|direkt zum|aller au contenu|passer au contenu|ir al contenido|saltar al contenido|vai al contenuto|salta al contenuto|naar de inhoud|sign in|sign up|log in|log out|anmelden|abmelden|registrieren|se connecter|iniciar sesión|accedi`

// pageControlOpeners are the first words of pageControls, all ASCII.
var pageControlOpeners = func() map[string]bool {
	set := map[string]bool{}
	for _, c := range strings.Split(pageControls, "|") {
		first, _, _ := strings.Cut(c, " ")
		set[first] = true
	}
	return set
}()

// isPageControl reports a short line that holds a page control: never a
// headline, whatever stands around it.
func isPageControl(l *textLine) bool {
	return l.words <= 6 && mayHoldPageControl(l.text) && pageControl.MatchString(l.text)
}

// mayHoldPageControl reports whether t holds what every match of
// pageControl holds: one of pageControlOpeners, in any case, as a whole
// word. A match opens at \b with its first word, which ends at a space or
// at \b, so that word is a whole run of ASCII letters, digits and
// underscores in t. Case folding matches "ſ" to "s" and the Kelvin sign
// to "k"; text holding either is left to the regexp.
func mayHoldPageControl(t string) bool {
	if strings.Contains(t, "ſ") || strings.Contains(t, "\u212a") {
		return true
	}
	const longest = len("registrieren")
	for i := 0; i < len(t); {
		if !isASCIIWordByte(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isASCIIWordByte(t[j]) {
			j++
		}
		if n := j - i; n <= longest {
			var buf [longest]byte
			for k := range n {
				buf[k] = t[i+k] | 0x20 // lower case; digits and '_' open no control either way
			}
			if pageControlOpeners[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// isLabelList reports a line that lists three or more labels of a word or
// two, each capitalised, as a post's categories or tags are printed.
func isLabelList(t string) bool {
	if strings.Count(t, ", ") < 2 {
		return false
	}
	for item := range strings.SplitSeq(t, ", ") {
		if n := textutil.CountWords(item); n == 0 || n > 2 || !startsUpper(item) {
			return false
		}
	}
	return true
}

// gluedYear and gluedClock find a year and a clock time in a date line
// whose parts the page's markup ran together: "20232:26 PM".
var (
	gluedYear  = regexp.MustCompile(`(?:19|20)\d{2}`)
	gluedClock = regexp.MustCompile(`\d:\d{2}`)
)

// photoCredit finds a picture's credit in brackets closing a line, as a
// caption ends: "… in Johnstown, Pa. (AP Photo/Alex Brandon)".
var photoCredit = regexp.MustCompile(`(?i)\([^()]*\b(?:photo|foto|bild|image|picture|getty|reuters|afp|dpa|epa|imago|keystone)\b[^()]*\)$`)

// creditEnd reports a line that ends with a picture's credit in brackets.
func creditEnd(t string) bool {
	return strings.HasSuffix(t, ")") && photoCredit.MatchString(t)
}

// isKicker reports a short label in capitals, as a kicker or a section's
// name stands over a headline.
func isKicker(l *textLine) bool {
	return l.words >= 1 && l.words <= 3 && strings.ToUpper(l.text) == l.text && strings.ToLower(l.text) != l.text
}

// underHeadline reports a line that stands as a standfirst does under its
// headline p: longer, with p a headline's shape just above it. A
// standfirst may run only a word or two longer than a long headline.
func (v *vocabulary) underHeadline(l, p *textLine) bool {
	return l.words >= 12 && p.words >= 4 && l.words > p.words && headlineShaped(p) && furniturePenalty(p) == 0 && !v.isDateOrByline(p.text)
}

// plainHeadline returns the line among lines[from:to] that holds the
// headline best printed as it is, when the headline at best has words run
// on to it: a video player's "… Back to video" repeats it with a button's
// label, a breadcrumb trail ends in it. The line printed plain is the one
// with the header under it.
func plainHeadline(lines []textLine, best, from, to int) int {
	t := lines[best].text
	for j := from; j < to; j++ {
		p := lines[j].text
		if j == best || lines[j].words < 4 {
			continue
		}
		if strings.HasPrefix(t, p+" ") && textutil.CountWords(t[len(p)+1:]) <= 4 {
			return j
		}
		// A breadcrumb trail that ends in the headline: "Home Watu 18
		// wanaswa …", "Startseite Debatte Berliner Imam über …".
		if strings.HasSuffix(t, p) && len(t) > len(p) && strings.ContainsAny(t[len(t)-len(p)-1:len(t)-len(p)], " >»›/") && textutil.CountWords(t[:len(t)-len(p)-1]) <= 4 {
			return j
		}
	}
	return best
}

// unglueKicker returns the headline without a kicker or a breadcrumb trail
// that the page's markup ran into it without a space: "Technologie im
// KlassenzimmerKünstliche Intelligenz …", "EXCLUSIVEOld ferry …",
// "UnternehmenNewsroomBürgerbeteiligung für …". A word of two capitalised
// parts that the page prints elsewhere is a name ("YouTube", "PayPal").
func unglueKicker(lines []textLine, title string) string {
	words := strings.Fields(title)
	for k := 0; k < min(len(words), maxGluedKickerWords+1); k++ {
		at := gluedKickerEnd(words[k])
		if at <= 0 {
			continue
		}
		rest := words[k][at:] + " " + strings.Join(words[k+1:], " ")
		rest = strings.TrimSpace(rest)
		if textutil.CountWords(rest) < minTitleWords || printedElsewhere(lines, words[k], rest) {
			return title
		}
		return rest
	}
	return title
}

// maxGluedKickerWords is how many words a kicker run into a headline holds.
const maxGluedKickerWords = 5

// gluedKickerEnd returns where the headline starts inside word w, the
// kicker's last word run into the headline's first: after a small letter
// and before a capital that a small letter follows ("KlassenzimmerKünstliche"),
// or before the last of a run of capitals that a small letter follows
// ("EXCLUSIVEOld"). It gives the last such place, past a trail of links
// run together ("UnternehmenNewsroomBürgerbeteiligung"); 0 when there is
// none. The kicker's part must be four letters at least: a name of two
// capitalised parts most often opens with a shorter one ("iPhone",
// "OnePlus", "YouTube", "PayPal").
func gluedKickerEnd(w string) int {
	at := 0
	var prev [2]rune // the two letters before r, the nearer last
	n := 0           // letters since the start of w or the last place found
	for i, r := range w {
		if unicode.IsUpper(r) && n >= 4 {
			next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):])
			if unicode.IsLower(next) && (unicode.IsLower(prev[1]) || unicode.IsUpper(prev[1]) && unicode.IsUpper(prev[0])) {
				at, n = i, 0
			}
		}
		if !unicode.IsLetter(r) {
			return 0 // "2021/22WoB": no kicker's word
		}
		prev[0], prev[1] = prev[1], r
		n++
	}
	return at
}

// printedElsewhere reports whether word w stands on a line of the page
// that does not print the headline's rest with it: a name the page uses,
// not a kicker run into the headline.
func printedElsewhere(lines []textLine, w, rest string) bool {
	for i := range lines {
		if t := lines[i].text; strings.Contains(t, w) && !strings.Contains(t, rest) {
			return true
		}
	}
	return false
}

// withKicker returns the headline as the page prints it elsewhere with its
// kicker set off by a colon ("Die Eisheiligen 2024: Wann sie sind …"),
// when the headline's line has the kicker run into it without one.
func withKicker(lines []textLine, title string) string {
	if strings.Contains(title, ": ") {
		return title
	}
	for i := range lines {
		t := lines[i].text
		if len(t) < len(title)+1 || len(t) > len(title)+3 {
			continue
		}
		if k := strings.Index(t, ": "); k > 0 && t[:k]+t[k+1:] == title {
			return t
		}
	}
	return title
}

// headlineShaped reports a line with the shape of a headline: a few words
// to a few dozen, in any script, and not a sentence ending in a full stop.
func headlineShaped(l *textLine) bool {
	return shapedAsHeadline(l) && !isBreadcrumb(l.text)
}

// shapedAsHeadline is headlineShaped but for breadcrumbs, for callers
// that turned them down already.
func shapedAsHeadline(l *textLine) bool {
	if l.words < 3 || l.words > 30 || l.footer {
		return false
	}
	end := strings.TrimRight(l.text, ` "'”’“»)`)
	quoted := len(end) < len(l.text)
	return (quoted || !strings.HasSuffix(end, ".") || endsInAbbreviation(end)) && !strings.HasSuffix(end, "。") && !strings.HasSuffix(end, ":") && !strings.HasSuffix(end, ",") && !strings.HasSuffix(end, "|")
}

// abbrevEnd finds an abbreviation at the end of a line, whose full stop
// ends no sentence: "… Underneath N.Y.C.", "… Smith Jr.".
var abbrevEnd = regexp.MustCompile(`(?:\p{Lu}\.){2,}$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$`)

// endsInAbbreviation is abbrevEnd.MatchString(s) run on the last bytes of
// s only, which hold any match: the regexp, unanchored at the start, would
// otherwise try every position of the line.
func endsInAbbreviation(s string) bool {
	// Either kind of match ends in a full stop after a capital or after
	// the last letter of "Jr", "Inc", "Co", "Corp" or "Ltd": most lines
	// are turned down on their last two letters.
	if !strings.HasSuffix(s, ".") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1]); !unicode.Is(unicode.Lu, r) && !strings.ContainsRune("rcopd", r) {
		return false
	}
	if len(s) > 16 {
		i := len(s) - 16
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		s = s[i:]
	}
	return abbrevEnd.MatchString(s)
}

// sentenceBreak finds the end of one sentence and the start of the next
// inside a line: a headline is one sentence, a standfirst or a caption
// often more.
var sentenceBreak = regexp.MustCompile(`\p{L}{2}[.!?]["”“»]? +["„“«]?[\p{Lu}\p{Lo}]`)

// cjkDate finds a date written the Chinese, Japanese or Korean way:
// "2025年1月13日", "2025.05.15 10:22".
//
// Both alternatives open with \d{4}: hasFourDigits rules out most lines.
var cjkDate = regexp.MustCompile(`\d{4}年\s*\d{1,2}月\s*\d{1,2}日|\d{4}\.\d{2}\.\d{2}\.?\s+\d{1,2}:\d{2}`)

// isDateOrByline reports a line that stands under a headline: a date or a
// byline.
func (v *vocabulary) isDateOrByline(t string) bool {
	if textutil.CountWords(t) > 16 {
		return false
	}
	t = dateHead(t)
	if isDate(t, nil) || opensWithDate(t) || hasFourDigits(t) && cjkDate.MatchString(t) || looksLikeDate(t) && !dateInHeadline(t) || isRelativeTime(t) || opensWithRelativeTime(t) {
		return true
	}
	_, ok := v.textByline(t)
	if names, _ := v.nameGluedToDate(t); names != "" {
		return true
	}
	return ok || v.isLoneBy(t) || koreanByline(t) != ""
}

// dateInHeadline reports a headline that names a month and a year, which
// looksLikeDate reads as a date line: "Konzert-Highlights im November
// 2022", "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?".
// A date line opens with its date or its label, prints a clock time, or
// holds little besides the date. A headline holds two words of its own
// before the date, one of them in lower case, and then names a month
// without a day ("im Oktober 2025"), or goes on for three words after it.
func dateInHeadline(t string) bool {
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) || isDateOnly(t) {
		return false
	}
	for i := 1; i+2 < len(t); i++ {
		if t[i] == ':' && isDigit(t[i-1]) && isDigit(t[i+1]) {
			return false // "15:00"
		}
	}
	before, after, lower := 0, 0, false
	inDate, dayless, prevNumber, month := false, false, false, false
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		number := strings.ContainsAny(w, "0123456789")
		lw := strings.ToLower(w)
		if month {
			dayless = dayless || len(w) == 4 && number // "Oktober 2025", not "March 3, 2024"
			month = false
		}
		switch {
		case number || monthNames[lw]:
			if !inDate && (before < 2 || !lower) {
				return false // the date comes first: "Jane Doe 6. November 2023"
			}
			inDate = true
			month = monthNames[lw] && !prevNumber
		case dateWordsAnyLanguage[lw] || dateLabels[lw] || lw == "uhr":
		case inDate:
			after++
		default:
			before++
			lower = lower || lw == w && utf8.RuneCountInString(w) > 1
		}
		prevNumber = number
	}
	return inDate && (dayless || after >= 3)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// dateHead returns the part of a date line before a note in brackets or
// after a bar: "AFP 30 avril 2015 à 07:19 (Mis à jour : …)" gives "AFP 30
// avril 2015 à 07:19".
func dateHead(t string) string {
	t = unglueDate(t)
	if i := strings.IndexAny(t, "(|"); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// unglueDate puts back the space a page's markup left out between a
// name and the date after it: "Associated PressDecember 2, 2016" gives
// "Associated Press December 2, 2016". A month's name glued to a word in
// lower case, with a day's number after it, is the date's start.
func unglueDate(t string) string {
	if !holdsCentury(t) {
		return t
	}
	for i := 1; i < len(t); i++ {
		if c := t[i]; c < 'A' || c > 'Z' || t[i-1] < 'a' || t[i-1] > 'z' {
			continue
		}
		end := i + 1
		for end < len(t) && (t[end] >= 'a' && t[end] <= 'z') {
			end++
		}
		if end+1 < len(t) && (t[end] == ' ' || t[end] == '.') && t[end+1] >= '0' && t[end+1] <= '9' && monthNames[strings.ToLower(t[i:end])] {
			return t[:i] + " " + t[i:]
		}
	}
	return t
}

// gluedDate finds a date at the start of what follows a name glued to
// it: "24.04.2024", "2024-04-24", "22 Dec 2016", "December 2, 2016". The
// year may run into a count after it ("22 Dec 2016651": 651 comments).
// Compiled on first use, as the package's start-up pays for every regexp
// built at import.
var gluedDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.? (\p{L}+)\.?,? (?:19|20)\d{2}|(\p{Lu}\p{Ll}+)\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})`)
})

// nameGluedToDate splits a byline line whose date the page's markup
// glued to the name: "by Lucas Nolan22 Dec 2016651" gives "Lucas Nolan"
// and "22 Dec 2016", "Jane Doe24.04.2024, 19:35 Uhr" gives "Jane Doe" and
// "24.04.2024, 19:35 Uhr". The glue point is a letter in lower case followed by a
// digit or by a month's name with a capital; the part before it must read
// as names, the part after it open with a date. "iPhone15", "Windows11"
// and "Top10 March 2024" are no names.
func (v *vocabulary) nameGluedToDate(t string) (names, date string) {
	if len(t) > 200 || !holdsCentury(t) {
		return "", ""
	}
	for i := 1; i < len(t); i++ {
		c := t[i]
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); !unicode.IsLower(r) {
			continue
		}
		m := gluedDate().FindStringSubmatchIndex(t[i:])
		if m == nil || c >= 'A' && m[4] < 0 {
			continue
		}
		if m[2] >= 0 && !monthNames[strings.ToLower(t[i+m[2]:i+m[3]])] || m[4] >= 0 && !monthNames[strings.ToLower(t[i+m[4]:i+m[5]])] {
			continue
		}
		head := strings.TrimSpace(t[:i])
		if b, ok := v.textByline(head); ok {
			head = b
		}
		if !v.isName(head) && !v.isNameList(head) {
			return "", ""
		}
		if end := i + m[1]; end < len(t) && t[end] >= '0' && t[end] <= '9' {
			return head, t[i:end] // the year run into a count
		}
		return head, strings.TrimSpace(t[i:])
	}
	return "", ""
}

// readBelow reads the lines from the headline to the body: date, byline,
// site, standfirst. The body starts at the first line of prose in the
// region that no byline or date follows closely.
func (ph *pageHeader) readBelow(lines []textLine, r region) {
	i := ph.headline + 1
	limit := min(r.end, ph.headline+1+maxHeaderBlocks)
	var lead []string
	for ; i < limit; i++ {
		l := &lines[i]
		t := unglueDate(l.text)
		names, date := "", ""
		if ph.byline == "" {
			names, date = ph.v.nameGluedToDate(l.text)
		}
		switch {
		case names != "":
			ph.byline, ph.authors = names, ph.v.authorsOf(names)
			ph.meta[i] = true
			ph.dateAfterNames(date)
		case t == ph.title:
			ph.meta[i] = true
		case ph.published.IsZero() && (isDate(t, &ph.published) || ph.readLocalDate(dateHead(t)) || opensWithDate(t)) || looksLikeDate(dateHead(t)) || isRelativeTime(t) || opensWithRelativeTime(t):
			ph.dateAfterNames(t) // "von Jonas Keller Veröffentlicht am 14. April 2024"
			if ph.published != (time.Time{}) && !ph.placed {
				ph.dateLine = t
				ph.published = dayFirstIn(ph.published, t, "", ph.host)
				ph.placeClock(t)
				ph.placed = true
			}
			ph.meta[i] = true
			ph.reported[i] = RuleDateLine
			if ph.byline == "" {
				if b, ok := ph.v.textByline(stripDate(t)); ok && b != t {
					ph.byline, ph.authors = b, ph.v.authorsOf(b)
				} else if b := ph.v.trailingName(t); b != "" {
					ph.byline, ph.authors = b, ph.v.authorsOf(b)
				} else if b := ph.v.bylineAt(t); b != "" {
					ph.byline, ph.authors = b, ph.v.authorsOf(b) // "Jane Doe, 26.04.2024 10:00 Uhr"
				} else if b, ok := ph.v.textByline(afterDate(t)); ok {
					ph.byline, ph.authors = b, ph.v.authorsOf(b) // "12.05.2026, 17:42 Uhr Von Jana Petersen"
				} else if b := ph.v.namesBeforeDate(t); b != "" && ph.v.isNameList(b) {
					ph.byline, ph.authors = b, ph.v.authorsOf(b) // "Jon Nitz am 24. Januar 2022 um 15:47"
				} else if b := ph.v.namesRunAfterDate(t); b != "" {
					ph.byline, ph.authors = b, ph.v.authorsOf(b) // "30. Oktober 2023 Carola Pönisch 2 Kommentare"
				}
				if ph.byline != "" {
					delete(ph.reported, i) // a byline line with its date
				}
			} else if b, ok := ph.v.textByline(afterAnyDate(t)); ok && ph.bareAt >= 0 {
				// A labelled byline after the date outweighs bare names
				// read above it: a headline's second line, "Lupita
				// Nyong'o", over "2/26/2015 7:11 AM PST BY TMZ STAFF".
				delete(ph.meta, ph.bareAt)
				ph.bareAt = -1
				ph.byline, ph.authors = b, ph.v.authorsOf(b)
				delete(ph.reported, i)
			}
		case ph.byline == "" && ph.v.isLoneBy(t) && i+1 < limit:
			if b, n, roles := ph.v.namesBelow(lines, i+1, limit); n > 0 {
				ph.takeNames(b, i, n, roles)
				i += n
			}
		case ph.byline == "" && !isArticleLine(l) && ph.v.bylineAt(t) != "" && (ph.v.isByLine(t) || ph.v.nearHeader(lines, i, ph.headline)):
			b := ph.v.bylineAt(t)
			ph.byline, ph.authors = b, ph.v.authorsOf(b)
			ph.meta[i] = true
			ph.dateAfterNames(t)
			if b == t {
				ph.bareAt = i // bare names and nothing else: a guess
			}
			// Co-authors stand one a line under the first; a place, a
			// dateline, holds a comma. A labelled byline holds its
			// co-authors: a name under it is the paper's.
			for !ph.v.isByLine(t) && i+1 < limit && !strings.Contains(lines[i+1].text, ",") && ph.v.isName(cutRole(lines[i+1].text)) && ph.v.isNameList(cutRole(lines[i+1].text)) && !namesHost(lines[i+1].text, ph.hostLabels) {
				ph.bareAt = -1
				i++
				ph.byline += ", " + cutRole(lines[i].text)
				ph.meta[i] = true
			}
			ph.authors = ph.v.authorsOf(ph.byline)
		case ph.byline == "" && (isKanjiName(t) || isCapsName(t)) && ph.v.besideDate(lines, i):
			ph.byline, ph.authors = t, ph.v.authorsOf(t)
			ph.meta[i] = true
		case ph.byline == "" && wireAt(t) != "":
			ph.byline = wireAt(t)
			ph.meta[i] = true
		case ph.site == "" && ph.v.isPublisher(t):
			ph.site = t
			ph.meta[i] = true
		case ph.byline != "" && ph.v.isRole(t):
			ph.meta[i] = true
			ph.reported[i] = RuleBylineRole
		case i == ph.headline+1 && i < r.start && !l.alone && !l.dropped && ph.v.underHeadline(l, &lines[ph.headline]) && !isCaptionLine(lines, i) && !creditEnd(t):
			// A standfirst printed as a line of its own, not a paragraph.
			lead = append(lead, t)
			ph.meta[i] = true
		case isArticleLine(l) || (i < r.start && l.alone && l.words >= 8):
			if !ph.v.metaFollows(lines, i+1, limit) {
				ph.lead = strings.Join(lead, "\n")
				ph.bodyStart = i
				return
			}
			lead = append(lead, t)
			ph.meta[i] = true
		}
	}
	ph.lead = strings.Join(lead, "\n")
	ph.bodyStart = max(i, r.start)
}

// dateAfterNames reads the date a byline line prints after the names,
// when no date line gave one: "von Jonas Keller Veröffentlicht am 14.
// April 2024", "By Jane Doe, September 15, 2024".
func (ph *pageHeader) dateAfterNames(t string) {
	if !ph.published.IsZero() || !holdsCentury(t) {
		return
	}
	k := strings.IndexAny(t, "0123456789")
	if k < 0 {
		return
	}
	// The date opens at its first digit or at the month's name before it.
	for _, from := range [...]int{strings.LastIndexByte(strings.TrimRight(t[:k], " "), ' ') + 1, k} {
		d := strings.TrimSpace(t[from:])
		if isDate(d, &ph.published) || ph.readLocalDate(d) {
			ph.dateLine = d
			ph.published = dayFirstIn(ph.published, d, "", ph.host)
			ph.placeClock(d)
			ph.placed = true
			return
		}
	}
}

// metaFollows reports a date or byline line within the next few lines,
// before any line of prose: the lines above it are still header.
func (v *vocabulary) metaFollows(lines []textLine, from, limit int) bool {
	for k := from; k < min(limit, from+4); k++ {
		if v.isDateOrByline(lines[k].text) || v.bylineAt(lines[k].text) != "" {
			return true
		}
		if isArticleLine(&lines[k]) {
			return false
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isMeta reports a line the header took as one of its fields.
func (ph *pageHeader) isMeta(i int) bool { return ph.meta[i] || i == ph.headline }

// nearHeader reports a line placed as a byline is: close under the
// headline, or beside a date. Bare names elsewhere are as often a list of
// topics or a menu's labels. A button the rules dropped may stand between
// the name and its date: "Nuño Domínguez", "Twitter", "19 FEB 2020 - 18:37
// CET".
func (v *vocabulary) nearHeader(lines []textLine, i, headline int) bool {
	if i-headline <= 3 {
		return true
	}
	for _, k := range [...]int{stepOver(lines, i, -1), stepOver(lines, i, 1)} {
		if k != i && v.isDateOrByline(lines[k].text) {
			return true
		}
	}
	return false
}

// besideDate reports a line with a date line just above or below it.
func (v *vocabulary) besideDate(lines []textLine, i int) bool {
	return i > 0 && v.isDateOrByline(lines[i-1].text) || i+1 < len(lines) && v.isDateOrByline(lines[i+1].text)
}

// stepOver returns the index of the line next to line i in direction dir
// (-1 or 1), past one line the rules dropped; i itself at the page's ends.
func stepOver(lines []textLine, i, dir int) int {
	k := i + dir
	if k >= 0 && k < len(lines) && lines[k].dropped && lines[k].words <= 2 {
		k += dir
	}
	if k < 0 || k >= len(lines) {
		return i
	}
	return k
}

// isByLine reports a line that opens with "By" or its like.
func (v *vocabulary) isByLine(t string) bool {
	_, ok := v.textByline(t)
	return ok
}

// aYear and aClock find a year and a clock time, which with a month name
// are what a date line holds in any language.
var (
	aYear  = regexp.MustCompile(`\b(19|20)\d{2}\b`)
	aClock = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
)

// looksLikeDate reports a short line with a year and a month name or a
// clock time, as date lines are written in any language ("25 de mayo de
// 2025 16:51 h"). A line ending in a colon introduces what follows: a
// quotation's source, not the article's date.
func looksLikeDate(t string) bool {
	if !holdsCentury(t) || textutil.CountWords(t) > 10 || strings.HasSuffix(t, ":") || !aYear.MatchString(t) {
		return false
	}
	if aClock.MatchString(t) {
		return true
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthNames[w] {
			return true
		}
	}
	return false
}

// holdsCentury reports whether t holds "19" or "20", as every year aYear
// matches does: most lines hold neither, and reading a line once for them
// costs far less than running the regexp over it.
func holdsCentury(t string) bool {
	for i := 1; i < len(t); i++ {
		if c := t[i]; c == '9' && t[i-1] == '1' || c == '0' && t[i-1] == '2' {
			return true
		}
	}
	return false
}

// isBreadcrumb reports a trail of links such as "Home » Politik » Inland".
func isBreadcrumb(t string) bool {
	if !holdsTrailMark(t) {
		return false
	}
	n := 0
	for _, sep := range [...]string{" » ", " › ", " > ", " >> ", " / ", " | "} {
		n += strings.Count(t, sep)
	}
	// Or the trail's links run together at its arrows: "Startseite>People>Real Life>…".
	return n >= 2 || strings.Count(t, ">") >= 2 && !strings.Contains(t, "<")
}

// holdsTrailMark reports whether t holds a byte of a breadcrumb's
// separators: '>', '/', '|', or the last byte of "»" or "›". Most lines
// hold none, and are no breadcrumb without the counting.
func holdsTrailMark(t string) bool {
	for _, c := range [...]byte{'>', '/', '|', 0xbb, 0xba} {
		if strings.IndexByte(t, c) >= 0 {
			return true
		}
	}
	return false
}
