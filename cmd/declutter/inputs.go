package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// errNoPages is the error of a directory that holds no page to read.
var errNoPages = errors.New("no .html, .htm, .txt or .warc files (or .gz of them)")

// A kind is what an input holds.
type kind int

const (
	pageInput kind = iota // one page: a file, or standard input
	warcInput             // a WARC file: a page per HTML response record
	listInput             // a list: a URL, a path or a JSON object a line
	urlInput              // a page to fetch
)

// An input is one page or source of pages to extract, or a path that could
// not be read and whose error belongs in the output in its place.
type input struct {
	path string // as given, or as found by walking a directory; "-" is standard input
	kind kind
	err  error
}

// collectInputs expands the paths and -i lists given on the command line
// into inputs, in order, directories walked in lexical order. batch
// reports whether the output is a list of records rather than one article:
// more than one input, or any directory, WARC file or list, since their
// pages need their paths beside them.
func collectInputs(opts options, stdin *bufio.Reader) (inputs []input, batch bool) {
	batch = len(opts.paths)+len(opts.lists) > 1 || len(opts.lists) > 0
	for _, p := range opts.paths {
		if isURL(p) {
			inputs = append(inputs, input{path: p, kind: urlInput})
			continue
		}
		if p == "-" {
			k := pageInput
			if opts.warc || isWARC(stdin) {
				k, batch = warcInput, true
			}
			inputs = append(inputs, input{path: p, kind: k})
			continue
		}
		found := expandPath(p, opts.warc)
		for _, in := range found {
			if in.kind != pageInput {
				batch = true
			}
		}
		if len(found) != 1 || found[0].path != p {
			batch = true // a directory
		}
		inputs = append(inputs, found...)
	}
	for _, l := range opts.lists {
		inputs = append(inputs, input{path: l, kind: listInput})
	}
	return inputs, batch
}

// expandPath is the inputs of one path: a file, or the pages and WARC files
// of a directory. A file named by the user is read whatever its extension:
// the user chose it; its content says whether it is a WARC file.
func expandPath(p string, warc bool) []input {
	info, err := os.Stat(p)
	switch {
	case err != nil:
		return []input{{path: p, err: err}}
	case info.IsDir():
		return walk(p)
	}
	return []input{{path: p, kind: fileKind(p, warc)}}
}

// fileKind tells a WARC file or a list from a page, by its extension or,
// for a file with neither a page's nor a WARC's extension, its first bytes.
func fileKind(path string, warc bool) kind {
	if warc {
		return warcInput
	}
	switch ext := pageExt(path); ext {
	case ".warc":
		return warcInput
	case ".jsonl", ".ndjson":
		return listInput
	case ".html", ".htm", ".xhtml", ".txt":
		return pageInput
	}
	f, err := os.Open(path)
	if err != nil {
		return pageInput // the page's own read reports the error
	}
	defer f.Close()
	if isWARC(bufio.NewReader(f)) {
		return warcInput
	}
	return pageInput
}

// pageExt is a file's extension in lower case, under a .gz: ".warc" for
// crawl.warc.gz.
func pageExt(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	return ext
}

// warcMagic starts every WARC record.
var warcMagic = []byte("WARC/")

// isWARC reports whether r starts with a WARC record, plain or gzipped,
// without consuming it.
func isWARC(r *bufio.Reader) bool {
	head, _ := r.Peek(512)
	if bytes.HasPrefix(head, warcMagic) {
		return true
	}
	if !isGzip(head) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	inner := make([]byte, len(warcMagic))
	n, _ := io.ReadFull(zr, inner)
	return bytes.Equal(inner[:n], warcMagic)
}

func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// isURL reports whether an argument is a web address rather than a path.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// walk returns the pages and WARC files under dir. A directory that cannot
// be read becomes an input carrying the error, so that the batch reports it
// and goes on.
func walk(dir string) []input {
	var found []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, input{path: path, err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			// Version-control and editor folders hold no pages worth reading.
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case isPage(path):
			found = append(found, input{path: path})
		case pageExt(path) == ".warc":
			found = append(found, input{path: path, kind: warcInput})
		}
		return nil
	})
	if err != nil {
		found = append(found, input{path: dir, err: err})
	}
	if len(found) == 0 {
		found = append(found, input{path: dir, err: fmt.Errorf("%s: %w", dir, errNoPages)})
	}
	return found
}

// isPage reports whether a file found in a directory is a page by its name:
// .html, .htm or .txt, or any of them gzipped.
func isPage(path string) bool {
	switch pageExt(path) {
	case ".html", ".htm", ".txt":
		return true
	}
	return false
}
