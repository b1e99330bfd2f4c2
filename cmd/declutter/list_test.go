package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

const cnnURL = "https://edition.cnn.com/2025/08/14/weather/portland-heat"

// cnnRules drops CNN's sign-off on cnn.com pages only, so that a test can
// see which URL a page was given.
func cnnRules(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cnn.rules")
	const rules = "kind legal\nhosts cnn.com\ncontributed  drop  contains  contributed to this report\n"
	if err := os.WriteFile(path, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestList(t *testing.T) {
	srv, _ := newSite(t)
	dir := t.TempDir()
	gz := filepath.Join(dir, "latin.html.gz")
	writeGzip(t, gz, latinPage)
	list := strings.Join([]string{
		"# pages to clean",
		"",
		srv.URL + "/news/story",
		textPage,
		jsonString(t, map[string]string{"id": "cnn-1", "url": cnnURL, "text": read(t, cnnPage)}),
		jsonString(t, map[string]string{"url": cnnURL, "path": cnnPage}),
		// JSON holds text, not bytes: the page is UTF-8 whatever it declares.
		jsonString(t, map[string]string{"url": "https://cafe.example/opens", "html": strings.ReplaceAll(latinPage, "\xe9", "é"), "content_type": "text/html; charset=windows-1252"}),
		jsonString(t, map[string]string{"id": "fetched", "url": srv.URL + "/old"}),
		`{"url": "https://news.example/", "oops"`,
		`{"id": "nothing"}`,
		gz,
		filepath.Join(dir, "missing.html"),
		jsonString(t, map[string]string{"id": "no-url", "text": read(t, cnnPage)}),
	}, "\n")
	listFile := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(listFile, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	rules := cnnRules(t)
	for _, tc := range []struct {
		name, stdin string
		args        []string
		where       string
	}{
		{"-i FILE", "", []string{"-i", listFile}, listFile},
		{"-i -", list, []string{"-i", "-"}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := declutter(t, "", tc.stdin, append([]string{"-rules", rules}, tc.args...)...).want(t, exitFailed)
			recs := jsonLines(t, res.stdout)
			if len(recs) != 11 {
				t.Fatalf("%d records, want 11:\n%s", len(recs), res.stdout)
			}
			check := func(i int, path, id, url string, ok bool) {
				t.Helper()
				r := recs[i]
				if r.Path != path || r.ID != id || r.URL != url || (r.Error == "") != ok || (r.Article != nil) != ok {
					t.Errorf("record %d: path %q id %q url %q error %q; want path %q id %q url %q, ok %v", i, r.Path, r.ID, r.URL, r.Error, path, id, url, ok)
				}
			}
			check(0, srv.URL+"/news/story", "", srv.URL+"/news/story", true)
			check(1, textPage, "", "", true)
			check(2, tc.where+":5", "cnn-1", cnnURL, true)
			check(3, cnnPage, "", cnnURL, true)
			check(4, tc.where+":7", "", "https://cafe.example/opens", true)
			check(5, srv.URL+"/old", "fetched", srv.URL+"/news/story", true)
			check(6, tc.where+":9", "", "", false)
			check(7, tc.where+":10", "nothing", "", false)
			check(8, gz, "", "", true)
			check(9, filepath.Join(dir, "missing.html"), "", "", false)
			check(10, tc.where+":13", "no-url", "", true)

			// Each page has its own URL: the host rule applies to the CNN
			// pages, read from the line and from the file alike, and not to
			// the one without a URL.
			for i, want := range map[int]bool{2: true, 3: true, 10: false} {
				a := recs[i].Article
				if a == nil {
					continue
				}
				ruled := false
				for _, r := range a.Removed {
					ruled = ruled || r.Rule == "legal/contributed"
				}
				if ruled != want || (a.URL == cnnURL) != want {
					t.Errorf("record %d: url %q, cnn.com rule applied %v, want %v", i, a.URL, ruled, want)
				}
			}
			for _, i := range []int{4, 8} {
				if a := recs[i].Article; a != nil && !strings.Contains(a.Title+a.Lead, "Café") && !strings.Contains(a.Body[0].Text, "café") {
					t.Errorf("record %d: windows-1252 misread: %+v", i, a)
				}
			}
		})
	}
}

// TestJSONLinesFile checks that a .jsonl file named as a path is a list.
func TestJSONLinesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.jsonl.gz")
	writeGzip(t, path, jsonString(t, map[string]string{"url": cnnURL, "text": read(t, cnnPage)})+"\n"+
		jsonString(t, map[string]string{"url": "https://www.bbc.co.uk/news/articles/x", "html": read(t, htmlPage)})+"\n")
	res := declutter(t, "", "", path).want(t, exitOK)
	recs := jsonLines(t, res.stdout)
	if len(recs) != 2 || recs[0].Article == nil || recs[0].Article.URL != cnnURL || recs[1].Article == nil || recs[1].Path != path+":2" {
		t.Errorf("got\n%s", res.stdout)
	}
}

func writeGzip(t *testing.T, path, content string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(content))
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGzippedPages checks that .html.gz and .txt.gz pages are read, named
// or found in a directory.
func TestGzippedPages(t *testing.T) {
	dir := t.TempDir()
	writeGzip(t, filepath.Join(dir, "a.txt.gz"), read(t, textPage))
	writeGzip(t, filepath.Join(dir, "b.html.gz"), read(t, htmlPage))
	writeGzip(t, filepath.Join(dir, "c.tar.gz"), "not a page")
	res := declutter(t, "", "", dir).want(t, exitOK)
	recs := jsonLines(t, res.stdout)
	if len(recs) != 2 {
		t.Fatalf("want a.txt.gz and b.html.gz, got\n%s", res.stdout)
	}
	for i, tc := range []struct {
		page string
		from func(*extract.Extractor, io.Reader, extract.Source) (*extract.Article, error)
	}{
		{textPage, (*extract.Extractor).FromText},
		{htmlPage, (*extract.Extractor).FromHTML},
	} {
		if got, want := libraryJSON(t, recs[i].Article), libraryJSON(t, library(t, tc.page, tc.from, extract.Source{})); got != want {
			t.Errorf("%s: got\n%.300s\nwant\n%.300s", recs[i].Path, got, want)
		}
	}
	one := declutter(t, "", "", "-o", "json", filepath.Join(dir, "a.txt.gz")).want(t, exitOK)
	if want := libraryJSON(t, library(t, textPage, (*extract.Extractor).FromText, extract.Source{})); one.stdout != want {
		t.Errorf("a.txt.gz alone: got\n%.300s", one.stdout)
	}
}

func TestMaxBytes(t *testing.T) {
	size := len(read(t, htmlPage))
	res := declutter(t, "", "", "-max-bytes", "1k", htmlPage).want(t, exitFailed)
	if !strings.Contains(res.stderr, "input too large: more than 1024 bytes") {
		t.Errorf("stderr %q", res.stderr)
	}
	declutter(t, "", "", "-max-bytes", fmt.Sprint(size), htmlPage).want(t, exitOK)
	// The cap counts the HTML left once scripts and styles are dropped.
	declutter(t, "", "", "-max-bytes", fmt.Sprint(size*9/10), htmlPage).want(t, exitFailed)
	for _, bad := range []string{"0", "-5", "lots", "12X"} {
		declutter(t, "", "", "-max-bytes", bad, htmlPage).want(t, exitUsage)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"1": 1, "20000000": 20000000, "512k": 512 << 10, "32M": 32 << 20, "32MiB": 32 << 20, "2G": 2 << 30, "2GB": 2 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

// TestNoInput: with no path, an empty standard input is a usage error, as
// the README says; a "-" named on purpose is a page, and an empty one fails
// as any empty page does.
func TestNoInput(t *testing.T) {
	res := declutter(t, "", "").want(t, exitUsage)
	if res.stdout != "" || !strings.Contains(res.stderr, "no input") {
		t.Errorf("stdout %q, stderr %q", res.stdout, res.stderr)
	}
	res = declutter(t, "", "", "-o", "json", "-").want(t, exitFailed)
	if recs := jsonLines(t, res.stdout); len(recs) != 1 || recs[0].Path != "-" || !strings.Contains(recs[0].Error, "no article content") {
		t.Errorf("declutter -o json - < /dev/null: stdout %q", res.stdout)
	}
}

// TestCanonicalIsThePageURL: without -url, a saved page's canonical link is
// its URL, for the output and for host rules.
func TestCanonicalIsThePageURL(t *testing.T) {
	html := `<html><head><link rel="canonical" href="` + cnnURL + `"><title>Heat</title></head><body><article>`
	for _, line := range strings.Split(read(t, cnnPage), "\n") {
		if strings.TrimSpace(line) != "" {
			html += "<p>" + line + "</p>\n"
		}
	}
	html += "</article></body></html>"
	path := filepath.Join(t.TempDir(), "saved.html")
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	res := declutter(t, "", "", "-rules", cnnRules(t), "-o", "json", path).want(t, exitOK)
	var a extract.Article
	if err := json.Unmarshal([]byte(res.stdout), &a); err != nil {
		t.Fatal(err)
	}
	ruled := false
	for _, r := range a.Removed {
		ruled = ruled || r.Rule == "legal/contributed"
	}
	if a.URL != cnnURL || !ruled {
		t.Errorf("url %q, cnn.com rule applied %v; want %q and true", a.URL, ruled, cnnURL)
	}
}
