package clean

import (
	"regexp/syntax"
	"slices"
)

// A pattern such as `^[^"]{0,200}(abonniere|subscribe to our)
// [^.]{0,60}newsletter|newsletter abonnieren$` gives one literal set,
// "newsletter", though each match of its first alternative also holds
// "abonniere " or "subscribe to our ": a block that holds "newsletter"
// alone is run through the whole pattern for nothing. Its literal terms
// name, for each alternative, every literal set it needs, so that such a
// block is passed over.

// literalTermsOf returns, for each top-level alternative of re
// (simplified), the literal sets each of which every match of that
// alternative holds one of; nil when no alternative needs more than one
// set, or one needs none.
func literalTermsOf(re *syntax.Regexp) [][][]string {
	alts := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		alts = re.Sub
	}
	var (
		terms [][][]string
		more  bool
	)
	for _, alt := range alts {
		best, ok := requiredLiterals(alt)
		if !ok {
			return nil
		}
		term := [][]string{best}
		if alt.Op == syntax.OpConcat {
			for _, sub := range alt.Sub {
				// A set with a literal of a byte or two rules out
				// too few blocks to be worth its place in the index.
				if lits, ok := requiredLiterals(sub); ok && shortest(lits) >= 3 && !slices.Equal(lits, best) {
					term = append(term, lits)
				}
			}
		}
		more = more || len(term) > 1
		terms = append(terms, term)
	}
	if !more {
		return nil
	}
	return terms
}

// termBytes returns terms as bytes.
func termBytes(terms [][][]string) [][][][]byte {
	if terms == nil {
		return nil
	}
	out := make([][][][]byte, len(terms))
	for t, term := range terms {
		for _, set := range term {
			lits := make([][]byte, len(set))
			for j, l := range set {
				lits[j] = []byte(l)
			}
			out[t] = append(out[t], lits)
		}
	}
	return out
}

// anyTermHeld reports whether text holds one literal of each set of some
// term. It is asked only of the blocks that hold one of a rule's indexed
// literals, so its literals need not be in the index, whose every added
// literal costs each scan.
func anyTermHeld(text []byte, terms [][][][]byte) bool {
	for _, term := range terms {
		held := true
		for _, set := range term {
			if !containsAny(text, set) {
				held = false
				break
			}
		}
		if held {
			return true
		}
	}
	return false
}
