// HTML turns a saved web page into Markdown: the headline, byline and
// standfirst, the body with its subheadings and lists, and the captions,
// without the site's menus, share buttons, related links and footer.
//
//	go run ./html                  the bundled page
//	go run ./html page.html URL    a page of your own, and where it came from
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/declutter/declutter/extract"
)

//go:embed testdata/wordpress-local.html
var page []byte

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "html:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	var r io.Reader = bytes.NewReader(page)
	// The URL resolves the page's relative image links and lets rules
	// scoped to a host apply.
	src := extract.Source{URL: "https://valleygazette.example/2025/08/riverside-park-plan-approved/"}
	if len(args) > 0 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r, src.URL = f, ""
		if len(args) > 1 {
			src.URL = args[1]
		}
	}
	// A Content-Type header from the server, when you have one, belongs in
	// src.ContentType: its charset decides how the bytes are decoded.
	a, err := extract.FromHTML(r, src)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, a.Markdown())
	return err
}
