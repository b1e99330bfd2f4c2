package extract

import (
	_ "embed"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

//go:embed vocabulary/notnames.txt
var notNameList string

//go:embed vocabulary/wires.txt
var wireList string

//go:embed vocabulary/desks.txt
var deskList string

var (
	// notNameWords are words of page furniture that no name holds.
	notNameWords = loadNames(notNameList)
	// wires are the news agencies that sign articles.
	wires = loadNames(wireList)
	// deskWords name the newsroom desks that sign articles.
	deskWords = loadWords(deskList)
)

// wireAt returns the agency a line names as the article's source:
// "AFP", "Quelle: dpa".
func wireAt(t string) string {
	if len(t) > 40 {
		return ""
	}
	for _, label := range [...]string{"Quelle:", "Source:", "Fuente:", "Fonte:"} {
		if rest, ok := strings.CutPrefix(t, label); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				t = f[0]
			}
			break
		}
	}
	t = strings.TrimSpace(t)
	if wires[clean.Normalize(t)] {
		return t
	}
	// "AFP, MANILA": the agency and the place it filed from.
	if wire, place, ok := strings.Cut(t, ", "); ok && wires[clean.Normalize(wire)] && textutil.CountWords(place) <= 3 && startsUpper(place) && !strings.ContainsAny(place, ".!?") {
		return t
	}
	return ""
}

// Bylines on a whole page come in more shapes than on syndicated copy:
// "By …" in many languages, a lone "Von" with the names on the next line,
// bare names with a date or a role run into them, a "Written by" part of a
// line of furniture. These functions read the names out of such lines.

// bylineSeparator splits a byline from what is printed after it: a
// date, a reading time, a role.
var bylineSeparator = regexp.MustCompile(`\s+[•·|–—]\s+|\s*\|\s*`)

// textByline reads a "By …" line, in any of the common languages, and
// returns the names. The prefix may be glued to the names ("bySauli
// Giliard") or stand in one part of a line of furniture ("Top Story |
// Written by Jane Doe").
func (v *vocabulary) textByline(t string) (string, bool) {
	t = strings.TrimLeft(t, "/-–—•·*> ") // "// By Arun Sai Krishnan"
	b, ok := v.bylineLabels.cut(unglueBy(t), false)
	if !ok || b == "" {
		ok = false
		for part := range strings.SplitSeq(t, "|") {
			if part = strings.TrimSpace(part); part != t {
				if b, ok = v.bylineLabels.cut(part, false); ok && b != "" {
					break
				}
			}
		}
		if !ok || b == "" {
			return "", false
		}
	}
	if rest, ok := v.bylineLabels.cut(b, false); ok && startsUpper(rest) && textutil.CountWords(rest) >= 2 {
		b = rest // a label over the label: "Post author By Helge Fahrnberger"
	}
	if loc := bylineSeparator.FindStringIndex(b); loc != nil && loc[0] > 0 {
		b = b[:loc[0]]
	}
	if i := strings.Index(b, " - "); i > 0 {
		b = b[:i] // a hyphen for a dash: "Jane Doe and John Roe - Safe Browsing team"
	}
	b = dropPlaces(cutCredits(dropOtherHands(b, v.bylines.joiner)))
	b = cutRole(cutHandle(strings.TrimSpace(stripDate(b))))
	b = footnoteMark.ReplaceAllString(b, "$1")
	if i := strings.LastIndexByte(b, ' '); i > 0 && v.bylines.weekdays[strings.ToLower(strings.TrimRight(b[i+1:], ".,"))] {
		b = b[:i] // "Jane Slaughter on Thu", its date cut off
	}
	b = strings.TrimRight(trimBylineTail(b), ",/ ") // "Nikolai Huke,", "Cat Lafuente/"
	if b == "" || textutil.CountWords(b) > 12 || !startsUpper(b) || v.nounPair(b) {
		return "", false
	}
	return b, true
}

// otherHands are the parts, named in brackets after a name, of the hands
// that made the pictures and not the text: "Adrian Malloch (photography)".
var otherHands = map[string]bool{"photography": true, "photographs": true, "photos": true, "pictures": true, "video": true, "illustration": true, "illustrations": true, "graphics": true, "fotos": true, "bilder": true}

