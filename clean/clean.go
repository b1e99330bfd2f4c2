package clean

import (
	"strings"
	"unicode"

	"github.com/declutter/declutter/internal/textutil"
)

// BlockKind says what sort of block a Block is.
type BlockKind string

// The kinds of block.
const (
	Paragraph BlockKind = "paragraph"
	Heading   BlockKind = "heading"
	Quote     BlockKind = "quote"
	List      BlockKind = "list" // items separated by newlines
	Pre       BlockKind = "pre"
)

// A Block is one unit of a page: a paragraph, heading, quote, list or
// preformatted text.
type Block struct {
	Kind BlockKind `json:"kind"`
	Text string    `json:"text"`
}

// A Removal reports one block, or part of one, that a rule dropped.
type Removal struct {
	Rule string `json:"rule"` // the rule's name, such as "paywall/sign-up-to-read"
	Kind Kind   `json:"kind"`
	Text string `json:"text"` // what was dropped
}

// Page is what the rules may know about the page beyond its blocks.
type Page struct {
	Host string // the page's host name, for rules scoped by Hosts
}

// A Result is what Apply kept and what it dropped.
type Result struct {
	Kept    []Block
	Removed []Removal
	// Paywalled is set when a paywall rule cut the page short.
	Paywalled bool
	// KeptAt and RemovedAt give, for each entry of Kept and Removed, the
	// index of the input block it came from, so that a caller can weigh
	// the rules' verdicts line by line.
	KeptAt, RemovedAt []int
}

// Apply runs the rules over blocks, in order, and returns what survives.
// The blocks are not modified.
func (c *Rules) Apply(blocks []Block, page Page) Result {
	var (
		res       Result
		dropped   = make([]bool, len(blocks))
		text      = blockTexts{blocks: blocks}
		signature = &signatures{rules: c, blocks: blocks}
	)
	sc := getScratch()
	var (
		scratch = sc.toks
		key     = sc.key
		plain   = withPlain(sc.plain)
		prose   []proseCount // filled on the first DropRest match
		// unmatched[i] is set when proseCounts found that no rule
		// matches blocks[i]: the loop need not read it again.
		unmatched []bool
		strips    int // strips made in block i so far
		last      = -1
	)
	for i := 0; i < len(blocks); i++ {
		if dropped[i] {
			continue
		}
		if i != last {
			last, strips = i, 0
		}
		if unmatched != nil && unmatched[i] && text.at(i) == blocks[i].Text {
			continue
		}
		l := tokenizeInto(scratch, key, plain, text.at(i))
		scratch, key, plain = l.toks, l.key, l.plain
		h, ok := c.find(&l, page, signature)
		if !ok {
			continue
		}
		r := c.rules[h.rule]
		drop := func(j int) {
			dropped[j] = true
			res.Removed = append(res.Removed, Removal{Rule: r.Name, Kind: r.Kind, Text: text.at(j)})
			res.RemovedAt = append(res.RemovedAt, j)
		}
		switch r.Action {
		case Drop:
			drop(i)
		case DropRest:
			if prose == nil {
				unmatched = make([]bool, len(blocks))
				prose = c.proseCounts(blocks, i+1, page, signature, unmatched)
			}
			if prose[i+1].follows() {
				drop(i)
				continue
			}
			for j := i; j < len(blocks); j++ {
				drop(j)
			}
			if r.Kind == Paywall {
				res.Paywalled = true
			}
		case DropList:
			drop(i)
			end := min(len(blocks), i+1+MaxListRun) // fixed before the loop moves i
			for j := i + 1; j < end && listLike(blocks[j]); j++ {
				drop(j)
				i = j
			}
		case Strip:
			span := l.orig[l.toks[h.from].start:l.toks[h.to-1].end]
			rest := strings.TrimRightFunc(l.orig[:l.toks[h.from].start], isSeparator) + " " +
				strings.TrimLeftFunc(l.orig[l.toks[h.to-1].end:], isSeparator)
			rest = strings.TrimSpace(rest)
			if !hasWord(rest) {
				drop(i)
				continue
			}
			res.Removed = append(res.Removed, Removal{Rule: r.Name, Kind: r.Kind, Text: span})
			res.RemovedAt = append(res.RemovedAt, i)
			text.set(i, rest)
			if strips++; strips < maxStrips {
				i-- // the shortened block may hold more clutter
			}
		}
	}
	sc.put(line{toks: scratch, key: key, plain: plain})
	kept := len(blocks)
	for _, d := range dropped {
		if d {
			kept--
		}
	}
	if kept > 0 {
		res.Kept, res.KeptAt = make([]Block, 0, kept), make([]int, 0, kept)
	}
	for i, b := range blocks {
		if !dropped[i] {
			b.Text = text.at(i)
			res.Kept = append(res.Kept, b)
			res.KeptAt = append(res.KeptAt, i)
		}
	}
	return res
}

// blockTexts holds the blocks' texts as the rules leave them. It copies them
// only when a Strip first cuts one: most pages need no copy.
type blockTexts struct {
	blocks []Block
	cut    []string // nil until a Strip cuts a block
}

func (t *blockTexts) at(i int) string {
	if t.cut != nil {
		return t.cut[i]
	}
	return t.blocks[i].Text
}

