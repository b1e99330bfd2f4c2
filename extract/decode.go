package extract

import (
	"bytes"
	"fmt"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Decoding turns input bytes into UTF-8 before either path reads them.
//
// For HTML the order is the browsers': a byte-order mark, the Content-Type's
// charset, the page's own <meta charset> or http-equiv declaration in its
// first 1024 bytes, and for undeclared pages UTF-8 when the start of the
// page is valid UTF-8, windows-1252 otherwise. Two checks come on top:
//
//   - UTF-16 without a byte-order mark is recognised by the NUL bytes of its
//     ASCII characters, since its <meta> cannot be read by the ASCII prescan
//     and every declaration is then unreadable.
//   - A page that is valid UTF-8 throughout, with non-ASCII characters, is
//     read as UTF-8 whatever it declares: text in a legacy encoding is
//     practically never valid UTF-8 by accident, while servers and templates
//     that declare ISO-8859-1 over UTF-8 bytes are common. The same check
//     catches undeclared UTF-8 pages whose first 1024 bytes are ASCII, which
//     the prescan alone would read as windows-1252.
//
// Undeclared pages in a legacy encoding are read as windows-1252: right for
// Western European text, wrong for the rest (declare the charset in
// Source.ContentType to read them). No statistical guess is made.
//
// Plain text has no <meta>: a byte-order mark, UTF-16's NUL bytes and the
// Content-Type's charset decide, and otherwise it is UTF-8. Whatever the
// path, invalid UTF-8 is replaced with U+FFFD and reported on the
// Extractor's logger at warn level, never passed through.

// sniffLen is how much of the input the sniffers look at.
const sniffLen = 1024

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
)

// decodeHTML returns an HTML page's text as valid UTF-8, without NULs.
func (e *Extractor) decodeHTML(data []byte, src Source) ([]byte, error) {
	page, err := e.decodeHTMLBytes(data, src)
	if err != nil {
		return nil, err
	}
	return dropNULs(page), nil
}

func (e *Extractor) decodeHTMLBytes(data []byte, src Source) ([]byte, error) {
	if data, enc, name, ok := unicodeEncoding(data); ok {
		return e.decodeAs(data, enc, name, src)
	}
	enc, name, _ := charset.DetermineEncoding(data, src.ContentType)
	if name != "utf-8" && isUTF8Text(data) {
		e.logger.Debug("page is valid UTF-8; declared charset ignored", "charset", name, "url", src.URL)
		enc, name = encoding.Nop, "utf-8"
	}
	return e.decodeAs(data, enc, name, src)
}

// dropNULs removes NUL characters from a page. The tree builder drops them
// from text but keeps them in attribute values, from which they would
// reach the title, the language and the rest of the metadata.
func dropNULs(page []byte) []byte {
	if bytes.IndexByte(page, 0) < 0 {
		return page
	}
	return bytes.ReplaceAll(page, []byte{0}, nil)
}

// decodeText returns plain text as valid UTF-8.
func (e *Extractor) decodeText(data []byte, src Source) ([]byte, error) {
	if data, enc, name, ok := unicodeEncoding(data); ok {
		return e.decodeAs(data, enc, name, src)
	}
	enc, name := encoding.Encoding(encoding.Nop), "utf-8"
	if _, params, err := mime.ParseMediaType(src.ContentType); err == nil && params["charset"] != "" {
		if declared, declaredName := charset.Lookup(params["charset"]); declared != nil && !isUTF8Text(data) {
			enc, name = declared, declaredName
		}
	}
	return e.decodeAs(data, enc, name, src)
}

// unicodeEncoding recognises UTF-8 and UTF-16 by their byte-order mark, and
// UTF-16 without one by its NUL bytes, and returns data without the mark.
func unicodeEncoding(data []byte) ([]byte, encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return data[len(bomUTF8):], encoding.Nop, "utf-8", true
	case bytes.HasPrefix(data, bomUTF16LE):
		return data[len(bomUTF16LE):], utf16LE, "utf-16le", true
	case bytes.HasPrefix(data, bomUTF16BE):
		return data[len(bomUTF16BE):], utf16BE, "utf-16be", true
	}
	if enc, name, ok := sniffUTF16(data); ok {
		return data, enc, name, true
	}
	return data, nil, "", false
}

// sniffUTF16 recognises UTF-16 without a byte-order mark: in markup or Latin
// text most characters are ASCII, so one byte of nearly every pair is NUL,
// always the same one. Binary formats with as regular a pattern are caught
// by their signatures before this runs.
func sniffUTF16(data []byte) (encoding.Encoding, string, bool) {
	head := data[:min(len(data), sniffLen)&^1]
	pairs := len(head) / 2
	if pairs < 2 {
		return nil, "", false
	}
	even, odd := 0, 0
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	// At least 30% of the pairs show the pattern and under 5% contradict it.
	switch {
	case odd*10 >= pairs*3 && even*20 < pairs:
		return utf16LE, "utf-16le", true
	case even*10 >= pairs*3 && odd*20 < pairs:
		return utf16BE, "utf-16be", true
	}
	return nil, "", false
}

// isUTF8Text reports input that is valid UTF-8 and not plain ASCII.
func isUTF8Text(data []byte) bool {
	ascii := true
	for _, c := range data {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	return !ascii && utf8.Valid(data)
}

// decodeAs decodes data from enc, and replaces and reports any invalid UTF-8
// left.
func (e *Extractor) decodeAs(data []byte, enc encoding.Encoding, name string, src Source) ([]byte, error) {
	if name != "utf-8" {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("extract: decoding %s: %w", name, err)
		}
		data = decoded
	}
	if !utf8.Valid(data) {
		e.logger.Warn("invalid UTF-8 in input replaced with U+FFFD",
			"charset", name, "offset", firstInvalid(data), "url", src.URL)
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return data, nil
}

// firstInvalid returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// declaresUTF16 reports a Content-Type that declares UTF-16. Text in
// Greek, Cyrillic or Hebrew script has control bytes in every other place
// in UTF-16, and would otherwise pass for binary.
func declaresUTF16(contentType string) bool {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	_, name := charset.Lookup(params["charset"])
	return name == "utf-16le" || name == "utf-16be"
}

// sniffHead returns the start of the input for sniffing its format, decoded
// to UTF-8 when it is UTF-16.
func sniffHead(data []byte) []byte {
	head := data[:min(len(data), sniffLen)]
	if head, enc, name, ok := unicodeEncoding(head); ok && name != "utf-8" {
		if decoded, err := enc.NewDecoder().Bytes(head); err == nil {
			return decoded
		}
	}
	return head
}
