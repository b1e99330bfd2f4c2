package clean

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

// A Regexp rule is also given the literals one of which every match must
// contain: a block that holds none of them cannot match, and a substring
// search costs far less than running the pattern. Body text rarely holds
// them, so most blocks skip most patterns.

// maxLiterals bounds the literal set kept for one pattern.
const maxLiterals = 64

// requiredLiterals returns strings one of which every match of re
// (simplified) contains, and false when there are none to go by.
func requiredLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 || re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return requiredLiterals(re.Sub[0])
	case syntax.OpConcat:
		// Any part will do; the one whose shortest literal is longest
		// rules out the most blocks.
		var (
			best []string
			ok   bool
		)
		for _, sub := range re.Sub {
			if lits, found := requiredLiterals(sub); found && (!ok || better(lits, best)) {
				best, ok = lits, true
			}
		}
		// So will a run of parts that each match a known few strings,
		// joined: " (ist|est) " gives " ist " and " est ".
		for i := range re.Sub {
			for j, run := i, []string{""}; j < len(re.Sub); j++ {
				set, complete, found := prefixOf(re.Sub[j])
				if !found || !complete || len(run)*len(set) > maxLiterals {
					break
				}
				if run = joined(run, set); j > i && !slices.Contains(run, "") && (!ok || better(run, best)) {
					best, ok = run, true
				}
			}
		}
		return best, ok
	case syntax.OpAlternate:
		var out []string
		for _, alt := range re.Sub {
			lits, ok := requiredLiterals(alt)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, len(out) <= maxLiterals
	}
	return nil, false
}

