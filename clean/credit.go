package clean

import (
	_ "embed"
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/internal/textutil"
)

//go:embed rules/agencies.txt
var agencyList string

// agencies holds the normalised agency names; maxAgencyWords is the most
// tokens any of them has.
var agencies, maxAgencyWords = loadAgencies(agencyList)

func loadAgencies(list string) (map[string]bool, int) {
	set, most := map[string]bool{}, 0
	for name := range textutil.ListLines(list) {
		l := tokenize(name)
		set[string(l.key)] = true
		most = max(most, len(l.toks))
	}
	return set, most
}

var (
	// creditLabel finds "Photograph: …", "Image source, …", "Foto: …" and
	// the like, at the start of a line or after the caption's last sentence.
	// The code runs findCreditLabel, fuzzed against it.
	creditLabel = regexp.MustCompile(`(?i)(?:^|[\s.!?])(` + creditLabels + `\s*)([^:]+)$`)
	// creditLabelHere is creditLabel with its label at the start of the
	// text (see findCreditLabel).
	creditLabelHere = regexp.MustCompile(`(?i)^(` + creditLabels + `\s*)([^:]+)$`)
	// trailingParen finds a parenthesised group that ends the line; the
	// code runs findTrailingParen, fuzzed against it.
	trailingParen = regexp.MustCompile(`\s*\(([^()]{2,120})\)\s*$`)
	// apPhoto finds "AP Photo/Name" closing a caption without parentheses.
	apPhoto = regexp.MustCompile(`(?:^|\s)(AP Photo/[^()]{2,60})$`)
	// nameSlashOrg is a photographer and the outlet or agency they shoot
	// for, "Mark Henle/The Republic": credit-shaped even for an outlet that
	// is in no list.
	nameSlashOrg = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}/(?:The )?\p{Lu}[\p{L}.&'’ -]{1,40}$`)
	// agencySlashName is an agency, then the photographer: "REUTERS/Jane
	// Doe", "REUTERS/Jane Doe/File Photo".
	agencySlashName = regexp.MustCompile(`(?:^|\s)(([\p{L}-]+)/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:/[\p{L} ]{2,20})?)$`)
	// labelLeft is a credit label left at the end of a caption whose credit
	// was split off without it ("… 2025. Copyright AP Photo/Name").
	labelLeft = regexp.MustCompile(`(?i)[\s.](copyright|credit|credits|photo|picture|image|©)\s*:?$`)
	// copyrightMark finds "© Name" closing a caption.
	copyrightMark = regexp.MustCompile(`©\s*([^©]{2,60})$`)
)

// creditLabels are the labels creditLabel finds.
const creditLabels = `(?:(?:photo(?:graph)?s?|photo credit|pictures?|pic|images?|illustration|photo illustration|credits?|fotos?|fot[oó]|fotograf(?:ía|ia|ie|i)?|fotoğraf|imagem|immagine|zdjęcie|fonte|bild|bildquellen?|bildnachweis|cr[ée]dits? ?(?:photos?)?|photos? ?cr[ée]dits?|sources?|quellen?|fuente)\s*:|credits?\s*(?:…|\.\.\.)|hide caption toggle caption|image source\s*,|(?:photo(?:graph)?|picture|image|foto|bild)s?\s+(?:by|von|de|di)\s)`

// MaxCreditWords is the longest credit, in words, SplitCredit accepts.
const MaxCreditWords = 12

// SplitCredit splits a photo credit off a caption and reports whether it
// found one. A credit is recognised by its shape and vocabulary — a label
// ("Photograph: Jane Doe/Reuters", "Image source, Getty Images"), an agency
// in parentheses ("(PA Wire)", "(Name/AFP via Getty Images)"), "AP Photo/…",
// "© …" — never by a closing parenthesis alone: "… Institute (Rusi)" has no
// credit. A line that is only a credit returns an empty text.
func SplitCredit(caption string) (text, credit string, ok bool) {
	text, credit, ok = splitCredit(caption)
	if ok {
		if m := labelLeft.FindStringIndex(text); m != nil {
			text = strings.TrimSpace(text[:m[0]+1])
		}
		// "Caption. | Foto: Name", "Caption. / Foto: Name": the bar or
		// the slash set the credit off.
		text = strings.TrimSpace(strings.TrimRight(text, " |•·"))
		if t, cut := strings.CutSuffix(text, " /"); cut {
			text = strings.TrimSpace(t)
		}
	}
	return text, credit, ok
}