func (t *blockTexts) set(i int, s string) {
	if t.cut == nil {
		t.cut = make([]string, len(t.blocks))
		for j, b := range t.blocks {
			t.cut[j] = b.Text
		}
	}
	t.cut[i] = s
}

// MaxListRun is the most blocks a DropList rule takes after the block it
// matched: a heading over a long run of short lines takes MaxListRun of
// them, and the rest are judged on their own.
const MaxListRun = 40

// find returns the rule that applies to l on this page: of the rules that
// match it, fit its length and are in scope, one of the strongest layer
// (see CompileLayers), and within the layer the strongest match.
func (c *Rules) find(l *line, page Page, signature *signatures) (hit, bool) {
	var (
		found hit
		ok    bool
		size  = l.runes
	)
	if len(l.toks) == 0 {
		return found, false
	}
	c.match(l, func(h hit) bool {
		if max := c.maxLens[h.rule]; max > 0 && size > max {
			return false
		}
		if !c.inScope(h.rule, page, signature) {
			return false
		}
		if !ok || c.layers[h.rule] < c.layers[found.rule] {
			found, ok = h, true
		}
		return c.layers[h.rule] == 0 // nothing can beat the first layer
	})
	return found, ok
}

// inScope reports whether a rule applies to this page: no scope, or the
// page is from one of its hosts, or the page has its signature line.
func (c *Rules) inScope(rule int, page Page, signature *signatures) bool {
	r := &c.rules[rule]
	if len(r.Hosts) == 0 && r.Signature == "" {
		return true
	}
	if r.Signature != "" && signature.has(c.sigKeys[rule]) {
		return true
	}
	host := strings.ToLower(strings.TrimPrefix(page.Host, "www."))
	if host == "" {
		return false
	}
	for _, h := range r.Hosts {
		h = strings.ToLower(strings.TrimPrefix(h, "www."))
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// signatures tells which of the rules' signature lines a page has. It is
// worked out on first use: most pages meet no scoped rule.
type signatures struct {
	rules  *Rules
	blocks []Block
	found  map[string]bool
}

func (s *signatures) has(key string) bool {
	if s.found == nil {
		s.found = map[string]bool{}
		for _, b := range s.blocks {
			if len(b.Text) > s.rules.longestSignature*2 {
				continue // far longer than any signature: cannot be one
			}
			if k := Normalize(b.Text); s.rules.signatures[k] {
				s.found[k] = true
			}
		}
	}
	return s.found[key]
}

// A DropRest prompt is refused when real prose follows it: one block of
// proseWords or more, or proseBlocks sentences of sentenceWords or more
// that no rule matches. News paragraphs are short; a paywall footer has at
// most one sales sentence.
const (
	proseWords    = 60
	proseBlocks   = 2
	sentenceWords = 15
)

// maxStrips bounds how many spans Strip rules cut from one block: each cut
// reads the block again, and a hostile page could repeat a phrase forever.
const maxStrips = 16

// A proseCount tells what prose lies from a block to the end of the page:
// how many body-like sentences, and whether one long block.
type proseCount struct {
	sentences int
	long      bool
}

func (p proseCount) follows() bool { return p.long || p.sentences >= proseBlocks }

// proseCounts works out, in one pass from the end, what real prose — blocks
// no rule matches — follows each block from blocks[from] on; counts[i]
// covers blocks i and on, counts[len(blocks)] none. Apply asks only about
// blocks after the one it is at, so those before from are left out. It
// sets unmatched[i] for each block it found no rule matching.
func (c *Rules) proseCounts(blocks []Block, from int, page Page, signature *signatures, unmatched []bool) []proseCount {
	counts := make([]proseCount, len(blocks)+1)
	sc := getScratch()
	scratch, key, plain := sc.toks, sc.key, withPlain(sc.plain)
	defer func() { sc.put(line{toks: scratch, key: key, plain: plain}) }()
	for i := len(blocks) - 1; i >= from; i-- {
		counts[i] = counts[i+1]
		b := blocks[i]
		n := textutil.CountWords(b.Text)
		if b.Kind == Heading || b.Kind == List || n < sentenceWords || n < proseWords && !textutil.EndsSentence(b.Text) {
			continue
		}
		l := tokenizeInto(scratch, key, plain, b.Text)
		scratch, key, plain = l.toks, l.key, l.plain
		if _, ok := c.find(&l, page, signature); ok {
			continue
		}
		unmatched[i] = true
		counts[i].sentences++
		counts[i].long = counts[i].long || n >= proseWords
	}
	return counts
}

// listLike reports whether b reads like an entry of a link list: a list, or
// a short line that is not a sentence.
func listLike(b Block) bool {
	switch b.Kind {
	case List:
		return true
	case Heading, Quote, Pre:
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(b.Text), `"'”’)`)
	if t == "" || textutil.CountWords(t) > 20 || strings.HasSuffix(t, ".") {
		return false
	}
	_, _, caption := SplitCredit(t) // an image caption ends the list
	return !caption
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isSeparator reports characters left dangling when a phrase is cut out of a
// line: spaces and the bullets, bars and dashes that sat between the parts.
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|•·-–—:", r)
}
