package clean_test

import (
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassify(t *testing.T) {
	rs, err := clean.Compile(clean.Default())
	require.NoError(t, err)
	for _, tc := range []struct {
		text, rule string
		kind       clean.Kind
	}{
		{"Ad Feedback", "ad/ad-feedback", clean.Ad},
		// A drop-rest prompt names the block alone, whatever follows it.
		{"Subscribe to continue reading", "paywall/subscribe-to-continue", clean.Paywall},
		{"Sign up here.", "newsletter/sign-up-here", clean.Newsletter},
		// Prose, and a block a strip rule would only shorten, are not named.
		{"The council approved the harbour plan on Tuesday night after a long debate.", "", ""},
		{"Shares fell 3% on Tuesday. Story continues below advertisement", "", ""},
	} {
		r, ok := rs.Classify(clean.Block{Kind: clean.Paragraph, Text: tc.text}, clean.Page{})
		assert.Equal(t, tc.rule != "", ok, tc.text)
		assert.Equal(t, tc.rule, r.Rule, tc.text)
		assert.Equal(t, tc.kind, r.Kind, tc.text)
		if ok {
			assert.Equal(t, tc.text, r.Text)
		}
	}
	var none *clean.Rules
	_, ok := none.Classify(clean.Block{Text: "Ad Feedback"}, clean.Page{})
	assert.False(t, ok, "nil rules name nothing")
}