func splitCredit(caption string) (text, credit string, ok bool) {
	whole := strings.TrimRightFunc(caption, unicode.IsSpace)
	whole = strings.TrimSpace(strings.TrimPrefix(whole, "Enlarge this image"))
	if !mayHoldCredit(whole) {
		return caption, "", false
	}
	// A credit closes its caption: look at the end only, so a long
	// paragraph costs no more than a short one.
	off := tailStart(whole)
	s := whole[off:]
	cut := func(i int) string { return strings.TrimSpace(whole[:off+i]) }
	if strings.HasSuffix(s, ")") {
		if m := findTrailingParen(s); m != nil {
			inner := strings.TrimSpace(s[m[2]:m[3]])
			if c, ok := parenCredit(inner); ok {
				return cut(m[0]), c, true
			}
		}
	}
	if (hasLabelMark(s) || byLabel(s) || strings.Contains(s, "Credit...") || strings.Contains(s, "toggle caption")) &&
		(hasLabelWord(s) || strings.Contains(s, "toggle caption")) {
		if m := findCreditLabel(s); m != nil {
			c := strings.TrimSpace(s[m[4]:m[5]])
			if looksLikeCredit(c) {
				return cut(m[2]), c, true
			}
		}
	}
	if strings.Contains(s, "AP Photo/") {
		if m := apPhoto.FindStringSubmatchIndex(s); m != nil {
			return cut(m[2]), strings.TrimSpace(s[m[2]:m[3]]), true
		}
	}
	if strings.Contains(s, "©") {
		if m := copyrightMark.FindStringSubmatchIndex(s); m != nil {
			c := strings.TrimSpace(s[m[2]:m[3]])
			if looksLikeCredit(c) {
				return cut(m[0]), c, true
			}
		}
	}
	if !strings.Contains(s, "/") {
		return caption, "", false
	}
	if mayNameSlash(s) {
		if m := agencySlashName.FindStringSubmatchIndex(s); m != nil && IsAgency(s[m[4]:m[5]]) {
			return cut(m[2]), s[m[2]:m[3]], true
		}
	}
	if i := strings.LastIndexByte(s, '/'); i > 0 {
		if start, ok := slashCredit(s, i); ok {
			return cut(start), strings.TrimSpace(strings.TrimPrefix(s[start:], "/")), true
		}
	}
	return caption, "", false
}

// SplitTrailingAgency splits an agency's name off the end of a text known
// to be a caption: "… a full overhaul. Supplied", "… Venezuela. AP Photo".
// In running text such a name may be the paragraph's own last word, so
// only captions use it.
func SplitTrailingAgency(caption string) (text, credit string, ok bool) {
	whole := strings.TrimRightFunc(caption, unicode.IsSpace)
	if start, ok := trailingAgency(whole); ok {
		return strings.TrimSpace(whole[:start]), whole[start:], true
	}
	return caption, "", false
}

// trailingAgency recognises an agency's name closing a caption after its
// last sentence, with no label: "… a full overhaul. Supplied", "…
// Venezuela. AP Photo". It returns where the name starts. Without the
// sentence's end before it, a name is part of the caption: "… talks with
// Reuters".
func trailingAgency(s string) (int, bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	end := len(s)
	start := end
	for words := 0; words <= maxAgencyWords; words++ {
		i := strings.LastIndexByte(strings.TrimRightFunc(s[:start], unicode.IsSpace), ' ')
		if i < 0 {
			return 0, false
		}
		start = i + 1
		before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
		if before == "" {
			return 0, false
		}
		last, _ := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune(".!?)”\"", last) && IsAgency(s[start:end]) {
			return start, true
		}
	}
	return 0, false
}

// creditTail is how far from the end of a line a credit can start.
const creditTail = 240

