package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// CorpusResult is one extractor's passes over the annotated corpus: first
// with one worker, then (optionally) with several.
type CorpusResult struct {
	Name     string
	Pages    int
	Metadata bool // the extractor gives a title and byline
	Single   RunStats
	Parallel *RunStats
}

// MetaResult is one extractor's title/byline score on the test pages: all
// of them (Stats) and each half.
type MetaResult struct {
	Name        string
	Stats       MetaStats
	Tune, Check MetaStats
}

// Report is everything one benchmark invocation measured.
type Report struct {
	GoVersion  string
	GOMAXPROCS int
	Corpus     []CorpusResult
	Metadata   []MetaResult
	Cases      *CasesReport
	Text       *TextReport
}

// reference returns the reference extractor's result, if it ran.
func (r Report) reference() *CorpusResult {
	for i := range r.Corpus {
		if r.Corpus[i].Name == referenceName {
			return &r.Corpus[i]
		}
	}
	return nil
}

// WriteMarkdown prints the report as Markdown tables.
func (r Report) WriteMarkdown(w io.Writer) {
	fmt.Fprintf(w, "%s, GOMAXPROCS=%d\n\n", r.GoVersion, r.GOMAXPROCS)
	if len(r.Corpus) > 0 {
		r.writeCorpus(w)
	}
	if len(r.Metadata) > 0 {
		r.writeMetadata(w)
	}
	if r.Cases != nil {
		r.Cases.writeCases(w)
	}
	if r.Text != nil {
		r.Text.write(w)
	}
}

func (r Report) writeCorpus(w io.Writer) {
	c0 := r.Corpus[0]
	fmt.Fprintf(w, "### Content extraction: go-trafilatura comparison corpus (%d pages)\n\n", c0.Pages)
	workers := "N"
	if c0.Parallel != nil {
		workers = fmt.Sprint(c0.Parallel.Workers)
	}
	fmt.Fprintf(w, "| Extractor | Precision | Recall | F1 | Accuracy | Errors | Empty | 1 worker (s) | vs %[1]s | 1 worker CPU (s) | vs %[1]s | %[2]s workers (s) | vs %[1]s | Alloc (MiB) | vs %[1]s | Allocs | vs %[1]s |\n",
		referenceName, workers)
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	ref := r.reference()
	for _, c := range r.Corpus {
		s := c.Single.Score
		cells := []string{
			c.Name,
			f3(s.Precision()), f3(s.Recall()), f3(s.F1()), f3(s.Accuracy()),
			fmt.Sprint(c.Single.Errors), fmt.Sprint(c.Single.Empty),
			secs(c.Single), timeRatio(&c.Single, refStats(ref, false)),
			fmt.Sprintf("%.2f", c.Single.CPU.Seconds()), cpuRatio(&c.Single, refStats(ref, false)),
			"–", "–", // parallel pass, filled below
			fmt.Sprintf("%.1f", float64(c.Single.Bytes)/(1<<20)),
			countRatio(c.Single.Bytes, refStats(ref, false), func(s *RunStats) uint64 { return s.Bytes }),
			fmt.Sprint(c.Single.Allocs),
			countRatio(c.Single.Allocs, refStats(ref, false), func(s *RunStats) uint64 { return s.Allocs }),
		}
		if c.Parallel != nil {
			cells[11], cells[12] = secs(*c.Parallel), timeRatio(c.Parallel, refStats(ref, true))
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintln(w)
	r.writeCorpusMeta(w)
}

// writeCorpusMeta prints the titles and authors of the extractors that
// give them against the corpus's annotations, per half.
func (r Report) writeCorpusMeta(w io.Writer) {
	var rows []CorpusResult
	for _, c := range r.Corpus {
		if c.Metadata {
			rows = append(rows, c)
		}
	}
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "### Titles and authors: go-trafilatura comparison corpus (%d pages with a title, %d with authors)\n\n",
		rows[0].Single.Meta.All.TitlePages, rows[0].Single.Meta.All.AuthorPages)
	fmt.Fprintln(w, "| Extractor | Half | Title exact | Title normalised | Authors exact | Authors matched |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|")
	for _, c := range rows {
		for _, h := range c.Single.Meta.rows() {
			fmt.Fprintf(w, "| %s | %s | %s |\n", c.Name, h.name, h.s.cells())
		}
	}
	fmt.Fprintln(w)
}

func (r Report) writeMetadata(w io.Writer) {
	fmt.Fprintf(w, "### Metadata: go-readability v2 test-pages (%d pages)\n\n", r.Metadata[0].Stats.Pages)
	fmt.Fprintln(w, "The expected values are readability's own picks, with the site's name around titles and \"By\" in bylines: *site name aside* and *byline matched* measure agreement with them as printed headline and names (see MetaStats).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Extractor | Half | Title exact | Title normalised | Title, site name aside | Byline exact | Byline normalised | Byline matched | Spurious bylines | Errors |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, m := range r.Metadata {
		for _, h := range []struct {
			name string
			s    MetaStats
		}{{"all", m.Stats}, {"tune", m.Tune}, {"check", m.Check}} {
			s := h.s
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %d | %d |\n", m.Name, h.name,
				pct(s.TitleExact, s.TitlePages), pct(s.TitleNorm, s.TitlePages), pct(s.TitleSiteAside, s.TitlePages),
				pct(s.BylineExact, s.BylinePages), pct(s.BylineNorm, s.BylinePages), pct(s.BylineMatched, s.BylinePages),
				s.BylineSpurious, s.Errors)
		}
	}
	fmt.Fprintln(w)
}

