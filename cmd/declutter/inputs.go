package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// errNoPages is the error of a directory that holds no page to read.
var errNoPages = errors.New("no .html, .htm or .txt files")

// An input is one page to extract, or a path that could not be read and
// whose error belongs in the output in its place.
type input struct {
	path string // as given, or as found by walking a directory; "-" is standard input
	err  error
}

// collectInputs expands the paths given on the command line into pages, in
// order, directories walked in lexical order. batch reports whether the
// output is a list of records rather than one article: more than one path,
// or any directory, since its pages need their paths beside them.
func collectInputs(paths []string) (inputs []input, batch bool) {
	batch = len(paths) > 1
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, input{path: p})
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			inputs = append(inputs, input{path: p, err: err})
		case info.IsDir():
			batch = true
			inputs = append(inputs, walk(p)...)
		default:
			// A file named on the command line is read whatever its
			// extension: the user chose it.
			inputs = append(inputs, input{path: p})
		}
	}
	return inputs, batch
}

// walk returns the pages under dir. A directory that cannot be read becomes
// an input carrying the error, so that the batch reports it and goes on.
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
		if isPage(path) {
			found = append(found, input{path: path})
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

// isPage reports whether a file found in a directory is a page by its name.
func isPage(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".txt":
		return true
	}
	return false
}