// dropOtherHands drops from a byline the names a bracket credits with the
// pictures, and the brackets after the writers' names: "Eleanor Ainge Roy
// (reporting) and Adrian Malloch (photography)" gives "Eleanor Ainge Roy".
func dropOtherHands(b string, joiner *regexp.Regexp) string {
	if !strings.HasSuffix(b, ")") && !strings.Contains(b, ") ") {
		return b
	}
	parts := joiner.Split(b, -1)
	for _, part := range parts {
		if strings.Count(part, "(") != strings.Count(part, ")") {
			return b // a bracket round a joiner: "Jane Doe (avec John Roe et Ann Poe)"
		}
	}
	var kept []string
	for _, part := range parts {
		name, role, ok := strings.Cut(part, " (")
		if !ok {
			kept = append(kept, part)
			continue
		}
		if role = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(role), ")")); !otherHands[role] {
			kept = append(kept, strings.TrimSpace(name))
		}
	}
	if len(kept) == 0 {
		return b
	}
	return strings.Join(kept, ", ")
}

// creditClause finds where a byline's names end and the credits of the
// other hands begin: "…; Editing by Mark Lee", "…, additional reporting by
// …", "…, Fotos: John Smith", "…; Grafik und Karte: …".
// Compiled on first use, as the package's start-up pays for every regexp
// built at import.
var creditClause = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*[;,]\s+(?:\p{L}+\s+){1,3}(?:by|von|par|por|di|door)\s|\s*[;,]\s+\p{L}+(?:\s+(?:\p{L}+\s+)?\p{L}+)?:\s|\s+\p{Lu}\p{Ll}+:\s`)
})

// cutCredits cuts the credits of other hands off a byline's names. A
// full name a colon closes is a speaker's, not a credit's label: a
// teaser's "Autorin Petra Maalouf: „…“" gives "", not "Petra".
func cutCredits(b string) string {
	if !strings.ContainsAny(b, ";,:") {
		return b
	}
	if loc := creditClause().FindStringIndex(b); loc != nil && loc[0] > 0 {
		if !strings.Contains(b[:loc[0]], " ") && strings.HasSuffix(strings.TrimSpace(b[:loc[1]]), ":") && !strings.ContainsAny(b[:loc[1]], ",;") {
			return ""
		}
		return b[:loc[0]]
	}
	return b
}

// filedFrom finds the place a reporter filed from, after the name and
// before the next name or the end: " in London and ", " in New York,".
var filedFrom = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?(\s+(?:and|und|&|et|y|e|en)\s|[,;]|$)`)
})

// dropPlaces drops the places reporters filed from: "Jane Doe in London and
// John Smith in Paris" gives "Jane Doe and John Smith".
func dropPlaces(b string) string {
	if !strings.Contains(b, " in ") {
		return b
	}
	return filedFrom().ReplaceAllString(b, "$1")
}

// countTail finds a count and its word closing a byline: "… 5 Comments".
var countTail = regexp.MustCompile(` \d+ \p{L}+$`)

// trimBylineTail drops what a byline line carries after the names once
// its date is cut: a count of comments, the word that led to the date
// ("by Jane Doe on January 20, 2020"), the line's full stop. A full stop
// after an initial stays.
func trimBylineTail(b string) string {
	b = countTail.ReplaceAllString(b, "")
	if i := strings.LastIndexByte(b, ' '); i > 0 && stopWords[b[i+1:]] {
		b = strings.TrimRight(b[:i], ", ")
	}
	if i := strings.LastIndexByte(b, ' '); i > 0 && dateLabels[strings.ToLower(strings.TrimRight(b[i+1:], ":"))] {
		b = strings.TrimRight(b[:i], ",|·• ") // "Diane Buckstegge Veröffentlicht am 1. Mai 2019"
	}
	if i := strings.LastIndexByte(b, ' '); strings.HasSuffix(b, ".") && utf8.RuneCountInString(b[i+1:]) > 3 {
		b = strings.TrimSuffix(b, ".")
	}
	return b
}

// footnoteMark finds a digit glued to the end of a name, a link to an
// affiliation: "Xiaoying You0".
var footnoteMark = regexp.MustCompile(`(\p{L})\d\b`)

