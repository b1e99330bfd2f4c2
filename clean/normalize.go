package clean

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the form in which rules compare text: case-folded,
// curly quotes and dashes made plain, invisible characters dropped, words
// and punctuation separated by single spaces. "Already a member? Sign in"
// becomes "already a member ? sign in".
func Normalize(s string) string {
	sc := getScratch()
	l := tokenizeInto(sc.toks, sc.key, nil, s)
	key := string(l.key)
	sc.put(l)
	return key
}

// A scratch holds the token and byte slices tokenizing reuses. Extraction
// normalises thousands of short strings per page; a pool saves allocating
// them for each.
type scratch struct {
	toks       []token
	key, plain []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// put returns the slices l grew to the pool, unless a huge line made them
// too large to keep.
func (sc *scratch) put(l line) {
	if cap(l.toks) > 1<<12 || cap(l.key) > 1<<15 || cap(l.plain) > 1<<15 {
		return
	}
	sc.toks, sc.key, sc.plain = l.toks[:0], l.key[:0], l.plain[:0]
	scratchPool.Put(sc)
}

// withPlain returns buf, or a new buffer when buf is nil: tokenizeInto
// builds the plain form that Regexp rules read only into a non-nil buffer.
func withPlain(buf []byte) []byte {
	if buf == nil {
		return make([]byte, 0, 256)
	}
	return buf
}

// maxTokenized is the longest prefix of a line that tokenizeInto reads.
const maxTokenized = 1 << 29

// A token is one word, or one punctuation mark, of a line.
type token struct {
	start, end           int32 // byte span in the original text
	keyStart, keyEnd     int32 // byte span in line.key
	plainStart, plainEnd int32 // byte span in line.plain
}

// A line is a block's text as the rules see it.
type line struct {
	orig string
	// runes counts the characters of orig.
	runes int
	toks  []token
	// key is the normalised tokens joined by single spaces. A line with
	// its plain form builds it only when asked for (keyBytes): most
	// blocks are too long for any Exact rule to need it. keyLen is its
	// length, built or not.
	key      []byte
	keyLen   int
	keyBuilt bool
	// plain is the text Regexp rules read: folded as key is, but with
	// punctuation left where it stood, so "Read more:" reads "read more:".
	// It is built only when asked for (see tokenizeInto).
	plain     []byte
	withPlain bool
	// dotted: the plain form spells a "…" as "...".
	dotted bool
}

// tokenize splits s into words (runs of letters, digits and inner
// apostrophes) and single punctuation marks, remembering where each came from
// so that a match on the normalised text can be cut out of the original.
func tokenize(s string) line {
	return tokenizeInto(nil, nil, nil, s)
}

// The classes of an ASCII character, after folding, as tokenizeInto reads
// it.
const (
	asciiOther byte = iota // punctuation: a token of its own
	asciiSpace             // separates tokens
	asciiWord              // part of a word
	asciiQuote             // an apostrophe, inside a word when a letter follows
)

// asciiFold and asciiClass are foldRune and the class of every ASCII
// character, so that the common case costs a table look-up.
var asciiFold, asciiClass = func() (fold, class [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		r := foldRune(rune(c))
		fold[c] = byte(r)
		switch {
		case r == 0 || unicode.IsSpace(r):
			class[c] = asciiSpace
		case isWordRune(r):
			class[c] = asciiWord
		case r == '\'':
			class[c] = asciiQuote
		}
	}
	return fold, class
}()

// tokenizeInto is tokenize reusing the token slice buf and the byte slice
// key, so that a caller tokenizing block after block allocates once. When
// plain is not nil, the line's plain form is built in it, for Regexp
// rules, and the key only when asked for.
func tokenizeInto(buf []token, key, plain []byte, s string) line {
	// A long line would grow each buffer by doubling, leaving the garbage
	// of every step; size them once from the line's length instead (about
	// one token in five bytes of prose).
	if n := len(s)/5 + 1; cap(buf) < n && len(s) > 4<<10 {
		buf = make([]token, 0, n)
	}
	if plain == nil && cap(key) < len(s) && len(s) > 4<<10 { // with plain, the key is built late if at all
		key = make([]byte, 0, len(s)+len(s)/8)
	}
	if plain != nil && cap(plain) < len(s) && len(s) > 4<<10 {
		plain = make([]byte, 0, len(s))
	}
	l := line{orig: s, toks: buf[:0], key: key[:0], plain: plain[:0], withPlain: plain != nil}
	// Tokens hold 32-bit offsets, half the size of ints: the rules read
	// no further into a line than maxTokenized bytes, whose key, a space
	// beside every mark, stays under 2 GiB. The line itself is kept whole.
	if len(s) > maxTokenized {
		s = s[:maxTokenized]
	}
	inWord, space := false, false
	for i := 0; i < len(s); {
		var (
			r    rune
			size = 1
			word bool
		)
		if c := s[i]; c < utf8.RuneSelf {
			r = rune(asciiFold[c])
			switch asciiClass[c] {
			case asciiSpace:
				l.runes++
				inWord = false
				space = len(l.plain) > 0
				i++
				continue
			case asciiWord:
				// Most text is runs of ASCII letters and digits: take
				// each run whole. Setting bit 0x20 lower-cases a letter
				// and leaves a digit as it is.
				if !inWord {
					l.startToken(i, space)
					inWord, space = true, false
				}
				j := i
				if l.withPlain {
					l.plain, j = appendLower(l.plain, s, i)
					l.keyLen += j - i
				} else {
					l.key, j = appendLower(l.key, s, i)
				}
				l.runes += j - i
				i = j
				t := &l.toks[len(l.toks)-1]
				t.end = int32(i)
				t.plainEnd = int32(len(l.plain))
				continue
			case asciiQuote:
				word = inWord && nextIsWord(s, i)
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			r = foldRune(r)
			if r == utf8.RuneError && size == 1 || r == 0 || unicode.IsSpace(r) || isInvisible(r) {
				l.runes++
				inWord = false
				space = len(l.plain) > 0
				i += size
				continue
			}
			word = isWordRune(r) || r == '\'' && inWord && nextIsWord(s, i)
		}
		l.runes++
		switch {
		case !word:
			l.startToken(i, space)
			inWord = false
		case !inWord:
			l.startToken(i, space)
			inWord = true
		}
		space = false
		switch {
		case !l.withPlain && r < utf8.RuneSelf:
			l.key = append(l.key, byte(r))
		case !l.withPlain:
			l.key = utf8.AppendRune(l.key, r)
		case r == '.' && size > 1 && orig(s, i) == '…':
			l.plain = append(l.plain, "..."...)
			l.keyLen++
			l.dotted = true
		case r < utf8.RuneSelf:
			l.plain = append(l.plain, byte(r))
			l.keyLen++
		default:
			l.plain = utf8.AppendRune(l.plain, r)
			l.keyLen += utf8.RuneLen(r)
		}
		i += size
		t := &l.toks[len(l.toks)-1]
		t.end = int32(i)
		t.plainEnd = int32(len(l.plain))
	}
	if !l.withPlain {
		for i := range l.toks {
			if i+1 < len(l.toks) {
				l.toks[i].keyEnd = l.toks[i+1].keyStart - 1
			} else {
				l.toks[i].keyEnd = int32(len(l.key))
			}
		}
		l.keyLen, l.keyBuilt = len(l.key), true
	}
	return l
}

// appendLower appends to b, in lower case, the run of ASCII letters and
// digits of s that starts at i, and returns where the run ends. The slice
// grows in a local, not in a field of a line.
func appendLower(b []byte, s string, i int) ([]byte, int) {
	for ; i < len(s) && asciiWordByte[s[i]]; i++ {
		b = append(b, s[i]|0x20)
	}
	return b, i
}

// asciiWordByte marks the bytes of asciiClass asciiWord: a byte beyond
// ASCII is none.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == asciiWord
	}
	return t
}()

