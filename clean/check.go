package clean

import (
	"errors"
	"fmt"
)

// Check tests every rule of rs on its own against its Examples, which it
// must match, and its Counters, which it must not; a rule scoped by Hosts
// or Signature is tested on a page in its scope. It returns nil or every
// failure, joined, each naming the rule and, for rules read by ParseFile,
// the file and line.
func Check(rs []Rule) error {
	var errs []error
	for _, r := range rs {
		c, err := Compile([]Rule{r})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		page, sig := Page{}, &signatures{rules: c}
		if len(r.Hosts) > 0 {
			page.Host = r.Hosts[0]
		}
		if r.Signature != "" {
			sig.blocks = []Block{{Kind: Paragraph, Text: r.Signature}}
		}
		for i, text := range r.Examples {
			if !c.matches(text, page, sig) {
				errs = append(errs, fmt.Errorf("clean: %s%s: example does not match: %s", sourceOf(r, r.exampleAt, i), r.Name, text))
			}
		}
		for i, text := range r.Counters {
			if c.matches(text, page, sig) {
				errs = append(errs, fmt.Errorf("clean: %s%s: counter matches: %s", sourceOf(r, r.counterAt, i), r.Name, text))
			}
		}
	}
	return errors.Join(errs...)
}

// sourceOf names where example or counter i of r was written, when known.
func sourceOf(r Rule, at []string, i int) string {
	switch {
	case i < len(at):
		return at[i] + ": "
	case r.Source != "":
		return r.Source + ": "
	}
	return ""
}

// matches reports whether any rule of c matches text as a block on its own.
func (c *Rules) matches(text string, page Page, sig *signatures) bool {
	l := tokenizeInto(nil, nil, make([]byte, 0, len(text)), text)
	_, ok := c.find(&l, page, sig)
	return ok
}
