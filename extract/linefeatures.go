package extract

import (
	_ "embed"
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// A textLine is one line of a page's text with what a reader sees in it at
// a glance: how long it is, whether it is a sentence, whether it stands as
// a paragraph of its own, whether the page repeats it, and what the rules
// of clean made of it.
type textLine struct {
	text  string
	words int // words; in scripts written without spaces, two characters count as one
	// sentence: it ends as a sentence does.
	sentence bool
	// alone: a blank line before and after, as a browser renders a <p>.
	alone bool
	// loose: prose without blank lines around it on a page that sets its
	// paragraphs apart with them: a teaser's blurb, a form's note.
	loose bool
	// repeated: the same text stands elsewhere on the page.
	repeated bool
	// footer: a heading such as "Most read" that opens what follows an article.
	footer bool
	// comment: a line of a reader's comment, one of a list of them.
	comment bool
	// quantity: an entry of a list of quantities, as a recipe lists its
	// ingredients ("125 g Mehl", "2 cups flour").
	quantity bool
	// dropped: a rule removed the whole line; rule is the removal, one
	// of the rules' result, or noRemoval. (The flags stand together and
	// the removal is not copied: a page has thousands of lines.)
	dropped bool
	rule    *clean.Removal
	// caps is the share of the words that start with a capital letter.
	caps float64
	// cut holds what the rules cut from the line, nil when they cut
	// nothing: held apart, as few lines have any.
	cut *lineCut
}

// A lineCut is what the rules of clean cut from a line they kept.
type lineCut struct {
	kept   string          // the line's text after the rules
	strips []clean.Removal // the parts they stripped
}

// kept returns the line's text after the rules, which may strip part of
// it; "" when they dropped the line.
func (l *textLine) kept() string {
	switch {
	case l.cut != nil:
		return l.cut.kept
	case l.dropped:
		return ""
	}
	return l.text
}

// stripped returns the parts of the line the rules stripped.
func (l *textLine) stripped() []clean.Removal {
	if l.cut == nil {
		return nil
	}
	return l.cut.strips
}

// noRemoval is the rule of a line no rule removed.
var noRemoval clean.Removal

//go:embed vocabulary/stopwords.txt
var stopWordList string

//go:embed vocabulary/footers.txt
var footerList string

//go:embed vocabulary/tagheadings.txt
var tagHeadingList string

var (
	stopWords     = loadStopWords(stopWordList)
	stopShapes    = shapesOf(stopWords)
	stopTable     = newWordTable(stopWords)
	footerMarkers = loadFooters(footerList)
	footerShapes  = shapesOf(footerMarkers)
	tagHeadings   = loadFooters(tagHeadingList)
)

// shapesOf marks, for each first byte, the lengths in bytes of the words
// of set that start with it: a word of another shape is not looked up.
func shapesOf(set map[string]bool) *[256]uint64 {
	var shapes [256]uint64
	for w := range set {
		if w != "" && len(w) < 64 {
			shapes[w[0]] |= 1 << len(w)
		}
	}
	return &shapes
}

// isStopWord reports whether w is a function word.
func isStopWord(w string) bool {
	return w != "" && len(w) < 64 && stopShapes[w[0]]&(1<<len(w)) != 0 && stopTable.has(w)
}

// A wordTable is a set of words, as a map[string]bool holds them, with a
// cheaper look-up for the few hundred short words of a list: an open
// table at most a quarter full, hashed by a word's first and last bytes
// and its length.
type wordTable struct {
	slots []string
	mask  uint32
}

func newWordTable(set map[string]bool) *wordTable {
	n := 64
	for n < 4*len(set) {
		n *= 2
	}
	t := &wordTable{slots: make([]string, n), mask: uint32(n - 1)}
	for w := range set {
		if w == "" {
			continue
		}
		i := wordHash(w) & t.mask
		for t.slots[i] != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = w
	}
	return t
}

func wordHash(w string) uint32 {
	return (uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16) * 0x9e3779b1 >> 11
}

// has reports whether w is in the table.
func (t *wordTable) has(w string) bool {
	if w == "" {
		return false
	}
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// loadFooters reads the footer headings, one a line, as footerKey keys
// them.
func loadFooters(list string) map[string]bool {
	set := map[string]bool{}
	for l := range strings.SplitSeq(list, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			set[footerKey(l)] = true
		}
	}
	return set
}

// footerKey is a short line as the footer headings are matched: lower
// case, without the colon or arrow it may end with.
func footerKey(s string) string {
	return strings.ToLower(strings.TrimRight(s, ":›»>→ "))
}

// isFooterMarker reports a line that is one of the footer headings. A
// line in ASCII is lower-cased on the stack: most lines are not markers,
// and allocating a copy of each to look it up cost more than the rest of
// measuring it.
func isFooterMarker(s string) bool {
	const most = 48
	if len(s) > most {
		return false
	}
	n := len(s)
	for n > 0 && (s[n-1] == ':' || s[n-1] == '>' || s[n-1] == ' ') {
		n--
	}
	if n == 0 {
		return footerMarkers[footerKey(s)]
	}
	if first := s[0]; first < utf8.RuneSelf {
		if 'A' <= first && first <= 'Z' {
			first += 'a' - 'A'
		}
		if footerShapes[first]&(1<<n) == 0 && isASCII(s[:n]) {
			return false // no heading of its first letter and length
		}
	}
	var buf [most]byte
	for i := range n {
		c := s[i]
		if c >= utf8.RuneSelf {
			return footerMarkers[footerKey(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return footerMarkers[string(buf[:n])]
}

// loadStopWords reads "code: word word …" lines into one set: a line's
// language is not known, and the sets barely meet.
func loadStopWords(list string) map[string]bool {
	set := map[string]bool{}
	for l := range textutil.ListLines(list) {
		_, words, _ := strings.Cut(l, ":")
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
	}
	return set
}

// lineFeatures measures every line. Blocks and alone come from splitBlocks;
// res is what the rules made of the blocks.
func lineFeatures(blocks []clean.Block, alone []bool, res clean.Result) []textLine {
	lines := make([]textLine, len(blocks))
	for i, b := range blocks {
		l := &lines[i]
		l.text = b.Text
		l.alone = alone[i]
		l.dropped = true
		l.rule = &noRemoval
		measureLine(l)
	}
	markRepeated(lines)
	// Text from a renderer, or a copy, that does not set paragraphs
	// between blank lines gives no such signal: then no line is told
	// from another by it.
	alones := 0
	for _, a := range alone {
		if a {
			alones++
		}
	}
	if alones < 3 || alones*40 < len(lines) {
		for i := range lines {
			lines[i].alone = true
		}
	}
	for k, at := range res.KeptAt {
		lines[at].dropped = false
		if t := res.Kept[k].Text; t != lines[at].text {
			lines[at].cut = &lineCut{kept: t}
		}
	}
	markLoose(lines)
	for k, at := range res.RemovedAt {
		if lines[at].dropped {
			lines[at].rule = &res.Removed[k]
			// A "Related" heading the rules know opens what follows an
			// article as the footer vocabulary's headings do.
			lines[at].footer = lines[at].footer || res.Removed[k].Kind == clean.Related && lines[at].words <= menuWords
		} else {
			if lines[at].cut == nil {
				lines[at].cut = &lineCut{kept: lines[at].text}
			}
			lines[at].cut.strips = append(lines[at].cut.strips, res.Removed[k])
		}
	}
	return lines
}

// markRepeated sets repeated on every line whose text stands on the page
// more than once. It keeps the first line of each text in an open table
// of line numbers: a map from text to count cost twice as much to build
// and to read, and three times the memory.
func markRepeated(lines []textLine) {
	size := 16
	for size < 2*len(lines) {
		size *= 2
	}
	// Line numbers fit in 32 bits: the lines of a page that had more
	// would not fit in memory.
	first := make([]int32, size) // a line's number + 1; 0 is empty
	mask := uint64(size - 1)
	for i := range lines {
		l := &lines[i]
		for slot := maphash.String(repeatSeed, l.text) & mask; ; slot = (slot + 1) & mask {
			j := first[slot]
			if j == 0 {
				first[slot] = int32(i + 1)
				break
			}
			if o := &lines[j-1]; o.text == l.text {
				o.repeated, l.repeated = true, true
				break
			}
		}
	}
}

var repeatSeed = maphash.MakeSeed()

// measureLine fills in the features read off the line's own text, in one
// pass over its words without allocating. The share of function words is
// left to stopShare: few lines are ever asked for it.
func measureLine(l *textLine) {
	c := countWords(l.text, false)
	l.words = c.words + c.wide/2
	if c.words > 0 {
		l.caps = float64(c.capital) / float64(c.words)
	}
	l.sentence = endsLikeSentence(l.text)
	l.footer = isFooterMarker(l.text)
}

// stopShare returns the share of the line's words that are function words.
func (l *textLine) stopShare() float64 {
	c := countWords(l.text, true)
	if c.words == 0 {
		return 0
	}
	return float64(c.stops) / float64(c.words)
}

// wordCounts are what countWords counts in a line.
type wordCounts struct {
	words, capital, wide int
	stops                int // only when asked for
}

// countWords counts the words of s, those that open with a capital and
// the characters of scripts written without spaces; with stops, the
// function words too.
func countWords(s string, stops bool) (c wordCounts) {
	i := 0
	if !stops {
		i, c = countASCIIWords(s)
	}
	for i < len(s) {
		// A word is a run of characters other than white space, as
		// strings.Fields splits.
		if b := s[i]; b < utf8.RuneSelf {
			if asciiSpace[b] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for {
			for j < len(s) && inASCIIWord[s[j]] {
				j++
			}
			if j == len(s) || s[j] < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		i = j
		var (
			r     rune
			upper bool
		)
		if b := w[0]; b < utf8.RuneSelf && ('a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9') {
			r, upper = rune(b), b <= 'Z' && b >= 'A' // most words open with an ASCII letter
		} else {
			r, _ = utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				w = strings.TrimLeftFunc(w, isNotWordRune)
				r, _ = utf8.DecodeRuneInString(w)
			}
			if w == "" {
				continue
			}
			upper = unicode.IsUpper(r)
		}
		c.words++
		if upper {
			c.capital++
		}
		// Function words stand in lower case but at a sentence's start;
		// looking up only those keeps this pass free of allocations.
		if stops && len(w) <= 12 && !upper && isStopWord(trimNotWord(w)) {
			c.stops++
		}
		if r >= 0x2e80 || w[len(w)-1] >= 0x80 { // "1900年、…" opens with a digit
			c.wide += countWide(w)
		}
	}
	return c
}

// countASCIIWords counts the words of s as countWords does up to the
// first word with a byte beyond ASCII, and returns where that word starts
// (len(s) when there is none). Most lines are ASCII, or mostly: they are
// read eight bytes at a time, and no character is decoded.
func countASCIIWords(s string) (at int, c wordCounts) {
	// A word is counted at its first letter or digit. Where the words
	// that open in eight bytes each open with one, and the bytes go on
	// no word of marks alone, they are counted at once: the bytes that
	// open a word, and those of them that are capitals.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := wordScan{gap: true}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one load of eight bytes, checked once
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x&highs != 0 {
			break
		}
		// With every byte under 0x80, no byte carries into the next,
		// nor borrows from it: the top bit of a byte of x+0x60*ones is
		// set when the byte is a space or over; of t+0x7f*ones, when
		// the byte of t is not 0; of (x|highs)-v*ones, when the byte
		// of x is v or over.
		if ^(x+0x60*ones)&highs != 0 {
			for j := range 8 { // a control character: byte by byte
				w.step(b[j])
			}
			continue
		}
		t := x ^ ' '*ones
		spaces := ^(t + 0x7f*ones | t) & highs
		f := x | (0x20|0x80)*ones // bit 0x20 set folds a capital
		letters := (f - 'a'*ones) &^ (f - ('z'+1)*ones) & highs
		var before uint64 // byte 0's top bit when white space stands before it
		if w.gap {
			before = 0x80
		}
		opens := (spaces ^ highs) & (spaces<<8 | before)
		if other := opens &^ letters; other != 0 || !w.gap && !w.counted {
			d := x | highs
			if other&^((d-'0'*ones)&^(d-('9'+1)*ones)) != 0 || !w.gap && !w.counted {
				for j := range 8 { // a word opens with marks, or goes on from one
					w.step(b[j])
				}
				continue
			}
		}
		// Each byte of opens>>7 is 0 or 1: times ones, their sum is
		// the top byte.
		w.c.words += int((opens >> 7) * ones >> 56)
		w.c.capital += int((opens & letters &^ (x << 2) >> 7) * ones >> 56) // bit 0x20 clear: a capital
		w.gap = spaces>>63 != 0
		w.counted = !w.gap // a word open at the end opened among these bytes, or before with a letter
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		w.step(s[i])
	}
	if i == len(s) {
		return i, w.c
	}
	// The word that holds a byte beyond ASCII is left to countWords:
	// uncount it, if it was counted.
	start := i
	for start > 0 && !asciiSpace[s[start-1]] {
		start--
	}
	if w.counted {
		for j := start; j < i; j++ {
			if !asciiMark[s[j]] {
				w.c.words--
				if 'A' <= s[j] && s[j] <= 'Z' {
					w.c.capital--
				}
				break
			}
		}
	}
	return start, w.c
}

// A wordScan is countASCIIWords reading byte by byte: gap is set after
// white space or at the start, counted when the word the last byte is in
// has been counted.
type wordScan struct {
	c            wordCounts
	gap, counted bool
}

// step reads ch, a byte of ASCII.
func (w *wordScan) step(ch byte) {
	if asciiSpace[ch] {
		w.gap, w.counted = true, false
		return
	}
	w.gap = false
	if !w.counted && !asciiMark[ch] {
		w.counted = true
		w.c.words++
		if 'A' <= ch && ch <= 'Z' {
			w.c.capital++
		}
	}
}

// asciiMark marks the ASCII bytes that are neither white space, letters
// nor digits; no byte beyond ASCII is one.
var asciiMark = func() (mark [256]bool) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		mark[c] = !asciiSpace[c] && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return mark
}()

// asciiSpace marks the ASCII white space strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// inASCIIWord marks the bytes that go on a word without decoding: ASCII
// other than white space. A byte from 0x80 up opens a character that
// must be decoded to know whether it is a space.
var inASCIIWord = func() (in [256]bool) {
	for c := range utf8.RuneSelf {
		in[c] = !asciiSpace[c]
	}
	return in
}()

// trimNotWord is strings.TrimRightFunc(w, isNotWordRune), quick when w
// ends in ASCII.
func trimNotWord(w string) string {
	for len(w) > 0 {
		c := w[len(w)-1]
		switch {
		case c >= utf8.RuneSelf:
			return strings.TrimRightFunc(w, isNotWordRune)
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			return w
		}
		w = w[:len(w)-1]
	}
	return w
}

func isNotWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// countWide counts the characters of w in scripts written without spaces
// between words (Han, kana), the ones a word count misses.
func countWide(w string) int {
	n := 0
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n++
		}
	}
	return n
}

// endsLikeSentence reports a line whose last mark closes a sentence, in
// Latin or in full-width punctuation, quotes and brackets aside.
func endsLikeSentence(t string) bool {
	for len(t) > 0 {
		r, size := rune(t[len(t)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(t)
		}
		switch r {
		case ' ', '"', '\'', '”', '’', '»', ')', ']', '“':
			t = t[:len(t)-size]
			continue
		case '.', '!', '?', '。', '！', '？', '։', '؟', '।':
			return true
		}
		return false
	}
	return false
}

// markLoose marks the lines of prose that stand without blank lines on a
// page whose long paragraphs stand between them.
func markLoose(lines []textLine) {
	apart, long := 0, 0
	for i := range lines {
		if l := &lines[i]; !l.dropped && l.words >= looseWords && l.sentence {
			long++
			if l.alone {
				apart++
			}
		}
	}
	if long < 3 || apart*10 < long*8 {
		return
	}
	for i := range lines {
		lines[i].loose = !lines[i].alone
	}
}

// looseWords is the fewest words of a paragraph counted in markLoose.
const looseWords = 30
