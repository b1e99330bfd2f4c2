package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/warcpage"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Page)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Page), func(string), error](&readWARCFn{})
	register.Emitter1[Page]()
	register.Emitter1[string]()
	register.DoFn4x0[context.Context, string, func(Page), func(string)](&parseLineFn{})
	register.DoFn3x1[context.Context, Page, func(string), error](&extractFn{})
}

// A Page is one page to extract, as read from a WARC record or a JSON line.
type Page struct {
	Source      string // the file it came from
	URL         string
	ContentType string
	Date        string // WARC-Date
	RecordID    string // WARC-Record-ID
	Offset      int64  // of the WARC record in its file
	ID          string // a JSON line's own "id"
	HTML        []byte // the page, when it is HTML
	Text        string // the page, when it is text
	IsText      bool
}

// An outputLine is one line of the output: where the page came from, and
// its article or why there is none (the command's JSON Lines, per page).
type outputLine struct {
	Path        string           `json:"path"`
	ID          string           `json:"id,omitempty"`
	URL         string           `json:"url,omitempty"`
	ContentType string           `json:"content_type,omitempty"`
	WARC        *warcOrigin      `json:"warc,omitempty"`
	Article     *extract.Article `json:"article,omitempty"`
	Error       string           `json:"error,omitempty"`
}

type warcOrigin struct {
	RecordID string `json:"record_id,omitempty"`
	Date     string `json:"date,omitempty"`
	Offset   int64  `json:"offset"`
}

// Build adds the pipeline to s: the pages of the WARC files matching
// warcGlob and the JSON lines of the files matching jsonlGlob (either may be
// empty), extracted, written as JSON Lines to output.
func Build(s beam.Scope, warcGlob, jsonlGlob, output string) {
	var pages []beam.PCollection
	var bad []beam.PCollection
	if warcGlob != "" {
		// The WARC reader undoes each record's own gzip member, so that a
		// damaged one costs that record alone.
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, warcGlob), fileio.ReadUncompressed())
		p, errs := beam.ParDo2(s, &readWARCFn{}, files)
		pages, bad = append(pages, p), append(bad, errs)
	}
	if jsonlGlob != "" {
		p, errs := beam.ParDo2(s, &parseLineFn{}, textio.Read(s, jsonlGlob))
		pages, bad = append(pages, p), append(bad, errs)
	}
	all := beam.Flatten(s, pages...)
	// A WARC file is read by one worker; spread its pages over all of them.
	all = beam.Reshuffle(s, all)
	lines := beam.ParDo(s, &extractFn{}, all)
	textio.Write(s, output, beam.Flatten(s, append(bad, lines)...))
}

var (
	pagesCounter  = beam.NewCounter("declutter", "pages")
	errorsCounter = beam.NewCounter("declutter", "errors")
	skipped       = beam.NewCounter("declutter", "records-skipped")
)

// readWARCFn emits the pages of a WARC file (warcpage), and an error line
// for each record it cannot read.
type readWARCFn struct{}

func (fn *readWARCFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Page), emitError func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	r, err := warcpage.NewReader(rc, nil)
	if err != nil {
		return err
	}
	defer r.Close()
	defer func() { skipped.Inc(ctx, int64(r.Skipped())) }()
	path := file.Metadata.Path
	for {
		p, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var re *warcpage.RecordError
		switch {
		case errors.As(err, &re):
			errorsCounter.Inc(ctx, 1)
			emitError(errorLine(outputLine{Path: path, URL: re.URI, WARC: &warcOrigin{RecordID: re.RecordID, Date: re.Date, Offset: re.Offset}}, err))
			continue
		case err != nil:
			// Not WARC, or too damaged to go on: the file ends here.
			errorsCounter.Inc(ctx, 1)
			emitError(errorLine(outputLine{Path: path}, err))
			return nil
		}
		page, err := readPage(path, p)
		p.Close()
		if err != nil {
			errorsCounter.Inc(ctx, 1)
			emitError(errorLine(outputLine{Path: path, URL: page.URL, WARC: &warcOrigin{RecordID: page.RecordID, Date: page.Date, Offset: page.Offset}}, err))
			continue
		}
		emit(page)
	}
}

