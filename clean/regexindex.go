package clean

import (
	"regexp/syntax"
	"unicode"
)

// Regexp rules are indexed by the characters a match can start with. Most
// rules are anchored at the start of the block ("^read more"), so a block
// is tried only against the few rules whose first character it shares;
// the cost per block stays flat however many rules there are. The rest,
// which may match anywhere, are tried on every block — keep them few.

// maxFirstRunes bounds the first-character set worth indexing.
const maxFirstRunes = 64

// anchoredFirstRunes returns the characters a match of re (simplified)
// must start with, when re is anchored at the start of the text, and false
// when it is not or the set is too large to be worth it.
func anchoredFirstRunes(re *syntax.Regexp) ([]rune, bool) {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, false
	}
	if op := re.Sub[0].Op; op != syntax.OpBeginText && op != syntax.OpBeginLine {
		return nil, false
	}
	runes, ok := firstRunes(re.Sub[1:])
	if !ok {
		return nil, false
	}
	seen := map[rune]bool{}
	unique := runes[:0]
	for _, r := range runes {
		if !seen[r] {
			seen[r] = true
			unique = append(unique, r)
		}
	}
	return unique, true
}

// firstRunes returns the characters a match of the sequence subs starts
// with, or false when it may start with anything or match empty.
func firstRunes(subs []*syntax.Regexp) ([]rune, bool) {
	if len(subs) == 0 {
		return nil, false
	}
	re := subs[0]
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		return caseVariants(re.Rune[0], re.Flags&syntax.FoldCase != 0), true
	case syntax.OpCharClass:
		var out []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if out = append(out, r); len(out) > maxFirstRunes {
					return nil, false
				}
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return firstRunes(append([]*syntax.Regexp{re.Sub[0]}, subs[1:]...))
	case syntax.OpConcat:
		return firstRunes(append(append([]*syntax.Regexp{}, re.Sub...), subs[1:]...))
	case syntax.OpPlus:
		return firstRunes(re.Sub[:1])
	case syntax.OpQuest, syntax.OpStar:
		// Either the optional part starts the match, or what follows it.
		opt, ok := firstRunes(re.Sub[:1])
		if !ok {
			return nil, false
		}
		rest, ok := firstRunes(subs[1:])
		return append(opt, rest...), ok && len(opt)+len(rest) <= maxFirstRunes
	case syntax.OpAlternate:
		var out []rune
		for _, alt := range re.Sub {
			runes, ok := firstRunes(append([]*syntax.Regexp{alt}, subs[1:]...))
			if !ok {
				return nil, false
			}
			out = append(out, runes...)
		}
		return out, len(out) <= maxFirstRunes
	}
	return nil, false
}

func caseVariants(r rune, fold bool) []rune {
	if !fold {
		return []rune{r}
	}
	return []rune{unicode.ToLower(r), unicode.ToUpper(r)}
}
