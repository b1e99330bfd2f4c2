package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClassMarks(t *testing.T) {
	for _, c := range []struct {
		class           string
		caption, credit bool
	}{
		{"", false, false},
		{"article-body", false, false},
		{"Caption", true, false},
		{"img__legend", true, false},
		{"Bildunterschrift small", true, false},
		{"didascaliaFoto", true, false},
		{"photo-CREDIT", false, true},
		{"caption credit", true, true},
		{"caption-credit", true, true},
		{"captio cred", false, false},
		{"légende", true, false},
		{"LÉGENDE photo-crédit", true, false},
		{"légende credit", true, true},
		{"credi", false, false},
	} {
		caption, credit := classMarks(c.class)
		assert.Equal(t, c.caption, caption, "caption %q", c.class)
		assert.Equal(t, c.credit, credit, "credit %q", c.class)
	}
}
