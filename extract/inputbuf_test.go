package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// Text read from a file goes into one buffer sized for it: the one the
// head was read into when the file is small enough to pool, else one
// grown to the rest of the file at once.
func TestReadRestOfFile(t *testing.T) {
	e, err := New()
	require.NoError(t, err)
	for _, size := range []int{300 << 10, 512<<10 - 100, 3 << 20} { // the second fills its pooled buffer
		name := filepath.Join(t.TempDir(), "page.txt")
		text := strings.Repeat("Some text here. ", size/16)
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
		f, err := os.Open(name)
		require.NoError(t, err)
		head, err := e.readHead(f)
		require.NoError(t, err)
		data, err := e.readRest(context.Background(), f, head)
		require.NoError(t, err)
		require.NoError(t, f.Close())
		assert.Equal(t, text, string(data))
		if size < maxPooledInput {
			assert.Same(t, &head[:1][0], &data[:1][0], "size %d: read into the head's buffer", size)
		} else {
			assert.Less(t, cap(data), size+size/8, "size %d: not grown by appending", size)
		}
	}
}
