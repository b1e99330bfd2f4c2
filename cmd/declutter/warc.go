package main

import (
	"bufio"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/declutter/declutter/extract"
	"github.com/nlnwa/gowarc/v3"
)

// warcOrigin is where in a WARC file a page was found, so that a consumer
// of the output can go back to the record.
type warcOrigin struct {
	RecordID string `json:"record_id,omitempty"`
	Date     string `json:"date,omitempty"` // WARC-Date: when the page was captured
	Offset   int64  `json:"offset"`         // of the record (of its gzip member in a .warc.gz)
}

// maxWARCErrors is how many bad records in a row end the reading of a file:
// past them the file is more likely truncated or not WARC at all than
// holding one damaged record.
const maxWARCErrors = 10

// warcJobs yields a job for every HTML response record of a WARC file,
// plain or gzipped, read one record ahead of the workers. A record that
// cannot be read is an error line and the reading goes on with the next.
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
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return yield(failed(record{Path: path}, err))
	}
	defer wr.Close()
	var (
		errs, bad, good int
		lastEnd         int64 = -1
	)
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			if good == 0 && bad == 0 {
				// "WARC/" and nothing readable after it: the file is not
				// an empty crawl but not WARC at all.
				return yield(failed(record{Path: path}, errNoWARCRecord))
			}
			return true
		}
		if err == nil && !isWARCRecord(rec) {
			err = errNoWARCHeaders
		}
		if err != nil {
			bad++
			rec.Close()
			errs++
			end := rec.Offset + rec.Size
			base := record{Path: path, WARC: &warcOrigin{Offset: rec.Offset}}
			if !yield(failed(base, fmt.Errorf("reading WARC record: %w", err))) {
				return false
			}
			if errs >= maxWARCErrors || end <= lastEnd {
				return yield(failed(base, fmt.Errorf("%d unreadable records in a row; the rest of the file is not read", errs)))
			}
			lastEnd = end
			continue
		}
		good++
		errs, lastEnd = 0, rec.Offset+rec.Size
		j, ok := warcJob(path, rec, f.opts.format)
		if !ok {
			rec.Close()
			f.skipped++
			continue
		}
		if !yield(j) {
			return false
		}
	}
}

// warcJob is the job of one WARC record, or false when the record holds no
// page: a request, metadata, a redirect or an error, an image or a script.
// The job owns the record and closes it.
func warcJob(path string, r gowarc.Record, format string) (job, bool) {
	wr := r.WarcRecord
	h := wr.WarcHeader()
	rec := record{
		Path: path,
		URL:  h.Get(gowarc.WarcTargetURI),
		WARC: &warcOrigin{RecordID: h.GetId(gowarc.WarcRecordID), Date: h.Get(gowarc.WarcDate), Offset: r.Offset},
	}
	var body func() (io.Reader, error)
	switch wr.Type() {
	case gowarc.Response:
		block, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			if strings.HasPrefix(strings.ToLower(h.Get(gowarc.ContentType)), "application/http") {
				r.Close()
				return failed(rec, errNotHTTPResponse), true
			}
			return job{}, false // a DNS lookup or another protocol's response
		}
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return job{}, false
		}
		hdr := block.HttpHeader()
		if hdr == nil {
			hdr = &http.Header{}
		}
		rec.ContentType = hdr.Get("Content-Type")
		body = func() (io.Reader, error) {
			p, err := block.PayloadBytes()
			if err != nil {
				return nil, err
			}
			return decodePayload(*hdr, isChunked(block.ProtocolHeaderBytes()), p)
		}
	case gowarc.Resource:
		rec.ContentType = h.Get(gowarc.ContentType)
		body = wr.Block().RawBytes
	default:
		return job{}, false
	}
	as, ok := readAsType(rec.ContentType, format)
	if !ok {
		return job{}, false
	}
	return job{rec: rec, run: func(ctx context.Context, e *extractor, rec *record) (*extract.Article, error) {
		defer r.Close()
		p, err := body()
		if err != nil {
			return nil, fmt.Errorf("reading WARC record: %w", err)
		}
		return e.extractAs(ctx, p, as, extract.Source{URL: rec.URL, ContentType: rec.ContentType})
	}}, true
}

// readAsType decides how to read a page by its Content-Type: HTML or XHTML
// as HTML, plain text as text, no type at all sniffed; false for anything
// else. A -format other than auto reads every page so.
func readAsType(contentType, format string) (string, bool) {
	if format != "auto" {
		return format, true
	}
	if strings.TrimSpace(contentType) == "" {
		return "", true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html", true
	case "text/plain":
		return "text", true
	}
	return "", false
}

// decodePayload undoes the transfer and content encodings a crawler kept
// as they came over the wire. A body that says it is chunked but does not
// start like a chunk was stored decoded, as many crawlers do.
func decodePayload(h http.Header, chunked bool, r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	r = br
	if chunked && startsWithChunk(br) {
		r = httputil.NewChunkedReader(br)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content encoding %s: %w", enc, err)
		}
		return zr, nil
	case "deflate":
		zr, err := zlib.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content encoding %s: %w", enc, err)
		}
		return zr, nil
	default:
		return nil, fmt.Errorf("content encoding %q: %w", enc, errUnsupportedEncoding)
	}
}

// isWARCRecord reports whether r has the headers every WARC record has; a
// lenient reader makes a "record" of any text that follows a WARC/ line.
func isWARCRecord(r gowarc.Record) bool {
	h := r.WarcRecord.WarcHeader()
	return h.Has(gowarc.WarcType) && h.Has(gowarc.WarcRecordID)
}

var (
	errNoWARCRecord        = errors.New("not a WARC file: no WARC record in it")
	errNoWARCHeaders       = errors.New("not a WARC record: no WARC-Type or WARC-Record-ID")
	errUnsupportedEncoding = errors.New("not supported")
	errNotHTTPResponse     = errors.New("WARC response record does not hold an HTTP response")
)

// isChunked reports whether a raw HTTP response header says
// "Transfer-Encoding: chunked" (http.Header no longer holds it once parsed).
func isChunked(header []byte) bool {
	for _, line := range strings.Split(string(header), "\n") {
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Transfer-Encoding") &&
			strings.Contains(strings.ToLower(value), "chunked") {
			return true
		}
	}
	return false
}

// startsWithChunk reports whether r starts with a chunk-size line: hex
// digits, perhaps extensions, then CRLF.
func startsWithChunk(r *bufio.Reader) bool {
	head, _ := r.Peek(64)
	i := 0
	for i < len(head) && strings.IndexByte("0123456789abcdefABCDEF", head[i]) >= 0 {
		i++
	}
	if i == 0 {
		return false
	}
	rest := string(head[i:])
	if j := strings.Index(rest, "\r\n"); j >= 0 {
		return j == 0 || rest[0] == ';' || rest[0] == ' '
	}
	return false
}
