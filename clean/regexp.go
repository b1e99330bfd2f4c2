package clean

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
)

// Regexp rules read a block as Normalize does — case-folded, curly quotes
// and dashes made plain, invisible characters dropped, whitespace collapsed
// to single spaces — but with punctuation left where it stands, so a
// pattern reads as the text it is written for: `^read more:` matches
// "Read more: …", and `\.\.\.$` a line ending in "…".
//
// compileRegexp makes a pattern fit that form: it matches case-insensitively
// and its quotes, dashes and ellipses are folded as the text's are. It
// refuses a pattern that could never match the form (a tab, a newline, two
// spaces in a row, an invisible character) or that matches an empty block,
// which would make it match every block. It returns the compiled pattern
// and its simplified syntax tree.
func compileRegexp(pattern string) (*regexp.Regexp, *syntax.Regexp, error) {
	folded := foldPattern(pattern)
	re, err := syntax.Parse(folded, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLiterals(re); err != nil {
		return nil, nil, err
	}
	compiled, err := regexp.Compile("(?i)" + folded)
	if err != nil {
		return nil, nil, err
	}
	if compiled.MatchString("") {
		return nil, nil, errors.New("matches an empty block, so it would match every block")
	}
	return compiled, re.Simplify(), nil
}

// foldPattern folds the quotes, dashes and ellipses of a pattern as
// foldRune folds the text's. None of them is special in a pattern, so the
// only care needed is for an ellipsis, which the text spells "...": inside
// a character class it becomes a dot, elsewhere a group of three.
func foldPattern(pattern string) string {
	var b strings.Builder
	inClass, escaped := false, false
	for _, r := range pattern {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '[':
			inClass = true
		case r == ']':
			inClass = false
		case r == '…' && inClass:
			b.WriteByte('.')
			continue
		case r == '…':
			b.WriteString(`(?:\.\.\.)`)
			continue
		case !unicode.IsUpper(r):
			r = foldRune(r)
		}
		b.WriteRune(r)
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
