package extract

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// fromTextBytes is the plain-text path: normalise, split into blocks, clean,
// then read the header for title, byline, site and date. data is the
// buffer the text was read into: once normalised into a string of its own,
// the text is no longer read from it, and the buffer is given back.
func (e *Extractor) fromTextBytes(ctx context.Context, data []byte, src Source) (*Article, error) {
	if isBinary(data) && !declaresUTF16(src.ContentType) {
		return nil, ErrNotText
	}
	raw := data
	data, err := e.decodeText(data, src)
	if err != nil {
		return nil, err
	}
	text := normaliseText(data)
	putInputBuf(raw)
	blocks, alone := splitBlocks(text)
	if len(blocks) == 0 {
		return nil, ErrNoContent
	}
	page := clean.Page{Host: hostOf(src.URL)}
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	res := e.rules.Apply(blocks, page)
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	lines := lineFeatures(blocks, alone, res)
	reclaimCrossheads(lines)
	markComments(lines)
	markQuantities(lines)
	r := e.vocab.findRegion(lines, src.URL)
	var a *Article
	if isTidy(lines, r) {
		a = e.vocab.tidyArticle(res, src)
	} else {
		r.end = tailEnd(lines, r)
		a = e.vocab.pageArticle(lines, r, src)
	}
	if len(a.Body) == 0 {
		return nil, ErrNoContent
	}
	a.Published = e.vocab.inZone(a.Published, hostOf(src.URL), a.Language)
	return a, nil
}

// tidyArticle reads a text that is just the article, as syndication and
// reader apps give it: the header from the top, then the body.
func (v *vocabulary) tidyArticle(res clean.Result, src Source) *Article {
	a := &Article{URL: src.URL, Paywalled: res.Paywalled, Removed: res.Removed}
	kept, captions, strays := v.pullCaptions(res.Kept)
	a.Captions = captions
	a.Removed = append(a.Removed, strays...)
	h := v.readHeader(kept, "", "")
	if ro := v.runOnByline(h.title); ro.ok && h.byline == "" {
		h.title, h.byline, h.authors = ro.head, ro.names, v.authorsOf(ro.names)
		if h.published.IsZero() && isDate(ro.date, &h.published) {
			h.dateLine = ro.date
		}
	}
	a.Title, a.Byline, a.Authors, a.Site, a.Published, a.Lead = h.title, h.byline, h.authors, h.site, h.published, h.lead
	// A clock time printed without a zone is in the site's own zone, not
	// UTC: read it as a whole page's date line is read.
	a.Published = dayFirstIn(a.Published, h.dateLine, "", hostOf(src.URL))
	if zone, clock := clockZone(h.dateLine); clock && zone == "" {
		if name, offset := a.Published.Zone(); name == "UTC" && offset == 0 {
			a.Published = v.localTime(a.Published, hostOf(src.URL))
		}
	}
	a.Removed = append(a.Removed, h.removed...)
	a.Body = kept[h.bodyStart:]
	return a
}

