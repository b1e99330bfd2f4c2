// Package clean decides which blocks of a page are clutter: promo lines,
// paywall prompts and what follows them, newsletter and share prompts,
// related-story lists, ad markers, banners and photo credits.
//
// A Rule is a plain value: a name, a kind, a match and an action, with an
// optional scope. Default returns the rules the library ships, read from the
// embedded rules/*.rules files; Parse reads more in the same format. Compile
// turns any mix of them into a Rules value whose cost per block does not grow
// with the number of rules.
package clean

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// Kind says what sort of clutter a rule removes.
type Kind string

// The kinds of clutter.
const (
	Promo      Kind = "promo"      // aggregator and app promotion
	Paywall    Kind = "paywall"    // subscription prompts that cut an article short
	Credit     Kind = "credit"     // photo credits standing on their own
	Newsletter Kind = "newsletter" // sign-up prompts for newsletters
	Share      Kind = "share"      // share, save, print and comment controls
	Related    Kind = "related"    // "Read more", related and recommended stories
	Ad         Kind = "ad"         // advertisement markers
	Legal      Kind = "legal"      // copyright lines and disclaimers
	Nav        Kind = "nav"        // navigation, breadcrumbs, tags
	Banner     Kind = "banner"     // cookie-consent and app banners
)

var kinds = []Kind{Promo, Paywall, Credit, Newsletter, Share, Related, Ad, Legal, Nav, Banner}

// Match says how a rule's pattern is compared with a block. Phrases are
// compared on normalised text (see Normalize) and match whole words.
// Regexps read the block folded the same way but with its punctuation where
// it stands, so a pattern reads like the printed text: `^read more:`
// matches "READ MORE: …". They match regardless of case, and their quotes,
// dashes and ellipses are folded as the text's are.
type Match int

// The ways a pattern can match.
const (
	Exact    Match = iota // the whole block is the phrase
	Prefix                // the block starts with the phrase
	Contains              // the phrase occurs in the block
	Regexp                // a regular expression (RE2 syntax) finds a match in the block
)

var matchNames = [...]string{Exact: "exact", Prefix: "prefix", Contains: "contains", Regexp: "regexp"}

// String returns the match's name in the rules format: "exact", "prefix"…
func (m Match) String() string {
	if m >= 0 && int(m) < len(matchNames) {
		return matchNames[m]
	}
	return fmt.Sprintf("Match(%d)", int(m))
}

// Action says what happens to a block a rule matches.
type Action int

// The actions a rule can take.
const (
	// Drop removes the block.
	Drop Action = iota
	// DropRest removes the block and every block after it, as a paywall
	// prompt drags a footer of offers behind it. It is refused, and only the
	// block dropped, when substantial prose follows: losing body text is
	// worse than leaving a prompt in.
	DropRest
	// DropList removes the block, a heading such as "Related stories", and
	// the run of short, link-like lines or lists that follows it, at most
	// MaxListRun blocks of it.
	DropList
	// Strip removes only the matched words from the block, and the block
	// too if nothing but punctuation is left.
	Strip
)

var actionNames = [...]string{Drop: "drop", DropRest: "drop-rest", DropList: "drop-list", Strip: "strip"}

