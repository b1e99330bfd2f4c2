package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatHead collects, from a page's token stream, what a flat rebuild of
// the page keeps of its head — the first <title>, the <meta> elements, the
// JSON-LD scripts and the <html lang> — so that metadata reads the rebuilt
// page as it reads the original. textOnly and skimPage use it.
type flatHead struct {
	b                        strings.Builder
	lang                     string
	title, titleDone, jsonLD bool // inside the first <title>; past it; inside JSON-LD
}

// pending takes the token after an opening <title> or JSON-LD <script>,
// reporting whether it did; the caller sees every token through it first.
func (h *flatHead) pending(z *html.Tokenizer, tt html.TokenType) bool {
	if !h.title && !h.jsonLD {
		return false
	}
	if tt == html.TextToken {
		if h.jsonLD {
			h.b.WriteString(`<script type="application/ld+json">`)
			h.b.Write(z.Raw())
			h.b.WriteString("</script>")
		} else {
			h.b.WriteString("<title>")
			h.b.WriteString(html.EscapeString(string(z.Text())))
			h.b.WriteString("</title>")
		}
	}
	h.titleDone = h.titleDone || h.title
	h.title, h.jsonLD = false, false
	return true
}

// tag takes a start tag that belongs to the head, reporting whether it
// did. It may consume the tag's attributes.
func (h *flatHead) tag(z *html.Tokenizer, tt html.TokenType, a atom.Atom) bool {
	if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		return false
	}
	switch {
	case a == atom.Meta:
		h.b.Write(z.Raw())
	case a == atom.Html && h.lang == "":
		h.lang = attrOfToken(z, "lang")
	case a == atom.Title && !h.titleDone && tt == html.StartTagToken:
		h.title = true
	case a == atom.Script && tt == html.StartTagToken && isJSONLD(z):
		h.jsonLD = true
	default:
		return false
	}
	return true
}

// document returns the flat page: the collected head, and body.
func (h *flatHead) document(body string) string {
	var doc strings.Builder
	doc.Grow(h.b.Len() + len(body) + 100)
	doc.WriteString("<!DOCTYPE html><html")
	if h.lang != "" {
		doc.WriteString(` lang="` + html.EscapeString(h.lang) + `"`)
	}
	doc.WriteString("><head>")
	doc.WriteString(h.b.String())
	doc.WriteString("</head><body>")
	doc.WriteString(body)
	doc.WriteString("</body></html>")
	return doc.String()
}