// joined returns every string of a followed by one of b.
func joined(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// better reports whether the literal set a rules out more blocks, at less
// cost, than b: literals of three bytes or more are rare enough in body
// text, and then each one fewer is one search less; as many, the longer
// are rarer.
func better(a, b []string) bool {
	const rare = 3
	sa, sb := shortest(a), shortest(b)
	if sa < rare || sb < rare || len(a) == len(b) {
		return sa > sb
	}
	return len(a) < len(b)
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// containsAny reports whether text holds one of lits.
func containsAny(text []byte, lits [][]byte) bool {
	for _, l := range lits {
		if bytes.Contains(text, l) {
			return true
		}
	}
	return false
}

// A literalIndex finds which of up to 64 literals a text holds in one pass
// over it, where trying each literal in turn would pass over the text once
// per literal. Each literal is looked for where its rarest pair of bytes
// stands, so that few places in a text call for comparing it whole.
type literalIndex struct {
	lits [][]byte
	// pairs marks the literals' rare pairs; byFirst lists, by the pair's
	// first byte, where each literal's pair stands in it, and opens marks
	// the bytes it lists for, so that most bytes of a text cost one look-up.
	pairs   [1 << 16 / 64]uint64
	byFirst [256][]literalAnchor
	opens   [256]bool
}

// A literalAnchor is where literal id's rare pair stands in it: at offset,
// then second.
type literalAnchor struct {
	id, offset uint8
	second     byte
}

// addAll indexes lits and returns the bits they have in scan's result, or
// 0 when they do not all fit: a literal shorter than two bytes or longer
// than 255, or more literals than the index holds.
func (x *literalIndex) addAll(lits [][]byte) uint64 {
	var mask uint64
	for _, lit := range lits {
		id := slices.IndexFunc(x.lits, func(l []byte) bool { return bytes.Equal(l, lit) })
		if id < 0 {
			if len(lit) < 2 || len(lit) > 255 || len(x.lits) == 64 {
				return 0
			}
			id = len(x.lits)
			x.lits = append(x.lits, lit)
			at := rarestPair(lit)
			pair := uint16(lit[at])<<8 | uint16(lit[at+1])
			x.pairs[pair>>6] |= 1 << (pair & 63)
			x.byFirst[lit[at]] = append(x.byFirst[lit[at]], literalAnchor{id: uint8(id), offset: uint8(at), second: lit[at+1]})
			x.opens[lit[at]] = true
		}
		mask |= 1 << id
	}
	return mask
}

// rarestPair returns where in lit the pair of bytes least common in text
// stands, by the letters' frequency in English and other Latin-script
// languages: of the pairs that are not among the commonest, the one whose
// first byte is rarest, then whose second is, since scan looks at the
// second byte only after the first: "you" is looked for at "yo", "head" at
// "ad" ("he" is common).
func rarestPair(lit []byte) int {
	best, bestScore := 0, -1
	for i := 0; i+1 < len(lit); i++ {
		s := byteRarity(lit[i])*32 + byteRarity(lit[i+1])
		if isCommonPair(lit[i], lit[i+1]) {
			s -= 1 << 10
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// commonPairs are the commonest pairs of letters in English, German,
// French and Spanish text.
const commonPairs = "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce ch ei ie ge un ue la el os qu"

func isCommonPair(a, b byte) bool {
	for i := 0; i+1 < len(commonPairs); i += 3 {
		if commonPairs[i] == a && commonPairs[i+1] == b {
			return true
		}
	}
	return false
}

// byteRarity ranks a byte of folded text from a space (0) through the
// letters, most common first, to anything else (30).
func byteRarity(c byte) int {
	if c == ' ' {
		return 0
	}
	if i := strings.IndexByte("etaoinsrhldcumfpgwybvkxjqz", c); i >= 0 {
		return i + 1
	}
	return 30
}

// scan returns the bits of the literals text holds.
func (x *literalIndex) scan(text []byte) uint64 {
	var found uint64
	if len(text) < 2 {
		return 0
	}
	for i, c := range text[:len(text)-1] {
		if !x.opens[c] {
			continue
		}
		pair := uint16(c)<<8 | uint16(text[i+1])
		if x.pairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		for _, a := range x.byFirst[text[i]] {
			if start := i - int(a.offset); a.second == text[i+1] && start >= 0 && bytes.HasPrefix(text[start:], x.lits[a.id]) {
				found |= 1 << a.id
			}
		}
	}
	return found
}

// anchoredPrefixes returns strings one of which a match of re (simplified)
// must start with, when re is anchored at the start of the text, and false
// when it is not or they are not known: a block that starts with none of
// them cannot match.
func anchoredPrefixes(re *syntax.Regexp) ([]string, bool) {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, false
	}
	if op := re.Sub[0].Op; op != syntax.OpBeginText && op != syntax.OpBeginLine {
		return nil, false
	}
	out, _, ok := prefixSet(re.Sub[1:])
	if !ok {
		return nil, false
	}
	for _, p := range out {
		if p == "" {
			return nil, false // some match may start with anything
		}
	}
	return out, true
}

// wholeMatches returns every string re (simplified) matches, when it is
// anchored at the start and the end of the text and they are a known few,
// and false otherwise.
func wholeMatches(re *syntax.Regexp) ([]string, bool) {
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 || re.Sub[0].Op != syntax.OpBeginText || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return nil, false
	}
	out, complete, ok := prefixSet(re.Sub[1 : len(re.Sub)-1])
	return out, ok && complete
}

// prefixSet returns strings one of which a match of the sequence subs
// starts with; complete is set when they are every string it matches.
func prefixSet(subs []*syntax.Regexp) (out []string, complete, ok bool) {
	out = []string{""}
	for _, sub := range subs {
		set, whole, ok := prefixOf(sub)
		if !ok || len(out)*len(set) > maxLiterals {
			return out, false, true
		}
		if out = joined(out, set); !whole {
			return out, false, true
		}
	}
	return out, true, true
}

// prefixOf is prefixSet for one expression.
func prefixOf(re *syntax.Regexp) (out []string, complete, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpCapture:
		return prefixOf(re.Sub[0])
	case syntax.OpConcat:
		return prefixSet(re.Sub)
	case syntax.OpPlus:
		set, _, ok := prefixOf(re.Sub[0])
		return set, false, ok
	case syntax.OpQuest:
		set, whole, ok := prefixOf(re.Sub[0])
		if !ok || !whole || len(set) >= maxLiterals {
			return nil, false, false
		}
		return append(set, ""), true, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if out = append(out, string(r)); len(out) > maxLiterals {
					return nil, false, false
				}
			}
		}
		return out, true, len(out) > 0
	case syntax.OpAlternate:
		complete = true
		for _, alt := range re.Sub {
			set, whole, ok := prefixOf(alt)
			if !ok {
				return nil, false, false
			}
			out = append(out, set...)
			complete = complete && whole
		}
		if len(out) > maxLiterals {
			// Too many to keep whole: their first bytes are prefixes
			// too, and fewer.
			out, ok = shortened(out, maxLiterals)
			return out, false, ok
		}
		return out, complete, true
	}
	return nil, false, false
}

