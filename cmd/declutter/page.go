package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"io"
	"os"

	"github.com/declutter/declutter/extract"
)

// pageJob is the job of one page file, or of standard input for "-".
func pageJob(path string, src extract.Source, rec record, stdin io.Reader, format string) job {
	return job{rec: rec, run: func(ctx context.Context, e *extractor, _ *record) (*extract.Article, error) {
		r, closeFn, err := openPage(path, stdin)
		if err != nil {
			return nil, err
		}
		defer closeFn()
		return e.extractAs(ctx, r, readAs(path, format), src)
	}}
}

// openPage opens a page file, or standard input for "-", decompressing it
// when it is gzipped (page.html.gz), whatever its name says.
func openPage(path string, stdin io.Reader) (io.Reader, func() error, error) {
	var (
		r       io.Reader = stdin
		closeFn           = func() error { return nil }
	)
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		r, closeFn = f, f.Close
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if !isGzip(head) {
		return br, closeFn, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	return zr, closeFn, nil
}

// readAs decides how to read a page file: as -format says, else by its
// extension (under a .gz), else "" to let extract.From sniff the bytes.
func readAs(path, format string) string {
	if format != "auto" {
		return format
	}
	switch pageExt(path) {
	case ".txt":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	return ""
}
