package warcpage_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/declutter/declutter/warcpage"
	"github.com/declutter/declutter/warcpage/warctest"
)

// read reads every page of a stream, with the errors on the way.
func read(t *testing.T, data []byte, accept func(string) bool) (pages []string, errs []error, skipped int) {
	t.Helper()
	r, err := warcpage.NewReader(bytes.NewReader(data), accept)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for {
		p, err := r.Next()
		if err == io.EOF {
			return pages, errs, r.Skipped()
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		body, err := p.Body()
		if err != nil {
			errs = append(errs, err)
			p.Close()
			continue
		}
		b, err := io.ReadAll(body)
		p.Close()
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, fmt.Sprintf("%s %s %s %s %q", p.URI, p.RecordID, p.Date, p.ContentType, b))
	}
}

func TestReader(t *testing.T) {
	const page = "<html><title>One</title><p>Body.</p></html>"
	gz := warctest.Gzip(page)
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gz), gz)
	records := []string{
		warctest.Record("warcinfo", "", "a0", "application/warc-fields", "software: test\r\n"),
		warctest.Record("request", "https://a.example/one", "a1", "application/http; msgtype=request", "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warctest.Record("response", "https://a.example/one", "p1", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page)),
		warctest.Record("response", "https://a.example/old", "a2", warctest.HTTPResponse, warctest.Response("301 Moved Permanently", "Location: /one\r\nContent-Type: text/html\r\n", "moved")),
		warctest.Record("response", "https://a.example/logo.png", "a3", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
		warctest.Record("response", "dns:a.example", "a4", "text/dns", "a.example. 300 IN A 192.0.2.1\n"),
		warctest.Record("response", "https://broken.example/", "e1", warctest.HTTPResponse, "this is no HTTP response"),
		warctest.Record("response", "https://a.example/gz", "p2", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked)),
		warctest.Record("resource", "file:///notes.txt", "p3", "text/plain", "Plain notes."),
	}
	want := []string{
		`https://a.example/one urn:uuid:p1 2024-05-03T10:00:00Z text/html; charset=utf-8 "` + page + `"`,
		`https://a.example/gz urn:uuid:p2 2024-05-03T10:00:00Z text/html "` + page + `"`,
		`file:///notes.txt urn:uuid:p3 2024-05-03T10:00:00Z text/plain "Plain notes."`,
	}
	for name, data := range map[string][]byte{
		"plain": []byte(strings.Join(records, "")),
		"gzip":  warctest.Gzip(records...),
	} {
		t.Run(name, func(t *testing.T) {
			pages, errs, skipped := read(t, data, nil)
			if strings.Join(pages, "\n") != strings.Join(want, "\n") {
				t.Errorf("pages:\n%s\nwant:\n%s", strings.Join(pages, "\n"), strings.Join(want, "\n"))
			}
			var re *warcpage.RecordError
			if len(errs) != 1 || !errors.As(errs[0], &re) || re.URI != "https://broken.example/" || re.RecordID != "urn:uuid:e1" {
				t.Errorf("want one RecordError for the response without HTTP, got %v", errs)
			}
			if skipped != 5 {
				t.Errorf("skipped %d records, want 5 (warcinfo, request, redirect, image, DNS)", skipped)
			}
		})
	}

	// accept decides which Content-Types are pages.
	pages, _, _ := read(t, []byte(strings.Join(records, "")), func(ct string) bool { return strings.HasPrefix(ct, "image/") })
	if len(pages) != 1 || !strings.HasPrefix(pages[0], "https://a.example/logo.png ") {
		t.Errorf("with an accept of images, got %q", pages)
	}
}

func TestReaderDamaged(t *testing.T) {
	one := warctest.Record("response", "https://a.example/one", "p1", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\n", "<p>One</p>"))
	two := warctest.Record("response", "https://a.example/two", "p2", warctest.HTTPResponse, warctest.Response("200 OK", "Content-Type: text/html\r\n", "<p>Two</p>"))
	const damaged = "\x1f\x8b\x08\x00this member is damaged"

	// One damaged gzip member costs that record alone.
	data := append(warctest.Gzip(one), damaged...)
	data = append(data, warctest.Gzip(two)...)
	pages, errs, _ := read(t, data, nil)
	var re *warcpage.RecordError
	if len(pages) != 2 || len(errs) != 1 || !errors.As(errs[0], &re) {
		t.Errorf("want two pages and one RecordError, got %q and %v", pages, errs)
	}

	// Too many in a row: the reader gives up rather than scan to the end.
	data = nil
	for range warcpage.MaxErrorsInARow + 5 {
		data = append(data, damaged...)
	}
	data = append(data, warctest.Gzip(two)...)
	pages, errs, _ = read(t, data, nil)
	if len(pages) != 0 || len(errs) != warcpage.MaxErrorsInARow+1 || !errors.Is(errs[len(errs)-1], warcpage.ErrGaveUp) {
		t.Errorf("want %d RecordErrors then ErrGaveUp, got %q and %v", warcpage.MaxErrorsInARow, pages, errs)
	}
}

// TestReaderJunk checks that text that starts like WARC but holds no record
// is an error, not an empty crawl, and that a crawl of no page is not.
func TestReaderJunk(t *testing.T) {
	for name, junk := range map[string]string{
		"magic only":      "WARC/",
		"no headers":      "WARC/1.0 nothing\n",
		"headers no type": "WARC/1.1\r\ngarbage here\r\n\r\nmore junk",
	} {
		t.Run(name, func(t *testing.T) {
			pages, errs, _ := read(t, []byte(junk), nil)
			if len(pages) != 0 || len(errs) == 0 {
				t.Errorf("want errors and no page, got %q and %v", pages, errs)
			}
		})
	}
	pages, errs, _ := read(t, []byte("WARC/"), nil)
	if len(pages) != 0 || len(errs) != 1 || !errors.Is(errs[0], warcpage.ErrNoRecord) {
		t.Errorf("want ErrNoRecord, got %q and %v", pages, errs)
	}

	info := warctest.Record("warcinfo", "", "a0", "application/warc-fields", "software: test\r\n")
	if pages, errs, skipped := read(t, []byte(info), nil); len(pages) != 0 || len(errs) != 0 || skipped != 1 {
		t.Errorf("a warcinfo record alone: want no page and no error, got %q and %v", pages, errs)
	}
}

func TestMediaType(t *testing.T) {
	for ct, want := range map[string]string{
		"":                          "",
		"text/html":                 "html",
		"Text/HTML; charset=utf-8":  "html",
		"application/xhtml+xml":     "html",
		"text/plain; charset=utf-8": "text",
		"image/png":                 "other",
		"text/html;;bad=":           "html",
	} {
		if got := warcpage.MediaType(ct); got != want {
			t.Errorf("MediaType(%q) = %q, want %q", ct, got, want)
		}
		if got := warcpage.IsPage(ct); got != (want != "other") {
			t.Errorf("IsPage(%q) = %v", ct, got)
		}
	}
}
