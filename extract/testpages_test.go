package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// Match rates on go-readability's test-pages (title and byline against each
// page's expected-metadata.json, after normalisation) as first measured.
// The test fails when a change makes either worse; raise them when a change
// makes them better.
//
// The expected titles are readability's own choice, which often keeps the
// site's name ("How to Build a Terrarium | eHow", "Mozilla - Wikipedia");
// declutter gives the printed headline without it. minPrintedTitleRate
// counts those as matches too; minTitleRate is the exact rate.
const (
	minTitleRate        = 0.81
	minPrintedTitleRate = 0.90
	minBylineRate       = 0.84
)

// TestReadabilityPagesMetadata runs every page that ships in
// go-readability's module zip, read from the module cache.
func TestReadabilityPagesMetadata(t *testing.T) {
	var titles, titleHits, titleSiteKept, bylines, bylineHits, bylineNames int
	for _, dir := range readabilityPages(t) {
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			continue // a folder of another kind
		}
		var want struct{ Title, Byline string }
		meta, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(meta, &want); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		a, err := extract.FromHTML(strings.NewReader(string(src)), extract.Source{URL: "http://fakehost/test/page.html"})
		if err != nil {
			a = &extract.Article{}
		}
		name := filepath.Base(dir)
		if want.Title != "" {
			titles++
			switch {
			case sameMeta(a.Title, want.Title):
				titleHits++
			case siteNameAround(a.Title, want.Title):
				titleSiteKept++
				t.Logf("%s: title %q, want %q (site name kept)", name, a.Title, want.Title)
			default:
				t.Logf("%s: title %q, want %q", name, a.Title, want.Title)
			}
		}
		if want.Byline != "" {
			bylines++
			switch {
			case sameMeta(a.Byline, want.Byline):
				bylineHits++
			case a.Byline != "" && strings.Contains(clean.Normalize(want.Byline), clean.Normalize(a.Byline)):
				// readability keeps dates and desks in the byline
				// ("By Jane Doe March 25, 2015"); ours has the names only.
				bylineNames++
				t.Logf("%s: byline %q, want %q (names only)", name, a.Byline, want.Byline)
			default:
				t.Logf("%s: byline %q, want %q", name, a.Byline, want.Byline)
			}
		}
	}
	titleRate, bylineRate := float64(titleHits)/float64(titles), float64(bylineHits)/float64(bylines)
	printedRate := float64(titleHits+titleSiteKept) / float64(titles)
	t.Logf("title %d/%d (%.1f%%), %d more with the site name kept; byline %d/%d (%.1f%%), byline names only %d more",
		titleHits, titles, 100*titleRate, titleSiteKept, bylineHits, bylines, 100*bylineRate, bylineNames)
	if titleRate < minTitleRate {
		t.Errorf("title match rate %.3f fell below %.3f", titleRate, minTitleRate)
	}
	if printedRate < minPrintedTitleRate {
		t.Errorf("title match rate, site names aside, %.3f fell below %.3f", printedRate, minPrintedTitleRate)
	}
	if bylineRate < minBylineRate {
		t.Errorf("byline match rate %.3f fell below %.3f", bylineRate, minBylineRate)
	}
}

// siteNameAround reports an expected title that is the title found with a
// name set off by a separator before or after it: "Headline | Site".
func siteNameAround(got, want string) bool {
	g, w := clean.Normalize(got), clean.Normalize(want)
	if g == "" || g == w {
		return false
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " : ", " :: "} {
		sep = clean.Normalize("x" + sep + "x")
		sep = sep[1 : len(sep)-1]
		if strings.HasPrefix(w, g+sep) || strings.HasSuffix(w, sep+g) {
			return true
		}
	}
	return false
}

// sameMeta compares a title or byline after normalisation (case, spaces,
// quotes, dashes) and without a leading "By".
func sameMeta(got, want string) bool {
	norm := func(s string) string {
		s = strings.TrimPrefix(clean.Normalize(s), "by ")
		for _, and := range []string{" and ", " et ", " und ", " y "} {
			s = strings.ReplaceAll(s, and, " , ") // "A and B" is "A, B"
		}
		return s
	}
	return norm(got) == norm(want)
}