// normaliseText turns input bytes into clean text: valid UTF-8, LF line
// ends, no-break and other odd spaces as plain spaces, invisible characters
// (zero-width spaces, joiners, BOMs, NULs) gone.
func normaliseText(data []byte) string {
	s := string(data)
	// Most text needs no change: it is built anew only from the first
	// character that does.
	i := 0
	for i < len(s) {
		if i = printableRun(s, i); i == len(s) {
			break
		}
		if s[i] == '\n' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c := s[i]; c < utf8.RuneSelf || !keptAsIs(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		// Runs of printable ASCII, most of any page, are copied whole.
		j := printableRun(s, i)
		b.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		i = j
		switch {
		case r == utf8.RuneError && textutil.InvalidAt(s, i):
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if !strings.HasPrefix(s[i+1:], "\n") {
				b.WriteByte('\n')
			}
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u2007' || (unicode.IsSpace(r) && r != '\u2028' && r != '\u2029'):
			b.WriteByte(' ')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == 0 || unicode.Is(unicode.Cf, r) || (unicode.IsControl(r) && r != '\n'):
			// dropped
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// printableRun returns the end of the run of printable ASCII, a space to a
// tilde, and line feeds, that starts at s[i]: eight bytes at a time, then
// byte by byte. Both callers keep a line feed as it is, so a page of
// ASCII lines is passed in one run, not one a line.
func printableRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one load of eight bytes, checked once
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		low := x &^ highs
		// With no byte from 0x80 up, the top bit of a byte of low+v is
		// set when the byte is 0x80-v or more; exact, as no sum
		// carries into the next byte.
		below := ^(low + (0x80-' ')*ones) // under a space
		lf := low ^ '\n'*ones
		lf = ^((lf + 0x7f*ones) | lf) // a line feed
		del := low ^ 0x7f*ones
		del = ^((del + 0x7f*ones) | del) // a DEL
		if (x|below&^lf|del)&highs != 0 {
			break
		}
	}
	for i < len(s) && (s[i] >= ' ' && s[i] < 0x7f || s[i] == '\n') {
		i++
	}
	return i
}

// keptAsIs reports a character beyond ASCII, of size bytes, that
// normaliseText keeps as it is.
func keptAsIs(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1, r == '\u2028' || r == '\u2029':
		return false
	case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
		return false
	}
	return true
}

// splitBlocks splits text into blocks. Blank lines (or lines of spaces)
// separate chunks; inside a chunk every line is a block of its own, unless
// the chunk reads as one paragraph hard-wrapped to a fixed width, which is
// joined back together. alone[i] reports that block i is a chunk of its
// own, with blank lines around it, as a browser renders a paragraph. The
// text is as normaliseText leaves it.
func splitBlocks(text string) (blocks []clean.Block, alone []bool) {
	// At most one block a line that is not blank: sized once, the slices
	// are not copied at every doubling on a long page. Each "\n\n" (side
	// by side, none overlapping) stands for a blank line of its own, so
	// a page that sets its paragraphs apart gets half the room.
	n := strings.Count(text, "\n") + 1 - strings.Count(text, "\n\n")
	blocks, alone = make([]clean.Block, 0, n), make([]bool, 0, n)
	start := 0 // where the chunk being read starts in blocks
	flush := func() {
		chunk := blocks[start:]
		if len(chunk) == 0 {
			return
		}
		if hardWrapped(chunk) {
			texts := make([]string, len(chunk))
			for i, b := range chunk {
				texts[i] = b.Text
			}
			blocks = append(blocks[:start], clean.Block{Kind: clean.Paragraph, Text: strings.Join(texts, " ")})
		}
		for range blocks[start:] {
			alone = append(alone, len(blocks)-start == 1)
		}
		start = len(blocks)
	}
	for l := range strings.SplitSeq(text, "\n") {
		if l = collapseLine(l); l != "" {
			blocks = append(blocks, clean.Block{Kind: clean.Paragraph, Text: l})
		} else {
			flush()
		}
	}
	flush()
	return blocks, alone
}

// hardWrapped reports whether lines are one paragraph wrapped at a fixed
// width, as e-mail and wire copy are: every line but the last long and of
// similar length, none ending a sentence before the last.
func hardWrapped(lines []clean.Block) bool {
	if len(lines) < 2 || len(lines) == 2 && textutil.EndsSentence(lines[0].Text) && !textutil.EndsSentence(lines[1].Text) && textutil.CountWords(lines[1].Text) <= 6 {
		return false // a caption and its credit
	}
	if len(lines) == 2 && headlineOver(lines[0].Text, lines[1].Text) {
		return false
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l.Text))
	}
	if longest < 40 || longest > 100 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(l.Text)
		if n < longest*3/4 || strings.HasPrefix(l.Text, "•") {
			return false
		}
	}
	return true
}

// collapseLine is collapseSpaces for a line of text as normaliseText
// leaves it, whose only white space is plain spaces: most lines hold no
// two side by side, which one search for them tells.
func collapseLine(l string) string {
	if l = strings.Trim(l, " "); !hasDoubleSpace(l) {
		return l
	}
	return collapseSpaces(l)
}