// unglueBy puts back the space a page's markup left out between "by" and
// the name, or between a label's last word and the name: "bySauli
// Giliard", "Veröffentlicht vonChris Jung".
func unglueBy(t string) string {
	if len(t) > 2 && (t[0] == 'b' || t[0] == 'B') && t[1] == 'y' {
		if r, _ := utf8.DecodeRuneInString(t[2:]); unicode.IsUpper(r) {
			return t[:2] + " " + t[2:]
		}
	}
	if i := strings.Index(t, " von"); i > 0 && i+4 < len(t) {
		if r, _ := utf8.DecodeRuneInString(t[i+4:]); unicode.IsUpper(r) {
			return t[:i+4] + " " + t[i+4:]
		}
	}
	return t
}

// bylineAt returns the byline a line holds: a "By …" line, or bare names
// with a date or a role after them.
func (v *vocabulary) bylineAt(t string) string {
	if b, ok := v.textByline(t); ok {
		return b
	}
	if b := v.postedOnBy(t); b != "" {
		return b
	}
	names := cutHandle(strings.TrimSpace(stripDate(t)))
	// Each of bylineSeparator's alternatives holds one of these marks.
	if strings.ContainsAny(names, "•·|–—") {
		if loc := bylineSeparator.FindStringIndex(names); loc != nil && loc[0] > 0 {
			names = strings.TrimSpace(names[:loc[0]])
		}
	}
	if names, ok := cutRoleWithin(names, roleReach); ok && v.isNameList(names) {
		return names
	}
	return koreanByline(t)
}

// koreanByline reads a Korean byline: a name followed by 기자
// ("reporter"), with a place before it or an e-mail address after it —
// "순천, 광양 구현모 기자 ninek@example.com" gives "구현모". A line that is
// only the byline ("박준석 기자 외 1명", "and one more") is kept whole.
func koreanByline(t string) string {
	if !strings.Contains(t, "기자") || !textutil.WordsAtMost(t, 8) {
		return "" // no word is 기자, or too many words
	}
	words := strings.Fields(t)
	if len(words) > 8 {
		return ""
	}
	for k := 1; k < len(words); k++ {
		if words[k] != "기자" || !isHangulName(words[k-1]) {
			continue
		}
		if k == 1 {
			return t
		}
		return words[k-1]
	}
	return ""
}

// isKanjiName reports a Japanese or Chinese name as bylines print it bare:
// three to five Han characters ("佐藤花子"), or two parted by a space
// ("林 茂"), in full-width brackets or with 記者 ("reporter") or not. Words with kana are left out: on a page they are mostly its
// furniture ("ログイン", "印刷する").
func isKanjiName(t string) bool {
	han, spaces := 0, 0
	t = strings.TrimSuffix(strings.TrimPrefix(t, "（"), "）") // "（佐藤花子）" closing an article
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(t, "記者"), "记者"), "記者"))
	for _, r := range t {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r == ' ' && han > 0 && spaces == 0:
			spaces++
		default:
			return false
		}
	}
	return han <= 5 && (han >= 3 || han == 2 && spaces == 1 && !strings.HasSuffix(t, " "))
}

