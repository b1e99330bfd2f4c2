package extracttest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

// ExpectFailures checks an Article against assertions in the NAME.expect
// format and returns one message, naming its line, per assertion that does
// not hold. The format is one "key: value" a line, "#" starting a comment:
//
//	title: exact title           byline: exact byline     site: exact site
//	lead: exact lead             language: en             paywalled: true|false
//	published: 2025-08-16 (or more of 2025-08-16T09:30:00+01:00, as a prefix)
//	authors: Jane Doe; John Smith
//	body-count: 14               body-first: exact text   body-last: exact text
//	paragraphs: 12 (body blocks of kind paragraph)
//	captions: 2
//	removed-count: ad=2 banner=4 promo=1 (every kind; "none" for no removals)
//	with: a snippet some body block holds (repeatable)
//	without: a snippet that no body block, the title, lead or any caption
//	  holds, compared case-insensitively (repeatable)
//	without-byline: the same for the byline and authors, without-site for
//	  the site, without-credit for the captions' credits (repeatable)
//	removed: a snippet some Removed entry holds (repeatable)
//	removed-by: rule | a snippet some Removed entry made by that rule
//	  holds, such as "newsletter/class-newsletter | Sign up to" (repeatable)
//	caption: exact caption text | exact credit (repeatable, in any order)
//
// Unlike a golden file these survive harmless changes elsewhere in the
// article, so they say what a page is for. An unknown key is a failure.
func ExpectFailures(a *extract.Article, expect []byte) []string {
	if a == nil {
		a = &extract.Article{}
	}
	var failures []string
	sc := bufio.NewScanner(bytes.NewReader(expect))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			failures = append(failures, fmt.Sprintf("expect line %d: no key: %q", n, line))
			continue
		}
		value = strings.TrimSpace(value)
		if msg := check(a, strings.TrimSpace(key), value); msg != "" {
			failures = append(failures, fmt.Sprintf("expect line %d: %s", n, msg))
		}
	}
	if err := sc.Err(); err != nil {
		failures = append(failures, fmt.Sprintf("expect line %d: %v", n+1, err))
	}
	return failures
}

// check returns "" when the assertion holds, else what is wrong.
func check(a *extract.Article, key, value string) string {
	equal := func(field, got string) string {
		if got != value {
			return field + ": want " + strconv.Quote(value) + ", got " + strconv.Quote(got)
		}
		return ""
	}
	switch key {
	case "title":
		return equal(key, a.Title)
	case "byline":
		return equal(key, a.Byline)
	case "site":
		return equal(key, a.Site)
	case "lead":
		return equal(key, a.Lead)
	case "language":
		return equal(key, a.Language)
	case "paywalled":
		return equal(key, strconv.FormatBool(a.Paywalled))
	case "authors":
		return equal(key, strings.Join(a.Authors, "; "))
	case "published":
		if a.Published.IsZero() {
			return "published: want " + value + ", got none"
		}
		// The value may stop after the date, the minute or the second.
		got := a.Published.Format("2006-01-02T15:04:05Z07:00")
		if value == "" || !strings.HasPrefix(got, value) {
			return "published: want " + strconv.Quote(value) + ", got " + strconv.Quote(got)
		}
		return ""
	case "body-count":
		return equal(key, strconv.Itoa(len(a.Body)))
	case "paragraphs":
		n := 0
		for _, b := range a.Body {
			if b.Kind == extract.Paragraph {
				n++
			}
		}
		return equal(key, strconv.Itoa(n))
	case "captions":
		return equal(key, strconv.Itoa(len(a.Captions)))
	case "removed-count":
		want, err := parseKindCounts(value)
		if err != nil {
			return key + ": " + err.Error()
		}
		if got := removedCounts(a); got != want {
			return key + ": want " + strconv.Quote(want) + ", got " + strconv.Quote(got)
		}
		return ""
	case "body-first", "body-last":
		if len(a.Body) == 0 {
			return key + ": the body is empty"
		}
		if key == "body-first" {
			return equal(key, a.Body[0].Text)
		}
		return equal(key, a.Body[len(a.Body)-1].Text)
	case "with":
		for _, b := range a.Body {
			if strings.Contains(b.Text, value) {
				return ""
			}
		}
		return "with: no body block holds " + strconv.Quote(value)
	case "without", "without-byline", "without-site", "without-credit":
		if value == "" {
			return key + ": no snippet"
		}
		if where := findFold(a, strings.TrimPrefix(key, "without"), value); where != "" {
			return key + ": " + where + " holds " + strconv.Quote(value)
		}
		return ""
	case "removed":
		for _, r := range a.Removed {
			if strings.Contains(r.Text, value) {
				return ""
			}
		}
		return "removed: no removal holds " + strconv.Quote(value)
	case "removed-by":
		rule, snippet, _ := strings.Cut(value, "|")
		rule, snippet = strings.TrimSpace(rule), strings.TrimSpace(snippet)
		if rule == "" || snippet == "" {
			return "removed-by: want RULE | SNIPPET"
		}
		var by []string
		for _, r := range a.Removed {
			if strings.Contains(r.Text, snippet) {
				if r.Rule == rule {
					return ""
				}
				by = append(by, r.Rule)
			}
		}
		if len(by) == 0 {
			return "removed-by: no removal holds " + strconv.Quote(snippet)
		}
		return "removed-by: " + strconv.Quote(snippet) + " was removed by " + strings.Join(by, ", ") + ", not " + rule
	case "caption":
		text, credit, _ := strings.Cut(value, "|")
		text, credit = strings.TrimSpace(text), strings.TrimSpace(credit)
		for _, c := range a.Captions {
			if c.Text == text && c.Credit == credit {
				return ""
			}
		}
		return "caption: none is " + strconv.Quote(text) + " credited " + strconv.Quote(credit) + captionList(a)
	}
	return "unknown key " + strconv.Quote(key)
}

