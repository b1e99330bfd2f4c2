package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/warcpage/warctest"
)

// TestMain runs the tests on Beam's in-process prism runner unless
// --runner says otherwise.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestPipeline(t *testing.T) {
	bbc := read(t, "../../testdata/html/bbc.html")
	cnn := read(t, "../../testdata/text/cnn-portland-heat-dome.txt")
	latin := "<html><head><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 opens</h1>" +
		strings.Repeat("<p>The caf\xe9 on the corner opened its doors on Monday, and the queue ran round the block by nine.</p>", 3) +
		"</article></body></html>"
	const (
		bbcURL   = "https://www.bbc.co.uk/news/articles/one"
		cafeURL  = "https://cafe.example/opens"
		emptyURL = "https://empty.example/"
		cnnURL   = "https://edition.cnn.com/2025/08/14/weather/portland-heat"
		htmlURL  = "https://www.bbc.co.uk/news/articles/two"
		gzURL    = "https://www.bbc.co.uk/news/articles/gz"
	)
	dir := t.TempDir()

	// A crawl: two pages, one stored gzip-encoded as it came over the
	// wire, an empty one, what else a crawler stores, and a damaged gzip
	// member.
	var crawl bytes.Buffer
	for _, r := range []string{
		warctest.Record("request", bbcURL, "00000000-0000-0000-0000-000000000000", warctest.HTTPRequest, "GET /news/articles/one HTTP/1.1\r\nHost: www.bbc.co.uk\r\n\r\n"),
		warctest.Record("response", bbcURL, "00000000-0000-0000-0000-000000000001", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html; charset=utf-8\r\n", bbc)),
		warctest.Record("response", "https://www.bbc.co.uk/old", "00000000-0000-0000-0000-000000000002", warctest.HTTPResponse, warctest.Response("301 Moved Permanently", "Content-Type: text/html\r\n", "moved")),
		warctest.Record("response", "https://www.bbc.co.uk/logo.png", "00000000-0000-0000-0000-000000000003", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		warctest.Record("response", emptyURL, "00000000-0000-0000-0000-000000000004", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\n", "")),
		warctest.Record("response", cafeURL, "00000000-0000-0000-0000-000000000005", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html; charset=windows-1252\r\n", latin)),
		warctest.Record("response", gzURL, "00000000-0000-0000-0000-000000000006", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", string(warctest.Gzip(bbc)))),
	} {
		crawl.Write(warctest.Gzip(r))
		if strings.Contains(r, emptyURL) {
			crawl.WriteString("\x1f\x8b\x08\x00damaged member")
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), crawl.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file that starts like WARC and holds no record: an error line.
	if err := os.WriteFile(filepath.Join(dir, "junk.warc.gz"), warctest.Gzip("WARC/"), 0o644); err != nil {
		t.Fatal(err)
	}
	var jsonl bytes.Buffer
	enc := json.NewEncoder(&jsonl)
	enc.Encode(map[string]string{"id": "cnn-1", "url": cnnURL, "text": cnn})
	enc.Encode(map[string]string{"url": htmlURL, "html": bbc})
	jsonl.WriteString("{not json\n")
	if err := os.WriteFile(filepath.Join(dir, "pages.jsonl"), jsonl.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "articles.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Build(s, filepath.Join(dir, "*.warc.gz"), filepath.Join(dir, "*.jsonl"), out)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	got := map[string]outputLine{} // by URL; errors without one by message
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	lines := 0
	for sc.Scan() {
		lines++
		var l outputLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("not a JSON line: %v\n%s", err, sc.Text())
		}
		key := l.URL
		if key == "" {
			key = l.Error
		}
		got[key] = l
	}
	if lines != 9 || len(got) != 9 {
		t.Fatalf("%d lines, %d distinct; want 5 articles and 4 errors: %v", lines, len(got), got)
	}

	removed := map[string]int64{}
	for _, tc := range []struct {
		url, contentType, page string
		html                   bool
	}{
		{bbcURL, "text/html; charset=utf-8", bbc, true},
		{cafeURL, "text/html; charset=windows-1252", latin, true},
		{cnnURL, "", cnn, false},
		{htmlURL, "", bbc, true},
		{gzURL, "text/html", bbc, true},
	} {
		l := got[tc.url]
		src := extract.Source{URL: tc.url, ContentType: tc.contentType}
		from := extract.FromText
		if tc.html {
			from = extract.FromHTML
		}
		want, err := from(strings.NewReader(tc.page), src)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range want.Removed {
			removed["removed-"+string(r.Kind)]++
		}
		wantJSON, _ := marshal(want)
		gotJSON, _ := marshal(l.Article)
		if l.Error != "" || gotJSON != wantJSON {
			t.Errorf("%s: error %q, article\n%.300s\nwant the library's\n%.300s", tc.url, l.Error, gotJSON, wantJSON)
		}
	}
	if l := got[bbcURL]; l.WARC == nil || l.WARC.RecordID != "urn:uuid:00000000-0000-0000-0000-000000000001" || l.WARC.Date != "2024-05-03T10:00:00Z" || l.ContentType != "text/html; charset=utf-8" || !strings.HasSuffix(l.Path, "crawl.warc.gz") {
		t.Errorf("the WARC page's line lacks its record: %+v", l)
	}
	if l := got[cnnURL]; l.ID != "cnn-1" {
		t.Errorf("the JSON line's id was not passed through: %+v", l)
	}
	if l := got[emptyURL]; !strings.Contains(l.Error, "no article content") {
		t.Errorf("the empty page: %+v", l)
	}
	if l, ok := got["not a WARC file: no WARC record in it"]; !ok || !strings.HasSuffix(l.Path, "junk.warc.gz") {
		t.Errorf("no error line for the junk file: %v", got)
	}
	if !strings.Contains(got[cafeURL].Article.Title+got[cafeURL].Article.Body[0].Text, "Caf\u00e9") {
		t.Errorf("the HTTP charset was not used: %+v", got[cafeURL].Article)
	}

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "declutter" {
			counters[c.Name()] += c.Result()
		}
	}
	want := map[string]int64{"pages": 6, "errors": 4, "records-skipped": 3}
	for k, n := range removed {
		want[k] = n
	}
	for k, n := range want {
		if counters[k] != n {
			t.Errorf("counter %s = %d, want %d (all: %v)", k, counters[k], n, counters)
		}
	}
	if len(removed) == 0 {
		t.Error("no removals counted; the test proves nothing about them")
	}
}