// mayNameSlash reports whether s holds what every match of agencySlashName
// holds: a '/' with a letter or '-' before it (the agency's last) and an
// upper-case letter after it (the photographer's initial). Most slashes in
// text, in links, dates and "and/or", have neither.
func mayNameSlash(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != '/' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if (before == '-' || unicode.IsLetter(before)) && unicode.IsUpper(after) {
			return true
		}
	}
	return false
}

// tailStart returns where the last creditTail bytes of s begin, moved on to
// the next space so that no word is cut: the regexps see a line start there.
func tailStart(s string) int {
	if len(s) <= creditTail {
		return 0
	}
	i := len(s) - creditTail
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		return i + j + 1
	}
	return i
}

// IsAgency reports whether name is a known photo agency or credit word, such
// as "Reuters", "PA Wire" or "Getty Images".
func IsAgency(name string) bool {
	return agencies[Normalize(name)]
}

// parenCredit decides whether the inside of a closing parenthesis is a credit
// and returns the credit without any "Image:" style label.
func parenCredit(inner string) (string, bool) {
	if textutil.CountWords(inner) > MaxCreditWords {
		return "", false
	}
	if m := findCreditLabel(inner); m != nil && strings.TrimSpace(inner[m[2]:m[3]]) != "" && strings.HasPrefix(inner, strings.TrimLeft(inner[m[0]:m[1]], " .!?")) {
		c := strings.TrimSpace(inner[m[4]:m[5]])
		return c, c != ""
	}
	if mentionsAgency(inner) || nameSlashOrg.MatchString(inner) {
		return inner, true
	}
	return "", false
}

