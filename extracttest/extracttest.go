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
// With the -update flag it rewrites the golden files that differ instead,
// and logs which:
//
//	go test ./... -update
//
// A page may also have NAME.expect, a list of assertions that survive
// harmless changes ("with: a snippet the body must hold", "without: …"),
// checked on every run whether or not -update is given; see CheckExpect.
package extracttest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Updating reports whether the -update flag was given.
func Updating() bool { return *update }

// An Option configures Run.
type Option func(*config)

type config struct {
	baseURL string
	rules   []clean.Rule
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

// Run runs one subtest per page in dir (see the package documentation).
// A nil e means extract.Default().
func Run(t *testing.T, dir string, e *extract.Extractor, opts ...Option) {
	t.Helper()
	var c config
	for _, opt := range opts {
		opt(&c)
	}
	if len(c.rules) > 0 {
		var err error
		if e, err = extract.New(extract.WithRules(c.rules...)); err != nil {
			t.Fatalf("extracttest: %v", err)
		}
	}
	if e == nil {
		e = extract.Default()
	}
	pages, err := Pages(dir)
	if err != nil {
		t.Fatalf("extracttest: %v", err)
	}
	if len(pages) == 0 {
		t.Fatalf("extracttest: no pages (.html, .htm, .txt) in %s", dir)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			t.Helper() // failures point at the caller's Run, not here
			rep := checkPage(e, page, c.baseURL, *update)
			for _, note := range rep.notes {
				t.Log(note)
			}
			for _, failure := range rep.failures {
				t.Error(failure)
			}
		})
	}
}

// A report is what checking one page found: failures fail its test, notes
// are logged.
type report struct {
	failures []string
	notes    []string
}

// checkPage extracts page and checks it against its NAME.expect, if any,
// and its golden file, which it rewrites instead when update is set. It
// touches no testing.T, so that its failures can be tested too.
func checkPage(e *extract.Extractor, page, baseURL string, update bool) report {
	got, err := extractPage(e, page, baseURL)
	if err != nil {
		return report{failures: []string{fmt.Sprintf("extracting %s: %v", page, err)}}
	}
	var rep report
	if expect, err := os.ReadFile(ExpectPath(page)); err == nil {
		rep.failures = append(rep.failures, expectFailures(got, expect)...)
	} else if !errors.Is(err, os.ErrNotExist) {
		rep.failures = append(rep.failures, err.Error())
	}
	golden := checkGolden(GoldenPath(page), got, update)
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
		return report{failures: []string{fmt.Sprintf("no golden file (run go test with -update to create it, then read it): %v", err)}}
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
		"%s differs (-want +got):\n%s\nIf the change is right, rewrite the golden files with: go test -update",
		path, strings.Join(diffs, "\n"))}}
}

func jsonLines(data []byte) []string {
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}
