package main

import (
	"fmt"

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
	eopts := []extract.Option{extract.WithRules(rules...)}
	if opts.maxBytes > 0 {
		eopts = append(eopts, extract.WithMaxBytes(opts.maxBytes))
	}
	e, err := extract.New(eopts...)
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
