package clean

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Parse reads rules in the rule-file format:
//
//	# A comment. Blank lines are ignored.
//	kind paywall                      the kind of the rules that follow
//	hosts example.com news.example    only pages from these hosts ("hosts" alone: any host)
//	signature Get all your news here  only pages with this line ("signature" alone: any page)
//	maxlen 120                        only blocks up to 120 characters ("maxlen" alone: the default)
//
//	NAME  ACTION  MATCH  PATTERN
//	sign-up-to-read  drop-rest  exact  Sign up to read this article
//	example: Sign up to read this article
//	counter: Sign up to read this article's sequel, the editor said.
//
// ACTION is drop, drop-rest, drop-list or strip; MATCH is exact, prefix,
// contains or regexp; PATTERN is the rest of the line. A rule's full name is
// its kind, a slash and NAME: "paywall/sign-up-to-read"; no two rules may
// share one. The "example:" and "counter:" lines under a rule are blocks it
// must and must not match; Check tests them.
//
// Parse checks each rule as Validate does, so a regexp that does not
// compile fails here. Errors name the line.
func Parse(r io.Reader) ([]Rule, error) {
	return parse(r, "", nil)
}

// ParseFile reads the rules in the named file, as Parse does; errors and
// each rule's Source name the file and line.
func ParseFile(name string) ([]Rule, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	defer f.Close()
	return parse(f, name, nil)
}

// parse reads rules from r; file, if set, names r in errors and Sources.
func parse(r io.Reader, file string, keep map[string]compiledPattern) ([]Rule, error) {
	var (
		rules []Rule
		scope Rule // kind, hosts, signature and maxlen in force
		lines = map[string]int{}
		sc    = bufio.NewScanner(r)
		n     int
	)
	where := func(n int) string {
		if file == "" {
			return fmt.Sprintf("rules line %d", n)
		}
		return fmt.Sprintf("%s:%d", file, n)
	}
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		n++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		word, rest := cut(text)
		var err error
		switch word {
		case "kind":
			scope.Kind = Kind(rest)
			if !validKind(scope.Kind) {
				err = fmt.Errorf("unknown kind %q", rest)
			}
		case "hosts":
			scope.Hosts = strings.Fields(rest)
		case "signature":
			scope.Signature = rest
		case "maxlen":
			scope.MaxLen, err = parseMaxLen(rest)
		case "example:", "counter:":
			switch {
			case len(rules) == 0:
				err = fmt.Errorf("%q comes before any rule", word)
			case rest == "":
				err = fmt.Errorf("empty %q", word)
			case word == "example:":
				r := &rules[len(rules)-1]
				r.Examples = append(r.Examples, rest)
				r.exampleAt = append(r.exampleAt, where(n))
			default:
				r := &rules[len(rules)-1]
				r.Counters = append(r.Counters, rest)
				r.counterAt = append(r.counterAt, where(n))
			}
		default:
			var rule Rule
			rule, err = parseRule(word, rest, scope, keep)
			if err != nil {
				break
			}
			if first, dup := lines[rule.Name]; dup {
				err = fmt.Errorf("rule %s: the name is taken by the rule at %s", rule.Name, where(first))
				break
			}
			lines[rule.Name] = n
			rule.Source = where(n)
			rules = append(rules, rule)
		}
		if err != nil {
			return nil, fmt.Errorf("clean: %s: %w", where(n), err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clean: reading %s: %w", where(n+1), err)
	}
	return rules, nil
}

// parseMaxLen reads the argument of a "maxlen" line; none means the default.
func parseMaxLen(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return 0, fmt.Errorf("maxlen %s is too large", s)
	case err != nil:
		return 0, fmt.Errorf("maxlen %q: want a number of characters, such as \"maxlen 120\", or \"maxlen\" alone for the default", s)
	case n < 0:
		return 0, fmt.Errorf("maxlen %d is negative", n)
	}
	return n, nil
}

func parseRule(name, rest string, scope Rule, keep map[string]compiledPattern) (Rule, error) {
	if scope.Kind == "" {
		return Rule{}, fmt.Errorf("rule %q comes before any \"kind\" line", name)
	}
	if strings.HasSuffix(name, ":") {
		return Rule{}, fmt.Errorf("unknown line %q (want kind, hosts, signature, maxlen, example:, counter: or a rule)", name)
	}
	actionWord, rest := cut(rest)
	matchWord, pattern := cut(rest)
	action, ok := lookup(actionNames[:], actionWord)
	if !ok {
		return Rule{}, fmt.Errorf("rule %q: unknown action %q (want drop, drop-rest, drop-list or strip)", name, actionWord)
	}
	match, ok := lookup(matchNames[:], matchWord)
	if !ok {
		return Rule{}, fmt.Errorf("rule %q: unknown match %q (want exact, prefix, contains or regexp)", name, matchWord)
	}
	r := scope.clone()
	r.Name = string(scope.Kind) + "/" + name
	r.Action = Action(action)
	r.Match = Match(match)
	r.Pattern = pattern
	// r.validate, keeping a compiled pattern when asked.
	if err := r.validateFields(); err != nil {
		return Rule{}, fmt.Errorf("rule %s: %w", r.Name, err)
	}
	if r.Match == Regexp {
		re, syn, err := compileRegexp(r.Pattern)
		if err != nil {
			return Rule{}, fmt.Errorf("rule %s: %w", r.Name, regexpError(r.Pattern, err))
		}
		if keep != nil {
			keep[r.Pattern] = compiledPattern{re, syn}
		}
	}
	return r, nil
}

func lookup(names []string, word string) (int, bool) {
	for i, name := range names {
		if name == word {
			return i, true
		}
	}
	return 0, false
}

// cut splits off the first whitespace-separated word of s.
func cut(s string) (word, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}