// looksLikeCredit accepts the text after a credit label: short, not a
// sentence, and naming someone or an agency.
func looksLikeCredit(c string) bool {
	c = strings.TrimSuffix(c, ".")
	if c == "" || textutil.CountWords(c) > MaxCreditWords || textutil.CountWords(c) > 5 && strings.HasSuffix(c, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || mentionsAgency(c)
}

// slashCredit recognises a caption closing in "Name/Agency" with no
// parentheses, such as "… Trey Judy Eddy/WENN.com", and returns where the
// credit starts.
func slashCredit(s string, slash int) (int, bool) {
	after := strings.TrimSpace(s[slash+1:])
	if after == "" || !mentionsAgency(after) || textutil.CountWords(after) > 5 {
		return 0, false
	}
	// "aja/PAP": an editor's initials and the agency, a line of its own.
	if initials := s[:slash]; len(initials) <= 5 && !strings.ContainsAny(initials, " ") {
		return 0, true
	}
	// The name before the slash: up to two capitalised words, as most
	// credited names are; a longer name leaves a word in the caption.
	end := len(strings.TrimRight(s[:slash], " "))
	start := end
	for words := 0; words < 2; words++ {
		i := strings.LastIndexAny(strings.TrimRight(s[:start], " "), " ")
		word := strings.TrimSpace(s[i+1 : start])
		r, _ := utf8.DecodeRuneInString(word)
		if word == "" || !unicode.IsUpper(r) {
			break
		}
		start = i + 1
		if i < 0 {
			start = 0
			break
		}
	}
	switch {
	case start < end:
		return start, true
	case end < slash:
		// "… kilogramów /domena publiczna": the agency alone, set off by a
		// space, after words that name no one.
		return slash, true
	}
	return 0, false
}

// mentionsAgency reports whether any run of up to maxAgencyWords words in s
// names an agency.
func mentionsAgency(s string) bool {
	l := tokenize(s)
	for i := range l.toks {
		for n := 1; n <= maxAgencyWords && i+n <= len(l.toks); n++ {
			if agencies[string(l.key[l.toks[i].keyStart:l.toks[i+n-1].keyEnd])] {
				return true
			}
		}
	}
	return false
}

// mayHoldCredit is a cheap test that rules out most lines before any
// regular expression runs: every credit shape ends in a parenthesis or
// holds a colon, a slash, a copyright sign, an ellipsis, "source,",
// "Credit...", "toggle caption" or a label's little word (byLabel). It
// reads s once, stopping only at the bytes that may end one of them; a
// search for each would read s six times, and most lines hold none.
func mayHoldCredit(s string) bool {
	if strings.HasSuffix(s, ")") {
		return true
	}
	// Eight bytes at a time, only those under ';' or beyond ASCII are
	// looked at: every byte creditByte marks is one, and most letters
	// are not.
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one load of eight bytes, checked once
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// The top bit of a byte of x&lows + (0x80-';')*ones is set when
		// the byte, less its top bit, is ';' or over; no byte carries
		// into the next.
		for m := (^(x&lows + (0x80-';')*ones) | x) & highs; m != 0; m &= m - 1 {
			if j := i + bits.TrailingZeros64(m)/8; mayEndCredit(s, j) && creditAt(s, j) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if mayEndCredit(s, i) && creditAt(s, i) {
			return true
		}
	}
	return false
}

// mayEndCredit tells the bytes creditAt need not look at: bytes
// creditByte does not mark, and a space after a letter that ends no label
// (byLabel's "by", "de", "di", "von", and "toggle").
func mayEndCredit(s string, i int) bool {
	if c := s[i]; c != ' ' {
		return creditByte[c]
	}
	return i > 0 && labelEnd[s[i-1]]
}

// labelEnd marks the last letters of the words creditAt looks for before a
// space.
var labelEnd = [256]bool{'y': true, 'e': true, 'i': true, 'n': true}

// creditAt reports whether the byte at i, one creditByte marks, ends one
// of the shapes mayHoldCredit looks for.
func creditAt(s string, i int) bool {
	switch s[i] {
	case ':', '/':
		return true
	case 0xc2: // ©
		return i+1 < len(s) && s[i+1] == 0xa9
	case 0xe2: // …
		return i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xa6
	case ',':
		return strings.HasSuffix(s[:i], "source")
	case '.':
		return strings.HasSuffix(s[:i], "Credit") && strings.HasPrefix(s[i:], "...")
	case ' ':
		return labelBefore(s, i) || strings.HasSuffix(s[:i], "toggle") && strings.HasPrefix(s[i+1:], "caption")
	}
	return false
}

// creditByte marks the bytes at which mayHoldCredit looks closer.
var creditByte = [256]bool{':': true, '/': true, 0xc2: true, 0xe2: true, ',': true, '.': true, ' ': true}

// hasLabelMark is strings.ContainsAny(s, ":,…") in one pass over the
// bytes: ContainsAny with a set beyond ASCII looks each character of s up
// in the set.
func hasLabelMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ',':
			return true
		case 0xe2: // …
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xa6 {
				return true
			}
		}
	}
	return false
}

// labelWords are the stems of creditLabel's labels, lower case: a line
// holding none of them, in any case, is not run through the regexp, which
// most body paragraphs with a comma would otherwise be.
var labelWords = []string{"photo", "pic", "image", "immagine", "illustration", "credit", "crédit", "fot", "bild", "source", "quelle", "fuente", "fonte", "zdj"}

// labelWordPairs has the first two letters of labelWords, as labelPairs
// has creditLabels'.
var labelWordPairs = func() [256]uint32 {
	var openings []string
	for _, w := range labelWords {
		openings = append(openings, w[:2])
	}
	return pairsOf(openings)
}()

