package clean

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func simplified(t *testing.T, pattern string) *syntax.Regexp {
	t.Helper()
	_, syn, err := compileRegexp(pattern)
	require.NoError(t, err)
	return syn
}

func TestAnchoredPrefixes(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string // nil: none known
	}{
		{`^read more`, []string{"read more"}},
		{`^(read|see) (more|also)`, []string{"read more", "read also", "see more", "see also"}},
		{`^(the )?newsletter`, []string{"the newsletter", "newsletter"}},
		{`^(meist\S+|lesen sie) x`, []string{"meist", "lesen sie"}},
		{`^ab+c`, []string{"ab"}},
		{`^\d+ comments`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`^\S+ comments`, nil},
		{`^(x|\S+) y`, nil},
		{`read more$`, nil},
		{`^(a)?\S`, nil},
	} {
		got, ok := anchoredPrefixes(simplified(t, tc.pattern))
		assert.Equal(t, tc.want != nil, ok, tc.pattern)
		slices.Sort(got)
		slices.Sort(tc.want)
		assert.Equal(t, tc.want, got, tc.pattern)
	}
}

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`sign up here ?\.?$`, []string{"sign up here"}},
		{`^\S+ is an? (writer|editor)`, []string{" is a"}},
		{`(writer|editor) at \S+`, []string{" at "}},
		{`\d+ min read`, []string{" min read"}},
		{`^\S+$`, nil},
		{`(ab|\S+) x`, []string{" x"}},
	} {
		got, ok := requiredLiterals(simplified(t, tc.pattern))
		assert.Equal(t, tc.want != nil, ok, tc.pattern)
		assert.Equal(t, tc.want, got, tc.pattern)
	}
}

// The prefilters only ever skip a pattern that cannot match: every default
// Regexp rule finds the same blocks with them as without.
func TestRegexPrefiltersKeepMatches(t *testing.T) {
	c, err := Compile(Default())
	require.NoError(t, err)
	blocks := []string{
		"Read more: the bridge", "See also", "Jane Doe is a reporter at the Gazette",
		"Sign up here.", "You've reached the maximum number of devices",
		"Lesen Sie auch: Brücke", "Entdecke weitere Artikel", "3 min read",
		"Engineers found cracks in 4 of the arches.", "Advertisement", "Share on Facebook",
		"Most read", "Related", "Weitere Themen", "Zum Weiterlesen", "© 2025 Gazette",
		"7% of this article left", "14 days free", "X", "Tags: bridges",
		"Subscribe to our weekly harbour newsletter", "Get the tide tables sent to your inbox",
	}
	matched := 0
	for i, re := range c.regexps {
		if re == nil {
			continue
		}
		for _, b := range blocks {
			l := tokenizeInto(nil, nil, withPlain(nil), b)
			if !re.Match(l.plain) {
				continue
			}
			matched++
			if p := c.regexPrefixes[i]; p != nil {
				assert.True(t, hasAnyPrefix(l.plain, p), "%s skips %q", c.rules[i].Name, b)
				assert.True(t, c.mayStart(i, startOf(l.plain)), "%s skips %q by its prefix pairs", c.rules[i].Name, b)
			}
			if lits := c.regexLiterals[i]; lits != nil {
				assert.True(t, containsAny(l.plain, lits), "%s skips %q", c.rules[i].Name, b)
			}
			if terms := c.literalTerms[i]; terms != nil {
				assert.True(t, anyTermHeld(l.plain, terms), "%s skips %q by its terms", c.rules[i].Name, b)
			}
		}
	}
	assert.GreaterOrEqual(t, matched, 8, "too few blocks meet a pattern to tell")
}

