package main

import (
	"flag"
	"testing"

	"github.com/declutter/declutter/extracttest"
)

var update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// TestGolden checks every page in testdata/pages against its golden file and
// its .expect assertions. After a deliberate change, rewrite the golden
// files with go test -update, and read the diff before committing it.
func TestGolden(t *testing.T) {
	e, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	extracttest.Run(t, "testdata/pages", e, extracttest.WithBaseURL(baseURL), extracttest.RequireExpect(), extracttest.WithUpdate(*update))
}
