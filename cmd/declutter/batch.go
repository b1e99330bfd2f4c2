package main

import (
	"bufio"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/declutter/declutter/extract"
)

// runOne extracts a single page and prints it alone, errors on stderr.
func runOne(e *extract.Extractor, in input, stdin io.Reader, stdout, stderr io.Writer, opts options) int {
	a, err := extractInput(e, in, stdin, opts)
	if err != nil {
		fmt.Fprintf(stderr, "declutter: %s: %v\n", displayPath(in.path), err)
		return exitFailed
	}
	out, err := render(a, opts.output, opts.removed)
	if err == nil {
		_, err = stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintf(stderr, "declutter: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// A record is one line of the JSON Lines output: a page's path and either
// its article or why there is none.
type record struct {
	Path    string           `json:"path"`
	Article *extract.Article `json:"article,omitempty"`
	Error   string           `json:"error,omitempty"`
}

// A result is what a worker hands back for the input at the same index.
type result struct {
	article *extract.Article
	err     error
}

// runBatch extracts the inputs with opts.jobs workers sharing e and prints
// the results in input order as soon as each is next in line. A failed page
// is reported in its place and the batch goes on; the exit code tells
// whether any failed.
func runBatch(e *extract.Extractor, inputs []input, stdin io.Reader, stdout, stderr io.Writer, opts options) int {
	start := time.Now()
	results := make([]result, len(inputs))
	done := make(chan int)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(opts.jobs, len(inputs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a, err := extractInput(e, inputs[i], stdin, opts)
				results[i] = result{a, err}
				done <- i
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()

	w := bufio.NewWriter(stdout)
	bar := newProgress(stderr, len(inputs))
	var (
		ready    = make([]bool, len(inputs))
		next     int
		failures int
		writeErr error
	)
	for n := 1; n <= len(inputs); n++ {
		i := <-done
		ready[i] = true
		bar.update(n)
		for ; next < len(inputs) && ready[next]; next++ {
			if results[next].err != nil {
				failures++
			}
			if writeErr == nil {
				writeErr = writeResult(w, stderr, inputs[next].path, results[next], opts)
			}
			results[next] = result{} // let the article go
		}
	}
	wg.Wait()
	bar.clear()
	if writeErr != nil {
		fmt.Fprintf(stderr, "declutter: %v\n", writeErr)
		return exitFailed
	}
	fmt.Fprintf(stderr, "declutter: %s, %s, %.2fs\n",
		plural(len(inputs), "page"), plural(failures, "error"), time.Since(start).Seconds())
	if failures > 0 {
		return exitFailed
	}
	return exitOK
}

// writeResult prints one page of a batch: a JSON line, or for text and
// Markdown the article under a header naming its page, errors on stderr.
// It flushes, so a reader of the output sees each page as it is done.
func writeResult(w *bufio.Writer, stderr io.Writer, path string, res result, opts options) error {
	if opts.output == "json" {
		rec := record{Path: path, Article: res.article}
		if res.err != nil {
			rec.Error = res.err.Error()
		}
		line, err := marshal(rec, "")
		if err != nil {
			return err
		}
		w.Write(line)
		return w.Flush()
	}
	if res.err != nil {
		fmt.Fprintf(stderr, "declutter: %s: %v\n", displayPath(path), res.err)
		return nil
	}
	out, err := render(res.article, opts.output, opts.removed)
	if err != nil {
		return err
	}
	if opts.output == "markdown" {
		fmt.Fprintf(w, "<!-- %s -->\n\n", path)
	} else {
		fmt.Fprintf(w, "==> %s <==\n\n", path)
	}
	w.Write(out)
	w.WriteString("\n")
	return w.Flush()
}

func displayPath(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
