package clean

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// Rules is a compiled rule set. It is immutable and safe for concurrent use.
//
// Phrase rules (Exact, Prefix, Contains) are compiled into one map and two
// word tries, so matching a block costs time in proportion to its length,
// not to the number of rules. Regexp rules are indexed by their first
// character (see regexindex.go).
type Rules struct {
	rules   []Rule
	layers  []int // the layer of each rule; 0 is the strongest
	maxLens []int // each rule's maxLen, looked up for every block it meets
	exact   map[string][]int
	// exactLens marks the lengths of exact's keys: a block's key is built
	// only when it has one of them.
	exactLens []bool
	prefix    *trie
	contains  *trie
	// containsShapes tells which words may open a Contains phrase, by
	// their first byte and length: most words of a line open none.
	containsShapes wordShapes
	// prefixShapes tells, as containsShapes does, which words may open
	// a Prefix phrase: most lines open with none.
	prefixShapes wordShapes
	regexps      []*regexp.Regexp // by rule; nil for other match types
	// regexByFirst indexes anchored Regexp rules by the characters their
	// matches start with, ASCII ones in regexByASCII; regexAnywhere holds
	// the others (see regexindex.go).
	regexByFirst  map[rune][]int
	regexByASCII  [utf8.RuneSelf][]int
	regexAnywhere []int
	// regexByHead indexes anchored Regexp rules whose matches start with
	// known strings by the first headLen bytes of those strings; such a
	// rule is not in regexByFirst.
	regexByHead map[uint32][]int
	// regexLiterals holds, for a Regexp rule, literals one of which its
	// matches contain (see regexindex.go); nil when none are known.
	regexLiterals [][][]byte
	// literals indexes the regexLiterals, so that one pass over a block
	// tells which it holds; literalMask has, for each rule, the bits of
	// its literals there, or 0 when they are not all indexed.
	literals    *literalIndex
	literalMask []uint64
	// literalTerms holds, for a rule with a literalMask whose
	// alternatives need more than one literal set, those sets by
	// alternative (see literalTermsOf); nil for the rest.
	literalTerms [][][][][]byte
	// regexPrefixes holds, for an anchored Regexp rule, the strings its
	// matches start with, sorted; nil when they are not known.
	regexPrefixes [][]string
	// prefixPairs marks, for each rule with prefixes, the first two
	// bytes of each, or the one byte of a prefix that short, hashed with
	// the rule (see prefixPair): a block that starts with none of them is
	// not compared with each prefix.
	prefixPairs *[1 << 16 / 64]uint64
	// regexWhole holds, for a Regexp rule anchored at both ends whose
	// matches are a known few strings, those strings, sorted: a block
	// matches when its plain form is one of them, and the pattern need
	// not run. Nil for other rules.
	regexWhole [][]string
	// signatures holds the normalised signatures some rule is scoped to;
	// sigKeys each rule's, and longestSignature the longest, in bytes.
	signatures       map[string]bool
	sigKeys          []string
	longestSignature int
}

// Compile checks and compiles rs. The order of rs breaks ties: when two
// rules of the same match type fit a block, the earlier one wins. Two rules
// may not share a name. Compile keeps copies of the rules, so changing rs
// afterwards changes nothing.
func Compile(rs []Rule) (*Rules, error) {
	return CompileLayers(rs)
}

