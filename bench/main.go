// Command bench compares declutter with other Go article extractors.
//
// Content quality is scored exactly as go-trafilatura's own comparison does,
// on the annotated corpus shipped in the go-trafilatura module; title and
// byline are checked on go-readability v2's test pages. Both data sets are
// read from the Go module cache at run time. See README.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
)

// config holds the command-line flags.
type config struct {
	corpusOnly, metadataOnly bool
	workers, pages           int
	only                     string
	json                     bool
	errorsAsEmpty            bool
	misses                   string
	cases, contentType, tsv  string
	verbose                  bool
	text, renderJobs         bool
	renderings               string
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.corpusOnly, "corpus-only", false, "run only the content-extraction corpus")
	flag.BoolVar(&cfg.metadataOnly, "metadata-only", false, "run only the title/byline test pages")
	flag.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "workers for the parallel pass (1 skips it)")
	flag.StringVar(&cfg.only, "only", "", "run only these extractors, comma-separated: "+strings.Join(extractorNames(), ", "))
	flag.IntVar(&cfg.pages, "pages", 0, "use only the first N corpus pages (0: all)")
	flag.BoolVar(&cfg.json, "json", false, "print JSON instead of Markdown")
	flag.BoolVar(&cfg.errorsAsEmpty, "errors-as-empty", false,
		"score failed pages as empty output (go-trafilatura's comparison skips them)")
	flag.StringVar(&cfg.misses, "misses", "",
		"write each page an extractor got wrong to FILE-NAME.jsonl (lost and kept snippets)")
	flag.StringVar(&cfg.cases, "cases", "",
		"score a folder of NAME.html/NAME.txt pages with NAME.expected.json (structured mode)")
	flag.StringVar(&cfg.contentType, "content-type", "",
		"with -cases: Content-Type for HTML pages the manifest gives none (e.g. \"text/html; charset=utf-8\")")
	flag.StringVar(&cfg.tsv, "tsv", "", "with -cases: write every page's scores to FILE as TSV")
	flag.BoolVar(&cfg.verbose, "v", false, "with -cases: print a table of every page")
	flag.BoolVar(&cfg.text, "text", false,
		"score FromText on the browser renderings of the corpus and test pages (see render/)")
	flag.StringVar(&cfg.renderings, "renderings", defaultRenderDir(), "folder of the browser renderings")
	flag.BoolVar(&cfg.renderJobs, "render-jobs", false,
		"print the render jobs of the pages not yet rendered, as JSON lines for render/render.mjs")
	flag.Parse()

	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// run executes the benchmark described by cfg and prints the report.
func run(cfg config) error {
	if cfg.corpusOnly && cfg.metadataOnly {
		return fmt.Errorf("-corpus-only and -metadata-only exclude each other")
	}
	rep := Report{GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0)}
	switch {
	case cfg.renderJobs:
		n, err := writeRenderJobs(os.Stdout, cfg.renderings)
		if err == nil {
			logf("%d pages to render into %s", n, cfg.renderings)
		}
		return err
	case cfg.cases != "":
		return runCaseMode(cfg, rep)
	case cfg.text:
		var err error
		if rep.Text, err = benchText(cfg.renderings, cfg.pages, cfg.misses); err != nil {
			return err
		}
		if cfg.json {
			return rep.WriteJSON(os.Stdout)
		}
		rep.WriteMarkdown(os.Stdout)
		return nil
	}

	exs, err := selectExtractors(cfg.only)
	if err != nil {
		return err
	}
	if !cfg.metadataOnly {
		if rep.Corpus, err = benchCorpus(exs, cfg); err != nil {
			return err
		}
	}
	if !cfg.corpusOnly {
		if rep.Metadata, err = benchMetadata(exs); err != nil {
			return err
		}
	}

	if cfg.json {
		return rep.WriteJSON(os.Stdout)
	}
	rep.WriteMarkdown(os.Stdout)
	return nil
}

