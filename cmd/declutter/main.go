package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // some input could not be extracted
	exitUsage  = 2
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
	paths       []string
}

// run is the whole command, with its environment passed in so that tests
// and main share it; it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
	if len(opts.paths) == 0 {
		if isTerminal(stdin) {
			fmt.Fprintln(stderr, "declutter: no input: give a page, a directory or - for standard input\nRun 'declutter -h' for usage.")
			return exitUsage
		}
		opts.paths = []string{"-"}
	}
	inputs, batch := collectInputs(opts.paths)
	if opts.output == "" {
		opts.output = "text"
		if batch {
			opts.output = "json"
		}
	}
	if !batch {
		return runOne(ex, inputs[0], stdin, stdout, stderr, opts)
	}
	return runBatch(ex, inputs, stdin, stdout, stderr, opts)
}

// parseFlags reads the flags and paths. Unlike the flag package alone it
// accepts flags after paths, as in "declutter page.html -o json".
func parseFlags(args []string, stderr io.Writer) (options, error) {
	opts := options{format: "auto", jobs: runtime.NumCPU()}
	fs := flag.NewFlagSet("declutter", flag.ContinueOnError)
	fs.SetOutput(stderr)
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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: declutter [flags] [page.html | page.txt | directory | -] ...")
		fs.PrintDefaults()
	}
	for {
		if err := fs.Parse(args); err != nil {
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
	stdins := 0
	for _, p := range opts.paths {
		if p == "-" {
			stdins++
		}
		if strings.TrimSpace(p) == "" {
			return errors.New("empty path")
		}
	}
	if stdins > 1 {
		return errors.New(`"-" (standard input) given more than once`)
	}
	return nil
}
