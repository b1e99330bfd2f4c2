package extract

import (
	_ "embed"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// The header of a syndicated text is what comes before the first body
// paragraph: the publisher (often twice), the author, a date, the headline,
// a standfirst. readHeader decides each line by evidence and stops at the
// first line that is none of them.

// maxHeaderBlocks bounds how far into the text the header may reach.
const maxHeaderBlocks = 20

type header struct {
	title, byline, site, lead string
	authors                   []string
	published                 time.Time
	dateLine                  string // the line published was read from
	bodyStart                 int
	removed                   []clean.Removal
}

// loadWords reads a list of words, one a line, into a set of their lower
// case forms.
func loadWords(list string) map[string]bool {
	set := map[string]bool{}
	for l := range textutil.ListLines(list) {
		set[strings.ToLower(l)] = true
	}
	return set
}

func loadNames(list string) map[string]bool {
	set := map[string]bool{}
	for l := range textutil.ListLines(list) {
		set[clean.Normalize(l)] = true
	}
	return set
}

// mastheadWords are words that newspaper names are made of.
var mastheadWords = map[string]bool{
	"times": true, "news": true, "post": true, "herald": true, "guardian": true, "telegraph": true,
	"mail": true, "echo": true, "gazette": true, "journal": true, "chronicle": true, "standard": true,
	"express": true, "observer": true, "tribune": true, "courier": true, "star": true, "mirror": true,
	"independent": true, "record": true, "press": true, "republic": true, "advertiser": true,
	"argus": true, "examiner": true, "sentinel": true, "bulletin": true, "dispatch": true, "inquirer": true,
	"gazzetta": true, "zeitung": true, "tageblatt": true,
}

// sectionWords open the names of sections, which look like mastheads.
var sectionWords = map[string]bool{
	"uk": true, "us": true, "world": true, "local": true, "business": true, "politics": true, "breaking": true,
	"latest": true, "sport": true, "sports": true, "tech": true, "technology": true, "science": true,
	"health": true, "top": true, "national": true, "international": true, "entertainment": true,
}

// isMasthead reports a line shaped like a newspaper's name: one to five
// capitalised words, one of them a word newspapers are named with, such as
// "Wiltshire Times" or "The Arizona Republic".
func isMasthead(t string) bool {
	if !textutil.WordsAtMost(t, 5) {
		return false // read no further into a paragraph
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(t, ".,:;!?") {
		return false
	}
	if sectionWords[strings.ToLower(words[0])] {
		return false // "UK News", "World News": a section, not a paper
	}
	masthead := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		masthead = masthead || mastheadWords[strings.ToLower(w)]
	}
	return masthead
}

//go:embed vocabulary/bylineroles.txt
var bylineRoleList string

// roleWords mark a line that gives a journalist's job.
var roleWords = loadWords(bylineRoleList)

// isRole reports a short line naming a journalist's job or desk, such as
// "Environment correspondent" or "BBC Scotland News", printed under a byline.
func (v *vocabulary) isRole(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(t, ".!?") || isStaffSurname(words) {
		return false
	}
	for _, w := range words {
		if roleWords[strings.ToLower(w)] {
			return true
		}
	}
	return isMasthead(t) || v.isPublisher(t)
}

// isNameWithRole reports a byline printed without "By": a name, or a name
// and a short role or employer after a comma ("Tom Carrick, Defence Editor").
func (v *vocabulary) isNameWithRole(t string) bool {
	name, role, found := strings.Cut(t, ",")
	if !found {
		return v.isName(t)
	}
	return v.isName(strings.TrimSpace(name)) && textutil.CountWords(role) <= 5 && !strings.ContainsAny(role, ".!?")
}

// readHeader reads title, byline, site, date and lead off the top of the
// blocks and says where the body starts.
//
// It first finds the body: the first block that reads as prose (a sentence,
// or a long block) and is not itself a byline or date. Everything above it
// is header. There the title is the first headline-shaped line that is not
// a byline, date or publisher; a run of lines between the title and a later
// byline or date is the standfirst. A field's label alone on its line over
// the byline or date it names ("Autor" / "Jana Petersen", "Stand" /
// "14.03.2024"), as definition lists and tables print them, is removed as
// a field label, and a name under a byline label is the byline. Lines above
// the body that are none of these — section labels, buttons, app names —
// are reported as removed.
//
// A title already known, from an HTML page's metadata, counts as found
// above the first block. The reading is then strict: the page's markup has
// already told title from body, so only lines that are positively a date,
// a byline, a role or a standfirst are taken, and the first other line
// starts the body.
func (v *vocabulary) readHeader(blocks []clean.Block, title, byline string) header {
	strict := title != ""
	h := header{title: title}
	knownByline := clean.Normalize(byline)
	end := v.bodyStart(blocks)
	h.bodyStart = end
	if end == 0 {
		return h
	}
	start := 0
	if title != "" {
		if lead, n := v.leadAt(blocks[:end], 0); n > 0 {
			h.lead, start = lead, n
		}
	}
	prevSite, prevLabel := false, false
	for i := start; i < end; i++ {
		t := blocks[i].Text
		wasSite, wasLabel := prevSite, prevLabel
		prevSite, prevLabel = false, false
		next := ""
		if i+1 < end {
			next = blocks[i+1].Text
		}
		switch {
		case h.title != "" && t == h.title:
			// The headline repeated.
		case v.labelsField(t, next, knownByline):
			h.removed = append(h.removed, clean.Removal{Rule: RuleFieldLabel, Kind: clean.Nav, Text: t})
			prevLabel = true
		case h.site == "" && next == t && isShortLine(t):
			h.site, prevSite = t, true
			i++
		case v.isAggregator(t):
			h.removed = append(h.removed, clean.Removal{Rule: RuleAggregatorName, Kind: clean.Promo, Text: t})
		case v.isPublisher(t) && (h.site == "" || clean.Normalize(h.site) == clean.Normalize(t)):
			if h.site == "" {
				h.site = t
			}
			prevSite = true
		case h.published.IsZero() && isDate(t, &h.published):
			h.dateLine = t
			if strict { // the page's metadata gave the date: this is a copy
				h.removed = append(h.removed, clean.Removal{Rule: RuleDateLine, Kind: clean.Nav, Text: t})
			}
		case strict && (opensWithDate(t) || isDateOnly(t)):
			h.removed = append(h.removed, clean.Removal{Rule: RuleDateLine, Kind: clean.Nav, Text: t})
		case knownByline != "" && textutil.CountWords(t) <= maxBylineWords+5 && strings.HasPrefix(clean.Normalize(v.stripBylineLabel(strings.TrimPrefix(t, "By "))), knownByline):
			h.removed = append(h.removed, clean.Removal{Rule: RuleBylineLine, Kind: clean.Nav, Text: t})
		case knownByline != "" && len(t) <= maxLabelledLineBytes && clean.Normalize(v.labelledNames(t)) == knownByline:
			// "05.02.2020 - Redaktion: Jan Roth": the known byline after
			// a date and a desk.
			h.removed = append(h.removed, clean.Removal{Rule: RuleBylineLine, Kind: clean.Nav, Text: t})
		case h.byline == "" && v.isBylineLine(t, &h):
			if strict {
				h.removed = append(h.removed, clean.Removal{Rule: RuleBylineLine, Kind: clean.Nav, Text: t})
			}
		case h.byline == "" && v.isNameWithRole(t) && (wasSite || wasLabel || h.title != "" && !strict || isDate(next, nil) || v.isPublisher(next) || v.isRole(next)):
			h.byline = t
			h.authors = v.authorsOf(t)
			if strict {
				h.removed = append(h.removed, clean.Removal{Rule: RuleBylineLine, Kind: clean.Nav, Text: t})
			}
		case (h.byline != "" || knownByline != "") && v.isRole(t):
			h.removed = append(h.removed, clean.Removal{Rule: RuleBylineRole, Kind: clean.Nav, Text: t})
		case !strict && h.site == "" && h.title == "" && isMasthead(t):
			h.site, prevSite = t, true
		case h.title == "" && isHeadline(t) && textutil.CountWords(t) >= minTitleWords:
			h.title = t
			if lead, n := v.leadAt(blocks[:end], i+1); n > 0 {
				h.lead = lead
				i += n
			}
		case !strict && h.site == "" && h.title != "" && isMasthead(t):
			h.site = t
		case strict:
			h.bodyStart = i
			return h
		default:
			h.removed = append(h.removed, clean.Removal{Rule: RuleSectionLabel, Kind: clean.Nav, Text: t})
		}
	}
	return h
}

// opensWithDate reports a short line that starts with a date, such as
// "August 11, 2025, 6 AM ET" or a date run into a time without a space.
func opensWithDate(t string) bool {
	if textutil.CountWords(t) > 10 {
		return false
	}
	loc := findDate(t)
	return loc != nil && loc[0] <= 12
}

// minTitleWords is the shortest headline taken as a title; shorter lines
// above the body are section labels and buttons.
const minTitleWords = 4

// bodyStart returns the index of the first body block: the first that
// reads as prose and is not a byline or date line. It returns 0, all body,
// when none does within maxHeaderBlocks.
func (v *vocabulary) bodyStart(blocks []clean.Block) int {
	for i, b := range blocks {
		if i >= maxHeaderBlocks {
			break
		}
		if b.Kind == clean.List {
			continue // a bullet summary above the body
		}
		if b.Kind != clean.Paragraph {
			return i
		}
		if isProse(b.Text) && !isDate(b.Text, nil) && !v.bylineLabels.header.MatchString(b.Text) {
			return i
		}
	}
	return 0
}

// isProse reports a block that reads as running text: a sentence, however
// short, or a block too long to be a header line.
func isProse(t string) bool {
	n := textutil.CountWords(t)
	if n >= 40 {
		return true
	}
	end := strings.TrimRight(t, `"'”’)»`)
	quoted := end != t
	switch {
	case n < 2:
		return false
	case strings.HasSuffix(end, "."), strings.HasSuffix(end, "!"):
		return true
	case strings.HasSuffix(end, "?"):
		return quoted // an unquoted question may be a headline
	}
	return false
}

// leadAt returns the standfirst that starts at block i — one line, or a
// run of up to five lines such as a bullet summary — and how many blocks it
// spans, when a byline, date or publisher line follows it. Without that
// evidence the lines are not a standfirst.
func (v *vocabulary) leadAt(blocks []clean.Block, i int) (string, int) {
	for n := 1; n <= 5 && i+n <= len(blocks); n++ {
		last := blocks[i+n-1].Text
		if v.isHeaderMeta(last) || v.isFieldLabel(last) || isMasthead(last) || v.isRole(last) || textutil.CountWords(last) > 60 {
			return "", 0
		}
		if i+n < len(blocks) && (v.isHeaderMeta(blocks[i+n].Text) || v.isFieldLabel(blocks[i+n].Text) && i+n+1 < len(blocks) && v.isHeaderMeta(blocks[i+n+1].Text)) {
			var lines []string
			for _, b := range blocks[i : i+n] {
				lines = append(lines, b.Text)
			}
			return strings.Join(lines, "\n"), n
		}
	}
	return "", 0
}

// dateLabels are the labels printed alone over a date, as in a definition
// list's <dt> or a table's first cell: "Stand", "Published", "Fecha".
var dateLabels = wordSet("published|first published|updated|last updated|posted|date" +
	"|stand|datum|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|publiziert" +
	"|publié|publié le|mis à jour|date de publication|fecha|publicado|actualizado" +
	"|data|pubblicato|aggiornato|opublikowano|gepubliceerd|bijgewerkt|입력|수정")

// isFieldLabel reports a line that is only the label of a header field,
// with nothing after it but a colon: a byline's ("Autor", "By", "Von",
// "Auteur") or a date's ("Stand", "Published", "Fecha").
func (v *vocabulary) isFieldLabel(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(t, ": "))
	return textutil.CountWords(t) <= 4 && (dateLabels[strings.ToLower(collapseSpaces(t))] || v.isLoneBy(t))
}

