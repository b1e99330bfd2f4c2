package extract

import (
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
// document is parsed once and never cloned.
func findContent(doc *html.Node, pageURL *url.URL, logger *slog.Logger) (readable, error) {
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
