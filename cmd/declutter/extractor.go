package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// An extractor is the one Extractor every worker shares, with the bound on
// the time one page may take.
type extractor struct {
	*extract.Extractor
	pageTimeout time.Duration // 0 for none
}

// extractAs extracts a page read as "html", as "text", or sniffed (""),
// giving up when ctx is done or the page takes longer than its bound.
func (e *extractor) extractAs(ctx context.Context, r io.Reader, as string, src extract.Source) (*extract.Article, error) {
	pctx := ctx
	if e.pageTimeout > 0 {
		var cancel context.CancelFunc
		pctx, cancel = context.WithTimeout(ctx, e.pageTimeout)
		defer cancel()
	}
	var (
		a   *extract.Article
		err error
	)
	switch as {
	case "html":
		a, err = e.FromHTMLContext(pctx, r, src)
	case "text":
		a, err = e.FromTextContext(pctx, r, src)
	default:
		a, err = e.FromContext(pctx, r, src)
	}
	if err != nil && ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("over the -page-timeout of %s: %w", e.pageTimeout, err)
	}
	return a, err
}

// newExtractor builds the one Extractor every worker shares, with the
// default rules and those of the -rules files.
func newExtractor(opts options) (*extractor, error) {
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
	return &extractor{Extractor: e, pageTimeout: opts.pageTimeout}, nil
}

func readRules(path string) ([]clean.Rule, error) {
	rs, err := clean.ParseFile(path)
	if err != nil {
		return nil, fmt.Errorf("-rules: %w", err)
	}
	return rs, nil
}
