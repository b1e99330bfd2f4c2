// Package extracttest runs golden-file tests of extract over a folder of
// saved pages, for this project and for projects that use it.
//
// Every page in the folder (NAME.html, NAME.htm or NAME.txt) has its
// expected Article beside it as NAME.golden.json. Run extracts each page,
// compares field by field and paragraph by paragraph, and reports readable
// differences. With the -update flag it rewrites the golden files instead:
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
// A nil e means extract.Default.
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
		e = extract.Default
	}
	pages, err := Pages(dir)
	if err != nil {
		t.Fatalf("extracttest: %v", err)
	}
	if len(pages) == 0 {
		t.Fatalf("extracttest: no pages (.html, .htm, .txt) in %s", dir)
	}
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			got, err := extractPage(e, page, c.baseURL)
			if err != nil {
				t.Fatalf("extracting %s: %v", page, err)
			}
			if expect, err := os.ReadFile(ExpectPath(page)); err == nil {
				CheckExpect(t, got, expect)
			} else if !errors.Is(err, os.ErrNotExist) {
				t.Fatal(err)
			}
			checkGolden(t, GoldenPath(page), got)
		})
	}
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
	if filepath.Ext(page) == ".txt" {
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

func checkGolden(t *testing.T, path string, got *extract.Article) {
	t.Helper()
	data, err := Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantData, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("no golden file (run go test with -update to create it, then read it): %v", err)
		return
	}
	if bytes.Equal(wantData, data) {
		return
	}
	var want extract.Article
	if err := json.Unmarshal(wantData, &want); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	diffs := Diff(&want, got)
	if len(diffs) == 0 {
		diffs = []string{"the JSON differs in layout only; run with -update to rewrite it"}
	}
	t.Errorf("%s differs (-want +got):\n%s", path, strings.Join(diffs, "\n"))
}
