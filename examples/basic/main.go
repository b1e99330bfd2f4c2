// Basic turns the plain text of a news page, as copied from an aggregator,
// into the clean Article as JSON: title, byline, site, body and captions,
// with the promo lines and the paywall prompt listed under "removed".
//
//	go run ./basic                 the bundled page
//	go run ./basic page.txt        a page of your own
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/declutter/declutter/extract"
)

//go:embed testdata/inkl-independent-starmer.txt
var page string

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "basic:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	var r io.Reader = strings.NewReader(page)
	if len(args) > 0 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	a, err := extract.FromText(r, extract.Source{})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // article text is full of & and quotes; keep it legible
	return enc.Encode(a)
}
