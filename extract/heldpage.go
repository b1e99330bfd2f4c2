package extract

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
)

// The readings that stand in when readability's is poor (regionReading,
// withoutPrepass, wholePage) parse the page again, as it was before the
// pre-pass and readability changed its tree, so the page's text is held
// until the body is read. While readability runs, the heap is mostly the
// tree and readability's copy of it, and a large page's text beside them
// adds as much again as its size. A large page is therefore held deflated,
// at about a fifth of its size, and inflated only when one of those
// readings needs it, which is rare.

// packFrom is the size from which a page is held deflated. Below it the
// compressor's state (about 1.2 MB) and its time cost more than packing
// saves.
const packFrom = 256 << 10

// A heldPage is the page's text, as it is or deflated.
type heldPage struct {
	plain  []byte
	packed []byte
	size   int // of the text deflated in packed
}

// packers holds deflate writers for reuse: each carries over a megabyte
// of tables.
var packers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed) // BestSpeed is a valid level
	return w
}}

// holdPage returns text held for the readings that parse it again: as it
// is when it is short, else deflated. A large text is no longer needed
// once the tree is parsed, and should then be let go.
func holdPage(text []byte) heldPage {
	if len(text) < packFrom {
		return heldPage{plain: text}
	}
	var buf bytes.Buffer
	buf.Grow(len(text) / 4)
	w := packers.Get().(*flate.Writer)
	defer packers.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(text); err != nil {
		return heldPage{plain: text} // a bytes.Buffer does not fail
	}
	if err := w.Close(); err != nil {
		return heldPage{plain: text}
	}
	return heldPage{packed: buf.Bytes(), size: len(text)}
}

// bytes returns the text, inflated into a buffer of its own when it was
// deflated. It is nil only if inflating fails, which does not happen to
// what holdPage deflated.
func (h heldPage) bytes() []byte {
	if h.packed == nil {
		return h.plain
	}
	r := flate.NewReader(bytes.NewReader(h.packed))
	defer r.Close()
	text := make([]byte, h.size)
	if _, err := io.ReadFull(r, text); err != nil {
		return nil
	}
	return text
}
