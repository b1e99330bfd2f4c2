package warcpage

import (
	"bufio"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strings"
)

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

// errUnsupportedEncoding is a Content-Encoding other than gzip and deflate.
var errUnsupportedEncoding = errors.New("not supported")

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
