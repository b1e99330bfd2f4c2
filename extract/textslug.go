package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/declutter/declutter/internal/textutil"
)

// A page's URL often spells out its headline (the slug) and its site's
// name (the host). These helpers compare lines with them, with accents
// folded as URLs write them.

// slugWords returns the words of the URL's slug: the path segment that
// spells the headline, folded to plain lower-case letters.
func slugWords(raw string) map[string]bool {
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return nil
	}
	// Of segments as long, the last is the article's own: those above it
	// name its section ("/gartenhaus-selber-bauen/wohngewaechshaus-selber-bauen").
	best := ""
	for seg := range strings.SplitSeq(u.Path, "/") {
		seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm")
		if n := strings.Count(seg, "-") + strings.Count(seg, "_"); n > 0 && n >= strings.Count(best, "-")+strings.Count(best, "_") {
			best = seg
		}
	}
	words := map[string]bool{}
	for w := range strings.FieldsFuncSeq(strings.ToLower(best), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 2 && !allDigits(w) && !stopWords[w] {
			words[foldAccents(w)] = true
		}
	}
	return words
}

// slugEndsPath reports whether the URL's slug is the last segment of its
// path, where an article's own words stand; words further up name its
// section.
func slugEndsPath(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return false
	}
	last := segs[len(segs)-1]
	for _, seg := range segs[:len(segs)-1] {
		if strings.Count(seg, "-")+strings.Count(seg, "_") >= strings.Count(last, "-")+strings.Count(last, "_") {
			return false
		}
	}
	return true
}

// slugMatch returns the share of the slug's words that line t holds.
func slugMatch(t string, slug map[string]bool) float64 {
	if len(slug) == 0 {
		return 0
	}
	// The slug's words found, told apart by a look along a short list: a
	// slug holds a dozen words at most as a rule.
	var buf [16]string
	found := buf[:0]
	if isASCII(t) {
		// Words of ASCII letters and digits, lowered into a buffer: a
		// line's words need no folding and no copy of the line.
		var word [64]byte
		w := word[:0]
		for i := 0; i <= len(t); i++ {
			if i < len(t) {
				if c := t[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
					w = append(w, c)
					continue
				} else if 'A' <= c && c <= 'Z' {
					w = append(w, c+'a'-'A')
					continue
				}
			}
			if len(w) > 0 && slug[string(w)] && !slices.Contains(found, string(w)) {
				found = append(found, string(w))
			}
			w = w[:0]
		}
		return float64(len(found)) / float64(len(slug))
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		a := foldAccents(w)
		if slug[a] && !slices.Contains(found, a) {
			found = append(found, a)
		}
		if g := foldGerman(w); g != a && slug[g] && !slices.Contains(found, g) {
			found = append(found, g)
		}
	}
	return float64(len(found)) / float64(len(slug))
}

// spellsSlug reports whether every word of line t that a slug would keep
// is one of the slug's: the line says what the slug says, and no more.
func spellsSlug(t string, slug map[string]bool) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) < 2 || allDigits(w) || stopWords[w] {
			continue
		}
		if !slug[foldAccents(w)] && !slug[foldGerman(w)] {
			return false
		}
		n++
	}
	return n > 0
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// foldAccents drops diacritics: "café" becomes "cafe".
func foldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(b.String(), "ß", "ss")
}

// foldGerman spells umlauts as German URLs do: "Öl" becomes "oel".
func foldGerman(s string) string {
	if isASCII(s) {
		return s
	}
	return foldAccents(germanFold.Replace(s))
}

var germanFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// isASCII reports whether s holds no byte beyond ASCII, reading eight
// bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one load of eight bytes, checked once
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hostWords returns the labels of the URL's host that can name a site:
// "japannews.yomiuri.co.jp" gives "japannews" and "yomiuri".
func hostWords(raw string) []string {
	var out []string
	for label := range strings.SplitSeq(hostOf(raw), ".") {
		if len(label) >= 5 && label != "www" {
			out = append(out, label)
		}
	}
	return out
}

// namesHost reports a short line that is the site's name, as its host
// spells it: "The Yomiuri Shimbun" on yomiuri.co.jp, "Abenteuer
// Astronomie" on abenteuer-astronomie.de.
func namesHost(t string, host []string) bool {
	if len(host) == 0 || textutil.CountWords(t) > 4 {
		return false
	}
	folded := strings.ReplaceAll(strings.ToLower(foldAccents(t)), " ", "")
	for _, h := range host {
		if strings.Contains(folded, h) || strings.Contains(h, folded) {
			return true
		}
		// A hyphen parts the host's words: "Abenteuer Astronomie" on
		// abenteuer-astronomie.de.
		if strings.IndexByte(h, '-') >= 0 && strings.Contains(folded, strings.ReplaceAll(h, "-", "")) {
			return true
		}
	}
	return false
}
