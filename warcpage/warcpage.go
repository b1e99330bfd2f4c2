// Package warcpage reads the pages of a WARC file: it iterates over the
// HTTP response records (and resource records) that hold an HTML or text
// page, giving each one's target URI, capture date, Content-Type, record
// ID and body, with the transfer and content encodings the crawler kept
// undone.
//
// It is what the declutter command and the Beam example share to read
// crawls; the WARC format itself is read by github.com/nlnwa/gowarc/v3,
// which the library packages (extract, clean) never import.
package warcpage

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// MaxErrorsInARow is how many unreadable records in a row end the reading
// of a file: past them the file is more likely truncated or not WARC at all
// than holding one damaged record.
const MaxErrorsInARow = 10

var (
	// ErrNoRecord is returned by Next when a stream ends without a single
	// WARC record: it starts like WARC but is not.
	ErrNoRecord = errors.New("not a WARC file: no WARC record in it")
	// ErrGaveUp is returned by Next after MaxErrorsInARow unreadable
	// records in a row; Next returns io.EOF after it.
	ErrGaveUp = fmt.Errorf("%d unreadable records in a row; the rest of the file is not read", MaxErrorsInARow)

	errNoHeaders       = errors.New("not a WARC record: no WARC-Type or WARC-Record-ID")
	errNotHTTPResponse = errors.New("WARC response record does not hold an HTTP response")
)

// A RecordError is a record that could not be read. Reading goes on with
// the next record.
type RecordError struct {
	Offset   int64  // of the record (of its gzip member in a .warc.gz)
	URI      string // WARC-Target-URI, when the header could be read
	Date     string // WARC-Date, when the header could be read
	RecordID string
	Err      error
}

func (e *RecordError) Error() string { return "reading WARC record: " + e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// A Page is one record that holds a page. It owns the record: call Close
// when done with it. A Page may be read after Next has moved on, so pages
// can be handed to other goroutines.
type Page struct {
	URI         string // WARC-Target-URI
	Date        string // WARC-Date: when the page was captured
	RecordID    string // WARC-Record-ID, without its angle brackets
	ContentType string // the HTTP response's Content-Type (a resource record's own)
	Offset      int64  // of the record (of its gzip member in a .warc.gz)

	rec  gowarc.Record
	body func() (io.Reader, error)
}

// Body returns the page's bytes as the server sent them, transfer and
// content encodings (chunked, gzip, deflate) undone. Call it once.
func (p *Page) Body() (io.Reader, error) {
	r, err := p.body()
	if err != nil {
		return nil, &RecordError{Offset: p.Offset, URI: p.URI, Date: p.Date, RecordID: p.RecordID, Err: err}
	}
	return r, nil
}

// Close releases the record.
func (p *Page) Close() error { return p.rec.Close() }

// A Reader reads the pages of one WARC stream, plain or gzipped.
type Reader struct {
	wr *gowarc.WarcFileReader
	// accept says which Content-Types are pages.
	accept func(contentType string) bool

	errs, good, bad int
	lastEnd         int64
	done            bool
	skipped         int
}

// NewReader reads the WARC stream r. accept says which Content-Types hold
// a page; nil means IsPage.
func NewReader(r io.Reader, accept func(contentType string) bool) (*Reader, error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return nil, err
	}
	if accept == nil {
		accept = IsPage
	}
	return &Reader{wr: wr, accept: accept, lastEnd: -1}, nil
}

// Next returns the next page, skipping records that hold none (requests,
// metadata, redirects, errors, images, DNS lookups). A *RecordError is a
// record that could not be read and Next may be called again; ErrNoRecord
// and ErrGaveUp end the stream; io.EOF is its end.
func (r *Reader) Next() (*Page, error) {
	for {
		if r.done {
			return nil, io.EOF
		}
		rec, err := r.wr.Next()
		if err == io.EOF {
			r.done = true
			if r.good == 0 && r.bad == 0 {
				// "WARC/" and nothing readable after it: not an empty
				// crawl but no WARC at all.
				return nil, ErrNoRecord
			}
			return nil, io.EOF
		}
		if err == nil && !isRecord(rec) {
			err = errNoHeaders
		}
		if err != nil {
			rec.Close()
			r.bad++
			r.errs++
			end := rec.Offset + rec.Size
			if r.errs > MaxErrorsInARow || end <= r.lastEnd {
				r.done = true
				return nil, ErrGaveUp
			}
			r.lastEnd = end
			return nil, &RecordError{Offset: rec.Offset, Err: err}
		}
		r.good++
		r.errs, r.lastEnd = 0, rec.Offset+rec.Size
		p, err := r.page(rec)
		if err != nil {
			rec.Close()
			return nil, err
		}
		if p == nil {
			rec.Close()
			r.skipped++
			continue
		}
		return p, nil
	}
}

// Skipped is the number of records read so far that hold no page.
func (r *Reader) Skipped() int { return r.skipped }

// Close releases the reader; it does not close the stream it reads.
func (r *Reader) Close() error { return r.wr.Close() }

// page is the page of a record, or nil when it holds none.
func (r *Reader) page(rec gowarc.Record) (*Page, error) {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	p := &Page{
		URI:      h.Get(gowarc.WarcTargetURI),
		Date:     h.Get(gowarc.WarcDate),
		RecordID: h.GetId(gowarc.WarcRecordID),
		Offset:   rec.Offset,
		rec:      rec,
	}
	switch wr.Type() {
	case gowarc.Response:
		block, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			if strings.HasPrefix(strings.ToLower(h.Get(gowarc.ContentType)), "application/http") {
				return nil, &RecordError{Offset: p.Offset, URI: p.URI, Date: p.Date, RecordID: p.RecordID, Err: errNotHTTPResponse}
			}
			return nil, nil // a DNS lookup or another protocol's response
		}
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return nil, nil
		}
		hdr := block.HttpHeader()
		if hdr == nil {
			hdr = &http.Header{}
		}
		p.ContentType = hdr.Get("Content-Type")
		p.body = func() (io.Reader, error) {
			body, err := block.PayloadBytes()
			if err != nil {
				return nil, err
			}
			return decodePayload(*hdr, isChunked(block.ProtocolHeaderBytes()), body)
		}
	case gowarc.Resource:
		p.ContentType = h.Get(gowarc.ContentType)
		p.body = wr.Block().RawBytes
	default:
		return nil, nil
	}
	if !r.accept(p.ContentType) {
		return nil, nil
	}
	return p, nil
}

// isRecord reports whether rec has the headers every WARC record has; a
// lenient reader makes a "record" of any text that follows a WARC/ line.
func isRecord(rec gowarc.Record) bool {
	h := rec.WarcRecord.WarcHeader()
	return h.Has(gowarc.WarcType) && h.Has(gowarc.WarcRecordID)
}

// IsPage reports whether a Content-Type holds a page: HTML, XHTML, plain
// text, or no type at all (to be sniffed).
func IsPage(contentType string) bool {
	return MediaType(contentType) != "other"
}

// MediaType sorts a Content-Type into "html" (HTML or XHTML), "text"
// (plain text), "" (none given) or "other".
func MediaType(contentType string) string {
	if strings.TrimSpace(contentType) == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html"
	case "text/plain":
		return "text"
	}
	return "other"
}
