package clean

import (
	"bufio"
	"fmt"
	"io"
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
//
// ACTION is drop, drop-rest, drop-list or strip; MATCH is exact, prefix,
// contains or regexp; PATTERN is the rest of the line. A rule's full name is
// its kind, a slash and NAME: "paywall/sign-up-to-read". Errors name the line.
func Parse(r io.Reader) ([]Rule, error) {
	var (
		rules []Rule
		scope Rule // kind, hosts, signature and maxlen in force
		sc    = bufio.NewScanner(r)
		n     int
	)
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
			scope.MaxLen = 0
			if rest != "" {
				scope.MaxLen, err = strconv.Atoi(rest)
				if err == nil && scope.MaxLen < 0 {
					err = fmt.Errorf("maxlen %d is negative", scope.MaxLen)
				}
			}
		default:
			var rule Rule
			rule, err = parseRule(word, rest, scope)
			if err == nil {
				rules = append(rules, rule)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("clean: rules line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clean: reading rules: %w", err)
	}
	return rules, nil
}

func parseRule(name, rest string, scope Rule) (Rule, error) {
	if scope.Kind == "" {
		return Rule{}, fmt.Errorf("rule %q comes before any \"kind\" line", name)
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
	r := scope
	r.Hosts = append([]string(nil), scope.Hosts...)
	r.Name = string(scope.Kind) + "/" + name
	r.Action = Action(action)
	r.Match = Match(match)
	r.Pattern = pattern
	return r, r.Validate()
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