// hasLabelWord reports whether s holds one of labelWords, ASCII letters
// matched in either case. Only where two letters open one of them are the
// words compared.
func hasLabelWord(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		a := s[i] | 0x20
		m := labelWordPairs[a]
		if m == 0 {
			continue
		}
		if b := s[i+1] | 0x20; b < 'a' || b > 'z' || m&(1<<(b-'a')) == 0 {
			continue
		}
		for _, w := range labelWords {
			if w[0] == a && hasFoldPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasFoldPrefix reports whether s starts with the lower-case word w, its
// ASCII letters in either case.
func hasFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// byLabel reports a "Photograph by …" label's little word in s: "by ",
// "von ", "de " or "di " anywhere in it. It reads s once, looking behind
// each space, where a search for each word would read it four times.
func byLabel(s string) bool {
	for i := 2; i < len(s); i++ {
		if s[i] == ' ' && labelBefore(s, i) {
			return true
		}
	}
	return false
}

// labelBefore reports whether the space at s[i] follows "by", "von", "de"
// or "di".
func labelBefore(s string, i int) bool {
	if i < 2 {
		return false
	}
	a, b := s[i-2], s[i-1]
	return a == 'b' && b == 'y' || a == 'd' && (b == 'e' || b == 'i') || a == 'o' && b == 'n' && i >= 3 && s[i-3] == 'v'
}

// findCreditLabel is creditLabel.FindStringSubmatchIndex(s). The unanchored
// pattern is tried at every byte of a long caption; instead each place a
// label may start — the start of s, or after a space or a stop, at a
// letter pair some label opens with — is tried with creditLabelHere, in
// order, and the first match is creditLabel's leftmost one: its match
// starts at the byte before the label, or at 0 for a label at 0 or 1,
// where "^" is tried before the space, as the label at 0 before the one
// at 1.
func findCreditLabel(s string) []int {
	for q := 0; q < len(s); q++ {
		if q > 0 && !labelAfter[s[q-1]] || !mayOpenLabel(s, q) {
			continue
		}
		if m := creditLabelHere.FindStringSubmatchIndex(s[q:]); m != nil {
			return []int{max(q-1, 0), len(s), q + m[2], q + m[3], q + m[4], q + m[5]}
		}
	}
	return nil
}

// labelAfter marks the bytes creditLabel takes before a label: \s (ASCII
// white space in Go's syntax) and the stops.
var labelAfter = [256]bool{'\t': true, '\n': true, '\f': true, '\r': true, ' ': true, '.': true, '!': true, '?': true}

// labelOpenings are the first two letters of creditLabels' labels; a
// label added there needs its opening here (FuzzCreditLabel's seeds hold a
// line for each label).
var labelOpenings = []string{"ph", "pi", "im", "il", "cr", "fo", "bi", "so", "qu", "fu", "hi", "zd"}

// labelPairs has, for each first letter of labelOpenings, a bit for each
// second letter.
var labelPairs = pairsOf(labelOpenings)

func pairsOf(openings []string) (pairs [256]uint32) {
	for _, o := range openings {
		pairs[o[0]] |= 1 << (o[1] - 'a')
	}
	return pairs
}

// hasPair reports whether s[i:] opens with one of the pairs, its ASCII
// letters in either case. A byte beyond ASCII may be a letter whose case
// folds to an ASCII one (the long s, "ſ", folds to "s"): it is let
// through.
func hasPair(pairs *[256]uint32, s string, i int) bool {
	if i+1 >= len(s) {
		return false // every label is longer than two bytes
	}
	a, b := s[i], s[i+1]
	if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return true
	}
	a, b = a|0x20, b|0x20 // a letter's lower case; no other byte becomes one
	return 'a' <= b && b <= 'z' && pairs[a]&(1<<(b-'a')) != 0
}

// mayOpenLabel reports whether a label of creditLabels may start at s[i].
func mayOpenLabel(s string, i int) bool { return hasPair(&labelPairs, s, i) }

// findTrailingParen is trailingParen.FindStringSubmatchIndex(s) without
// trying the pattern at every byte: a match's ")" is the last one, with
// only white space after it, and its "(" the last one before that, with
// no ")" between; the match opens with the white space before the "(".
func findTrailingParen(s string) []int {
	end := len(s)
	for end > 0 && regexpSpace[s[end-1]] {
		end--
	}
	if end == 0 || s[end-1] != ')' {
		return nil
	}
	closing := end - 1
	open := strings.LastIndexAny(s[:closing], "()")
	if open < 0 || s[open] != '(' {
		return nil
	}
	if n := utf8.RuneCountInString(s[open+1 : closing]); n < 2 || n > 120 {
		return nil
	}
	start := open
	for start > 0 && regexpSpace[s[start-1]] {
		start--
	}
	return []int{start, len(s), open + 1, closing}
}

// regexpSpace marks the bytes \s matches in Go's regexp syntax.
var regexpSpace = [256]bool{'\t': true, '\n': true, '\f': true, '\r': true, ' ': true}
