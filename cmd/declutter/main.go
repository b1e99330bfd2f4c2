package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first signal the batch winds down; a second one ends
		// the command at once, as it would without this handler.
		<-ctx.Done()
		stop()
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // some input could not be extracted
	exitUsage  = 2
	// exitInterrupted is the status after Ctrl-C or SIGTERM, once the batch
	// has printed what it did: 128 + SIGINT, as shells report it.
	exitInterrupted = 130
)

// options are the parsed command line.
type options struct {
	output      string // json, text, markdown or "" for the default
	format      string // auto, html or text
	url         string
	contentType string
	rules       []string
	checkRules  []string
	removed     bool
	jobs        int
	version     bool
	warc        bool          // read every file and standard input as WARC
	maxBytes    int64         // the size cap of one page; 0 for extract's default
	lists       []string      // -i files: one input (a URL, a path or a JSON object) a line
	timeout     time.Duration // of fetching a URL
	pageTimeout time.Duration // of extracting one page; 0 for none
	perHost     int           // requests at a time to one host
	paths       []string
}

// run is the whole command, with its environment passed in so that tests
// and main share it; it returns the exit code.
//
// ctx ends the run early: no new page is started, the pages under way are
// cancelled, and the exit code is exitInterrupted.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "declutter: %v\nRun 'declutter -h' for usage.\n", err)
		return exitUsage
	}
	if opts.version {
		fmt.Fprintf(stdout, "declutter %s\n", version())
		return exitOK
	}
	if len(opts.checkRules) > 0 {
		return checkRules(opts.checkRules, stdout, stderr)
	}
	ex, err := newExtractor(opts)
	if err != nil {
		fmt.Fprintf(stderr, "declutter: %v\n", err)
		return exitUsage
	}
	in := bufio.NewReader(stdin)
	if len(opts.paths) == 0 && len(opts.lists) == 0 {
		// Nothing named: standard input is the page, unless nothing is
		// coming that way.
		if isTerminal(stdin) {
			fmt.Fprintln(stderr, "declutter: no input: give a page, a directory, a WARC file, a URL or - for standard input\nRun 'declutter -h' for usage.")
			return exitUsage
		}
		if _, err := in.Peek(1); err == io.EOF {
			fmt.Fprintln(stderr, "declutter: no input: standard input is empty")
			return exitUsage
		}
		opts.paths = []string{"-"}
	}
	inputs, batch := collectInputs(opts, in)
	if opts.output == "" {
		opts.output = "text"
		if batch {
			opts.output = "json"
		}
	}
	f := &feeder{opts: opts, stdin: in, fetch: newFetcher(opts)}
	if !batch {
		var one job
		f.expand(inputs[0], false, func(j job) bool { one = j; return false })
		return runOne(ctx, ex, one, stdout, stderr, opts)
	}
	return runBatch(ctx, ex, f.jobs(inputs), count(inputs), func() int { return f.skipped }, stdout, stderr, opts)
}

// parseFlags reads the flags and paths. Unlike the flag package alone it
// accepts flags after paths, as in "declutter page.html -o json".
func parseFlags(args []string, stderr io.Writer) (options, error) {
	opts := options{format: "auto", jobs: runtime.NumCPU(), timeout: 30 * time.Second, pageTimeout: time.Minute, perHost: 2}
	fs := flag.NewFlagSet("declutter", flag.ContinueOnError)
	// Errors are printed by run, in two lines; the full usage only on -h.
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.output, "o", "", "output `format`: json, text or markdown (default: text for one page, json lines for many)")
	fs.StringVar(&opts.format, "format", opts.format, "input `format`: auto, html or text")
	fs.StringVar(&opts.url, "url", "", "the page's `URL`: resolves links and scopes host rules")
	fs.StringVar(&opts.contentType, "content-type", "", "the page's HTTP Content-Type `header`; its charset decodes HTML")
	fs.Func("rules", "add the rules in `FILE` (clean.Parse format; repeatable)", func(s string) error {
		opts.rules = append(opts.rules, s)
		return nil
	})
	fs.Func("check-rules", "check the rules in `FILE` (syntax, regexps, examples, counters) and exit; repeatable", func(s string) error {
		opts.checkRules = append(opts.checkRules, s)
		return nil
	})
	fs.BoolVar(&opts.removed, "removed", false, "also show what the rules removed, and which rule did")
	fs.IntVar(&opts.jobs, "j", opts.jobs, "extract `N` pages at a time")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	fs.BoolVar(&opts.warc, "warc", false, "read the files and standard input as WARC (sniffed without it)")
	fs.Func("max-bytes", "the largest page read, in `bytes` (k, M and G suffixes allowed; default 16M)", func(s string) error {
		n, err := parseSize(s)
		opts.maxBytes = n
		return err
	})
	fs.Func("i", "read inputs from `FILE`, one a line: a URL, a path or a JSON object (repeatable; - is standard input)", func(s string) error {
		opts.lists = append(opts.lists, s)
		return nil
	})
	fs.DurationVar(&opts.timeout, "timeout", opts.timeout, "give up fetching a URL after `duration`")
	fs.DurationVar(&opts.pageTimeout, "page-timeout", opts.pageTimeout, "give up extracting one page after `duration` (0 for no bound); the batch goes on")
	fs.IntVar(&opts.perHost, "per-host", opts.perHost, "fetch at most `N` pages at a time from one host")
	fs.Usage = func() {}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stderr, "Usage: declutter [flags] [page | directory | crawl.warc.gz | pages.jsonl | URL | -] ...")
				fs.SetOutput(stderr)
				fs.PrintDefaults()
			}
			return opts, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			opts.paths = append(opts.paths, rest...)
			break
		}
		opts.paths = append(opts.paths, rest[0])
		args = rest[1:]
	}
	return opts, validate(opts)
}

// validate reports the first flag value that makes no sense.
func validate(opts options) error {
	switch opts.output {
	case "", "json", "text", "markdown":
	default:
		return fmt.Errorf("-o %s: want json, text or markdown", opts.output)
	}
	switch opts.format {
	case "auto", "html", "text":
	default:
		return fmt.Errorf("-format %s: want auto, html or text", opts.format)
	}
	if opts.jobs < 1 {
		return fmt.Errorf("-j %d: want at least 1", opts.jobs)
	}
	if opts.perHost < 1 {
		return fmt.Errorf("-per-host %d: want at least 1", opts.perHost)
	}
	if opts.pageTimeout < 0 {
		return fmt.Errorf("-page-timeout %s: want a positive duration, or 0 for no bound", opts.pageTimeout)
	}
	if opts.timeout <= 0 {
		return fmt.Errorf("-timeout %s: want a positive duration", opts.timeout)
	}
	stdins := 0
	for _, p := range opts.lists {
		if p == "-" {
			stdins++
		}
	}
	for _, p := range opts.paths {
		if p == "-" {
			stdins++
		}
		if strings.TrimSpace(p) == "" {
			return errors.New("empty path")
		}
	}
	if stdins > 1 {
		return errors.New(`"-" (standard input) given more than once, or both as a page and as -i`)
	}
	return nil
}
