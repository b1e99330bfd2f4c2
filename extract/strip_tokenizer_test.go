package extract

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The stripper is hand-written rather than built on golang.org/x/net/html's
// Tokenizer. tokenizerStrip is that Tokenizer version, kept so that the
// choice can be measured again (BenchmarkStrip, TestStripMemory): it drops
// the same script and style bodies, drawings and data: URI payloads, by
// copying each token's Raw bytes or leaving them out.

func tokenizerStrip(r io.Reader) []byte {
	z := html.NewTokenizer(r)
	var out []byte
	svg := 0
	drop := false // the text token next is a script or style body
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := z.Raw()
		switch tt {
		case html.TextToken:
			if drop || svg > 0 {
				drop = false
				continue
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			drop = false
			name, _ := z.TagName()
			if svg > 0 {
				if string(name) == "svg" && tt == html.StartTagToken {
					svg++
				}
				continue
			}
			switch string(name) {
			case "svg":
				if tt == html.StartTagToken {
					svg = 1
				}
			case "style":
				drop = tt == html.StartTagToken
			case "script":
				drop = tt == html.StartTagToken && !tokenIsJSONLD(z)
			}
			out = appendWithoutData(out, raw)
			continue
		case html.EndTagToken:
			if svg > 0 {
				if name, _ := z.TagName(); string(name) == "svg" {
					if svg--; svg == 0 {
						out = append(out, raw...)
					}
				}
				continue
			}
		default:
			if svg > 0 {
				continue
			}
		}
		out = append(out, raw...)
	}
}

func tokenIsJSONLD(z *html.Tokenizer) bool {
	for {
		key, val, more := z.TagAttr()
		if string(key) == "type" {
			return strings.EqualFold(strings.TrimSpace(string(val)), "application/ld+json")
		}
		if !more {
			return false
		}
	}
}

// appendWithoutData appends a tag's raw bytes less its data: URI payloads.
func appendWithoutData(out, tag []byte) []byte {
	for {
		i := bytes.Index(tag, []byte("data:"))
		if i < 0 || (i > 0 && !isDataStart(tag[i-1])) {
			if i < 0 {
				return append(out, tag...)
			}
			out = append(out, tag[:i+1]...)
			tag = tag[i+1:]
			continue
		}
		comma := bytes.IndexByte(tag[i:], ',')
		if comma < 0 || comma > dataHeadMax {
			out = append(out, tag[:i+1]...)
			tag = tag[i+1:]
			continue
		}
		out = append(out, tag[:i+comma+1]...)
		tag = tag[i+comma+1:]
		end := bytes.IndexFunc(tag, func(r rune) bool { return r < 0x80 && isDataEnd(byte(r)) || r == '>' })
		if end < 0 {
			end = len(tag)
		}
		tag = tag[end:]
	}
}

// BenchmarkStrip: the hand-written stripper against the Tokenizer version,
// on go-readability's test pages and our own, read whole.
func BenchmarkStrip(b *testing.B) {
	pages := stripTestPages(b)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.Run("hand", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				s := newStripper(make([]byte, 0, len(p)))
				s.write(p)
			}
		}
	})
	b.Run("tokenizer", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				tokenizerStrip(bytes.NewReader(p))
			}
		}
	})
}
