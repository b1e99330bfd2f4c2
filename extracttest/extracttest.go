// Package extracttest runs golden-file tests of extract over a folder of
// saved pages, for this project and for projects that use it.
//
// Every page in the folder (NAME.html, NAME.htm or NAME.txt) has its
// expected Article beside it as NAME.golden.json. Run extracts each page,
// compares field by field and paragraph by paragraph, and reports readable
// differences (see Diff), "-" for the golden file and "+" for this run:
//
//	testdata/pages/ferry.golden.json differs (-want +got):
//	byline:
//	  - "Ada Fenwick"
//	  + "Ada Fenwick and Tom Hale"
//	body (5 entries wanted, 6 got):
//	  + #1 [paragraph] Read in Apple News
//	  - #3 [paragraph] The crossing reopened after six months in dry dock.
//	  + #4 [paragraph] The crossing reopened after seven months in dry dock.
//	  ~ #3→#4 …crossing reopened after [-six-]{+seven+} months in dry dock.
//
// A test of your own runs a folder of pages:
//
//	func TestGolden(t *testing.T) {
//		extracttest.Run(t, "testdata/pages", nil)
//	}
//
// Asked to update, Run rewrites the golden files that differ instead of
// failing, and logs which. The package registers no flags; ask with the
// environment variable, for every package at once,
//
//	DECLUTTER_UPDATE=1 go test ./...
//
// or wire a flag of your own test package to WithUpdate:
//
//	var update = flag.Bool("update", false, "rewrite golden files")
//
//	func TestGolden(t *testing.T) {
//		extracttest.Run(t, "testdata/pages", nil, extracttest.WithUpdate(*update))
//	}
//
// A page may also have NAME.expect, a list of assertions that survive
// harmless changes ("with: a snippet the body must hold", "without: …"),
// checked on every run, updating or not; see ExpectFailures.
package extracttest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// UpdateEnv names the environment variable that asks Run to rewrite golden
// files: set to 1 or true, it does so in every package that uses Run.
const UpdateEnv = "DECLUTTER_UPDATE"

// An Option configures Run.
type Option func(*config)

type config struct {
	baseURL       string
	rules         []clean.Rule
	update        bool
	requireExpect bool
}

// WithUpdate makes Run rewrite the golden files that differ, instead of
// failing, when update is true; pass it the value of a flag of your own.
// Run also updates when UpdateEnv asks it to.
func WithUpdate(update bool) Option {
	return func(c *config) { c.update = c.update || update }
}

// RequireExpect fails every page that has no NAME.expect beside it: a
// golden file alone pins what the code did, not what a reader saw.
func RequireExpect() Option {
	return func(c *config) { c.requireExpect = true }
}

// WithBaseURL sets the Source.URL of each page to base followed by the
// page's file name, so relative links and host-scoped rules behave as on
// the live site. Without it pages have no URL.
func WithBaseURL(base string) Option {
	return func(c *config) { c.baseURL = base }
}

// WithRules runs the pages through an Extractor with the default rules plus
// rs, in place of the one given to Run.
func WithRules(rs ...clean.Rule) Option {
	return func(c *config) { c.rules = append(c.rules, rs...) }
}

// Pages returns the saved pages in dir, sorted by name.
func Pages(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pages []string
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".html", ".htm", ".txt":
			if !e.IsDir() {
				pages = append(pages, filepath.Join(dir, e.Name()))
			}
		}
	}
	sort.Strings(pages)
	return pages, nil
}

// Run checks every page in dir (see the package documentation), each in a
// subtest of its own when tb is a *testing.T. A nil e means
// extract.Default().
func Run(tb testing.TB, dir string, e *extract.Extractor, opts ...Option) {
	tb.Helper()
	var c config
	for _, opt := range opts {
		opt(&c)
	}
	env, err := updateFromEnv()
	if err != nil {
		tb.Fatalf("extracttest: %v", err)
	}
	c.update = c.update || env
	if len(c.rules) > 0 {
		if e, err = extract.New(extract.WithRules(c.rules...)); err != nil {
			tb.Fatalf("extracttest: %v", err)
		}
	}
	if e == nil {
		e = extract.Default()
	}
	pages, err := Pages(dir)
	if err != nil {
		tb.Fatalf("extracttest: %v", err)
	}
	if len(pages) == 0 {
		tb.Fatalf("extracttest: no pages (.html, .htm, .txt) in %s", dir)
	}
	for _, page := range pages {
		name := filepath.Base(page)
		rep := func() report { return checkPage(e, page, c) }
		if t, ok := tb.(*testing.T); ok {
			t.Run(name, func(t *testing.T) {
				t.Helper() // failures point at the caller's Run, not here
				rep().log(t, "")
			})
			continue
		}
		rep().log(tb, name+": ")
	}
}

