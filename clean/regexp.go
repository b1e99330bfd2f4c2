package clean

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync/atomic"
	"unicode"
)

// compiledPattern is a pattern as compileRegexp returns it.
type compiledPattern struct {
	re  *regexp.Regexp
	syn *syntax.Regexp
}

// defaultPatterns holds the default rules' patterns as parsing them
// compiled them, so that CompileLayers takes them rather than compiling
// them again for every rule set made from the defaults. Both are only
// read once made, and a Regexp is safe for concurrent use.
var defaultPatterns atomic.Pointer[map[string]compiledPattern]

// compilePattern is compileRegexp, taking a default rule's pattern as it
// was compiled when the defaults were parsed.
func compilePattern(pattern string) (*regexp.Regexp, *syntax.Regexp, error) {
	if m := defaultPatterns.Load(); m != nil {
		if c, ok := (*m)[pattern]; ok {
			return c.re, c.syn, nil
		}
	}
	return compileRegexp(pattern)
}

// Regexp rules read a block as Normalize does — case-folded, curly quotes
// and dashes made plain, invisible characters dropped, whitespace collapsed
// to single spaces — but with punctuation left where it stands, so a
// pattern reads as the text it is written for: `^read more:` matches
// "Read more: …", and `\.\.\.$` a line ending in "…".
//
// compileRegexp makes a pattern fit that form: its letters, quotes, dashes
// and ellipses are folded as the text's are, so it matches regardless of
// case (and \p{Lu} matches nothing). It
// refuses a pattern that could never match the form (a tab, a newline, two
// spaces in a row, an invisible character) or that matches an empty block,
// which would make it match every block. It returns the compiled pattern
// and its simplified syntax tree.
func compileRegexp(pattern string) (*regexp.Regexp, *syntax.Regexp, error) {
	folded := foldPattern(pattern)
	re, err := syntax.Parse(folded, syntax.Perl)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLiterals(re); err != nil {
		return nil, nil, err
	}
	compiled, err := regexp.Compile(folded)
	if err != nil {
		return nil, nil, err
	}
	if compiled.MatchString("") {
		return nil, nil, errors.New("matches an empty block, so it would match every block")
	}
	return compiled, re.Simplify(), nil
}

// foldPattern folds the letters, quotes, dashes and ellipses a pattern
// matches as foldRune folds the text's, leaving its syntax alone: escapes
// (\S, \p{Lu}), flags and group names, and [:classes:]. An ellipsis, which
// the text spells "...", becomes a dot inside a character class and a
// group of three elsewhere. Folding the pattern rather than matching
// without regard to case keeps the matcher as fast as a plain pattern's.
func foldPattern(pattern string) string {
	var (
		b       strings.Builder
		rs      = []rune(pattern)
		inClass bool
		quoted  bool // between \Q and \E
	)
	copyThrough := func(i int, ends string) int {
		for ; i < len(rs); i++ {
			b.WriteRune(rs[i])
			if strings.ContainsRune(ends, rs[i]) {
				break
			}
		}
		return i
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := func(k int) rune {
			if i+k < len(rs) {
				return rs[i+k]
			}
			return 0
		}
		switch {
		case quoted && r == '\\' && next(1) == 'E':
			quoted = false
			b.WriteString(`\E`)
			i++
		case quoted && r == '…':
			b.WriteString("...")
		case quoted:
			b.WriteRune(foldRune(r))
		case r == '\\' && next(1) == 'Q':
			quoted = true
			b.WriteString(`\Q`)
			i++
		case r == '\\' && strings.ContainsRune("pPx", next(1)) && next(2) == '{':
			i = copyThrough(i, "}")
		case r == '\\':
			b.WriteRune(r)
			if i+1 < len(rs) {
				b.WriteRune(rs[i+1])
				i++
			}
		case r == '(' && next(1) == '?':
			i = copyThrough(i, ":)>")
		case inClass && r == '[' && next(1) == ':':
			i = copyThrough(i, "]")
		case r == '[' && !inClass:
			inClass = true
			b.WriteRune(r)
			if next(1) == '^' {
				b.WriteRune('^')
				i++
			}
			if next(1) == ']' {
				b.WriteRune(']') // a ']' first in a class is itself
				i++
			}
		case r == ']' && inClass:
			inClass = false
			b.WriteRune(r)
		case r == '…' && inClass:
			b.WriteByte('.')
		case r == '…':
			b.WriteString(`(?:\.\.\.)`)
		default:
			b.WriteRune(foldRune(r))
		}
	}
	return b.String()
}

// checkLiterals reports literals in re that the text never holds.
func checkLiterals(re *syntax.Regexp) error {
	if re.Op == syntax.OpLiteral {
		for i, r := range re.Rune {
			if err := impossible(r); err != nil {
				return err
			}
			if r == ' ' && i > 0 && re.Rune[i-1] == ' ' {
				return errors.New("has two spaces in a row; the text has single spaces")
			}
		}
	}
	for _, sub := range re.Sub {
		if err := checkLiterals(sub); err != nil {
			return err
		}
	}
	return nil
}

// impossible reports a literal character that folded text never holds.
func impossible(r rune) error {
	switch f := foldRune(r); {
	case f == ' ':
		return nil
	case unicode.IsSpace(f) || f == 0:
		return fmt.Errorf("has %q; the text has single spaces only", r)
	case isInvisible(f):
		return fmt.Errorf("has the invisible character %U, which the text never holds", r)
	}
	return nil
}

// regexpError names the rule and pattern of a regexp that does not compile.
func regexpError(pattern string, err error) error {
	var se *syntax.Error
	if errors.As(err, &se) {
		return fmt.Errorf("regexp %q: %s", pattern, strings.TrimPrefix(se.Error(), "error parsing regexp: "))
	}
	return fmt.Errorf("regexp %q: %w", pattern, err)
}
