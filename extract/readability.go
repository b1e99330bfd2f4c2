package extract

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// This file is the only one that knows go-readability: swapping the
// main-content finder means rewriting it alone.

// readable is what the main-content finder returns.
type readable struct {
	content   *html.Node // the article's container; nil when none was found
	title     string
	byline    string
	site      string
	excerpt   string
	language  string
	published time.Time
}

// findContent runs readability over doc, which it changes in place: the
// document is parsed once and never cloned. Readability cannot be stopped
// midway: when ctx can end, it runs on a goroutine of its own, and
// findContent returns when ctx ends, leaving it to finish on a document
// no one else holds.
func findContent(ctx context.Context, doc *html.Node, pageURL *url.URL, logger *slog.Logger) (readable, error) {
	if ctx.Done() == nil {
		return runReadability(doc, pageURL, logger)
	}
	type result struct {
		found readable
		err   error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{err: fmt.Errorf("go-readability failed: %v", p)}
			}
		}()
		found, err := runReadability(doc, pageURL, logger)
		done <- result{found, err}
	}()
	select {
	case r := <-done:
		return r.found, r.err
	case <-ctx.Done():
		return readable{}, ctx.Err()
	}
}

// runReadability runs readability over doc.
func runReadability(doc *html.Node, pageURL *url.URL, logger *slog.Logger) (readable, error) {
	parser := readability.NewParser()
	parser.Logger = logger
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return readable{}, err
	}
	r := readable{
		content:  art.Node,
		title:    collapseSpaces(normaliseSpaces(art.Title())),
		byline:   collapseSpaces(normaliseSpaces(art.Byline())),
		site:     collapseSpaces(normaliseSpaces(art.SiteName())),
		excerpt:  art.Excerpt(),
		language: strings.TrimSpace(art.Language()),
	}
	if t, err := art.PublishedTime(); err == nil {
		r.published = t
	}
	return r, nil
}
