// Concurrent extracts a folder of pages with one Extractor shared by N
// goroutines. An Extractor is configured once and never changes; each call
// keeps its own state, so no locking is needed around it.
//
//	go run ./concurrent                  the bundled pages, 4 goroutines
//	go run ./concurrent -n 8 DIR         the .html, .htm and .txt files in DIR
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"

	"github.com/declutter/declutter/extract"
)

//go:embed testdata
var bundled embed.FS

func main() {
	workers := flag.Int("n", 4, "goroutines sharing the Extractor")
	flag.Parse()
	var pages fs.FS = bundled
	root := "testdata"
	if flag.NArg() > 0 {
		pages, root = os.DirFS(flag.Arg(0)), "."
	}
	if err := run(pages, root, max(1, *workers), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "concurrent:", err)
		os.Exit(1)
	}
}

// A result is one page's outcome, kept at the page's index so that the
// output comes in folder order however the goroutines finish.
type result struct {
	article *extract.Article
	err     error
}

func run(pages fs.FS, root string, workers int, stdout io.Writer) error {
	var names []string
	err := fs.WalkDir(pages, root, func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			switch strings.ToLower(path.Ext(name)) {
			case ".html", ".htm", ".txt":
				names = append(names, name)
			}
		}
		return err
	})
	if err != nil {
		return err
	}

	e, err := extract.New() // once, for every goroutine
	if err != nil {
		return err
	}
	results := make([]result, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i].article, results[i].err = extractPage(e, pages, names[i])
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()

	failed := 0
	for i, res := range results {
		if res.err != nil {
			failed++
			fmt.Fprintf(stdout, "%-40s error: %v\n", path.Base(names[i]), res.err)
			continue
		}
		a := res.article
		fmt.Fprintf(stdout, "%-40s %2d paragraphs %2d removed  %s\n", path.Base(names[i]), len(a.Body), len(a.Removed), a.Title)
	}
	fmt.Fprintf(stdout, "%d pages, %d failed, %d goroutines sharing one Extractor\n", len(names), failed, workers)
	return nil
}

func extractPage(e *extract.Extractor, pages fs.FS, name string) (*extract.Article, error) {
	f, err := pages.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(path.Ext(name), ".txt") {
		return e.FromText(f, extract.Source{})
	}
	return e.FromHTML(f, extract.Source{})
}