// readPage reads a WARC page into a Page, its body whole: a Page crosses
// the Reshuffle to another worker, where the WARC file is not open.
func readPage(path string, p *warcpage.Page) (Page, error) {
	page := Page{
		Source:      path,
		URL:         p.URI,
		ContentType: p.ContentType,
		Date:        p.Date,
		RecordID:    p.RecordID,
		Offset:      p.Offset,
	}
	body, err := p.Body()
	if err != nil {
		return page, err
	}
	// Read one byte past the default cap: the extractor reports the page as
	// too large without the record's whole body in memory.
	data, err := io.ReadAll(io.LimitReader(body, extract.DefaultMaxBytes+1))
	if err != nil {
		return page, err
	}
	if warcpage.MediaType(p.ContentType) == "text" {
		page.Text, page.IsText = string(data), true
	} else {
		page.HTML = data
	}
	return page, nil
}

// parseLineFn reads a JSON line, {"url": …, "html": …} or {"url": …,
// "text": …} with an optional "id" and "content_type", into a Page.
type parseLineFn struct{}

func (fn *parseLineFn) ProcessElement(ctx context.Context, line string, emit func(Page), emitError func(string)) {
	line = strings.TrimSpace(line)
	if line == "" {
		return
	}
	var in struct {
		ID          string `json:"id"`
		URL         string `json:"url"`
		HTML        string `json:"html"`
		Text        string `json:"text"`
		ContentType string `json:"content_type"`
	}
	if err := json.Unmarshal([]byte(line), &in); err != nil {
		errorsCounter.Inc(ctx, 1)
		emitError(errorLine(outputLine{Path: "jsonl"}, fmt.Errorf("JSON line: %w", err)))
		return
	}
	if in.HTML == "" && in.Text == "" {
		errorsCounter.Inc(ctx, 1)
		emitError(errorLine(outputLine{Path: "jsonl", ID: in.ID, URL: in.URL}, errors.New(`no page: want "html" or "text"`)))
		return
	}
	emit(Page{Source: "jsonl", ID: in.ID, URL: in.URL, ContentType: in.ContentType, HTML: []byte(in.HTML), Text: in.Text, IsText: in.HTML == ""})
}

// extractFn extracts each page with one Extractor per worker, made in
// Setup and shared by the bundles the worker runs, and counts pages,
// errors and removals by kind.
type extractFn struct {
	e *extract.Extractor
}

func (fn *extractFn) Setup() error {
	e, err := extract.New()
	fn.e = e
	return err
}

func (fn *extractFn) ProcessElement(ctx context.Context, p Page, emit func(string)) error {
	pagesCounter.Inc(ctx, 1)
	out := outputLine{Path: p.Source, ID: p.ID, URL: p.URL, ContentType: p.ContentType}
	if p.RecordID != "" || p.Date != "" {
		out.WARC = &warcOrigin{RecordID: p.RecordID, Date: p.Date, Offset: p.Offset}
	}
	src := extract.Source{URL: p.URL, ContentType: p.ContentType}
	var (
		a   *extract.Article
		err error
	)
	if p.IsText {
		a, err = fn.e.FromTextContext(ctx, strings.NewReader(p.Text), src)
	} else {
		a, err = fn.e.FromHTMLContext(ctx, bytes.NewReader(p.HTML), src)
	}
	if err != nil {
		errorsCounter.Inc(ctx, 1)
		emit(errorLine(out, err))
		return nil
	}
	for _, r := range a.Removed {
		beam.NewCounter("declutter", "removed-"+string(r.Kind)).Inc(ctx, 1)
	}
	out.Article = a
	line, err := marshal(out)
	if err != nil {
		return err
	}
	emit(line)
	return nil
}

// errorLine is the output line of a page that failed.
func errorLine(out outputLine, err error) string {
	out.Article, out.Error = nil, err.Error()
	line, merr := marshal(out)
	if merr != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	return line
}

// marshal encodes v as one JSON line without escaping <, > and &, as the
// declutter command does.
func marshal(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}