// labelsField reports a label-only line (isFieldLabel) over the byline or
// date it names, as a definition list prints them ("<dt>Autor</dt><dd>Jana
// Petersen</dd><dt>Stand</dt><dd>14.03.2024</dd>"): header furniture, read
// neither as the standfirst nor as the first line of the body.
func (v *vocabulary) labelsField(t, next, knownByline string) bool {
	if next == "" || !v.isFieldLabel(t) {
		return false
	}
	return isDate(next, nil) || isDateOnly(next) || opensWithDate(next) || v.isNameWithRole(next) ||
		v.bylineLabels.header.MatchString(next) ||
		knownByline != "" && strings.HasPrefix(clean.Normalize(next), knownByline)
}

func (v *vocabulary) isHeaderMeta(t string) bool {
	return isDate(t, nil) || v.isPublisher(t) || v.bylineLabels.header.MatchString(t) || v.isNameWithRole(t)
}

// isDate reports whether t is a date line, storing the date in *into. A
// line dateparse cannot read is read as written outside the English-speaking
// world when it holds nothing but a date and its furniture: "Stand:
// 14.03.2024", "14.03.2024, 10:15 Uhr", "14. März 2024", "le 14 mars 2024".
func isDate(t string, into *time.Time) bool {
	d, ok := parseDateLine(t)
	if !ok && isDateOnly(t) {
		d, ok = parseLocalDate(t)
	}
	if ok && into != nil {
		*into = d
	}
	return ok
}

