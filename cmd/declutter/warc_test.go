package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/warcpage"
	"github.com/declutter/declutter/warcpage/warctest"
)

// A warcPage is a record of the test WARC file that holds a page, with what
// its output line must say.
type warcPage struct {
	id, url, contentType, body string
}

// testWARC builds the records of a small crawl: pages in UTF-8 and in
// windows-1252 declared only by the HTTP header, a chunked gzipped page, and
// around them what a crawler also stores: warcinfo, a request, a redirect,
// an image, a DNS lookup, a response that holds no HTTP and an empty page.
func testWARC(t *testing.T) (records []string, pages []warcPage) {
	t.Helper()
	bbc := read(t, htmlPage)
	latin := "<html><head><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 opens</h1>" +
		strings.Repeat("<p>The caf\xe9 on the corner opened its doors on Monday, and the queue ran round the block by nine in the morning.</p>", 3) +
		"</article></body></html>"
	gz := warctest.Gzip(bbc)
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gz), gz)

	pages = []warcPage{
		{"00000000-0000-0000-0000-000000000001", "https://www.bbc.co.uk/news/articles/one", "text/html; charset=utf-8", bbc},
		{"00000000-0000-0000-0000-000000000002", "https://cafe.example/news/opens", "text/html; charset=windows-1252", latin},
		{"00000000-0000-0000-0000-000000000003", "https://www.bbc.co.uk/news/articles/gz", "text/html", bbc},
	}
	records = []string{
		warctest.Record("warcinfo", "", "00000000-0000-0000-0000-0000000000a0", "application/warc-fields", "software: test\r\n"),
		warctest.Record("request", pages[0].url, "00000000-0000-0000-0000-0000000000a1", warctest.HTTPRequest, "GET /news/articles/one HTTP/1.1\r\nHost: www.bbc.co.uk\r\n\r\n"),
		warctest.Record("response", pages[0].url, pages[0].id, warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: "+pages[0].contentType+"\r\n", bbc)),
		warctest.Record("response", "https://www.bbc.co.uk/old", "00000000-0000-0000-0000-0000000000a2", warctest.HTTPResponse, warctest.Response("301 Moved Permanently", "Location: /news\r\nContent-Type: text/html\r\n", "<a href=/news>moved</a>")),
		warctest.Record("response", "https://www.bbc.co.uk/logo.png", "00000000-0000-0000-0000-0000000000a3", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		warctest.Record("response", "dns:www.bbc.co.uk", "00000000-0000-0000-0000-0000000000a4", "text/dns", "20240503100000\nwww.bbc.co.uk. 300 IN A 192.0.2.1\n"),
		warctest.Record("response", "https://broken.example/", "00000000-0000-0000-0000-0000000000e1", warctest.HTTPResponse, "this is no HTTP response"),
		warctest.Record("response", pages[1].url, pages[1].id, warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: "+pages[1].contentType+"\r\n", latin)),
		warctest.Record("response", "https://empty.example/", "00000000-0000-0000-0000-0000000000e2", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\n", "")),
		warctest.Record("response", pages[2].url, pages[2].id, warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked)),
	}
	return records, pages
}

// writeWARC writes records to a file, each record its own gzip member when
// the name ends in .gz, as crawlers write them.
func writeWARC(t *testing.T, path string, records []string) {
	t.Helper()
	data := []byte(strings.Join(records, ""))
	if strings.HasSuffix(path, ".gz") {
		data = warctest.Gzip(records...)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonLines decodes the JSON Lines output of a batch.
func jsonLines(t *testing.T, out string) []record {
	t.Helper()
	var recs []record
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r record
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("not JSON Lines: %v\n%s", err, out)
		}
		recs = append(recs, r)
	}
	if strings.Count(out, "\n") != len(recs) {
		t.Fatalf("%d records on %d lines", len(recs), strings.Count(out, "\n"))
	}
	return recs
}

func TestWARC(t *testing.T) {
	records, pages := testWARC(t)
	dir := t.TempDir()
	plain, gzipped, unnamed := filepath.Join(dir, "crawl.warc"), filepath.Join(dir, "crawl.warc.gz"), filepath.Join(dir, "crawl.data")
	writeWARC(t, plain, records)
	writeWARC(t, gzipped, records)
	writeWARC(t, unnamed+".gz", records)
	if err := os.Rename(unnamed+".gz", unnamed); err != nil {
		t.Fatal(err)
	}

	outputs := map[string]string{}
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		path  string
	}{
		{"plain", "", []string{plain}, plain},
		{"gzip", "", []string{gzipped}, gzipped},
		{"sniffed", "", []string{unnamed}, unnamed},
		{"flag", "", []string{"-warc", unnamed}, unnamed},
		{"stdin", read(t, gzipped), nil, "-"},
		{"one worker", "", []string{"-j", "1", gzipped}, gzipped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := declutter(t, "", tc.stdin, tc.args...).want(t, exitFailed)
			recs := jsonLines(t, res.stdout)
			// Three pages, and two bad records in their places.
			wantURLs := []string{pages[0].url, "https://broken.example/", pages[1].url, "https://empty.example/", pages[2].url}
			if len(recs) != len(wantURLs) {
				t.Fatalf("%d records, want %d:\n%s", len(recs), len(wantURLs), res.stdout)
			}
			for i, r := range recs {
				if r.URL != wantURLs[i] || r.Path != tc.path || r.WARC == nil || r.WARC.Date != "2024-05-03T10:00:00Z" {
					t.Errorf("record %d: path %q url %q warc %+v, want path %q url %q", i, r.Path, r.URL, r.WARC, tc.path, wantURLs[i])
				}
			}
			for _, i := range []int{1, 3} {
				if recs[i].Error == "" || recs[i].Article != nil {
					t.Errorf("bad record %s: want an error line, got %+v", recs[i].URL, recs[i])
				}
			}
			for i, p := range []warcPage{pages[0], pages[1], pages[2]} {
				r := recs[[]int{0, 2, 4}[i]]
				if r.Error != "" {
					t.Errorf("%s: %s", p.url, r.Error)
					continue
				}
				if r.WARC.RecordID != "urn:uuid:"+p.id || r.ContentType != p.contentType {
					t.Errorf("%s: record id %q, content type %q; want urn:uuid:%s, %q", p.url, r.WARC.RecordID, r.ContentType, p.id, p.contentType)
				}
				want, err := extract.Default().FromHTML(strings.NewReader(p.body), extract.Source{URL: p.url, ContentType: p.contentType})
				if err != nil {
					t.Fatal(err)
				}
				if got, want := libraryJSON(t, r.Article), libraryJSON(t, want); got != want {
					t.Errorf("%s: article\n%s\nwant the library's\n%s", p.url, got, want)
				}
			}
			if !strings.Contains(recs[2].Article.Title, "Café") {
				t.Errorf("the HTTP header's charset was not used: title %q", recs[2].Article.Title)
			}
			if !strings.Contains(res.stderr, "5 pages, 2 errors, 5 records skipped, ") {
				t.Errorf("summary: %q", res.stderr)
			}
			outputs[tc.name] = res.stdout
			if tc.name == "one worker" && res.stdout != outputs["gzip"] {
				t.Errorf("-j 1 printed other records than the default")
			}
		})
	}
}