// CompileLayers compiles layers of rules, the strongest first. When rules
// of different layers match the same block, a rule of the earliest layer
// applies, whatever its match type: extract passes the user's rules before
// the defaults, so a user's rule overrides a default one on the blocks both
// match. Within a layer the order breaks ties as in Compile. No two rules
// of any layers may share a name.
func CompileLayers(layers ...[]Rule) (*Rules, error) {
	var rs []Rule
	for _, layer := range layers {
		rs = append(rs, layer...)
	}
	c := &Rules{
		rules:         make([]Rule, len(rs)),
		layers:        make([]int, 0, len(rs)),
		maxLens:       make([]int, len(rs)),
		exact:         map[string][]int{},
		prefix:        newTrie(),
		contains:      newTrie(),
		regexps:       make([]*regexp.Regexp, len(rs)),
		regexByFirst:  map[rune][]int{},
		regexLiterals: make([][][]byte, len(rs)),
		literals:      new(literalIndex),
		literalMask:   make([]uint64, len(rs)),
		literalTerms:  make([][][][][]byte, len(rs)),
		regexPrefixes: make([][]string, len(rs)),
		regexWhole:    make([][]string, len(rs)),
		prefixPairs:   new([1 << 16 / 64]uint64),
		regexByHead:   map[uint32][]int{},
		signatures:    map[string]bool{},
		sigKeys:       make([]string, len(rs)),
	}
	for i, layer := range layers {
		for range layer {
			c.layers = append(c.layers, i)
		}
	}
	named := make(map[string]int, len(rs))
	for i, r := range rs {
		// r.Validate, compiling a pattern once for both.
		if err := r.validateFields(); err != nil {
			return nil, fmt.Errorf("clean: %s%w", r.where(), err)
		}
		var re *regexp.Regexp
		var syn *syntax.Regexp
		if r.Match == Regexp {
			var err error
			if re, syn, err = compilePattern(r.Pattern); err != nil {
				return nil, fmt.Errorf("clean: %s%w", r.where(), regexpError(r.Pattern, err))
			}
		}
		if j, dup := named[r.Name]; dup {
			return nil, fmt.Errorf("clean: %sthe name is taken by the rule %s", r.where(), at(rs[j], j))
		}
		named[r.Name] = i
		c.rules[i] = r.clone()
		c.maxLens[i] = r.maxLen()
		if r.Signature != "" {
			key := Normalize(r.Signature)
			c.signatures[key] = true
			c.sigKeys[i] = key
			c.longestSignature = max(c.longestSignature, len(r.Signature))
		}
		switch r.Match {
		case Exact:
			key := Normalize(r.Pattern)
			c.exact[key] = append(c.exact[key], i)
		case Prefix:
			c.prefix.insert(Normalize(r.Pattern), i)
		case Contains:
			c.contains.insert(Normalize(r.Pattern), i)
		case Regexp:
			c.regexps[i] = re
			if whole, ok := wholeMatches(syn); ok {
				c.regexWhole[i] = slices.Sorted(slices.Values(whole))
			}
			if prefixes, ok := anchoredPrefixes(syn); ok {
				c.regexPrefixes[i] = slices.Sorted(slices.Values(prefixes))
				c.addPrefixPairs(i, prefixes)
				// Many blocks open with a digit, as "^\d+ min read"
				// does: where a prefix is one character, the literals
				// are looked for too, each in turn, only in blocks with
				// one of the prefixes. (Finding them costs time at
				// Compile; longer prefixes are rare enough alone.)
				if shortest(prefixes) == 1 {
					if lits, ok := requiredLiterals(syn); ok {
						for _, lit := range lits {
							c.regexLiterals[i] = append(c.regexLiterals[i], []byte(lit))
						}
					}
				}
			} else if lits, ok := requiredLiterals(syn); ok {
				for _, lit := range lits {
					c.regexLiterals[i] = append(c.regexLiterals[i], []byte(lit))
				}
				c.literalMask[i] = c.literals.addAll(c.regexLiterals[i])
				if c.literalMask[i] != 0 {
					c.literalTerms[i] = termBytes(literalTermsOf(syn))
				}
			}
			if first, ok := anchoredFirstRunes(syn); ok {
				if heads, ok := prefixHeads(c.regexPrefixes[i]); ok {
					for _, h := range heads {
						c.regexByHead[headKey(h)] = append(c.regexByHead[headKey(h)], i)
					}
					continue
				}
				for _, f := range first {
					if f < utf8.RuneSelf {
						c.regexByASCII[f] = append(c.regexByASCII[f], i)
					} else {
						c.regexByFirst[f] = append(c.regexByFirst[f], i)
					}
				}
			} else {
				c.regexAnywhere = append(c.regexAnywhere, i)
			}
		}
	}
	c.containsShapes, c.prefixShapes = shapesOf(c.contains), shapesOf(c.prefix)
	for key := range c.exact {
		if len(key) >= len(c.exactLens) {
			c.exactLens = append(c.exactLens, make([]bool, len(key)+1-len(c.exactLens))...)
		}
		c.exactLens[len(key)] = true
	}
	return c, nil
}

// wordShapes marks, for each first byte, the lengths of a set of words
// starting with it; bit 63 stands for 63 bytes and longer.
type wordShapes [256]uint64