// shortened cuts prefixes to the longest length at which at most limit
// distinct ones are left, and returns those; false when even their first
// bytes are too many.
func shortened(prefixes []string, limit int) ([]string, bool) {
	longest := 0
	for _, p := range prefixes {
		longest = max(longest, len(p))
	}
	for n := longest - 1; n >= 1; n-- {
		var out []string
		for _, p := range prefixes {
			if p = p[:min(n, len(p))]; !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
		if len(out) <= limit {
			return out, true
		}
	}
	return nil, false
}

// hasAnyPrefix reports whether text starts with one of prefixes.
func hasAnyPrefix(text []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(text) >= len(p) && string(text[:len(p)]) == p {
			return true
		}
	}
	return false
}

// hasSortedPrefix is hasAnyPrefix for sorted prefixes, none of them empty:
// only those that start with text's first byte are compared.
func hasSortedPrefix(text []byte, prefixes []string) bool {
	if len(text) == 0 {
		return false
	}
	c := text[0]
	lo, hi := 0, len(prefixes)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if prefixes[m][0] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for _, p := range prefixes[lo:] {
		if p[0] != c {
			break
		}
		if len(text) >= len(p) && string(text[:len(p)]) == p {
			return true
		}
	}
	return false
}

// addPrefixPairs marks the first two bytes of each of rule's prefixes in
// prefixPairs; a prefix of one byte is marked as that byte and a NUL,
// which no block's plain form holds.
func (c *Rules) addPrefixPairs(rule int, prefixes []string) {
	for _, p := range prefixes {
		var h uint16
		if len(p) == 1 {
			h = prefixPair(rule, p[0], 0)
		} else {
			h = prefixPair(rule, p[0], p[1])
		}
		c.prefixPairs[h/64] |= 1 << (h % 64)
	}
}

// mayStart reports whether a block may start with one of the prefixes of
// rule, given its first two bytes as startOf packs them: it is false only
// when the block starts with no prefix's first two bytes, nor with a
// prefix of one byte.
func (c *Rules) mayStart(rule int, start uint32) bool {
	h, one := prefixHash(rule, start), prefixHash(rule, start&^0xff)
	return start > 0xffff || c.prefixPairs[h/64]&(1<<(h%64)) != 0 || c.prefixPairs[one/64]&(1<<(one%64)) != 0
}

// startOf packs the first two bytes of text for mayStart, or returns a
// value over 0xffff when text is shorter.
func startOf(text []byte) uint32 {
	if len(text) < 2 {
		return 1 << 16
	}
	return uint32(text[0])<<8 | uint32(text[1])
}

// prefixPair hashes a rule and two bytes to a bit of prefixPairs.
func prefixPair(rule int, a, b byte) uint16 {
	return prefixHash(rule, uint32(a)<<8|uint32(b))
}

func prefixHash(rule int, pair uint32) uint16 {
	return uint16((uint32(rule)<<16 | pair) * 0x9e3779b1 >> 16)
}

// headLen is how many leading bytes regexByHead is keyed by.
const headLen = 3

// headKey packs the first headLen bytes of s into regexByHead's key: an
// integer key is hashed and compared quicker than a string.
func headKey[S ~string | ~[]byte](s S) uint32 {
	return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])
}

// byHead returns the rules of regexByHead that l's plain form may match.
func (c *Rules) byHead(l *line) []int {
	if len(l.plain) < headLen {
		return nil
	}
	return c.regexByHead[headKey(l.plain)]
}

// byFirst returns the rules of regexByFirst that l's first character may
// open.
func (c *Rules) byFirst(l *line) []int {
	w := l.word(0)
	if len(w) > 0 && w[0] < utf8.RuneSelf {
		return c.regexByASCII[w[0]]
	}
	first, _ := utf8.DecodeRune(w)
	return c.regexByFirst[first]
}

// prefixHeads returns the distinct first headLen bytes of prefixes, and
// false when one is shorter than that.
func prefixHeads(prefixes []string) ([]string, bool) {
	if len(prefixes) == 0 {
		return nil, false
	}
	var heads []string
	for _, p := range prefixes {
		if len(p) < headLen {
			return nil, false
		}
		if !slices.Contains(heads, p[:headLen]) {
			heads = append(heads, p[:headLen])
		}
	}
	return heads, true
}

// mergeSorted merges two ascending lists of rule indices into one, so that
// the rules are still tried in the order they were given. It appends to
// out when it must merge.
func mergeSorted(out, a, b []int) []int {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