// String returns the action's name in the rules format: "drop", "drop-rest"…
func (a Action) String() string {
	if a >= 0 && int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// DefaultMaxLen is the longest block, in characters, that a Prefix, Contains
// or Regexp rule may drop when the rule sets no MaxLen of its own. Clutter
// lines are short; a long block that merely mentions a phrase is body text.
const DefaultMaxLen = 200

// A Rule names one kind of clutter and what to do with it.
type Rule struct {
	// Name identifies the rule in Removal reports, as "kind/what", for
	// example "paywall/sign-up-to-read".
	Name    string
	Kind    Kind
	Match   Match
	Pattern string
	Action  Action
	// MaxLen is the longest block, in characters, the rule may touch.
	// Zero means no limit for Exact rules and DefaultMaxLen for the rest;
	// Strip rules ignore it.
	MaxLen int
	// Hosts, when set, limits the rule to pages from these hosts or their
	// subdomains (Page.Host tells the host).
	Hosts []string
	// Signature, when set, limits the rule to pages that have a block equal
	// (after normalisation) to it, such as an aggregator's promo header.
	// With Hosts too, either is enough: a site's rule applies on its own
	// pages and on copies of them that carry its signature line.
	Signature string
	// Examples are blocks the rule must match, and Counters blocks it must
	// not, such as body text that comes close; Check tests them.
	Examples, Counters []string
	// Source says where the rule was written, as "file:line", for messages;
	// Parse sets it.
	Source string

	exampleAt, counterAt []string // where each example and counter was written
}

// Validate reports whether r can be compiled: a name, a known kind, match
// and action, a pattern, and for Regexp rules a pattern that compiles and
// can match the text rules read (see Match).
func (r Rule) Validate() error {
	if err := r.validate(); err != nil {
		return fmt.Errorf("clean: %s%w", r.where(), err)
	}
	return nil
}

func (r Rule) validate() error {
	if err := r.validateFields(); err != nil {
		return err
	}
	if r.Match == Regexp {
		if _, _, err := compileRegexp(r.Pattern); err != nil {
			return regexpError(r.Pattern, err)
		}
	}
	return nil
}

// validateFields is validate but for compiling a Regexp rule's pattern,
// which CompileLayers does once, to check it and to keep it.
func (r Rule) validateFields() error {
	switch {
	case r.Name == "":
		return fmt.Errorf("rule with pattern %q has no name", r.Pattern)
	case !validKind(r.Kind):
		return fmt.Errorf("unknown kind %q", r.Kind)
	case r.Match < Exact || r.Match > Regexp:
		return fmt.Errorf("unknown match %d", int(r.Match))
	case r.Action < Drop || r.Action > Strip:
		return fmt.Errorf("unknown action %d", int(r.Action))
	case strings.TrimSpace(r.Pattern) == "":
		return errors.New("empty pattern")
	case r.MaxLen < 0:
		return errors.New("negative MaxLen")
	}
	return nil
}

// where names r for a message: "file:line: rule kind/name: ".
func (r Rule) where() string {
	var b strings.Builder
	if r.Source != "" {
		b.WriteString(r.Source + ": ")
	}
	if r.Name != "" {
		b.WriteString("rule " + r.Name + ": ")
	}
	return b.String()
}

// Valid reports whether k is one of the kinds of clutter.
func (k Kind) Valid() bool { return validKind(k) }

func validKind(k Kind) bool {
	for _, known := range kinds {
		if k == known {
			return true
		}
	}
	return false
}

func (r Rule) maxLen() int {
	switch {
	case r.MaxLen > 0:
		return r.MaxLen
	case r.Match == Exact || r.Action == Strip:
		return 0
	}
	return DefaultMaxLen
}

//go:embed rules/*.rules
var defaultFiles embed.FS

// defaultRules is parsed on first use, so that importing the package costs
// nothing; Default hands out copies.
var defaultRules = sync.OnceValue(mustParseDefaults)

// Default returns the rules the library ships with, as a new slice each
// call: a caller may append to it or edit it without touching anyone else's.
func Default() []Rule {
	rules := defaultRules()
	out := make([]Rule, len(rules))
	for i, r := range rules {
		out[i] = r.clone()
	}
	return out
}

// clone returns r with slices of its own.
func (r Rule) clone() Rule {
	r.Hosts = slices.Clone(r.Hosts)
	r.Examples = slices.Clone(r.Examples)
	r.Counters = slices.Clone(r.Counters)
	r.exampleAt = slices.Clone(r.exampleAt)
	r.counterAt = slices.Clone(r.counterAt)
	return r
}

func mustParseDefaults() []Rule {
	names, err := fs.Glob(defaultFiles, "rules/*.rules")
	if err != nil {
		panic(err)
	}
	var all []Rule
	keep := map[string]compiledPattern{}
	for _, name := range names {
		f, err := defaultFiles.Open(name)
		if err != nil {
			panic(err)
		}
		rs, err := parse(f, name, keep)
		f.Close()
		if err != nil {
			panic(err)
		}
		all = append(all, rs...)
	}
	defaultPatterns.Store(&keep)
	return all
}