func shapesOf(t *trie) (s wordShapes) {
	for w := range t.next {
		if w != "" {
			s[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return s
}

// may reports whether w may be one of the words.
func (s *wordShapes) may(w []byte) bool {
	return len(w) > 0 && s[w[0]]&(1<<min(len(w), 63)) != 0
}

// at says where rule i of a list was written: its Source, or its index.
func at(r Rule, i int) string {
	if r.Source != "" {
		return "at " + r.Source
	}
	return fmt.Sprintf("at index %d", i)
}

// Len returns the number of rules in the set.
func (c *Rules) Len() int { return len(c.rules) }

// A hit is one rule matching a span of a line's tokens.
type hit struct {
	rule     int
	from, to int // token range [from, to)
}

// match calls accept with each rule that matches l, strongest evidence
// first: exact, then prefix, contains and regexp rules. It stops when accept
// returns true.
func (c *Rules) match(l *line, accept func(hit) bool) {
	if len(l.toks) == 0 {
		return
	}
	if l.keyLen < len(c.exactLens) && c.exactLens[l.keyLen] {
		for _, i := range c.exact[string(l.exactKey())] {
			if accept(hit{i, 0, len(l.toks)}) {
				return
			}
		}
	}
	if c.prefixShapes.may(l.word(0)) && c.prefix.walk(l, 0, accept) {
		return
	}
	for start := range l.toks {
		if c.containsShapes.may(l.word(start)) && c.contains.walk(l, start, accept) {
			return
		}
	}
	var (
		buf     [32]int // the rules a block meets are few: merge them on the stack
		found   uint64  // the indexed literals the block holds, once scanned
		scanned bool
		start   = startOf(l.plain)
	)
	for _, rules := range [2][]int{mergeSorted(buf[:0], c.byHead(l), c.byFirst(l)), c.regexAnywhere} {
		for _, i := range rules {
			if max := c.maxLens[i]; max > 0 && l.runes > max {
				continue // too long for the rule: no need to run it
			}
			if prefixes := c.regexPrefixes[i]; prefixes != nil && (!c.mayStart(i, start) || !hasSortedPrefix(l.plain, prefixes)) {
				continue // starts with none of the prefixes a match starts with
			}
			if mask := c.literalMask[i]; mask != 0 {
				if !scanned {
					found, scanned = c.literals.scan(l.plain), true
				}
				if found&mask == 0 {
					continue // lacks every literal a match holds
				}
				if terms := c.literalTerms[i]; terms != nil && !anyTermHeld(l.plain, terms) {
					continue // lacks, for each alternative, a literal it needs
				}
			} else if lits := c.regexLiterals[i]; lits != nil && !containsAny(l.plain, lits) {
				continue
			}
			// A pattern whose matches are a few whole strings need not
			// run: the block is one of them, or no match.
			m := []int{0, len(l.plain)}
			if whole := c.regexWhole[i]; whole != nil {
				if _, found := slices.BinarySearch(whole, string(l.plain)); !found {
					m = nil
				}
			} else {
				m = c.regexps[i].FindIndex(l.plain)
			}
			if m != nil {
				from, to := l.plainSpan(m[0], m[1])
				if from < to && accept(hit{i, from, to}) {
					return
				}
			}
		}
	}
}

// A trie holds phrases word by word.
type trie struct {
	next  map[string]*trie
	rules []int
}

func newTrie() *trie { return &trie{} }

func (t *trie) insert(key string, rule int) {
	node := t
	for _, w := range strings.Split(key, " ") {
		if node.next == nil {
			node.next = map[string]*trie{}
		}
		child := node.next[w]
		if child == nil {
			child = &trie{}
			node.next[w] = child
		}
		node = child
	}
	node.rules = append(node.rules, rule)
}

// walk follows l's tokens from start down the trie, offering every phrase
// that ends on the way, longest last. It reports whether accept stopped it.
func (t *trie) walk(l *line, start int, accept func(hit) bool) bool {
	node := t
	for i := start; i < len(l.toks); i++ {
		node = node.next[string(l.word(i))]
		if node == nil {
			return false
		}
		for _, r := range node.rules {
			if accept(hit{r, start, i + 1}) {
				return true
			}
		}
	}
	return false
}
