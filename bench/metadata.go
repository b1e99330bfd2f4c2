package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/cases"
)

// metaPageURL is the URL go-readability's own tests give every test page.
const metaPageURL = "http://fakehost/test/page.html"

// MetaPage is one go-readability test page with its expected title and
// byline (empty when expected-metadata.json has none).
type MetaPage struct {
	Name   string
	HTML   []byte
	Title  string
	Byline string
}

// MetaStats counts title and byline matches of one extractor.
//
// Rates are over pages that expect a value: TitleExact/TitleNorm out of
// TitlePages, BylineExact/BylineNorm out of BylinePages. BylineSpurious
// counts pages that expect no byline but got one. A failed extraction is a
// miss.
type MetaStats struct {
	Pages          int `json:"pages"`
	Errors         int `json:"errors"`
	TitlePages     int `json:"title_pages"`
	TitleExact     int `json:"title_exact"`
	TitleNorm      int `json:"title_normalised"`
	BylinePages    int `json:"byline_pages"`
	BylineExact    int `json:"byline_exact"`
	BylineNorm     int `json:"byline_normalised"`
	BylineSpurious int `json:"byline_spurious"`
}

// loadMetaPages reads every test-pages/<name>/{source.html,
// expected-metadata.json} pair under the go-readability v2 module at modDir.
// Without withHTML only the expectations are read (HTML stays nil).
func loadMetaPages(modDir string, withHTML bool) ([]MetaPage, error) {
	root := filepath.Join(modDir, "test-pages")
	dirs, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var pages []MetaPage
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		p, err := loadMetaPage(filepath.Join(root, d.Name()), withHTML)
		if err != nil {
			return nil, fmt.Errorf("test page %s: %w", d.Name(), err)
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Name < pages[j].Name })
	return pages, nil
}

// loadMetaPage reads one test page directory.
func loadMetaPage(dir string, withHTML bool) (MetaPage, error) {
	p := MetaPage{Name: filepath.Base(dir)}
	if withHTML {
		raw, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			return p, err
		}
		if p.HTML, err = decodeHTML(raw); err != nil {
			return p, err
		}
	}
	meta, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	if err != nil {
		return p, err
	}
	var want struct{ Title, Byline string }
	if err := json.Unmarshal(meta, &want); err != nil {
		return p, err
	}
	p.Title, p.Byline = want.Title, want.Byline
	return p, nil
}

// runMetadata scores ex's titles and bylines on pages, one page at a time,
// over all pages and over each half.
func runMetadata(ex Extractor, pages []MetaPage) MetaResult {
	u, _ := url.Parse(metaPageURL)
	res := MetaResult{Name: ex.Name}
	for _, p := range pages {
		s := scoreMeta(p, func() (Output, error) { return safeExtract(ex, Input{URL: u, HTML: p.HTML}) })
		res.Stats.add(s)
		if halfOf(p.Name) == Tune {
			res.Tune.add(s)
		} else {
			res.Check.add(s)
		}
	}
	return res
}

// scoreMeta scores the title and byline that run returns for page p. A
// failed extraction is a miss.
func scoreMeta(p MetaPage, run func() (Output, error)) MetaStats {
	s := MetaStats{Pages: 1}
	got, err := run()
	if err != nil {
		s.Errors++
		got = Output{}
	}
	if p.Title != "" {
		s.TitlePages++
		s.TitleExact += btoi(got.Title == p.Title)
		s.TitleNorm += btoi(normalizeMeta(got.Title) == normalizeMeta(p.Title))
	}
	if p.Byline != "" {
		s.BylinePages++
		s.BylineExact += btoi(got.Byline == p.Byline)
		s.BylineNorm += btoi(normalizeMeta(got.Byline) == normalizeMeta(p.Byline))
	} else if strings.TrimSpace(got.Byline) != "" {
		s.BylineSpurious++
	}
	return s
}

// add accumulates o into s.
func (s *MetaStats) add(o MetaStats) {
	s.Pages += o.Pages
	s.Errors += o.Errors
	s.TitlePages += o.TitlePages
	s.TitleExact += o.TitleExact
	s.TitleNorm += o.TitleNorm
	s.BylinePages += o.BylinePages
	s.BylineExact += o.BylineExact
	s.BylineNorm += o.BylineNorm
	s.BylineSpurious += o.BylineSpurious
}

// typography maps typographic quote and dash variants to ASCII.
var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'", "`", "'", "\u00B4", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`, "\u00AB", `"`, "\u00BB", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
)

// normalizeMeta makes a lenient comparison key: Unicode case folding,
// typographic quotes and dashes unified to ASCII, whitespace runs collapsed
// to one space and trimmed.
func normalizeMeta(s string) string {
	s = cases.Fold().String(typography.Replace(s))
	return strings.Join(strings.Fields(s), " ")
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
