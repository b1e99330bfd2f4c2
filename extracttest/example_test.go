package extracttest_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/extracttest"
)

// A NAME.expect file says what a page is for, in assertions that survive
// harmless changes to the rest of the article. Run checks it beside the
// golden file; ExpectFailures checks it alone.
func ExampleExpectFailures() {
	page := `Read in Apple News
By Ada Fenwick

Harbour ferry returns after six-month repair

The ferry returned to service on Monday after six months in dry dock, its operator said.

The ferry at the east quay on Monday morning (PA Wire)

Commuters greeted the first crossing at 7am with applause, and the crew handed out coffee.
`
	a, err := extract.FromText(strings.NewReader(page), extract.Source{})
	if err != nil {
		fmt.Println(err)
		return
	}
	expect := `title: Harbour ferry returns after six-month repair
byline: Ada Fenwick
paragraphs: 2
captions: 1
removed-count: promo=1
caption: The ferry at the east quay on Monday morning | PA Wire
without: Apple News
without-credit: Getty
# two that do not hold
with: free coffee
byline: Ada Fenwick and Tom Hale
`
	for _, msg := range extracttest.ExpectFailures(a, []byte(expect)) {
		fmt.Println(msg)
	}
	// Output:
	// expect line 10: with: no body block holds "free coffee"
	// expect line 11: byline: want "Ada Fenwick and Tom Hale", got "Ada Fenwick"
}

// Pages lists what Run checks in a folder, and GoldenPath and ExpectPath
// name the files beside each page.
func ExamplePages() {
	pages, err := extracttest.Pages("testdata/pages")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, page := range pages {
		fmt.Println(page)
		for _, path := range []string{extracttest.GoldenPath(page), extracttest.ExpectPath(page)} {
			if _, err := os.Stat(path); err == nil {
				fmt.Println("  " + path)
			}
		}
	}
	// Output:
	// testdata/pages/harbour-ferry.txt
	//   testdata/pages/harbour-ferry.golden.json
	//   testdata/pages/harbour-ferry.expect
}

// Marshal writes an Article as golden files hold it.
func ExampleMarshal() {
	data, err := extracttest.Marshal(&extract.Article{
		Title: "Q&A: the ferry's <new> timetable",
		Body:  []extract.Block{{Kind: extract.Paragraph, Text: "Crossings every 20 minutes."}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(data))
	// Output:
	// {
	//   "title": "Q&A: the ferry's <new> timetable",
	//   "body": [
	//     {
	//       "kind": "paragraph",
	//       "text": "Crossings every 20 minutes."
	//     }
	//   ]
	// }
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
