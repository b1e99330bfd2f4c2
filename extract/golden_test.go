package extract_test

import (
	"flag"
	"testing"

	"github.com/declutter/declutter/extracttest"
)

// goldenBase is the fixed URL the golden pages are extracted under.
const goldenBase = "https://pages.declutter.test/"

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// golden runs the pages in dir against their golden Articles and .expect
// assertions. Rewrite the golden files with go test -update (this package)
// or DECLUTTER_UPDATE=1 go test ./... (all of them), and read the diff.
func golden(t *testing.T, dir string) {
	t.Helper()
	extracttest.Run(t, dir, nil, extracttest.WithBaseURL(goldenBase), extracttest.RequireExpect(), extracttest.WithUpdate(*update))
}

func TestGoldenText(t *testing.T) { golden(t, "../testdata/text") }

func TestGoldenHTML(t *testing.T) { golden(t, "../testdata/html") }
