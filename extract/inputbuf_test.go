package extract

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInputBufSizes(t *testing.T) {
	for _, n := range []int{0, 1, 1040, 4095, 4096, 4097, 100_000, maxPooledInput, maxPooledInput + 1} {
		buf := getInputBuf(n)
		assert.Zero(t, len(buf), "n=%d", n)
		assert.GreaterOrEqual(t, cap(buf), n, "n=%d", n)
		putInputBuf(append(buf, 'x'))
	}
	putInputBuf(make([]byte, 10, 5000)) // a grown buffer goes to the class below its size
	assert.GreaterOrEqual(t, cap(getInputBuf(4096)), 4096)
	putInputBuf(nil)
}

// A page decoded without a copy is its buffer, less a byte-order mark; a
// decoded copy is not.
func TestSameBytes(t *testing.T) {
	buf := append(getInputBuf(64), "\xef\xbb\xbf<p>Text</p>"...)
	assert.True(t, sameBytes(buf, buf))
	assert.True(t, sameBytes(buf[3:], buf))
	assert.True(t, sameBytes(buf[len(buf):], buf), "an empty end of it")
	assert.False(t, sameBytes(bytes.Clone(buf), buf))
	assert.False(t, sameBytes(nil, buf))
	assert.False(t, sameBytes(buf, nil))
}