var (
	// bylineSuffix finds what follows the names: ", CNN", " for MailOnline",
	// ", Political Correspondent".
	bylineSuffix = regexp.MustCompile(`(?i)(,\s+[^,]*|\s+for\s+.+|\s+in\s+[A-Z][a-z]+.*)$`)
	nameSplit    = regexp.MustCompile(`(?i)\s*(?:,|&|\band\b|\bund\b|\bet\b)\s*`)
)

// isBylineLine recognises a "By …" line and fills in byline and authors.
func (v *vocabulary) isBylineLine(t string, h *header) bool {
	m := v.bylineLabels.header.FindStringSubmatch(t)
	if m == nil || textutil.CountWords(m[1]) > 16 {
		return false
	}
	byline := m[1]
	if i := strings.IndexAny(byline, "•|"); i > 0 {
		byline = byline[:i] // "Jane Doe • 2h • 3 min read"
	}
	byline = strings.TrimSpace(byline)
	if byline == "" {
		return false
	}
	h.byline = byline
	h.authors = v.authorsOf(byline)
	return true
}

// authorsOf splits a byline into the names it holds.
func (v *vocabulary) authorsOf(byline string) []string {
	names := byline
	if m := bylineSuffix.FindStringIndex(names); m != nil && m[0] > 0 {
		// Keep "A, B and C": a suffix after a comma is a role only when it
		// holds no name.
		if suffix := names[m[0]:]; !strings.HasPrefix(suffix, ",") || !v.isName(firstName(strings.TrimPrefix(suffix, ","))) {
			names = names[:m[0]]
		}
	}
	var out []string
	for _, n := range nameSplit.Split(names, -1) {
		n = strings.TrimSpace(n)
		if n == "" || v.isPublisher(n) {
			continue
		}
		if strings.ToUpper(n) == n {
			n = titleCase(n)
		}
		out = append(out, n)
	}
	return out
}