// refStats picks the reference pass matching the parallel flag.
func refStats(ref *CorpusResult, parallel bool) *RunStats {
	switch {
	case ref == nil:
		return nil
	case parallel:
		return ref.Parallel
	default:
		return &ref.Single
	}
}

func f3(v float64) string { return fmt.Sprintf("%.3f", v) }

func secs(s RunStats) string { return fmt.Sprintf("%.2f", s.Duration.Seconds()) }

func timeRatio(s, ref *RunStats) string {
	if ref == nil || ref.Duration == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", s.Duration.Seconds()/ref.Duration.Seconds())
}

func cpuRatio(s, ref *RunStats) string {
	if ref == nil || ref.CPU == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", s.CPU.Seconds()/ref.CPU.Seconds())
}

// countRatio is n over the reference pass's count.
func countRatio(n uint64, ref *RunStats, count func(*RunStats) uint64) string {
	if ref == nil || count(ref) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", float64(n)/float64(count(ref)))
}

func pct(n, d int) string {
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*ratio(n, d), n, d)
}

// WriteJSON prints the report as indented JSON, with derived scores and
// ratios spelled out.
func (r Report) WriteJSON(w io.Writer) error {
	type runJSON struct {
		Workers          int      `json:"workers"`
		Seconds          float64  `json:"seconds"`
		RatioToReference *float64 `json:"ratio_to_reference,omitempty"`
		CPUSeconds       float64  `json:"cpu_seconds"`
		BytesAllocated   uint64   `json:"bytes_allocated"`
		Allocations      uint64   `json:"allocations"`
		Errors           int      `json:"errors"`
		Empty            int      `json:"empty"`
		FirstError       string   `json:"first_error,omitempty"`
		Confusion        `json:"confusion"`
	}
	type corpusJSON struct {
		Name      string    `json:"name"`
		Pages     int       `json:"pages"`
		Precision float64   `json:"precision"`
		Recall    float64   `json:"recall"`
		F1        float64   `json:"f1"`
		Accuracy  float64   `json:"accuracy"`
		Runs      []runJSON `json:"runs"`
		// Meta: the titles and authors, for extractors that give them.
		Meta *CorpusMeta `json:"metadata,omitempty"`
	}
	type metaJSON struct {
		Name string `json:"name"`
		MetaStats
		Tune  MetaStats `json:"tune"`
		Check MetaStats `json:"check"`
	}
	out := struct {
		GoVersion  string       `json:"go_version"`
		GOMAXPROCS int          `json:"gomaxprocs"`
		Reference  string       `json:"reference"`
		Corpus     []corpusJSON `json:"corpus,omitempty"`
		Metadata   []metaJSON   `json:"metadata,omitempty"`
		Cases      *CasesReport `json:"cases,omitempty"`
		Text       *TextReport  `json:"text,omitempty"`
	}{Cases: r.Cases, Text: r.Text, GoVersion: r.GoVersion, GOMAXPROCS: r.GOMAXPROCS, Reference: referenceName}

	ref := r.reference()
	toRun := func(s, refRun *RunStats) runJSON {
		j := runJSON{Workers: s.Workers, Seconds: s.Duration.Seconds(), CPUSeconds: s.CPU.Seconds(), BytesAllocated: s.Bytes,
			Allocations: s.Allocs, Errors: s.Errors, Empty: s.Empty, FirstError: s.FirstError, Confusion: s.Score}
		if refRun != nil && refRun.Duration > 0 {
			v := s.Duration.Seconds() / refRun.Duration.Seconds()
			j.RatioToReference = &v
		}
		return j
	}
	for _, c := range r.Corpus {
		s := c.Single.Score
		cj := corpusJSON{Name: c.Name, Pages: c.Pages, Precision: s.Precision(), Recall: s.Recall(),
			F1: s.F1(), Accuracy: s.Accuracy()}
		cj.Runs = append(cj.Runs, toRun(&c.Single, refStats(ref, false)))
		if c.Metadata {
			cj.Meta = &c.Single.Meta
		}
		if c.Parallel != nil {
			cj.Runs = append(cj.Runs, toRun(c.Parallel, refStats(ref, true)))
		}
		out.Corpus = append(out.Corpus, cj)
	}
	for _, m := range r.Metadata {
		out.Metadata = append(out.Metadata, metaJSON{Name: m.Name, MetaStats: m.Stats, Tune: m.Tune, Check: m.Check})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
