package extracttest_test

import (
	"fmt"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/extracttest"
)

// Run is meant for a test of your own: save the pages your program meets
// in a folder (NAME.html or NAME.txt), run
//
//	go test -run TestGolden -update
//
// once to write NAME.golden.json beside each, read them, and commit them.
// From then on go test fails with a readable diff whenever the extraction
// of a page changes. A NAME.expect file beside a page adds assertions that
// survive harmless changes (see CheckExpect).
func ExampleRun() {
	// In a _test.go file of your package:
	TestGolden := func(t *testing.T) {
		extracttest.Run(t, "testdata/pages", nil)
	}
	_ = TestGolden
}

// With your own Extractor, or with the default rules plus some of your own,
// and a base URL so that host-scoped rules apply to the saved pages.
func ExampleRun_options() {
	TestGolden := func(t *testing.T) {
		e, err := extract.New(extract.WithMaxBytes(4 << 20))
		if err != nil {
			t.Fatal(err)
		}
		extracttest.Run(t, "testdata/pages", e, extracttest.WithBaseURL("https://news.example/2025/"))
	}
	_ = TestGolden
}

func ExampleDiff() {
	want := &extract.Article{
		Title: "Harbour ferry returns after six-month repair",
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: "The ferry returned to service on Monday after six months in dry dock."},
			{Kind: extract.Paragraph, Text: "Commuters applauded the first crossing."},
		},
	}
	got := &extract.Article{
		Title: "Harbour ferry returns after six-month repair",
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: "Read in Apple News"},
			{Kind: extract.Paragraph, Text: "The ferry returned to service on Monday after seven months in dry dock."},
			{Kind: extract.Paragraph, Text: "Commuters applauded the first crossing."},
		},
	}
	for _, line := range extracttest.Diff(want, got) {
		fmt.Println(line)
	}
	// Output:
	// body (2 entries wanted, 3 got):
	//   - #1 [paragraph] The ferry returned to service on Monday after six months in dry dock.
	//   + #1 [paragraph] Read in Apple News
	//   + #2 [paragraph] The ferry returned to service on Monday after seven months in dry dock.
	//   ~ #1→#2 …service on Monday after [-six-]{+seven+} months in dry dock.
}
