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
//
// The expected values are readability's own picks, which keep a site's
// name around the headline ("… | eHow") and the "By" of a byline. Two
// further counts measure agreement with them as printed headline and
// names: TitleSiteAside, the expected title is the extracted one, after
// normalisation, or it with a site's name of at most siteNameMaxWords
// words set off by a separator before or after it (titleLessSite); and
// BylineMatched, the byline or authors match by the structured mode's
// lenient measure (bylineMatch: no "by" or "and", a short tail dropped).
type MetaStats struct {
	Pages          int `json:"pages"`
	Errors         int `json:"errors"`
	TitlePages     int `json:"title_pages"`
	TitleExact     int `json:"title_exact"`
	TitleNorm      int `json:"title_normalised"`
	TitleSiteAside int `json:"title_site_aside"`
	BylinePages    int `json:"byline_pages"`
	BylineExact    int `json:"byline_exact"`
	BylineNorm     int `json:"byline_normalised"`
	BylineMatched  int `json:"byline_matched"`
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
		s.TitleSiteAside += btoi(titleLessSite(p.Title, got.Title))
	}
	if p.Byline != "" {
		s.BylinePages++
		s.BylineExact += btoi(got.Byline == p.Byline)
		s.BylineNorm += btoi(normalizeMeta(got.Byline) == normalizeMeta(p.Byline))
		s.BylineMatched += btoi(bylineMatch(p.Byline, got.Byline, got.Authors))
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
	s.TitleSiteAside += o.TitleSiteAside
	s.BylinePages += o.BylinePages
	s.BylineExact += o.BylineExact
	s.BylineNorm += o.BylineNorm
	s.BylineMatched += o.BylineMatched
	s.BylineSpurious += o.BylineSpurious
}

// siteNameMaxWords is the longest site's name titleLessSite sets aside.
const siteNameMaxWords = 6

// titleSeparators set a site's name off a headline in a title.
var titleSeparators = []string{"|", "-", "·", ":", "::", "»", "/", "~", "•"}

// titleLessSite reports whether want, a page's title, is got once a site's
// name is set aside: equal after normalizeMeta, or got with a short name
// after or before it behind one of titleSeparators ("How to Build a
// Terrarium | eHow", "BMAS - Änderung der Anforderungen"), or in brackets
// after it ("Weekly Edition [LWN.net]"). An empty got never agrees.
func titleLessSite(want, got string) bool {
	w, g := normalizeMeta(want), normalizeMeta(got)
	if g == "" {
		return false
	}
	if w == g {
		return true
	}
	short := func(name string) bool {
		n := len(strings.Fields(name))
		return n >= 1 && n <= siteNameMaxWords
	}
	if rest, ok := strings.CutPrefix(w, g); ok && strings.HasPrefix(rest, " ") {
		rest = strings.TrimSpace(rest)
		if strings.HasPrefix(rest, "[") && strings.HasSuffix(rest, "]") || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
			return short(rest[1 : len(rest)-1])
		}
		for _, sep := range titleSeparators {
			if name, ok := strings.CutPrefix(rest, sep+" "); ok && short(name) {
				return true
			}
		}
	}
	if rest, ok := strings.CutSuffix(w, g); ok && strings.HasSuffix(rest, " ") {
		rest = strings.TrimSpace(rest)
		for _, sep := range titleSeparators {
			if name, ok := strings.CutSuffix(rest, " "+sep); ok && short(name) {
				return true
			}
		}
	}
	return false
}

// typography maps typographic quote and dash variants to ASCII.
var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'", "`", "'", "\u00B4", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`, "\u00AB", `"`, "\u00BB", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	// Invisible: soft hyphens and zero-width characters (decodeHTML drops
	// soft hyphens from the pages, not from the expectations).
	"\u00AD", "", "\u200B", "", "\u200C", "", "\u200D", "", "\u2060", "", "\uFEFF", "",
)

// normalizeMeta makes a lenient comparison key: Unicode case folding,
// typographic quotes and dashes unified to ASCII, soft hyphens and
// zero-width characters dropped, whitespace runs collapsed to one space
// and trimmed.
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