// runCaseMode runs the structured mode on the folder cfg.cases and prints
// its report.
func runCaseMode(cfg config, rep Report) error {
	runners, err := caseRunners(cfg.only)
	if err != nil {
		return err
	}
	cases, err := loadCases(cfg.cases)
	if err != nil {
		return err
	}
	cr := &CasesReport{Dir: cfg.cases, Pages: len(cases), ContentType: cfg.contentType}
	for _, c := range cases {
		if halfOf(c.Name) == Tune {
			cr.TunePages++
		} else {
			cr.CheckPages++
		}
	}
	logf("cases: %d pages from %s", len(cases), cfg.cases)
	for _, r := range runners {
		logf("%s: %s path", r.Name, r.Path)
		res := runCases(r, cases, cfg.contentType)
		if res.All.Errors > 0 {
			warnf("%s (%s): %d errors", r.Name, r.Path, res.All.Errors)
		}
		cr.Results = append(cr.Results, res)
	}
	if cfg.tsv != "" {
		if err := writeCasesTSV(cfg.tsv, cr); err != nil {
			return err
		}
		logf("per-page scores written to %s", cfg.tsv)
	}
	if cfg.misses != "" {
		files, err := writeCaseMisses(cfg.misses, cr)
		if err != nil {
			return err
		}
		logf("misses written to %s", strings.Join(files, ", "))
	}
	rep.Cases = cr
	if cfg.json {
		if !cfg.verbose {
			for i := range cr.Results {
				cr.Results[i].PerPage = nil
			}
		}
		return rep.WriteJSON(os.Stdout)
	}
	rep.WriteMarkdown(os.Stdout)
	if cfg.verbose {
		cr.writePages(os.Stdout)
	}
	return nil
}

// benchCorpus loads the go-trafilatura corpus and runs every extractor
// over it, single-threaded and then with cfg.workers workers.
func benchCorpus(exs []Extractor, cfg config) ([]CorpusResult, error) {
	dir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		return nil, err
	}
	pages, err := loadCorpus(dir, cfg.pages)
	if err != nil {
		return nil, fmt.Errorf("loading corpus: %w", err)
	}
	logf("corpus: %d pages from %s", len(pages), dir)

	var results []CorpusResult
	for _, ex := range exs {
		res := CorpusResult{Name: ex.Name, Pages: len(pages), Metadata: ex.Metadata}
		logf("%s: 1 worker", ex.Name)
		res.Single = runCorpus(ex, pages, 1, cfg.errorsAsEmpty)
		if cfg.workers > 1 {
			logf("%s: %d workers", ex.Name, cfg.workers)
			par := runCorpus(ex, pages, cfg.workers, cfg.errorsAsEmpty)
			if par.Score != res.Single.Score || par.Errors != res.Single.Errors {
				warnf("%s: scores differ between passes: %+v vs %+v", ex.Name, res.Single.Score, par.Score)
			}
			res.Parallel = &par
		}
		if cfg.misses != "" {
			path := cfg.misses + "-" + ex.Name + ".jsonl"
			if err := writeMisses(ex, pages, path); err != nil {
				return nil, err
			}
			logf("%s: misses written to %s", ex.Name, path)
		}
		if res.Single.Errors > 0 {
			warnf("%s: %d errors, e.g. %s", ex.Name, res.Single.Errors, res.Single.FirstError)
		}
		results = append(results, res)
	}
	return results, nil
}

// benchMetadata runs the extractors that report a title and byline over
// go-readability v2's test pages.
func benchMetadata(exs []Extractor) ([]MetaResult, error) {
	dir, err := moduleDir(readabilityModule, readabilityVer)
	if err != nil {
		return nil, err
	}
	pages, err := loadMetaPages(dir, true)
	if err != nil {
		return nil, fmt.Errorf("loading test pages: %w", err)
	}
	logf("metadata: %d test pages from %s", len(pages), dir)

	var results []MetaResult
	for _, ex := range exs {
		if !ex.Metadata {
			continue
		}
		logf("%s: metadata", ex.Name)
		results = append(results, runMetadata(ex, pages))
	}
	return results, nil
}

// selectExtractors returns all extractors, or just the one named.
func selectExtractors(only string) ([]Extractor, error) {
	all := extractors()
	if only == "" {
		return all, nil
	}
	var picked []Extractor
	for name := range strings.SplitSeq(only, ",") {
		i := slices.IndexFunc(all, func(ex Extractor) bool { return ex.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("unknown extractor %q (have %s)", name, strings.Join(extractorNames(), ", "))
		}
		picked = append(picked, all[i])
	}
	return picked, nil
}

// extractorNames lists the names accepted by -only.
func extractorNames() []string {
	var names []string
	for _, ex := range extractors() {
		names = append(names, ex.Name)
	}
	return names
}

// logf reports progress on stderr.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// warnf reports a problem on stderr.
func warnf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: warning: "+format+"\n", args...)
}