// updateFromEnv reports whether UpdateEnv asks for an update.
func updateFromEnv() (bool, error) {
	v := os.Getenv(UpdateEnv)
	if v == "" {
		return false, nil
	}
	on, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s=%q: want 1 or 0", UpdateEnv, v)
	}
	return on, nil
}

// A report is what checking one page found: failures fail its test, notes
// are logged.
type report struct {
	failures []string
	notes    []string
}

// log reports rep on tb, each message after prefix.
func (rep report) log(tb testing.TB, prefix string) {
	tb.Helper()
	for _, note := range rep.notes {
		tb.Log(prefix + note)
	}
	for _, failure := range rep.failures {
		tb.Error(prefix + failure)
	}
}

// checkPage extracts page and checks it against its NAME.expect, if any,
// and its golden file, which it rewrites instead when updating. It
// touches no testing.T, so that its failures can be tested too.
func checkPage(e *extract.Extractor, page string, c config) report {
	got, err := extractPage(e, page, c.baseURL)
	if err != nil {
		return report{failures: []string{fmt.Sprintf("extracting %s: %v", page, err)}}
	}
	var rep report
	if expect, err := os.ReadFile(ExpectPath(page)); err == nil {
		rep.failures = append(rep.failures, ExpectFailures(got, expect)...)
	} else if !errors.Is(err, os.ErrNotExist) {
		rep.failures = append(rep.failures, err.Error())
	} else if c.requireExpect {
		rep.failures = append(rep.failures, "no "+ExpectPath(page)+": write what a reader of the page expects (see ExpectFailures)")
	}
	golden := checkGolden(GoldenPath(page), got, c.update)
	rep.failures = append(rep.failures, golden.failures...)
	rep.notes = append(rep.notes, golden.notes...)
	return rep
}

// GoldenPath returns the golden file of a page: NAME.golden.json.
func GoldenPath(page string) string {
	return strings.TrimSuffix(page, filepath.Ext(page)) + ".golden.json"
}

// ExpectPath returns the assertion file of a page: NAME.expect.
func ExpectPath(page string) string {
	return strings.TrimSuffix(page, filepath.Ext(page)) + ".expect"
}

func extractPage(e *extract.Extractor, page, baseURL string) (*extract.Article, error) {
	f, err := os.Open(page)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src := extract.Source{}
	if baseURL != "" {
		src.URL = baseURL + filepath.Base(page)
	}
	if strings.EqualFold(filepath.Ext(page), ".txt") {
		return e.FromText(f, src)
	}
	return e.FromHTML(f, src)
}

// Marshal renders an Article as golden files hold it: indented JSON in the
// struct's field order, HTML characters unescaped, a final newline.
func Marshal(a *extract.Article) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// checkGolden compares got with the golden file at path, or with update
// rewrites the file when it differs.
func checkGolden(path string, got *extract.Article, update bool) report {
	data, err := Marshal(got)
	if err != nil {
		return report{failures: []string{err.Error()}}
	}
	wantData, err := os.ReadFile(path)
	if update {
		switch {
		case err == nil && bytes.Equal(wantData, data):
			return report{}
		case err != nil && !errors.Is(err, os.ErrNotExist):
			return report{failures: []string{err.Error()}}
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return report{failures: []string{err.Error()}}
		}
		if errors.Is(err, os.ErrNotExist) {
			return report{notes: []string{"created " + path + "; read it before you commit it"}}
		}
		return report{notes: []string{"rewrote " + path}}
	}
	if err != nil {
		return report{failures: []string{fmt.Sprintf("no golden file (run go test with %s=1 to create it, then read it): %v", UpdateEnv, err)}}
	}
	if bytes.Equal(wantData, data) {
		return report{}
	}
	var want extract.Article
	if err := json.Unmarshal(wantData, &want); err != nil {
		return report{failures: []string{fmt.Sprintf("reading %s: %v", path, err)}}
	}
	diffs := Diff(&want, got)
	if len(diffs) == 0 {
		// Every field Diff knows agrees: a field it does not know, or the
		// layout, differs. Show the JSON itself.
		diffs = listDiff("golden JSON lines", jsonLines(wantData), jsonLines(data))
	}
	return report{failures: []string{fmt.Sprintf(
		"%s differs (-want +got):\n%s\nIf the change is right, rewrite the golden files with: %s=1 go test",
		path, strings.Join(diffs, "\n"), UpdateEnv)}}
}

func jsonLines(data []byte) []string {
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}
