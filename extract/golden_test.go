package extract_test

import (
	"testing"

	"github.com/declutter/declutter/extracttest"
)

// goldenBase is the fixed URL the golden pages are extracted under.
const goldenBase = "https://pages.declutter.test/"

// TestGoldenText and TestGoldenHTML run every saved page under testdata/
// against its golden Article and its .expect assertions. Rewrite the golden
// files with: go test ./... -update
func TestGoldenText(t *testing.T) {
	extracttest.Run(t, "../testdata/text", nil, extracttest.WithBaseURL(goldenBase))
}

func TestGoldenHTML(t *testing.T) {
	extracttest.Run(t, "../testdata/html", nil, extracttest.WithBaseURL(goldenBase))
}
