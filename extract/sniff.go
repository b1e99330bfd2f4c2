package extract

import (
	"bytes"
	"strings"
)

// htmlElements are the elements whose start tag, at the head of the input,
// marks it as HTML: those net/http.DetectContentType looks for, and the
// others a page or a fragment of one commonly starts with.
var htmlElements = map[string]bool{
	"!doctype": true, "html": true, "head": true, "body": true, "title": true, "meta": true,
	"link": true, "base": true, "script": true, "style": true, "noscript": true, "template": true,
	"iframe": true, "div": true, "span": true, "p": true, "a": true, "b": true, "i": true,
	"em": true, "strong": true, "small": true, "font": true, "center": true, "br": true, "hr": true,
	"img": true, "picture": true, "figure": true, "figcaption": true, "svg": true, "video": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"section": true, "article": true, "main": true, "header": true, "footer": true, "nav": true,
	"aside": true, "address": true, "table": true, "thead": true, "tbody": true, "tr": true,
	"td": true, "th": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "code": true, "form": true, "time": true,
}

// looksLikeHTML decides between the two paths: by the Content-Type when it
// names HTML or plain text, else by the first bytes.
func looksLikeHTML(data []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return true
	case strings.HasPrefix(ct, "text/plain"):
		return false
	}
	head := bytes.TrimPrefix(sniffHead(data), []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, "\t\n\f\r ")
	if len(head) < 2 || head[0] != '<' {
		return false
	}
	if bytes.HasPrefix(head, []byte("<!--")) {
		return true
	}
	if bytes.HasPrefix(head, []byte("<?xml")) {
		// XHTML: the XML declaration comes first.
		return bytes.Contains(bytes.ToLower(head), []byte("<html"))
	}
	// A tag name, then what may end it: "<p>" and "<p class" are tags,
	// "<3", "< 5 km" and "<pre-order" are not.
	name := head[1:]
	n := 0
	if name[0] == '!' {
		n++
	}
	for n < len(name) && isTagNameByte(name[n], n == 0) {
		n++
	}
	if n == len(name) || strings.IndexByte("\t\n\f\r />", name[n]) < 0 {
		return false
	}
	return htmlElements[strings.ToLower(string(name[:n]))]
}

// isTagNameByte reports whether c may stand in a tag name: an ASCII letter,
// or a digit after the first byte ("h1").
func isTagNameByte(c byte, first bool) bool {
	lower := c | 0x20
	return 'a' <= lower && lower <= 'z' || !first && '0' <= c && c <= '9'
}