// TestWARCDamaged checks that a damaged gzip member is an error line and
// the records after it are still read.
func TestWARCDamaged(t *testing.T) {
	records, pages := testWARC(t)
	path := filepath.Join(t.TempDir(), "damaged.warc.gz")
	var out bytes.Buffer
	for i, r := range []string{records[2], records[7]} {
		out.Write(warctest.Gzip(r))
		if i == 0 {
			out.WriteString("\x1f\x8b\x08\x00this member is damaged")
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res := declutter(t, "", "", path).want(t, exitFailed)
	recs := jsonLines(t, res.stdout)
	if len(recs) != 3 || recs[0].URL != pages[0].url || recs[1].Error == "" || recs[2].URL != pages[1].url || recs[2].Article == nil {
		t.Errorf("want the page, an error line, the next page; got\n%s", res.stdout)
	}
	if !strings.Contains(res.stderr, "3 pages, 1 error") {
		t.Errorf("summary %q", res.stderr)
	}

	// Many damaged members in a row: the file is given up on, with a line
	// that says so, rather than scanned to its end.
	out.Reset()
	for range warcpage.MaxErrorsInARow + 5 {
		out.WriteString("\x1f\x8b\x08\x00this member is damaged")
	}
	out.Write(warctest.Gzip(records[2]))
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res = declutter(t, "", "", path).want(t, exitFailed)
	recs = jsonLines(t, res.stdout)
	if len(recs) != warcpage.MaxErrorsInARow+1 || !strings.Contains(recs[warcpage.MaxErrorsInARow].Error, "the rest of the file is not read") {
		t.Errorf("want %d error lines and a last one giving up, got\n%s", warcpage.MaxErrorsInARow, res.stdout)
	}
}

// TestWARCJunk checks that a file that starts like WARC but holds no record
// is an error for that file, not an empty crawl, and that the batch goes on.
func TestWARCJunk(t *testing.T) {
	records, pages := testWARC(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.warc")
	writeWARC(t, good, records[2:3])
	for name, junk := range map[string]string{
		"magic only":      "WARC/",
		"no headers":      "WARC/1.0 nothing\n",
		"headers no type": "WARC/1.1\r\ngarbage here\r\n\r\nmore junk",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, "junk.warc")
			if err := os.WriteFile(path, []byte(junk), 0o644); err != nil {
				t.Fatal(err)
			}
			res := declutter(t, "", "", path, good).want(t, exitFailed)
			recs := jsonLines(t, res.stdout)
			if len(recs) < 2 || recs[0].Path != path || recs[0].Error == "" || recs[0].Article != nil {
				t.Fatalf("want an error line for %s first, got\n%s", path, res.stdout)
			}
			last := recs[len(recs)-1]
			if last.URL != pages[0].url || last.Article == nil {
				t.Errorf("want the good file's page after the junk, got\n%s", res.stdout)
			}
			if !strings.Contains(res.stderr, "error") || strings.Contains(res.stderr, " 0 errors") {
				t.Errorf("summary %q", res.stderr)
			}
		})
	}

	// A WARC file of only a warcinfo record is a crawl with no pages: no error.
	info := filepath.Join(dir, "info.warc")
	writeWARC(t, info, records[:1])
	if !strings.Contains(records[0], "WARC-Type: warcinfo") {
		t.Fatalf("records[0] is not warcinfo:\n%s", records[0])
	}
	res := declutter(t, "", "", info, good).want(t, exitOK)
	if recs := jsonLines(t, res.stdout); len(recs) != 1 || recs[0].Error != "" {
		t.Errorf("want one page and no error, got\n%s", res.stdout)
	}
}
