// Package warctest writes small WARC files in memory, for tests of code
// that reads crawls: records, the HTTP responses they hold, and the
// member-per-record gzip that crawlers write.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
)

// Content types of records that hold HTTP messages.
const (
	HTTPResponse = "application/http; msgtype=response"
	HTTPRequest  = "application/http; msgtype=request"
)

// Record returns one WARC/1.1 record of type typ ("response", "request",
// "warcinfo", "resource"…) for target URI, with record ID
// urn:uuid:id and the given block.
func Record(typ, target, id, contentType, block string) string {
	return "WARC/1.1\r\n" +
		"WARC-Type: " + typ + "\r\n" +
		"WARC-Record-ID: <urn:uuid:" + id + ">\r\n" +
		"WARC-Date: 2024-05-03T10:00:00Z\r\n" +
		"WARC-Target-URI: " + target + "\r\n" +
		"Content-Type: " + contentType + "\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)) +
		block + "\r\n\r\n"
}

// Response returns an HTTP/1.1 response, the block of a response record:
// status such as "200 OK", header lines each ending in "\r\n", then body.
func Response(status, header, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + header + "\r\n" + body
}

// Gzip compresses each record into a gzip member of its own, one after the
// other, as a .warc.gz file holds them.
func Gzip(records ...string) []byte {
	var out bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(r)) // writes to a bytes.Buffer do not fail
		zw.Close()
	}
	return out.Bytes()
}
