package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
)

// A textBuf is the buffer writeText writes an element's text into. Text
// is read from the page block by block, thousands of times a page; a
// builder per block grows and copies itself over and over, where a buffer
// taken from a pool has room from the start. Only the finished text,
// collapsed, is copied out.
type textBuf struct{ b []byte }

// maxPooledText is the largest buffer put back in the pool: one huge text
// node must not stay held for good.
const maxPooledText = 64 << 10

var textBufs = sync.Pool{New: func() any { return new(textBuf) }}

func getTextBuf() *textBuf { return textBufs.Get().(*textBuf) }

func putTextBuf(t *textBuf) {
	if cap(t.b) > maxPooledText {
		return
	}
	t.b = t.b[:0]
	textBufs.Put(t)
}

// endsInSpace reports text that ends in white space.
func (t *textBuf) endsInSpace() bool {
	r, _ := utf8.DecodeLastRune(t.b)
	return unicode.IsSpace(r)
}

// view returns the buffer's text without copying it. It is valid only
// until the buffer is written or put back.
func (t *textBuf) view() string {
	return unsafe.String(unsafe.SliceData(t.b), len(t.b))
}

// collapsed returns the buffer's text, odd spaces normalised and white
// space collapsed, in a string of its own.
func (t *textBuf) collapsed() string {
	s := collapseSpaces(normaliseSpaces(t.view()))
	if t.holds(s) {
		return strings.Clone(s)
	}
	return s
}

// holds reports whether s points into the buffer.
func (t *textBuf) holds(s string) bool {
	if len(s) == 0 || cap(t.b) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(t.b)))
	return p >= start && p < start+uintptr(cap(t.b))
}

// collapsedLen returns the length of textOf(n) without building it.
func collapsedLen(n *html.Node) int {
	t := getTextBuf()
	defer putTextBuf(t)
	t.write(n, nil, false)
	return len(collapseSpaces(normaliseSpaces(t.view())))
}

// wordsIn returns the number of words in textOf(n) without building it.
// Collapsing white space changes no count; dropping zero-width characters
// may.
func wordsIn(n *html.Node) int {
	t := getTextBuf()
	defer putTextBuf(t)
	t.write(n, nil, false)
	return textutil.CountWords(normaliseSpaces(t.view()))
}
