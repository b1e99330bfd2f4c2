package clean

// Classify returns the removal the rules make of b as a block on its own:
// the rule that drops it, as Apply would, without that rule's reach over
// the blocks around it (a drop-rest rule takes only b, and sets no
// paywall). A strip rule, which drops part of a block, does not classify
// it. Callers use it to name blocks that were dropped for another reason.
func (c *Rules) Classify(b Block, page Page) (Removal, bool) {
	if c == nil || b.Text == "" {
		return Removal{}, false
	}
	sc := getScratch()
	l := tokenizeInto(sc.toks, sc.key, withPlain(sc.plain), b.Text)
	sig := signatures{rules: c, blocks: []Block{b}}
	h, ok := c.find(&l, page, &sig)
	sc.put(l)
	if !ok {
		return Removal{}, false
	}
	r := &c.rules[h.rule]
	if r.Action == Strip {
		return Removal{}, false
	}
	return Removal{Rule: r.Name, Kind: r.Kind, Text: b.Text}, true
}