// keyBytes returns the key, building it from the plain form if need be.
func (l *line) keyBytes() []byte {
	if l.keyBuilt {
		return l.key
	}
	key := l.key[:0] // built in a local: l may be on the heap
	for i := range l.toks {
		if i > 0 {
			key = append(key, ' ')
		}
		w := l.word(i)
		t := &l.toks[i]
		t.keyStart = int32(len(key))
		key = append(key, w...)
		t.keyEnd = int32(len(key))
	}
	l.key, l.keyBuilt = key, true
	return key
}

// exactKey returns the key, for looking it up whole. When the plain form
// has one space between every two tokens and spells no "…" as "...", it
// is the key, and the key need not be built.
func (l *line) exactKey() []byte {
	if !l.keyBuilt && !l.dotted && len(l.plain) == l.keyLen {
		return l.plain
	}
	return l.keyBytes()
}

// ellipsis is the key of "…", which the plain form spells "...".
var ellipsis = []byte(".")

// word returns the normalised text of token i, as the key holds it.
func (l *line) word(i int) []byte {
	t := &l.toks[i]
	if l.keyBuilt {
		return l.key[t.keyStart:t.keyEnd]
	}
	// The plain form holds a token's folded text too, but for "…".
	if w := l.plain[t.plainStart:t.plainEnd]; !l.dotted || string(w) != "..." {
		return w
	}
	return ellipsis
}

// startToken opens a token at byte at of the original text; space says
// whitespace came before it.
func (l *line) startToken(at int, space bool) {
	if len(l.toks) > 0 {
		if l.withPlain {
			l.keyLen++
		} else {
			l.key = append(l.key, ' ')
		}
	}
	if space && l.withPlain {
		l.plain = append(l.plain, ' ')
	}
	l.toks = append(l.toks, token{start: int32(at), end: int32(at), keyStart: int32(len(l.key)), plainStart: int32(len(l.plain))})
}

// plainSpan returns the tokens [from, to) that the byte span [a, b) of
// l.plain touches; from == to when it touches none.
func (l *line) plainSpan(a, b int) (from, to int) {
	from = len(l.toks)
	for i, t := range l.toks {
		if int(t.plainEnd) > a {
			from = i
			break
		}
	}
	to = from
	for i := from; i < len(l.toks) && int(l.toks[i].plainStart) < b; i++ {
		to = i + 1
	}
	return from, to
}

func orig(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func nextIsWord(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return false
	}
	return isWordRune(foldRune(orig(s, i+size)))
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isInvisible reports format characters such as zero-width spaces, joiners
// and the byte-order mark, which copy-paste leaves scattered through text.
func isInvisible(r rune) bool {
	return r >= '\u00ad' && unicode.Is(unicode.Cf, r) // U+00AD is the first of Cf
}

// foldRune lower-cases r and maps the many quote and dash characters onto
// their plain ASCII forms.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf && r != '`' {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '\u00a0', '\u202f', '\u2007':
		return ' '
	case '…':
		return '.'
	}
	return unicode.ToLower(r)
}
