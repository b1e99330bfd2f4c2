package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseComparisonData parses the real data.go from the module cache.
func TestParseComparisonData(t *testing.T) {
	dir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		t.Skipf("go-trafilatura module not available: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(dir, "scripts", "comparison", "data.go"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := parseComparisonData(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) <= 900 {
		t.Fatalf("got %d entries, want > 900", len(entries))
	}
	for _, e := range entries {
		if e.URL == "" || e.File == "" || len(e.With) == 0 || len(e.Without) == 0 {
			t.Fatalf("incomplete entry %+v", e)
		}
		for _, s := range append(append([]string{}, e.With...), e.Without...) {
			if s == "" {
				t.Fatalf("%s: empty snippet", e.URL)
			}
		}
	}
}

// TestParseComparisonDataSyntax covers the literal forms the parser accepts.
func TestParseComparisonDataSyntax(t *testing.T) {
	src := `package main
var other = map[string]int{"x": 1}
var comparisonData = map[string]ComparisonEntry{
	"https://b.example/": {File: "b.html", With: []string{"a" + "b"}, Without: []string{` + "`raw`" + `}, Title: "B's title", Sitename: "ignored"},
	"https://a.example/": {
		File:    "a\u00e4.html",
		With:    []string{"one", ("two")},
		Without: []string{"three \"quoted\""},
		Authors: []string{"Ann One", "Bo Two"},
	},
}`
	entries, err := parseComparisonData([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Fatalf("got %d entries, want 2", len(entries))
	}
	a, b := entries[0], entries[1]
	if a.URL != "https://a.example/" || a.File != "aä.html" || len(a.With) != 2 || a.With[1] != "two" || a.Without[0] != `three "quoted"` {
		t.Errorf("entry a = %+v", a)
	}
	if len(a.Authors) != 2 || a.Authors[1] != "Bo Two" || a.Title != "" {
		t.Errorf("entry a's title and authors = %q, %q", a.Title, a.Authors)
	}
	if b.With[0] != "ab" || b.Without[0] != "raw" || b.Title != "B's title" || b.Authors != nil {
		t.Errorf("entry b = %+v", b)
	}

	if _, err := parseComparisonData([]byte("package main\nvar comparisonData = 1")); err == nil {
		t.Error("want an error when the table is missing")
	}
}

// TestEvaluate checks the TP/FN/FP/TN rules and the derived scores.
func TestEvaluate(t *testing.T) {
	with := []string{"kept sentence", "Second Kept", "missing"}
	without := []string{"Impressum", "Newsletter"}
	text := "Intro. kept sentence here.\n\nSecond Kept. Newsletter"

	got := Evaluate(with, without, text)
	want := Confusion{TP: 2, FN: 1, FP: 1, TN: 1}
	if got != want {
		t.Fatalf("Evaluate = %+v, want %+v", got, want)
	}
	// Matching is case-sensitive, with no normalisation.
	if c := Evaluate([]string{"second kept"}, nil, text); c.TP != 0 || c.FN != 1 {
		t.Errorf("case-insensitive match: %+v", c)
	}
	// Empty output: every With is missed, every Without avoided.
	if c := Evaluate(with, without, ""); c != (Confusion{FN: 3, TN: 2}) {
		t.Errorf("empty output: %+v", c)
	}

	var total Confusion
	total.Add(got)
	total.Add(Confusion{TP: 2, TN: 1})
	approx := func(name string, got, want float64) {
		t.Helper()
		if d := got - want; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	// total = TP 4, FN 1, FP 1, TN 2
	approx("precision", total.Precision(), 4.0/5)
	approx("recall", total.Recall(), 4.0/5)
	approx("accuracy", total.Accuracy(), 6.0/8)
	approx("f1", total.F1(), 8.0/10)
	approx("empty precision", Confusion{}.Precision(), 0)
}

// TestNormalizeMeta checks the lenient title/byline comparison key.
func TestNormalizeMeta(t *testing.T) {
	a := normalizeMeta("  Don\u2019t  Pa\u00adnic \u2014 “The\u00a0Guide”\u200b\n")
	b := normalizeMeta(`don't panic - "the guide"`)
	if a != b {
		t.Errorf("%q != %q", a, b)
	}
}

// TestDecodeHTML checks charset detection and soft-hyphen removal.
func TestDecodeHTML(t *testing.T) {
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\xfc\xdfe aus K\xf6ln, sch\xf6n\xad gut</p></body></html>")
	out, err := decodeHTML(latin1)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Grüße aus Köln, schön gut"; !strings.Contains(string(out), want) {
		t.Errorf("decoded %q, want it to contain %q", out, want)
	}
}

// TestScoreCorpusMeta checks the title and author counts against a corpus
// annotation, and the halves they land in.
func TestScoreCorpusMeta(t *testing.T) {
	e := Entry{File: "a.html", Title: "Harbour ferry returns", Authors: []string{"Ada Fenwick", "Bo Lund"}}
	tests := []struct {
		name string
		out  Output
		err  bool
		want CorpusMetaStats
	}{
		{"all exact", Output{Title: "Harbour ferry returns", Authors: []string{"Ada Fenwick", "Bo Lund"}},
			false, CorpusMetaStats{Pages: 1, TitlePages: 1, TitleExact: 1, TitleNorm: 1, AuthorPages: 1, AuthorsExact: 1, AuthorsMatched: 1}},
		{"case and a byline of both", Output{Title: "Harbour Ferry Returns", Byline: "By Ada Fenwick and Bo Lund"},
			false, CorpusMetaStats{Pages: 1, TitlePages: 1, TitleNorm: 1, AuthorPages: 1, AuthorsMatched: 1}},
		// The lenient measure drops a short tail after the last comma, as
		// for "Jane Doe, CNN": the first of two authors matches, the
		// exact one does not.
		{"first author of two", Output{Title: "Harbour ferry returns | Gazette", Authors: []string{"Ada Fenwick"}},
			false, CorpusMetaStats{Pages: 1, TitlePages: 1, AuthorPages: 1, AuthorsMatched: 1}},
		{"another author", Output{Byline: "Cy Marsh"},
			false, CorpusMetaStats{Pages: 1, TitlePages: 1, AuthorPages: 1}},
		{"failed", Output{Title: "Harbour ferry returns", Authors: []string{"Ada Fenwick", "Bo Lund"}},
			true, CorpusMetaStats{Pages: 1, TitlePages: 1, AuthorPages: 1}},
	}
	for _, tc := range tests {
		if got := scoreCorpusMeta(e, tc.out, tc.err); got != tc.want {
			t.Errorf("%s: scoreCorpusMeta = %+v, want %+v", tc.name, got, tc.want)
		}
	}
	// A page without annotations counts as a page and nothing else.
	if got := scoreCorpusMeta(Entry{File: "b.html"}, Output{Title: "x", Byline: "y"}, false); got != (CorpusMetaStats{Pages: 1}) {
		t.Errorf("no annotation: %+v", got)
	}
	var m CorpusMeta
	m.add("a.html", CorpusMetaStats{Pages: 1})
	m.add("b.html", CorpusMetaStats{Pages: 1})
	if m.All.Pages != 2 || m.Tune.Pages+m.Check.Pages != 2 || (m.Tune.Pages == 1) != (halfOf("a") != halfOf("b")) {
		t.Errorf("halves: %+v", m)
	}
}

// TestTitleLessSite checks the site-name-aside title measure, with near
// misses that must not agree.
func TestTitleLessSite(t *testing.T) {
	for _, tc := range []struct {
		want, got string
		ok        bool
	}{
		{"How to Build a Terrarium | eHow", "How to Build a Terrarium", true},
		{"LWN.net Weekly Edition for March 26, 2015 [LWN.net]", "LWN.net Weekly Edition for March 26, 2015", true},
		{"BMAS - Änderung der Anforderungen", "Änderung der Anforderungen", true},
		{"Samantha and The Great Big Lie - John C. Welch - Medium", "Samantha and The Great Big Lie", true},
		{"Don’t Panic", "don't panic", true},
		// Near misses: a headline cut short, a longer tail, no separator,
		// nothing extracted.
		{"Dogs Can Smell Fear: The Two-Way", "Dogs Can Smell Fear", false}, // the headline's own colon
		{"Dogs Can Smell Fear and more", "Dogs Can Smell Fear", false},
		{"A headline - with a subtitle that runs on for many more words", "A headline", false},
		{"Outside the web: standalone binaries", "standalone binaries using Emscripten", false},
		{"Anything | Site", "", false},
	} {
		if got := titleLessSite(tc.want, tc.got); got != tc.ok {
			t.Errorf("titleLessSite(%q, %q) = %v, want %v", tc.want, tc.got, got, tc.ok)
		}
	}
}