// isHangulName reports two to four Hangul syllables: a Korean name.
func isHangulName(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// cutHandle cuts a social-network handle off the end of a byline:
// "Devindra Hardawar, @devindra", "Ahiza Garcia @ahiza_garcia".
func cutHandle(b string) string {
	if i := strings.LastIndex(b, " @"); i > 0 && !strings.Contains(b[i+2:], " ") {
		return strings.TrimRight(b[:i], ", ")
	}
	return b
}

// startsLetter reports a word that opens with a letter: a joiner that is
// a word ("och"), not a mark ("/").
func startsLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// isCapsName reports a name printed in capitals, as some bylines are:
// "NATALIYA VASILYEVA". Two or three words of letters; on its own a kicker
// looks the same, so the line's place must say it is a byline.
func isCapsName(t string) bool {
	if !textutil.WordsAtMost(t, 3) {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 3 || strings.ToUpper(t) != t {
		return false
	}
	for _, w := range words {
		if lw := strings.ToLower(w); utf8.RuneCountInString(w) < 2 || !isNameWord(w) || stopWords[lw] || notNameWords[lw] {
			return false
		}
	}
	return true
}

// cutRole cuts a journalist's role, or a social network's name, off the end
// of a byline: "Sina Zehrfeld Landespolitische Korrespondentin", "Emma
// MackenzieLifestyle Writer", "Sarah LazareTwitter".
func cutRole(b string) string {
	b, _ = cutRoleWithin(b, math.MaxInt)
	return b
}

// roleReach is how many words bylineAt reads for a role: a role further on
// leaves more than eight words, too many for a list of names (cutRole's
// byline keeps at least the words before the role less four).
const roleReach = 13

// cutRoleWithin is cutRole reading at most n words of b. It reports false
// when b has more and none of the n is a role: then what cutRole returns
// has more than n-5 words.
func cutRoleWithin(b string, n int) (string, bool) {
	if i := gluedAt(b); i > 0 {
		b = b[:i]
	}
	if open := strings.LastIndexByte(b, '('); open > 0 && strings.HasSuffix(b, ")") {
		if inner := strings.Fields(b[open+1 : len(b)-1]); len(inner) > 0 && roleWords[strings.ToLower(inner[0])] {
			return strings.TrimSpace(b[:open]), true // "Chus del Pino (Enviado especial)"
		}
	}
	words, more := fieldsUpTo(b, n)
	for k := 2; k < len(words); k++ {
		if !roleWords[strings.ToLower(strings.Trim(words[k], ",."))] {
			continue
		}
		if k > 2 && (strings.HasSuffix(words[k-1], "e") || startsUpper(words[k-1]) && !startsUpper(words[k])) {
			k-- // the role's adjective, or its desk: "Landespolitische", "Education editor"
		}
		// After a comma, the words up to the role are the role's:
		// "Jane Doe, Health Reporter".
		for c := k - 1; c >= 1 && c >= k-4; c-- {
			if strings.HasSuffix(words[c], ",") {
				k = c + 1
				break
			}
		}
		return strings.TrimRight(strings.Join(words[:k], " "), ","), true
	}
	return b, !more
}

// fieldsUpTo is strings.Fields(s) cut to its first n words; more reports
// whether s holds more. It reads s no further than the (n+1)th word.
func fieldsUpTo(s string, n int) (words []string, more bool) {
	if textutil.WordsAtMost(s, n) {
		return strings.Fields(s), false
	}
	words = make([]string, 0, n) // s has more than n words: n is small
	for i := 0; len(words) < n; {
		for i < len(s) && isSpaceAt(s, i) {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		j := i
		for j < len(s) && !isSpaceAt(s, j) {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		words = append(words, s[i:j])
		i = j
	}
	return words, true
}

// isSpaceAt reports whether the character at s[i] is white space, as
// strings.Fields splits at.
func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// gluedAt returns where a name runs into the next word without a space
// ("MackenzieLifestyle Writer"), when what follows is a role or a social
// network; else 0.
func gluedAt(b string) int {
	prev := rune(0)
	for i, r := range b {
		if unicode.IsUpper(r) && unicode.IsLower(prev) && i >= 3 {
			rest := strings.Fields(b[i:])
			last := strings.ToLower(rest[len(rest)-1])
			if roleWords[last] || socialNames[last] {
				return i
			}
		}
		prev = r
	}
	return 0
}

// socialNames are the networks whose names follow a byline as links, and
// the button that follows the author there ("Jane DoeFollow").
var socialNames = map[string]bool{"twitter": true, "x": true, "facebook": true, "linkedin": true, "instagram": true, "email": true, "bluesky": true, "threads": true, "mastodon": true, "follow": true}

// trailingName returns the names printed after a date on a date line, as
// in "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch"
// or "9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer".
func (v *vocabulary) trailingName(t string) string {
	i, sep := -1, ""
	for _, s := range [...]string{", ", " / ", " | ", " · ", " • "} {
		if j := strings.LastIndex(t, s); j > i {
			i, sep = j, s
		}
	}
	if i < 0 {
		return ""
	}
	name := strings.TrimSpace(t[i+len(sep):])
	if b, ok := v.textByline(name); ok {
		return b
	}
	if name = cutRole(name); v.isName(name) || sep != ", " && v.isNameList(name) {
		return name
	}
	return ""
}

// isLoneBy reports a line that is only the word that opens a byline, the
// names on the next line.
func (v *vocabulary) isLoneBy(t string) bool {
	rest, ok := v.bylineLabels.cut(strings.TrimRight(t, ": "), false)
	return ok && rest == ""
}

// stripDate cuts a date, and what follows it, off the end of a line, as
// in "Jane Doe 3. Mai 2024, 17:47".
func stripDate(t string) string {
	loc := findDate(t)
	// Both alternatives of dottedDate open with \d{1,2}\. — an ASCII digit
	// followed by a full stop — and dayMonthYear holds \d{4}: without
	// those the patterns cannot match, and most lines have neither.
	if hasDigitDot(t) {
		if n := dottedDate.FindStringIndex(t); n != nil && (loc == nil || n[0] < loc[0]) {
			loc = n
		}
	}
	if loc == nil && hasFourDigits(t) {
		// A date in the page's own language: "Jane Doe, le 15 septembre 2009".
		if m := dayMonthYear.FindStringSubmatchIndex(t); m != nil && localMonths[strings.ToLower(t[m[4]:m[5]])] != 0 {
			loc = m[2:]
		}
	}
	if loc != nil && loc[0] > 0 {
		return strings.TrimRight(t[:loc[0]], " ,|•·-–—")
	}
	return t
}

// hasDigitDot reports whether t holds an ASCII digit followed by a full
// stop, as every match of dottedDate does.
func hasDigitDot(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] == '.' && t[i-1] >= '0' && t[i-1] <= '9' {
			return true
		}
	}
	return false
}

// dottedDate finds a date written in numbers only: "26.04.2024", "3. 5. 2024".
var dottedDate = regexp.MustCompile(`\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{4}|\d{2})\b|\b\d{1,2}\.\s+\p{L}+\s+\d{4}\b`)

// isNameList reports a line of two to eight capitalised words and nothing
// else — one or more names, as bylines print them without "By".
func (v *vocabulary) isNameList(t string) bool {
	if !textutil.WordsAtMost(t, 8) {
		return false // read no further into a paragraph
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 8 || v.isPublisher(t) || isMasthead(t) || v.isAggregator(t) {
		return false
	}
	if strings.ToUpper(t) == t {
		return false // a kicker or a label in capitals
	}
	if leadArticles[words[0]] {
		return false // a crosshead or a box's heading: "Der Holländerholzhandel", "Im Schlepptau"
	}
	if strings.Contains(t, ", ") {
		// Each name a list holds has a given name and a surname: a list
		// of single words is a post's categories or tags.
		for item := range strings.SplitSeq(t, ", ") {
			if len(strings.Fields(item)) < 2 {
				return false
			}
		}
	}
	if v.nounPair(t) {
		return false
	}
	capital := 0
	for i, w := range words {
		w = strings.TrimRight(w, ",")
		if notNameWords[strings.ToLower(w)] {
			return false
		}
		if len(w) > 3 && slices.Contains(words[:i], w) {
			return false // a row of buttons: "Compartir en Facebook Compartir en Twitter"
		}
		switch {
		case nameParticles[w] || w == "and" || w == "und" || w == "&" || w == "et" || startsLetter(w) && slices.Contains(v.bylines.joiners, strings.ToLower(w)):
			continue
		case roleWords[strings.ToLower(w)] && !(i == 1 && isStaffSurname(words)), stopWords[strings.ToLower(w)] && len(w) > 3 && !(givenStopWords[w] && len(words) <= 3 && i+1 < len(words) && isNameWord(words[i+1])):
			return false
		}
		if !isNameWord(w) {
			return false
		}
		capital++
	}
	return capital >= 2
}

// leadArticles are the articles and determiners that open a heading in
// capitals, never a name: a name's particles stand inside it, in lower
// case ("Jan van der Berg").
var leadArticles = map[string]bool{"Der": true, "Die": true, "Das": true, "Dem": true, "Den": true, "Des": true,
	"Im": true, "Zum": true, "Zur": true, "Vom": true, "Beim": true, "Ein": true, "Eine": true, "Unsere": true, "Deine": true, "Euer": true, "Top": true}

// nounPair reports names that are single words a joiner links: "Risiken
// und Nebenwirkungen", "Aufbau und Inhalt". Bylines give a name its
// surname; a pair of capitalised single words is a crosshead's nouns, in
// German every noun has a capital. Agencies are single words and stay:
// "Reuters and AP".
func (v *vocabulary) nounPair(b string) bool {
	if n := strings.Count(b, " "); n < 2 || n > 5 {
		return false // two or three words a joiner links, a label before them
	}
	if rest, ok := v.bylineLabels.cut(b, false); ok && rest != "" {
		b = rest // "Von Risiken und Nebenwirkungen"
	}
	parts := v.bylines.joiner.Split(b, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if strings.ContainsAny(p, " ,") || wires[clean.Normalize(p)] {
			return false
		}
	}
	return true
}

// givenStopWords are function words that are also given names: before
// a surname they open a name ("Will Knight", "Said Ahmed").
var givenStopWords = map[string]bool{"Will": true, "Said": true}

// signature reads a name standing alone where an article ends, as some
// sites sign their pieces: "Jane Doe", or with the agency after a slash,
// "Jane Doe / dpa". It returns the byline as printed and its names.
func (v *vocabulary) signature(t string) (byline, names string) {
	names = t
	if name, agency, ok := strings.Cut(t, "/"); ok {
		agency = strings.TrimSpace(agency)
		if wires[clean.Normalize(agency)] || v.isPublisher(agency) || strings.ToUpper(agency) == agency && len(agency) <= 6 {
			names = strings.TrimSpace(name)
		}
	}
	if isDesk(names) {
		return t, ""
	}
	if isKanjiName(names) {
		names = strings.TrimSuffix(strings.TrimPrefix(names, "（"), "）") // "（佐藤花子）"
		return names, names
	}
	if textutil.CountWords(names) <= 4 && v.isName(names) && v.isNameList(names) || (coAuthors.MatchString(names) || v.bylines.joiner.MatchString(names)) && v.isNameList(names) {
		return t, names
	}
	return "", ""
}

// coAuthors finds the word or mark that joins two authors' names, besides
// the joiners of vocabulary/bylines.txt.
var coAuthors = regexp.MustCompile(` (?:and|und|et) |, | & `)

// isDesk reports a short line naming a newsroom's desk: "IN-Redaktion".
func isDesk(t string) bool {
	if textutil.CountWords(t) > 3 || !startsUpper(t) {
		return false
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
		if deskWords[w] {
			return true
		}
	}
	return false
}

// namesBelow reads the names on the lines after a lone byline label, a
// name or a list of them a line, as pages print "By" then "Lucy
// ThorntonNews Reporter" then "Tim Hanlon". It returns the names joined
// with commas, how many lines they took and which of those lines are an
// author's role.
func (v *vocabulary) namesBelow(lines []textLine, from, limit int) (names string, n int, roles []int) {
	var found []string
	end := from // after the last line of names
	for k := from; k < limit && len(found) < 8; k++ {
		t := lines[k].text
		next := cutRole(t)
		b, ok := v.textByline(next)
		if !ok && v.isNameList(next) {
			b, ok = next, true
		}
		if !ok {
			if len(found) > 0 && v.isRole(t) {
				roles = append(roles, k) // "Senior Reporter" under a name, another may follow
				continue
			}
			break
		}
		found = append(found, b)
		end = k + 1
	}
	for len(roles) > 0 && roles[len(roles)-1] >= end {
		roles = roles[:len(roles)-1] // the last name's role is read as the header's
	}
	return strings.Join(found, ", "), end - from, roles
}

// labelOnlyNames returns the names of a short line that is only a byline
// label and names: "By Jane Doe", "von Birgit Posselt". A label over a
// phrase ("By the numbers", "Von Risiken und Nebenwirkungen") gives none.
func (v *vocabulary) labelOnlyNames(t string) string {
	if len(t) > 120 {
		return ""
	}
	rest, ok := v.bylineLabels.cut(strings.TrimLeft(unglueBy(t), "/-–—•·*> "), false)
	if !ok || rest == "" {
		return ""
	}
	b, ok := v.textByline(t)
	if !ok || b != rest || !v.isName(b) && !v.isNameList(b) {
		return ""
	}
	return b
}

// namesRunAfterDate returns the name a date line runs on into, with no
// separator, as a post's meta line prints date, author and comment count:
// "30. Oktober 2023 Carola Pönisch 2 Kommentare", "September 17, 2019
// Helmut Rubik 0". The name is two capitalised words, or three before a
// number or a word in lower case: three at the line's end may hold the
// post's category ("Carola Pönisch Kultur").
func (v *vocabulary) namesRunAfterDate(t string) string {
	rest := afterAnyDate(t)
	if rest == "" {
		return ""
	}
	words := strings.Fields(rest)
	k := 0
	for k < len(words) && k < 4 && isNameWord(words[k]) && !notNameWords[strings.ToLower(words[k])] {
		k++
	}
	if k < 2 || k > 3 || k == 3 && k == len(words) {
		return ""
	}
	if k < len(words) {
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsDigit(r) && !unicode.IsLower(r) {
			return ""
		}
	}
	names := strings.Join(words[:k], " ")
	if !v.isName(names) || !v.isNameList(names) {
		return ""
	}
	return names
}

// afterAnyDate returns what a line prints after the date it opens with,
// written the local way ("30. Oktober 2023") or the English way ("2/26/2015
// 7:11 AM PST"); "" when it opens with none.
func afterAnyDate(t string) string {
	rest := afterDate(t)
	if rest == "" || rest == t {
		rest = ""
		if loc := findDate(t); loc != nil && loc[0] == 0 {
			rest = strings.TrimLeft(t[loc[1]:], " ,|–—-·•")
		}
	}
	for {
		w, after, _ := strings.Cut(rest, " ")
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if !clockWords[lw] || strings.ToUpper(w) != w && strings.ToLower(w) != w {
			return rest // "Et Cetera": a word as names are printed
		}
		rest = strings.TrimLeft(after, " ,|–—-·•") // "PST BY TMZ STAFF"
	}
}

// clockWords are the words a clock time carries after it: its half of the
// day and its zone.
var clockWords = wordSet("am|pm|a.m|p.m|uhr|h|utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct")

// staffDesks are the desks a newsroom signs "Staff" after: "Sports Staff",
// "Editorial Staff". Any other capitalised word before it is a given name.
var staffDesks = map[string]bool{"sports": true, "news": true, "editorial": true, "web": true, "online": true,
	"digital": true, "metro": true, "business": true, "wire": true, "features": true, "opinion": true,
	"politics": true, "entertainment": true, "local": true, "city": true, "state": true, "national": true,
	"world": true, "desk": true, "senior": true, "junior": true, "the": true, "our": true}

// isStaffSurname reports a given name and the surname "Staff" ("Jörg
// Staff"), which the word's other sense as a desk ("Sports Staff", "Staff
// Writer", "CELEBWIRE STAFF") would reject.
func isStaffSurname(words []string) bool {
	if len(words) != 2 || words[1] != "Staff" || !isNameWord(words[0]) || strings.ToUpper(words[0]) == words[0] {
		return false
	}
	w := strings.ToLower(words[0])
	return !staffDesks[w] && !deskWords[w] && !roleWords[w] && !notNameWords[w] && !stopWords[w]
}

// postedOnBy reads the line a blog theme prints over a post: a date label,
// the date (printed twice, glued, when the post was updated) and the
// names, or one name or desk, after "von" or "by" — "Veröffentlicht am 3. Mai 2021 von Jana
// Petersen", "Posted on May 3, 2021 by Jane Doe".
func (v *vocabulary) postedOnBy(t string) string {
	low := strings.ToLower(t)
	if !strings.HasPrefix(low, "veröffentlicht am ") && !strings.HasPrefix(low, "posted on ") {
		return ""
	}
	for _, label := range []string{" von ", " by "} {
		i := strings.LastIndex(t, label)
		if i < 0 || !hasFourDigits(t[:i]) {
			continue
		}
		names := strings.TrimSpace(t[i+len(label):])
		if v.isNameList(names) || isLoneNameWord(names) {
			return names // the label and date before it vouch for one word: "von Heiko", "von Redaktion"
		}
	}
	return ""
}

// isLoneNameWord reports a single capitalised word a byline's label may
// sign with: a given name or a desk ("Heiko", "Redaktion"), not a word of
// the page's furniture.
func isLoneNameWord(w string) bool {
	return w != "" && !strings.Contains(w, " ") && isNameWord(w) && strings.ToUpper(w) != w &&
		!notNameWords[strings.ToLower(w)] && !stopWords[strings.ToLower(w)] && !roleWords[strings.ToLower(w)]
}
