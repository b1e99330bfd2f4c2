package main

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/warcpage"
)

// warcOrigin is where in a WARC file a page was found, so that a consumer
// of the output can go back to the record.
type warcOrigin struct {
	RecordID string `json:"record_id,omitempty"`
	Date     string `json:"date,omitempty"` // WARC-Date: when the page was captured
	Offset   int64  `json:"offset"`         // of the record (of its gzip member in a .warc.gz)
}

// warcJobs yields a job for every page of a WARC file, plain or gzipped,
// read one record ahead of the workers. A record that cannot be read is an
// error line and the reading goes on with the next.
func (f *feeder) warcJobs(path string, yield func(job) bool) bool {
	var r io.Reader = f.stdin
	if path != "-" {
		file, err := os.Open(path)
		if err != nil {
			return yield(failed(record{Path: path}, err))
		}
		defer file.Close()
		r = file
	}
	accept := warcpage.IsPage
	if f.opts.format != "auto" {
		accept = func(string) bool { return true }
	}
	wr, err := warcpage.NewReader(r, accept)
	if err != nil {
		return yield(failed(record{Path: path}, err))
	}
	defer wr.Close()
	defer func() { f.skipped += wr.Skipped() }()
	for {
		p, err := wr.Next()
		if err == io.EOF {
			return true
		}
		var j job
		var re *warcpage.RecordError
		switch {
		case errors.As(err, &re):
			j = failed(record{Path: path, URL: re.URI, WARC: &warcOrigin{RecordID: re.RecordID, Date: re.Date, Offset: re.Offset}}, err)
		case err != nil:
			// The file ends here: not WARC, or too damaged to go on.
			return yield(failed(record{Path: path}, err))
		default:
			j = warcJob(path, p, f.opts.format)
		}
		if !yield(j) {
			if p != nil {
				p.Close()
			}
			return false
		}
	}
}

// warcJob is the job of one WARC page. The job owns the page and closes it.
func warcJob(path string, p *warcpage.Page, format string) job {
	rec := record{
		Path:        path,
		URL:         p.URI,
		ContentType: p.ContentType,
		WARC:        &warcOrigin{RecordID: p.RecordID, Date: p.Date, Offset: p.Offset},
	}
	as := format
	if as == "auto" {
		as = warcpage.MediaType(p.ContentType)
	}
	return job{rec: rec, run: func(ctx context.Context, e *extractor, rec *record) (*extract.Article, error) {
		defer p.Close()
		body, err := p.Body()
		if err != nil {
			return nil, err
		}
		return e.extractAs(ctx, body, as, extract.Source{URL: rec.URL, ContentType: rec.ContentType})
	}}
}