// hasDoubleSpace reports whether s holds two spaces side by side, reading
// eight bytes at a time.
func hasDoubleSpace(s string) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	var before uint64 // 0x80 when the byte before i is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one load of eight bytes, checked once
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// The top bit of a byte of spaces is set when the byte is a
		// space: exactly, as no byte carries into the next.
		t := x ^ ' '*ones
		spaces := ^((t&lows + lows) | t) & highs
		if spaces&(spaces<<8|before) != 0 {
			return true
		}
		before = spaces >> 56
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
			return true
		}
	}
	return false
}

// headlineOver reports two lines that read as a headline and the
// standfirst under it, not one paragraph wrapped: the first ends in no
// mark and no function word, as a wrapped line mid-sentence mostly does,
// and the second opens with a capital.
func headlineOver(first, second string) bool {
	r, _ := utf8.DecodeLastRuneInString(first)
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && startsUpper(second) && !endsInStopWord(first)
}

// collapseSpaces trims s and folds runs of spaces into one.
func collapseSpaces(s string) string {
	s = strings.TrimSpace(s)
	if isCollapsed(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		// ASCII other than white space in runs, other characters
		// decoded; a byte that is no UTF-8 becomes U+FFFD, as ranging
		// over s reads it.
		c, size := s[i], 1
		var isSpace bool
		if c < utf8.RuneSelf {
			isSpace = asciiSpace[c] // what unicode.IsSpace reports
			for !isSpace && i+size < len(s) && inASCIIWord[s[i+size]] {
				size++
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
			if r == utf8.RuneError && size == 1 {
				if space {
					b = append(b, ' ')
					space = false
				}
				b = utf8.AppendRune(b, r)
				i++
				continue
			}
		}
		switch {
		case isSpace:
			space = true
		case space:
			b = append(b, ' ')
			space = false
			fallthrough
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// isCollapsed reports whether s has no whitespace but single plain spaces.
func isCollapsed(s string) bool {
	prevSpace := false
	fastFrom := 0 // where the eight-byte steps may start again
	for i := 0; i < len(s); i++ {
		// Eight bytes at a time while they are ASCII with no control
		// character and no two spaces side by side; when eight are
		// not, they are read one by one.
		for i >= fastFrom && i+8 <= len(s) {
			b := s[i : i+8] // one load of eight bytes, checked once
			x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
			if x&highs != 0 || (x-spaces)&^x&highs != 0 {
				break // a byte beyond ASCII or below a space
			}
			eq := x ^ spaces
			sp := (eq - ones) &^ eq & highs // the spaces, and perhaps a '!' after one
			if sp&(sp>>8) != 0 || prevSpace && sp&0x80 != 0 {
				break
			}
			prevSpace = sp>>63 != 0
			i += 8
		}
		if i == len(s) {
			break
		}
		if i >= fastFrom {
			fastFrom = i + 8
		}
		c := s[i]
		if !spaceOrWide[c] {
			prevSpace = false
			continue
		}
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80:
			if c >= 0x80 {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsSpace(r) {
					prevSpace = false
					i += size - 1
					continue
				}
			}
			return false
		default:
			prevSpace = false
		}
	}
	return true
}

// spaceOrWide marks the bytes isCollapsed looks at twice: ASCII white
// space and the bytes of characters beyond ASCII.
var spaceOrWide = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\f\v") {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = true
	}
	return t
}()

// isBinary reports input that is no page at all: a known binary signature,
// or many NULs and control bytes near the start.
func isBinary(data []byte) bool {
	for _, magic := range binaryMagic {
		if bytes.HasPrefix(data, magic) {
			return true
		}
	}
	head := data[:min(len(data), 1024)]
	if _, _, name, ok := unicodeEncoding(head); ok && name != "utf-8" {
		return false // UTF-16, whose NUL bytes are no sign of binary
	}
	control := 0
	for _, c := range head {
		if c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
			control++
		}
	}
	return control > len(head)/10
}

var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"),
	[]byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("BZh"), []byte("\xfd7zXZ"),
	[]byte("RIFF"), []byte("\x7fELF"), []byte("7z\xbc\xaf"), []byte("Rar!"),
}
