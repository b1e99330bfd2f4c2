package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/declutter/declutter/extract"
)

// A listEntry is one JSON line of a list: a page given by its file, its
// HTML or its text, or a URL alone to fetch. url is the page's address in
// every case; id is passed through to the output.
type listEntry struct {
	ID          string `json:"id"`
	URL         string `json:"url"`
	Path        string `json:"path"`
	HTML        string `json:"html"`
	Text        string `json:"text"`
	ContentType string `json:"content_type"`
}

// errBadEntry is the error of a JSON line that names no page.
var errBadEntry = errors.New(`want "url", or "path", "html" or "text" with an optional "url"`)

// listJobs yields the jobs of a list file (or standard input for "-"), a
// line at a time: blank lines and lines starting with # are skipped; a line
// starting with { is a JSON page; any other is a URL or a path, as on the
// command line.
func (f *feeder) listJobs(path string, yield func(job) bool) bool {
	r, closeFn, err := openPage(path, f.stdin)
	if err != nil {
		return yield(failed(record{Path: path}, err))
	}
	defer closeFn()
	lines := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := readLine(lines, f.maxLine())
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return true
		}
		where := fmt.Sprintf("%s:%d", path, n)
		if err != nil && !errors.Is(err, io.EOF) {
			if !yield(failed(record{Path: where}, err)) {
				return false
			}
			if errors.Is(err, errLongLine) {
				continue
			}
			return true
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if line[0] == '{' {
			if !yield(f.entryJob(where, line)) {
				return false
			}
			continue
		}
		arg := string(line)
		if isURL(arg) {
			if !yield(f.urlJob(arg, record{Path: arg})) {
				return false
			}
			continue
		}
		for _, in := range expandPath(arg, f.opts.warc) {
			if !f.expand(in, false, yield) {
				return false
			}
		}
	}
}

// entryJob is the job of one JSON line of a list.
func (f *feeder) entryJob(where string, line []byte) job {
	var ent listEntry
	if err := json.Unmarshal(line, &ent); err != nil {
		return failed(record{Path: where}, fmt.Errorf("JSON line: %w", err))
	}
	rec := record{Path: where, ID: ent.ID, URL: ent.URL, ContentType: ent.ContentType}
	src := extract.Source{URL: ent.URL, ContentType: ent.ContentType}
	switch {
	case ent.HTML != "":
		return inlineJob(ent.HTML, "html", src, rec)
	case ent.Text != "":
		return inlineJob(ent.Text, "text", src, rec)
	case ent.Path != "":
		rec.Path = ent.Path
		return pageJob(ent.Path, src, rec, f.stdin, f.opts.format)
	case isURL(ent.URL):
		rec.Path = ent.URL
		return f.urlJob(ent.URL, rec)
	}
	return failed(rec, errBadEntry)
}

// inlineJob is the job of a page held in a JSON line.
func inlineJob(page, as string, src extract.Source, rec record) job {
	return job{rec: rec, run: func(ctx context.Context, e *extractor, _ *record) (*extract.Article, error) {
		return e.extractAs(ctx, strings.NewReader(page), as, src)
	}}
}

// maxLine is the longest line a list may hold: a page of the largest size
// allowed, escaped as JSON.
func (f *feeder) maxLine() int {
	n := f.opts.maxBytes
	if n <= 0 {
		n = extract.DefaultMaxBytes
	}
	return int(min(2*n+4096, 1<<31-1))
}

// errLongLine is the error of a list line longer than maxLine.
var errLongLine = errors.New("line too long for -max-bytes")

// readLine reads a line of at most max bytes; a longer one is skipped to its
// end and reported with errLongLine.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			line = nil
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			if err == nil || errors.Is(err, io.EOF) {
				return nil, errLongLine
			}
			return nil, err
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}
