package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// newExtractor builds the one Extractor every worker shares, with the
// default rules and those of the -rules files.
func newExtractor(opts options) (*extract.Extractor, error) {
	var rules []clean.Rule
	for _, path := range opts.rules {
		rs, err := readRules(path)
		if err != nil {
			return nil, err
		}
		rules = append(rules, rs...)
	}
	e, err := extract.New(extract.WithRules(rules...))
	if err != nil {
		return nil, fmt.Errorf("-rules: %w", err)
	}
	return e, nil
}

func readRules(path string) ([]clean.Rule, error) {
	rs, err := clean.ParseFile(path)
	if err != nil {
		return nil, fmt.Errorf("-rules: %w", err)
	}
	return rs, nil
}

// extractInput extracts one input's article, reading "-" from stdin.
func extractInput(e *extract.Extractor, in input, stdin io.Reader, opts options) (*extract.Article, error) {
	if in.err != nil {
		return nil, in.err
	}
	r := stdin
	if in.path != "-" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	src := extract.Source{URL: opts.url, ContentType: opts.contentType}
	switch readAs(in.path, opts.format) {
	case "html":
		return e.FromHTML(r, src)
	case "text":
		return e.FromText(r, src)
	}
	return e.From(r, src)
}

// readAs decides how to read a page: as -format says, else by its
// extension, else "" to let extract.From sniff the bytes.
func readAs(path, format string) string {
	if format != "auto" {
		return format
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return "text"
	case ".html", ".htm":
		return "html"
	}
	return ""
}
