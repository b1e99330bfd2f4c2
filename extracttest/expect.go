package extracttest

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

// CheckExpect checks an Article against assertions in the NAME.expect
// format, one "key: value" a line, "#" starting a comment:
//
//	title: exact title           byline: exact byline     site: exact site
//	lead: exact lead             language: en             paywalled: true|false
//	published: 2025-08-16 (or more of 2025-08-16T09:30:00+01:00, as a prefix)
//	authors: Jane Doe; John Smith
//	body-count: 14               body-first: exact text   body-last: exact text
//	with: a snippet some body block holds (repeatable)
//	without: a snippet that no body block, the title, lead or any caption
//	  holds, compared case-insensitively (repeatable)
//	removed: a snippet some Removed entry holds (repeatable)
//	caption: exact caption text | exact credit (repeatable, in any order)
//
// Unlike a golden file these survive harmless changes elsewhere in the
// article, so they say what a page is for. Unknown keys fail the test.
func CheckExpect(t *testing.T, a *extract.Article, expect []byte) {
	t.Helper()
	for _, msg := range expectFailures(a, expect) {
		t.Error(msg)
	}
}

// expectFailures returns what CheckExpect reports: one message per
// assertion that does not hold, naming its line.
func expectFailures(a *extract.Article, expect []byte) []string {
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
	case "without":
		if where := findFold(a, value); where != "" {
			return "without: " + where + " holds " + strconv.Quote(value)
		}
		return ""
	case "removed":
		for _, r := range a.Removed {
			if strings.Contains(r.Text, value) {
				return ""
			}
		}
		return "removed: no removal holds " + strconv.Quote(value)
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

// findFold returns where in the article's kept text snippet occurs, ignoring
// case, or "".
func findFold(a *extract.Article, snippet string) string {
	s := strings.ToLower(snippet)
	has := func(t string) bool { return strings.Contains(strings.ToLower(t), s) }
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
	return ""
}

func captionList(a *extract.Article) string {
	var b strings.Builder
	b.WriteString("; captions are:")
	for _, c := range a.Captions {
		b.WriteString("\n    " + strconv.Quote(c.Text) + " | " + strconv.Quote(c.Credit))
	}
	return b.String()
}
