// Golden shows how a program that extracts articles keeps a check on them:
// its saved pages live in testdata/pages beside their expected Articles
// (NAME.golden.json) and assertions (NAME.expect), and golden_test.go
// compares every run with them.
//
//	go test ./golden               check the pages against their golden files
//	go test ./golden -update       rewrite the golden files after a deliberate change
//	go run ./golden                print what the program makes of each page
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

//go:embed testdata/pages/*.txt
var pages embed.FS

// baseURL is where the saved pages came from; the test gives each page the
// same URL, so host-scoped rules behave as they do here.
const baseURL = "https://gazette.example/news/"

// newExtractor is the program's configuration: the default rules and one of
// its own, for the appeal for readers' photos the Gazette ends stories with.
func newExtractor() (*extract.Extractor, error) {
	return extract.New(extract.WithRules(clean.Rule{
		Name:    "promo/gazette-photo-appeal",
		Kind:    clean.Promo,
		Match:   clean.Prefix,
		Pattern: "Harbour Gazette readers can send",
		Hosts:   []string{"gazette.example"},
	}))
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "golden:", err)
		os.Exit(1)
	}
}

func run(stdout io.Writer) error {
	e, err := newExtractor()
	if err != nil {
		return err
	}
	names, err := fs.Glob(pages, "testdata/pages/*.txt")
	if err != nil {
		return err
	}
	for _, name := range names {
		f, err := pages.Open(name)
		if err != nil {
			return err
		}
		a, err := e.FromText(f, extract.Source{URL: baseURL + path.Base(name)})
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(stdout, "%s\n  %q by %s\n  paragraphs: %d, captions: %d, removed: %d\n",
			path.Base(name), a.Title, a.Byline, len(a.Body), len(a.Captions), len(a.Removed))
	}
	return nil
}
