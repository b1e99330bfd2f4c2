package extract

import (
	_ "embed"

	"github.com/declutter/declutter/clean"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
)

//go:embed vocabulary/notnames.txt
var notNameList string

//go:embed vocabulary/wires.txt
var wireList string

var (
	// notNameWords are words of page furniture that no name holds.
	notNameWords = loadNames(notNameList)
	// wires are the news agencies that sign articles.
	wires = loadNames(wireList)
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
	return ""
}

// Bylines on a whole page come in more shapes than on syndicated copy:
// "By …" in many languages, a lone "Von" with the names on the next line,
// bare names with a date or a role run into them, a "Written by" part of a
// line of furniture. These functions read the names out of such lines.

// textBylinePrefix is the word that opens a byline in the languages news
// pages are commonly written in.
var textBylinePrefix = regexp.MustCompile(`^(?i:by|story by|written by|words by|reporting by|von|par|por|di|door|av|af|autor|autorin|auteur|text)(?:\s*:)?\s+(\S.*)$`)

// bylineSeparator splits a byline from what is printed after it: a
// date, a reading time, a role.
var bylineSeparator = regexp.MustCompile(`\s+[•·|–—]\s+|\s*\|\s*`)

// textByline reads a "By …" line, in any of the common languages, and
// returns the names. The prefix may be glued to the names ("bySauli
// Giliard") or stand in one part of a line of furniture ("Top Story |
// Written by Jane Doe").
func textByline(t string) (string, bool) {
	m := textBylinePrefix.FindStringSubmatch(unglueBy(t))
	if m == nil {
		for part := range strings.SplitSeq(t, "|") {
			if part = strings.TrimSpace(part); part != t {
				if m = textBylinePrefix.FindStringSubmatch(part); m != nil {
					break
				}
			}
		}
		if m == nil {
			return "", false
		}
	}
	b := m[1]
	if loc := bylineSeparator.FindStringIndex(b); loc != nil && loc[0] > 0 {
		b = b[:loc[0]]
	}
	b = cutRole(strings.TrimSpace(stripDate(b)))
	b = footnoteMark.ReplaceAllString(b, "$1")
	if b == "" || textutil.CountWords(b) > 12 || !startsUpper(b) {
		return "", false
	}
	return b, true
}

// footnoteMark finds a digit glued to the end of a name, a link to an
// affiliation: "Xiaoying You0".
var footnoteMark = regexp.MustCompile(`(\p{L})\d\b`)

// unglueBy puts back the space a page's markup left out between "by" and
// the name.
func unglueBy(t string) string {
	if len(t) > 2 && (t[0] == 'b' || t[0] == 'B') && t[1] == 'y' {
		if r, _ := utf8.DecodeRuneInString(t[2:]); unicode.IsUpper(r) {
			return t[:2] + " " + t[2:]
		}
	}
	return t
}

// bylineAt returns the byline a line holds: a "By …" line, or bare names
// with a date or a role after them.
func (v *vocabulary) bylineAt(t string) string {
	if b, ok := textByline(t); ok {
		return b
	}
	names := strings.TrimSpace(stripDate(t))
	if loc := bylineSeparator.FindStringIndex(names); loc != nil && loc[0] > 0 {
		names = strings.TrimSpace(names[:loc[0]])
	}
	names = cutRole(names)
	if v.isNameList(names) {
		return names
	}
	return koreanByline(t)
}

// koreanByline reads a Korean byline: a name followed by 기자
// ("reporter"), with a place before it or an e-mail address after it —
// "순천, 광양 구현모 기자 ninek@example.com" gives "구현모". A line that is
// only the byline ("박준석 기자 외 1명", "and one more") is kept whole.
func koreanByline(t string) string {
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

// cutRole cuts a journalist's role, or a social network's name, off the end
// of a byline: "Sina Zehrfeld Landespolitische Korrespondentin", "Emma
// MackenzieLifestyle Writer", "Sarah LazareTwitter".
func cutRole(b string) string {
	if i := gluedAt(b); i > 0 {
		b = b[:i]
	}
	words := strings.Fields(b)
	for k := 2; k < len(words); k++ {
		if !roleWords[strings.ToLower(strings.Trim(words[k], ",."))] {
			continue
		}
		if k > 2 && strings.HasSuffix(words[k-1], "e") {
			k-- // the role's adjective: "Landespolitische"
		}
		return strings.TrimRight(strings.Join(words[:k], " "), ",")
	}
	return b
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

// socialNames are the networks whose names follow a byline as links.
var socialNames = map[string]bool{"twitter": true, "x": true, "facebook": true, "linkedin": true, "instagram": true, "email": true, "bluesky": true, "threads": true, "mastodon": true}

// trailingName returns the name printed after a date on a date line, as
// in "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch".
func (v *vocabulary) trailingName(t string) string {
	i := strings.LastIndex(t, ", ")
	if i < 0 {
		return ""
	}
	if name := strings.TrimSpace(t[i+2:]); v.isName(name) {
		return name
	}
	return ""
}

// isLoneBy reports a line that is only the word that opens a byline, the
// names on the next line.
func isLoneBy(t string) bool {
	switch strings.ToLower(strings.TrimRight(t, ": ")) {
	case "by", "von", "par", "por", "di", "door", "av", "af", "autor", "autorin", "auteur", "text":
		return true
	}
	return false
}

// stripDate cuts a date, and what follows it, off the end of a line, as
// in "Jane Doe 3. Mai 2024, 17:47".
func stripDate(t string) string {
	loc := findDate(t)
	if n := dottedDate.FindStringIndex(t); n != nil && (loc == nil || n[0] < loc[0]) {
		loc = n
	}
	if loc != nil && loc[0] > 0 {
		return strings.TrimRight(t[:loc[0]], " ,|•·-–—")
	}
	return t
}

// dottedDate finds a date written in numbers only: "26.04.2024", "3. 5. 2024".
var dottedDate = regexp.MustCompile(`\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{4}|\d{2})\b|\b\d{1,2}\.\s+\p{L}+\s+\d{4}\b`)

// isNameList reports a line of two to eight capitalised words and nothing
// else — one or more names, as bylines print them without "By".
func (v *vocabulary) isNameList(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 8 || v.isPublisher(t) || isMasthead(t) || v.isAggregator(t) {
		return false
	}
	if strings.ToUpper(t) == t {
		return false // a kicker or a label in capitals
	}
	capital := 0
	for _, w := range words {
		w = strings.TrimRight(w, ",")
		if notNameWords[strings.ToLower(w)] {
			return false
		}
		switch {
		case nameParticles[w] || w == "and" || w == "und" || w == "&" || w == "et" || w == "y" || w == "e" || w == "en":
			continue
		case roleWords[strings.ToLower(w)], stopWords[strings.ToLower(w)] && len(w) > 3:
			return false
		}
		if !isNameWord(w) {
			return false
		}
		capital++
	}
	return capital >= 2
}
