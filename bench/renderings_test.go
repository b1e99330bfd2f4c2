package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRenderJobs lists the pages to render and leaves out those already
// rendered. It needs the two corpora in the module cache, not renderings.
func TestRenderJobs(t *testing.T) {
	if _, err := moduleDir(trafilaturaModule, trafilaturaVer); err != nil {
		t.Skipf("go-trafilatura module not available: %v", err)
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	n, err := writeRenderJobs(&buf, dir)
	if err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("%d jobs, want the corpus and the test pages (> 1000)", n)
	}
	var first renderJob
	sc := bufio.NewScanner(&buf)
	sc.Scan()
	if err := json.Unmarshal(sc.Bytes(), &first); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(first.Out, dir) || !strings.HasSuffix(first.Out, ".txt") || first.URL == "" {
		t.Errorf("first job %+v", first)
	}
	if _, err := os.Stat(first.In); err != nil {
		t.Errorf("job input: %v", err)
	}

	// A cached rendering is not rendered again.
	if err := os.MkdirAll(filepath.Dir(first.Out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(first.Out, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if m, err := writeRenderJobs(&buf, dir); err != nil || m != n-1 {
		t.Errorf("after one rendering: %d jobs (%v), want %d", m, err, n-1)
	}
}

// TestBenchText scores a folder holding one rendering of a corpus page and
// one of a test page, made up here.
func TestBenchText(t *testing.T) {
	trafDir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		t.Skipf("go-trafilatura module not available: %v", err)
	}
	readDir, err := moduleDir(readabilityModule, readabilityVer)
	if err != nil {
		t.Skipf("go-readability module not available: %v", err)
	}
	if _, err := benchText(filepath.Join(t.TempDir(), "none"), 0, ""); err == nil || !strings.Contains(err.Error(), "render.sh") {
		t.Errorf("missing renderings: %v, want a hint to render.sh", err)
	}

	src, err := os.ReadFile(filepath.Join(trafDir, "scripts", "comparison", "data.go"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := parseComparisonData(src)
	if err != nil {
		t.Fatal(err)
	}
	metaPages, err := loadMetaPages(readDir, false)
	if err != nil {
		t.Fatal(err)
	}
	e, mp := entries[0], metaPages[0]

	dir := t.TempDir()
	write := func(sub, name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(trafilaturaRenderings, pageName(e.File), "Menu\n\n"+strings.Join(e.With, "\n\n")+"\n")
	write(readabilityRenderings, mp.Name, "Home\n\n"+mp.Title+"\n\nSome text of the page follows here in a sentence.\n")

	rep, err := benchText(dir, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	if rep.CorpusPages-rep.CorpusMissing != 1 || rep.MetaPages-rep.MetaMissing != 1 {
		t.Fatalf("rendered pages: corpus %d of %d, meta %d of %d",
			rep.CorpusPages-rep.CorpusMissing, rep.CorpusPages, rep.MetaPages-rep.MetaMissing, rep.MetaPages)
	}
	for _, c := range rep.Corpus {
		if c.All.Pages != 1 || c.All.Errors != 0 || c.Tune.Pages+c.Check.Pages != 1 {
			t.Errorf("%s: %+v", c.Name, c)
		}
		// Keeping every line finds every snippet the rendering holds.
		if c.Name == "every-line" && (c.All.TP != len(e.With) || c.All.FP != 0) {
			t.Errorf("every-line: %+v, want %d TP and no FP", c.All.Confusion, len(e.With))
		}
	}
	if m := rep.Metadata.All; m.Pages != 1 || m.Errors != 0 || m.TitlePages != btoi(mp.Title != "") {
		t.Errorf("metadata: %+v", m)
	}

	var md bytes.Buffer
	rep.write(&md)
	for _, want := range []string{"(1 of ", "| declutter | check |", "| every-line | tune |", "Title exact"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, md.String())
		}
	}
}

func TestPageURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.example.org/a?b=1": "https://www.example.org/a?b=1",
		"http://example.org/":           "http://example.org/",
		"xhttps://www.example.org/a":    metaPageURL,
		"www.example.org/a":             metaPageURL,
		"%zz":                           metaPageURL,
	} {
		if got := pageURL(in); got != want {
			t.Errorf("pageURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMissOf(t *testing.T) {
	e := Entry{File: "a.html", URL: "https://a.example/", With: []string{"kept", "lost"}, Without: []string{"Menu", "Footer"}}
	m := missOf(e, "kept text\nMenu", nil)
	if !slices.Equal(m.Lost, []string{"lost"}) || !slices.Equal(m.Kept, []string{"Menu"}) || m.Error != "" {
		t.Errorf("missOf = %+v", m)
	}
	m = missOf(e, "", errors.New("boom"))
	if len(m.Lost) != 2 || len(m.Kept) != 0 || m.Error != "boom" {
		t.Errorf("failed page: %+v", m)
	}
}