// CheckExpect reports on tb, as errors, what ExpectFailures finds.
func CheckExpect(tb testing.TB, a *extract.Article, expect []byte) {
	tb.Helper()
	for _, msg := range ExpectFailures(a, expect) {
		tb.Error(msg)
	}
}

// findFold returns where in the part of the article a without key names
// ("" for the text read as the article, "-byline", "-site" or "-credit")
// snippet occurs, ignoring case, or "".
func findFold(a *extract.Article, part, snippet string) string {
	s := strings.ToLower(snippet)
	has := func(t string) bool { return strings.Contains(strings.ToLower(t), s) }
	switch part {
	case "-byline":
		if has(a.Byline) {
			return "the byline"
		}
		for i, au := range a.Authors {
			if has(au) {
				return "author " + strconv.Itoa(i+1)
			}
		}
	case "-site":
		if has(a.Site) {
			return "the site"
		}
	case "-credit":
		for i, c := range a.Captions {
			if has(c.Credit) {
				return "the credit of caption " + strconv.Itoa(i+1)
			}
		}
	default:
		switch {
		case has(a.Title):
			return "the title"
		case has(a.Lead):
			return "the lead"
		}
		for i, b := range a.Body {
			if has(b.Text) {
				return "body block " + strconv.Itoa(i+1)
			}
		}
		for i, c := range a.Captions {
			if has(c.Text) {
				return "caption " + strconv.Itoa(i+1)
			}
		}
	}
	return ""
}

// parseKindCounts reads a removed-count value, "KIND=N …" or "none", and
// returns it in the form removedCounts gives: sorted by kind.
func parseKindCounts(value string) (string, error) {
	if value == "none" {
		return "none", nil
	}
	fields := strings.Fields(value)
	if len(fields) == 0 {
		return "", errors.New(`want KIND=N …, or "none"`)
	}
	seen := map[string]bool{}
	for _, f := range fields {
		kind, n, ok := strings.Cut(f, "=")
		count, err := strconv.Atoi(n)
		if !ok || kind == "" || err != nil || count <= 0 {
			return "", fmt.Errorf("%q is not KIND=N with N > 0", f)
		}
		if seen[kind] {
			return "", fmt.Errorf("kind %q twice", kind)
		}
		seen[kind] = true
	}
	sort.Strings(fields)
	return strings.Join(fields, " "), nil
}

// removedCounts counts the article's removals by kind: "ad=2 promo=1",
// sorted by kind, or "none".
func removedCounts(a *extract.Article) string {
	counts := map[string]int{}
	for _, r := range a.Removed {
		counts[string(r.Kind)]++
	}
	if len(counts) == 0 {
		return "none"
	}
	fields := make([]string, 0, len(counts))
	for kind, n := range counts {
		fields = append(fields, kind+"="+strconv.Itoa(n))
	}
	sort.Strings(fields)
	return strings.Join(fields, " ")
}

func captionList(a *extract.Article) string {
	var b strings.Builder
	b.WriteString("; captions are:")
	for _, c := range a.Captions {
		b.WriteString("\n    " + strconv.Quote(c.Text) + " | " + strconv.Quote(c.Credit))
	}
	return b.String()
}
