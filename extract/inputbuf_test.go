package extract

import (
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
