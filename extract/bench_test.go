package extract_test

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/declutter/declutter/extract"
	"golang.org/x/net/html"
)

// benchPages are a small, a typical and a very large page for each path.
func benchHTMLPages(b *testing.B) map[string][]byte {
	return map[string][]byte{
		"small":   mustRead(b, "../testdata/html/consent-wall-short-article.html"),
		"typical": mustRead(b, "../testdata/html/guardian.html"),
		"large":   mustRead(b, filepath.Join(moduleDir(b, "codeberg.org/readeck/go-readability/v2"), "test-pages", "yahoo-2", "source.html")),
	}
}

func benchTextPages(b *testing.B) map[string][]byte {
	seed := mustRead(b, "../testdata/text/inkl-independent-starmer.txt")
	return map[string][]byte{
		"small":   mustRead(b, "../testdata/text/newsbreak-dayton-library-tools.txt"),
		"typical": seed,
		"large":   bytes.Repeat(append(seed, "\n\n"...), 200),
	}
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

var sizes = []string{"small", "typical", "large"}

func BenchmarkFromHTML(b *testing.B) {
	pages := benchHTMLPages(b)
	for _, size := range sizes {
		page := pages[size]
		b.Run(size, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.FromHTML(bytes.NewReader(page), extract.Source{URL: "https://example.com/a"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadability is readability v2 alone on the same pages, parse
// included: the floor FromHTML's overhead is measured against.
func BenchmarkReadability(b *testing.B) {
	pages := benchHTMLPages(b)
	u, _ := url.Parse("https://example.com/a")
	for _, size := range sizes {
		page := pages[size]
		b.Run(size, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := html.Parse(bytes.NewReader(page))
				if err != nil {
					b.Fatal(err)
				}
				p := readability.NewParser()
				if _, err := p.ParseAndMutate(doc, u); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFromText(b *testing.B) {
	pages := benchTextPages(b)
	for _, size := range sizes {
		page := pages[size]
		b.Run(size, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.FromText(bytes.NewReader(page), extract.Source{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTestPages runs every page of go-readability's test-pages, the
// broadest real set the module cache offers.
func BenchmarkTestPages(b *testing.B) {
	var pages [][]byte
	total := 0
	for _, dir := range readabilityPages(b) {
		page, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			continue
		}
		pages = append(pages, page)
		total += len(page)
	}
	b.Run("declutter", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, page := range pages {
				extract.FromHTML(bytes.NewReader(page), extract.Source{URL: "http://fakehost/test/page.html"})
			}
		}
	})
	b.Run("readability", func(b *testing.B) {
		u, _ := url.Parse("http://fakehost/test/page.html")
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, page := range pages {
				doc, err := html.Parse(strings.NewReader(string(page)))
				if err == nil {
					p := readability.NewParser()
					p.ParseAndMutate(doc, u)
				}
			}
		}
	})
}
