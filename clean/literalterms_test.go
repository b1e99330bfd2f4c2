package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLiteralTermsOf(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    [][][]string
	}{
		// Each alternative names every set it needs.
		{`^[^"]{0,20}(join|follow) [^.]{0,9}letter|letter hier$`,
			[][][]string{{{"letter"}, {"join", "follow"}}, {{"letter hier"}}}},
		// A run of literal parts is a set of its own.
		{`(join|follow) our|letter hier$`,
			[][][]string{{{" our"}, {"join", "follow"}}, {{"letter hier"}}}},
		// One set each: nothing to add to the literal set.
		{`(join|follow)$|letter hier$`, nil},
		// A set with a short literal is left out.
		{`^(ab|cd) [^.]{0,9}letter`, nil},
		// An alternative without literals: no terms at all.
		{`^(join|follow) [^.]{0,9}letter|^\S+$`, nil},
	} {
		assert.Equal(t, tc.want, literalTermsOf(simplified(t, tc.pattern)), tc.pattern)
	}
}

// A block holding only the literal the pattern is indexed by, not what
// its alternative needs besides, is passed over; one that matches is not.
func TestLiteralTermsSkipNearMisses(t *testing.T) {
	c, err := Compile(Default())
	require.NoError(t, err)
	i := -1
	for j, r := range c.rules {
		if r.Name == "newsletter/newsletter-prompt-inside" {
			i = j
		}
	}
	require.GreaterOrEqual(t, i, 0)
	require.NotNil(t, c.literalTerms[i])
	for _, tc := range []struct {
		block string
		pass  bool
	}{
		{"Abonnieren Sie den Hafen-Newsletter", true},
		{"Sign up for our tide newsletter today", true},
		{"Newsletter jetzt abonnieren!", true},
		{"Join the crew and get it delivered to your inbox", true},
		{"The harbour newsletter appears every Friday", false},
		{"Our newsletter: the week at sea", false},
		{"Check your inbox for the tide tables", false}, // " inbox" without "get", "sent"...
		{"Subscribe to the podcast", false},
	} {
		l := tokenizeInto(nil, nil, withPlain(nil), tc.block)
		assert.Equal(t, tc.pass, anyTermHeld(l.plain, c.literalTerms[i]), tc.block)
		if c.regexps[i].Match(l.plain) {
			assert.True(t, tc.pass, "%q matches but is skipped", tc.block)
		}
	}
}