// firstName returns the first of the names in s, which are joined by
// commas, "and" or "&".
func firstName(s string) string {
	return strings.TrimSpace(nameSplit.Split(strings.TrimSpace(s), 2)[0])
}

// titleCase turns "JANE DOE" into "Jane Doe".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "ibn": true, "del": true, "dos": true, "das": true, "y": true}

// isName reports whether t has the shape of a person's name: two to four
// capitalised words, with no digits or sentence punctuation.
func (v *vocabulary) isName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || v.isPublisher(t) || isMasthead(t) || v.isAggregator(t) {
		return false
	}
	for _, w := range words {
		if nameParticles[w] {
			continue
		}
		if roleWords[strings.ToLower(w)] {
			return false // "Defence Editor"
		}
		if !isNameWord(w) {
			return false
		}
	}
	return !strings.HasSuffix(t, ".") || len(words[len(words)-1]) <= 2
}

// isNameWord reports a word as names are spelt: a capital, then letters,
// hyphens, apostrophes and full stops ("O’Neill", "Smith-Jones", "J.").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
			return false
		}
	}
	return true
}

// isHeadline reports the shape of a headline: three to thirty words and no
// closing full stop.
func isHeadline(t string) bool {
	n := textutil.CountWords(t)
	if n < 3 || n > 30 {
		return false
	}
	end := strings.TrimRight(t, `"'”’)`)
	return !strings.HasSuffix(end, ".") && !strings.HasSuffix(end, ":") && !strings.HasSuffix(end, ",")
}

// isShortLine reports a line short enough to be a publisher's name.
func isShortLine(t string) bool {
	return textutil.CountWords(t) <= 6 && !strings.HasSuffix(t, ".")
}
