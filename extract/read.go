package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
)

// Reading the input. Plain text is read whole, up to the Extractor's byte
// cap. HTML goes through a stripper (see strip.go) as it is read, and the
// cap counts the bytes it keeps: a page saved with its images and fonts
// inline is read for its markup and text, and never held whole.

// rawMultiple bounds the raw HTML read, as a multiple of the cap, so that
// an endless stream of script or style that the stripper drops still ends.
const rawMultiple = 16

// readChunk is how much raw HTML is read at a time.
const readChunk = 32 << 10

// readGap is the room left between the kept bytes and the next chunk read
// behind them: the stripper writes out what it held back at the end of the
// last chunk (a '<', an end tag's "</script") before it has read as much of
// the next one.
const readGap = 16

// read reads all of r, up to the byte cap, into an input buffer, which the
// caller may give back with putInputBuf once nothing refers to its bytes.
func (e *Extractor) read(ctx context.Context, r io.Reader) ([]byte, error) {
	if err := e.check(r); err != nil {
		return nil, err
	}
	data, err := readAll(ctx, r, sizeHint(r), e.limit())
	if err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	if int64(len(data)) > e.maxBytes {
		putInputBuf(data)
		return nil, e.tooLarge()
	}
	return data, nil
}

// check makes a nil Extractor or reader an error rather than a panic.
// Every entry point reads first, through read or readHead.
func (e *Extractor) check(r io.Reader) error {
	switch {
	case e == nil:
		return errors.New("extract: nil *Extractor (make one with New)")
	case r == nil:
		return errors.New("extract: nil reader")
	}
	return nil
}

// limit is one byte over the cap, which tells a longer input from one at it.
func (e *Extractor) limit() int64 {
	if e.maxBytes < math.MaxInt64 {
		return e.maxBytes + 1
	}
	return e.maxBytes
}

func (e *Extractor) tooLarge() error {
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, e.maxBytes)
}

// readHead reads the first sniffLen bytes of r, fewer when r is shorter,
// into a buffer sized for the whole input when its size is known and
// within the cap and a pooled buffer's size. A larger input may be mostly
// stripped, as a page saved with its images is: its buffer starts small
// and grows with what is kept (readHTML), or to the input's size once it
// is known to be text (readRest).
func (e *Extractor) readHead(r io.Reader) ([]byte, error) {
	if err := e.check(r); err != nil {
		return nil, err
	}
	size := sizeHint(r) + 1
	if size > e.maxBytes || size > maxPooledInput {
		size = growFrom
	}
	// The room of two gaps past the input's end lets readHTML read to the
	// end without growing the buffer.
	buf := getInputBuf(int(max(size+2*readGap, sniffLen+readGap)))
	n, err := io.ReadFull(r, buf[:sniffLen])
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	if err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	return buf[:n], nil
}

// growFrom is the buffer a large HTML page starts with.
const growFrom = 64 << 10

// readHTML reads an HTML page through the stripper, up to the byte cap of
// kept bytes. head is what readHead read.
func (e *Extractor) readHTML(ctx context.Context, r io.Reader, head []byte) ([]byte, error) {
	if isBinary(head) {
		return nil, ErrNotText
	}
	if _, _, name, ok := unicodeEncoding(head); ok && name != "utf-8" {
		return e.readRest(ctx, r, head) // UTF-16: its markup is not ASCII
	}
	s := newStripper(head[:0])
	s.write(head) // in place: within a chunk, it never writes ahead of what it reads
	rawLimit := e.maxBytes
	if rawLimit <= math.MaxInt64/rawMultiple {
		rawLimit *= rawMultiple
	}
	raw := int64(len(head))
	grown := false
	for len(head) == sniffLen {
		// A buffer sized for the input always has room for the rest of it:
		// what was kept is never longer than what was read.
		if cap(s.out)-len(s.out) < 2*readGap {
			// Doubled: append grows a large slice by a quarter, which
			// would copy what is kept about five times over. When the
			// input's size is known, to what the rest of it would keep
			// at the share kept so far, if that is more, and never past
			// what it could keep: all of it.
			room := max(readGap+readChunk, cap(s.out))
			if rest, ok := knownSize(r); ok {
				rest = min(rest, math.MaxInt32)
				room = max(room, int(float64(rest)*float64(len(s.out))/float64(raw)*1.1))
				room = min(room, int(rest)+2*readGap)
			}
			s.out = slices.Grow(s.out, room)
			grown = true
		}
		free := s.out[len(s.out)+readGap : min(len(s.out)+readGap+readChunk, cap(s.out))]
		n, err := r.Read(free)
		raw += int64(n)
		s.write(free[:n])
		if int64(len(s.out)) > e.maxBytes || raw > rawLimit {
			return nil, e.tooLarge()
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("extract: reading input: %w", err)
		}
		if err := stopped(ctx); err != nil {
			return nil, err
		}
	}
	if int64(len(s.out)) > e.maxBytes {
		return nil, e.tooLarge()
	}
	return trimBuffer(s.out, grown), nil
}

// trimBuffer returns data in a buffer of its own size when much of the one
// it is in is unused, so that the rest can be freed: most of a buffer
// sized for the input, or a quarter of one that doubled as it grew.
func trimBuffer(data []byte, grown bool) []byte {
	unused := cap(data) - len(data)
	if cap(data) > 1<<20 && unused > len(data) || grown && cap(data) > growFrom && unused > len(data)/4 {
		return bytes.Clone(data)
	}
	return data
}

// readRest reads the rest of r after head, up to the byte cap.
func (e *Extractor) readRest(ctx context.Context, r io.Reader, head []byte) ([]byte, error) {
	if rest, ok := knownSize(r); ok {
		head = slices.Grow(head, int(max(0, min(rest+1, e.limit()-int64(len(head)), math.MaxInt32))))
	}
	data, err := readInto(ctx, r, head, e.limit())
	if err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	if int64(len(data)) > e.maxBytes {
		return nil, e.tooLarge()
	}
	return data, nil
}

// sizeHint returns the length of r when it knows it, else a small default.
func sizeHint(r io.Reader) int64 {
	if n, ok := knownSize(r); ok {
		return n
	}
	return 4096
}

// knownSize returns what is left to read of r when r knows it: a bytes or
// strings reader, or a regular file (its size less where it stands, when
// it can tell).
func knownSize(r io.Reader) (int64, bool) {
	switch x := r.(type) {
	case interface{ Len() int }:
		return int64(x.Len()), true
	case interface{ Stat() (os.FileInfo, error) }:
		fi, err := x.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		size := fi.Size()
		if s, ok := r.(io.Seeker); ok {
			if at, err := s.Seek(0, io.SeekCurrent); err == nil {
				size = max(0, size-at)
			}
		}
		return size, true
	}
	return 0, false
}

// readAll reads r to its end or to limit bytes, into an input buffer of
// the hinted size that grows only if the hint was short.
func readAll(ctx context.Context, r io.Reader, hint, limit int64) ([]byte, error) {
	return readInto(ctx, r, getInputBuf(int(max(min(hint+1, limit), 512))), limit)
}

// readInto appends r to buf, up to its end or to limit bytes in all.
func readInto(ctx context.Context, r io.Reader, buf []byte, limit int64) ([]byte, error) {
	if len(buf) == 0 && cap(buf) == 0 {
		buf = make([]byte, 0, 512)
	}
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		end := min(int64(cap(buf)), limit)
		n, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return buf, nil
}
