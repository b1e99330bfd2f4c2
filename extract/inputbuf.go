package extract

import (
	"math/bits"
	"sync"
	"unsafe"
)

// Input buffers. An HTML page is read into a buffer sized for it, which
// is dead once the page is parsed: one allocation the size of the raw page
// per call, about a ninth of all an extraction allocates. Buffers of up to
// maxPooledInput are kept in pools, one per power of two, and the next
// page of about that size reuses one. Larger buffers are left to the
// collector: a huge page must not stay held for good.

const (
	minPooledInputBits = 12 // 4 KiB
	maxPooledInputBits = 20 // 1 MiB
	maxPooledInput     = 1 << maxPooledInputBits
)

var inputBufs [maxPooledInputBits - minPooledInputBits + 1]sync.Pool

// getInputBuf returns an empty buffer with room for at least n bytes.
func getInputBuf(n int) []byte {
	if n > maxPooledInput {
		return make([]byte, 0, n)
	}
	class := max(bits.Len(uint(max(n, 1)-1)), minPooledInputBits) // n rounded up to a power of two
	if p, ok := inputBufs[class-minPooledInputBits].Get().(*[]byte); ok {
		return (*p)[:0]
	}
	return make([]byte, 0, 1<<class)
}

// putInputBuf gives buf back to be reused. Nothing may refer to its bytes
// afterwards: the tree and the Article hold copies of what they read.
func putInputBuf(buf []byte) {
	c := cap(buf)
	if c < 1<<minPooledInputBits || c > maxPooledInput {
		return
	}
	class := bits.Len(uint(c)) - 1 // c rounded down to a power of two
	buf = buf[:0]
	inputBufs[class-minPooledInputBits].Put(&buf)
}

// sameBytes reports whether a is b or a part of it, as a page decoded
// without a copy is its input less a byte-order mark.
func sameBytes(a, b []byte) bool {
	if cap(a) == 0 || cap(b) == 0 {
		return false
	}
	start, end := uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))+uintptr(cap(b))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(a)))
	return start <= p && p < end
}
