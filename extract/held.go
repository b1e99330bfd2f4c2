package extract

import (
	"bytes"
	"compress/flate"
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
// A large page holds both deflated, at about a fifth of their size: the
// text is inflated only when one of those readings needs it, which is
// rare, and the blocks' texts once the body is read.

// packFrom is the size of page from which it is held deflated. Below it,
// the compressor's state (about 1.2 MB, allocated for each page: pooled,
// it would stay held through readability) and its time cost more than
// packing saves.
const packFrom = 256 << 10

// A heldPage is the page's text and blocks, as they are or deflated.
type heldPage struct {
	page   []byte
	blocks []domBlock // without their texts when deflated

	// Deflated, with the lengths to cut them apart again.
	packedPage  []byte
	pageLen     int
	packedTexts []byte
	textLens    []int
}

// hold returns page and its blocks held until the body is read: as they
// are when the page is short, else deflated. A deflated page's text and
// its blocks' texts are no longer referenced by what hold returns, and
// can be let go.
func hold(page []byte, blocks []domBlock) *heldPage {
	if len(page) < packFrom {
		return &heldPage{page: page, blocks: blocks}
	}
	var buf bytes.Buffer
	buf.Grow(len(page) / 4)
	w, _ := flate.NewWriter(&buf, flate.BestSpeed) // a valid level
	if _, err := w.Write(page); err != nil || w.Close() != nil {
		return &heldPage{page: page, blocks: blocks} // a bytes.Buffer does not fail
	}
	h := &heldPage{blocks: blocks, packedPage: buf.Bytes(), pageLen: len(page)}

	total := 0
	for _, b := range blocks {
		total += len(b.Text)
	}
	var texts bytes.Buffer
	texts.Grow(total / 4)
	w.Reset(&texts)
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
	h.packedTexts, h.textLens = texts.Bytes(), lens
	return h
}

// text returns the page's text, inflated into a buffer of its own when it
// was deflated. It is nil only if inflating fails, which does not happen
// to what hold deflated.
func (h *heldPage) text() []byte {
	if h.packedPage == nil {
		return h.page
	}
	r := flate.NewReader(bytes.NewReader(h.packedPage))
	defer r.Close()
	text := make([]byte, h.pageLen)
	if _, err := io.ReadFull(r, text); err != nil {
		return nil
	}
	return text
}

// blockList returns the page's blocks with their texts, inflated into the
// held blocks on the first call.
func (h *heldPage) blockList() []domBlock {
	if h.packedTexts == nil {
		return h.blocks
	}
	r := flate.NewReader(bytes.NewReader(h.packedTexts))
	defer r.Close()
	var text []byte
	for i, n := range h.textLens {
		text = slices.Grow(text[:0], n)[:n]
		if _, err := io.ReadFull(r, text); err != nil {
			return nil // does not happen to what hold deflated
		}
		h.blocks[i].Text = string(text)
	}
	h.packedTexts = nil
	return h.blocks
}