// FuzzRegexFilters checks that one scan of the default rules' literal
// index finds just the literals bytes.Contains finds in a block, that
// the binary search of sorted prefixes agrees with trying each, and that
// the prefix pairs let every block with a prefix through.
func FuzzRegexFilters(f *testing.F) {
	c, err := Compile(Default())
	require.NoError(f, err)
	require.NotEmpty(f, c.literals.lits)
	for _, s := range []string{"she is a journalist", "you", "yo", "sign up here!", "", "x", "Related stories", "Share this", "Advertisement", "Tags: x", "12 days free", "7% of this article left"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := tokenizeInto(nil, nil, withPlain(nil), s)
		found := c.literals.scan(l.plain)
		for id, lit := range c.literals.lits {
			if got, want := found&(1<<id) != 0, bytes.Contains(l.plain, lit); got != want {
				t.Fatalf("%q: literal %q found %v, want %v", l.plain, lit, got, want)
			}
		}
		for i, mask := range c.literalMask {
			if mask != 0 && (found&mask != 0) != containsAny(l.plain, c.regexLiterals[i]) {
				t.Fatalf("%q: rule %s disagrees with containsAny", l.plain, c.rules[i].Name)
			}
		}
		for i, p := range c.regexPrefixes {
			if p != nil && hasSortedPrefix(l.plain, p) != hasAnyPrefix(l.plain, p) {
				t.Fatalf("%q: rule %s's sorted prefixes disagree", l.plain, c.rules[i].Name)
			}
			if p != nil && hasAnyPrefix(l.plain, p) && !c.mayStart(i, startOf(l.plain)) {
				t.Fatalf("%q: rule %s's prefix pairs skip a prefix", l.plain, c.rules[i].Name)
			}
		}
	})
}

// FuzzRegexCandidates checks that match tries every default Regexp rule
// whose pattern matches a block: the first-character and head indexes list
// it, and its prefixes and literals let it through. The examples and
// counters of the rules are the seeds.
func FuzzRegexCandidates(f *testing.F) {
	c, err := Compile(Default())
	require.NoError(f, err)
	for _, r := range c.rules {
		for _, s := range append(slices.Clone(r.Examples), r.Counters...) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := tokenizeInto(nil, nil, withPlain(nil), s)
		if len(l.toks) == 0 {
			return
		}
		first, head := c.byFirst(&l), c.byHead(&l)
		for i, re := range c.regexps {
			if re == nil || !re.Match(l.plain) {
				continue
			}
			if !slices.Contains(c.regexAnywhere, i) && !slices.Contains(first, i) && !slices.Contains(head, i) {
				t.Fatalf("%q: %s matches, but no index lists it", l.plain, c.rules[i].Name)
			}
			if p := c.regexPrefixes[i]; p != nil && !hasSortedPrefix(l.plain, p) {
				t.Fatalf("%q: %s matches, but its prefixes skip it", l.plain, c.rules[i].Name)
			}
			if lits := c.regexLiterals[i]; lits != nil && !containsAny(l.plain, lits) {
				t.Fatalf("%q: %s matches, but its literals skip it", l.plain, c.rules[i].Name)
			}
			if terms := c.literalTerms[i]; terms != nil && !anyTermHeld(l.plain, terms) {
				t.Fatalf("%q: %s matches, but its literal terms skip it", l.plain, c.rules[i].Name)
			}
		}
	})
}

// A pattern anchored at both ends whose matches are a known few strings is
// matched by looking the block up among them: the look-up agrees with the
// pattern on those strings, on the rules' examples and counters, and on
// the strings cut short, run on or spliced together.
func TestWholeMatchesAgreeWithPattern(t *testing.T) {
	c, err := Compile(Default())
	require.NoError(t, err)
	rules := 0
	for i, whole := range c.regexWhole {
		if whole == nil {
			continue
		}
		rules++
		blocks := append(slices.Clone(c.rules[i].Examples), c.rules[i].Counters...)
		for k, w := range whole {
			next := whole[(k+1)%len(whole)]
			blocks = append(blocks, w, w+" :", w+"s", w[:len(w)-1], w[1:], w[:len(w)/2]+next[len(next)/2:])
		}
		for _, b := range blocks {
			l := tokenizeInto(nil, nil, withPlain(nil), b)
			_, in := slices.BinarySearch(whole, string(l.plain))
			m := c.regexps[i].FindIndex(l.plain)
			assert.Equal(t, m != nil, in, "%s on %q", c.rules[i].Name, l.plain)
			if m != nil {
				assert.Equal(t, []int{0, len(l.plain)}, m, "%s on %q", c.rules[i].Name, l.plain)
			}
		}
	}
	assert.GreaterOrEqual(t, rules, 10, "too few patterns are a few whole strings to tell")
}
