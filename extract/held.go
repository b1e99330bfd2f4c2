package extract

import (
	"bytes"
	"compress/lzw"
	"io"
	"slices"
	"unsafe"
)

// What is held while readability runs. The heap is then mostly the page's
// tree and readability's copy of it; beside them we hold two things of
// about the page's size for later:
//
//   - its text, which the readings that stand in when readability's is
//     poor (regionReading, withoutPrepass, wholePage) parse again, as it
//     was before the pre-pass and readability changed the tree;
//   - its blocks, listed before readability changed the tree, for gap
//     filling and the trace of dropped blocks.
//
// A large page holds both packed with LZW, at about two fifths of their
// size on news pages: the text is unpacked only when one of those readings
// needs it, which is rare, and the blocks' texts once the body is read.
// Deflate packs twice as tight, but its writer's tables take 1.2 MB, more
// than it saves on a page of a few hundred kilobytes (and pooled, they
// would be held through readability); LZW's take 64 KB.
//
// The page's input buffer is let go once its text is packed (see
// fromHTMLBytes): before, the packed copy saved nothing.

// packFrom is the size of page from which it is held packed. Smaller pages
// are most pages, and small enough that packing them would cost them all
// time for little memory.
const packFrom = 256 << 10

// A heldPage is the page's text and blocks, as they are or packed.
type heldPage struct {
	page   []byte
	blocks []domBlock // without their texts when packed

	// Packed, with the lengths to cut them apart again.
	packedPage  []byte
	pageLen     int
	packedTexts []byte
	textLens    []int
}

// hold returns page and its blocks held until the body is read: as they
// are when the page is short, else packed. A packed page's text and its
// blocks' texts are no longer referenced by what hold returns, and can be
// let go.
func hold(page []byte, blocks []domBlock) *heldPage {
	if len(page) < packFrom {
		return &heldPage{page: page, blocks: blocks}
	}
	var buf bytes.Buffer
	buf.Grow(len(page) / 4)
	w := lzw.NewWriter(&buf, lzw.LSB, 8).(*lzw.Writer) // documented as one
	if _, err := w.Write(page); err != nil || w.Close() != nil {
		return &heldPage{page: page, blocks: blocks} // a bytes.Buffer does not fail
	}
	h := &heldPage{blocks: blocks, packedPage: fitted(buf.Bytes()), pageLen: len(page)}

	total := 0
	for _, b := range blocks {
		total += len(b.Text)
	}
	var texts bytes.Buffer
	texts.Grow(total / 4)
	w.Reset(&texts, lzw.LSB, 8)
	lens := make([]int, len(blocks))
	for i, b := range blocks {
		if _, err := w.Write(unsafe.Slice(unsafe.StringData(b.Text), len(b.Text))); err != nil {
			return &heldPage{page: page, blocks: blocks}
		}
		lens[i] = len(b.Text)
	}
	if w.Close() != nil {
		return &heldPage{page: page, blocks: blocks}
	}
	for i := range blocks {
		blocks[i].Text = ""
	}
	h.packedTexts, h.textLens = fitted(texts.Bytes()), lens
	return h
}

// fitted returns b, or a copy of it without room to spare when a buffer
// that doubled as it was written left b a quarter or more of it unused.
func fitted(b []byte) []byte {
	if cap(b)-len(b) < cap(b)/4 {
		return b
	}
	return bytes.Clone(b)
}

// text returns the page's text, unpacked into a buffer of its own when it
// was packed. It is nil only if unpacking fails, which does not happen to
// what hold packed.
func (h *heldPage) text() []byte {
	if h.packedPage == nil {
		return h.page
	}
	r := lzw.NewReader(bytes.NewReader(h.packedPage), lzw.LSB, 8)
	defer r.Close()
	text := make([]byte, h.pageLen)
	if _, err := io.ReadFull(r, text); err != nil {
		return nil
	}
	return text
}

// blockList returns the page's blocks with their texts, unpacked into the
// held blocks on the first call.
func (h *heldPage) blockList() []domBlock {
	if h.packedTexts == nil {
		return h.blocks
	}
	r := lzw.NewReader(bytes.NewReader(h.packedTexts), lzw.LSB, 8)
	defer r.Close()
	var text []byte
	for i, n := range h.textLens {
		text = slices.Grow(text[:0], n)[:n]
		if _, err := io.ReadFull(r, text); err != nil {
			return nil // does not happen to what hold packed
		}
		h.blocks[i].Text = string(text)
	}
	h.packedTexts = nil
	return h.blocks
}

// packed reports whether the page is held packed: its text is then no
// longer referenced.
func (h *heldPage) packed() bool { return h.packedPage != nil }
