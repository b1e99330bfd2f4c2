package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormaliseText(t *testing.T) {
	for in, want := range map[string]string{
		"plain ASCII line":                        "plain ASCII line",
		"a\r\nb\rc\td\u00a0e\u200bf\x00g\u2028h":  "a\nb\nc d efg\nh",
		"caf\u00e9 \xff end":                      "caf\u00e9 \ufffd end",
		"tab\tand\u2007figure\u202fspace\x07bell": "tab and figure spacebell",
		"":       "",
		"last\r": "last\n",
	} {
		assert.Equal(t, want, normaliseText([]byte(in)), "%q", in)
	}
}
