package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"sync"
	"time"

	"github.com/declutter/declutter/extract"
)

// A record is one line of the JSON Lines output: where a page came from and
// either its article or why there is none.
type record struct {
	Path        string           `json:"path"`                   // the file, list line or URL as given
	ID          string           `json:"id,omitempty"`           // a JSON Lines input's own "id", passed through
	URL         string           `json:"url,omitempty"`          // the page's address: WARC target URI, final URL after redirects, or the input's "url"
	ContentType string           `json:"content_type,omitempty"` // the HTTP Content-Type the page was decoded with
	WARC        *warcOrigin      `json:"warc,omitempty"`
	Article     *extract.Article `json:"article,omitempty"`
	Error       string           `json:"error,omitempty"`
}

// label names a record's page in messages and text headers: its URL when
// it has one that says more than its path.
func (r *record) label() string {
	if r.URL != "" && r.URL != r.Path {
		if r.Path == "" || r.WARC != nil {
			return r.URL
		}
		return r.Path + " (" + r.URL + ")"
	}
	return displayPath(r.Path)
}

// A job is one page of a batch: the start of its record and how to extract
// it. run may fill in what it learns on the way, such as the final URL of a
// fetched page.
type job struct {
	rec record
	run func(ctx context.Context, e *extractor, rec *record) (*extract.Article, error)
}

// failed is a job that reports err in its page's place.
func failed(rec record, err error) job {
	return job{rec: rec, run: func(context.Context, *extractor, *record) (*extract.Article, error) { return nil, err }}
}

// A result is a done job, numbered in input order.
type result struct {
	seq int
	rec record
	err error
}

// runOne extracts a single page and prints it alone. On failure the error
// goes to stderr and, with -o json, a JSON error record to stdout, so that a
// program reading stdout learns what happened.
func runOne(ctx context.Context, e *extractor, j job, stdout, stderr io.Writer, opts options) int {
	rec := j.rec
	a, err := j.run(ctx, e, &rec)
	if err != nil {
		fmt.Fprintf(stderr, "declutter: %s: %v\n", rec.label(), err)
		if opts.output == "json" {
			rec.Error = err.Error()
			if line, merr := marshal(rec, ""); merr == nil {
				stdout.Write(line)
			}
		}
		if ctx.Err() != nil {
			return exitInterrupted
		}
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

// runBatch extracts the jobs with opts.jobs workers sharing e and prints
// the results in input order as soon as each is next in line. Jobs are
// drawn from the sequence only as far as a window ahead of the printing, so
// a WARC file or list of any length runs in bounded memory. A failed page
// is reported in its place and the batch goes on; the exit code tells
// whether any failed. total is the number of jobs when known, else 0.
//
// When ctx is done (Ctrl-C) no further job is drawn; the jobs under way
// are cancelled and printed as errors, then the summary of what was done.
func runBatch(ctx context.Context, e *extractor, jobs iter.Seq[job], total int, skipped func() int, stdout, stderr io.Writer, opts options) int {
	start := time.Now()
	window := make(chan struct{}, 4*opts.jobs) // a slot per job drawn but not yet printed
	type numbered struct {
		seq int
		job job
	}
	work := make(chan numbered)
	done := make(chan result)
	go func() {
		defer close(work)
		seq := 0
		for j := range jobs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case work <- numbered{seq, j}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()
	var wg sync.WaitGroup
	for range opts.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				r := result{seq: n.seq, rec: n.job.rec}
				r.rec.Article, r.err = n.job.run(ctx, e, &r.rec)
				done <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	w := bufio.NewWriter(stdout)
	bar := newProgress(stderr, total)
	var (
		pending  = map[int]result{}
		next     int
		failures int
		writeErr error
	)
	for r := range done {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if r.err != nil {
				failures++
			}
			if writeErr == nil {
				writeErr = writeResult(w, stderr, r, opts)
			}
		}
		bar.update(next)
	}
	bar.clear()
	if writeErr != nil {
		fmt.Fprintf(stderr, "declutter: %v\n", writeErr)
		return exitFailed
	}
	summary := "declutter: "
	if ctx.Err() != nil {
		summary += "interrupted: "
	}
	summary += fmt.Sprintf("%s, %s", plural(next, "page"), plural(failures, "error"))
	if n := skipped(); n > 0 {
		summary += fmt.Sprintf(", %s skipped", plural(n, "record"))
	}
	fmt.Fprintf(stderr, "%s, %.2fs\n", summary, time.Since(start).Seconds())
	if ctx.Err() != nil {
		return exitInterrupted
	}
	if failures > 0 {
		return exitFailed
	}
	return exitOK
}

// writeResult prints one page of a batch: a JSON line, or for text and
// Markdown the article under a header naming its page, errors on stderr.
// It flushes, so a reader of the output sees each page as it is done.
func writeResult(w *bufio.Writer, stderr io.Writer, r result, opts options) error {
	rec := r.rec
	if opts.output == "json" {
		if r.err != nil {
			rec.Article, rec.Error = nil, r.err.Error()
		}
		line, err := marshal(rec, "")
		if err != nil {
			return err
		}
		w.Write(line)
		return w.Flush()
	}
	if r.err != nil {
		fmt.Fprintf(stderr, "declutter: %s: %v\n", rec.label(), r.err)
		return nil
	}
	out, err := render(rec.Article, opts.output, opts.removed)
	if err != nil {
		return err
	}
	if opts.output == "markdown" {
		fmt.Fprintf(w, "<!-- %s -->\n\n", rec.label())
	} else {
		fmt.Fprintf(w, "==> %s <==\n\n", rec.label())
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
