package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

// batchDir makes a folder of mixed pages, one of them broken, and files
// that are not pages.
func batchDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-text.txt", read(t, textPage))
	write("b-broken.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	write("c-page.HTM", read(t, htmlPage))
	write("notes.md", "not a page")
	write("a-text.golden.json", "{}")
	write("sub/d-cnn.txt", read(t, cnnPage))
	write(".git/e-hidden.html", read(t, htmlPage))
	return dir
}

func TestBatchOfADirectory(t *testing.T) {
	dir := batchDir(t)
	res := declutter(t, "", "", dir).want(t, exitFailed)
	var records []record
	sc := bufio.NewScanner(strings.NewReader(res.stdout))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("not a JSON line: %v\n%s", err, sc.Text())
		}
		records = append(records, r)
	}
	wantPaths := []string{"a-text.txt", "b-broken.html", "c-page.HTM", filepath.Join("sub", "d-cnn.txt")}
	if len(records) != len(wantPaths) {
		t.Fatalf("%d records, want %d:\n%s", len(records), len(wantPaths), res.stdout)
	}
	for i, r := range records {
		if want := filepath.Join(dir, wantPaths[i]); r.Path != want {
			t.Errorf("record %d is %s, want %s", i, r.Path, want)
		}
		broken := strings.Contains(r.Path, "broken")
		switch {
		case broken && (r.Error == "" || r.Article != nil):
			t.Errorf("%s: want an error record, got %+v", r.Path, r)
		case !broken && (r.Error != "" || r.Article == nil || r.Article.Title == ""):
			t.Errorf("%s: want an article, got error %q", r.Path, r.Error)
		}
	}
	if !strings.Contains(records[1].Error, "not text") {
		t.Errorf("broken page error %q, want extract.ErrNotText's", records[1].Error)
	}
	// The summary: pages, errors, seconds.
	if !strings.Contains(res.stderr, "4 pages, 1 error, ") || !strings.HasSuffix(res.stderr, "s\n") {
		t.Errorf("summary on stderr: %q", res.stderr)
	}
	if strings.Contains(res.stderr, "\r") {
		t.Errorf("progress drawn on a stderr that is not a terminal: %q", res.stderr)
	}
}

func TestBatchRecordIsTheArticle(t *testing.T) {
	res := declutter(t, "", "", textPage, htmlPage).want(t, exitOK)
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), res.stdout)
	}
	a := library(t, textPage, (*extract.Extractor).FromText, extract.Source{})
	article, err := marshal(a, "")
	if err != nil {
		t.Fatal(err)
	}
	path, _ := json.Marshal(textPage)
	if want := `{"path":` + string(path) + `,"article":` + strings.TrimSuffix(string(article), "\n") + `}`; lines[0] != want {
		t.Errorf("record\n%s\nwant\n%s", lines[0], want)
	}
}

func TestBatchOrderDoesNotDependOnWorkers(t *testing.T) {
	// The golden pages: every one extracts. (testdata/charsets also holds
	// pages that only decode with the Content-Type a server would send.)
	text, html := "../../testdata/text", "../../testdata/html"
	one := declutter(t, "", "", "-j", "1", text, html).want(t, exitOK)
	four := declutter(t, "", "", "-j", "4", text, html).want(t, exitOK)
	if one.stdout != four.stdout {
		t.Errorf("-j 1 and -j 4 printed different output")
	}
	pages := 0
	for _, dir := range []string{text, html} {
		n, err := countPages(dir)
		if err != nil {
			t.Fatal(err)
		}
		pages += n
	}
	if n := strings.Count(one.stdout, "\n"); n != pages || pages < 2 {
		t.Errorf("%d records for %d pages", n, pages)
	}
}

func countPages(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isPage(path) {
			n++
		}
		return err
	})
	return n, err
}

func TestBatchAsText(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.html")
	res := declutter(t, "", "", "-o", "text", textPage, missing, cnnPage).want(t, exitFailed)
	for _, want := range []string{"==> " + textPage + " <==", "==> " + cnnPage + " <=="} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("stdout lacks header %q", want)
		}
	}
	if !strings.Contains(res.stderr, missing) || !strings.Contains(res.stderr, "3 pages, 1 error") {
		t.Errorf("stderr should report the missing page and the summary: %q", res.stderr)
	}
}
