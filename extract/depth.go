package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// html.Parse refuses documents nested deeper than 512 elements, which broken
// pages reach easily: a thousand unclosed <div> or <font> tags. Such a page
// still deserves its article, so it is rebuilt from its token stream and
// parsed again, in two steps:
//
//  1. flatten keeps the page as it is up to maxOpen open elements and drops
//     the tags nested deeper, turning block-level ones into paragraph breaks;
//     text is kept wherever it sits.
//  2. When the tree builder still nests deeper than the tokens show (it
//     reopens formatting elements and inserts table parts of its own),
//     textOnly keeps nothing but the page's metadata and its text, in flat
//     paragraphs, which no parser can nest.
//
// Both are a single pass over the tokens, so a page a million levels deep
// costs no more than a flat one of the same size, and what readability gets
// is never deeper than it can take: it recurses on the tree.

// maxOpen is how many elements flatten leaves open. The tree builder may
// insert up to three elements for each one the tokens open (a <td> without
// its table body and row), so a quarter of html.Parse's limit keeps the
// second parse under it.
const maxOpen = 128

// parse parses an HTML page, rebuilding it when it nests too deeply. It
// fails with ErrTooDeep only when a page too deep to parse has no text.
func (e *Extractor) parse(ctx context.Context, page []byte, src Source) (*html.Node, error) {
	doc, err := html.Parse(ctxReader{ctx, bytes.NewReader(page)})
	if err == nil {
		revealDeferred(doc)
		return doc, nil
	}
	if !isTooDeep(err) {
		return nil, fmt.Errorf("extract: parsing HTML: %w", err)
	}
	e.logger.Warn("HTML nested too deeply; flattened", "limit", maxOpen, "url", src.URL)
	doc, err = html.Parse(ctxReader{ctx, strings.NewReader(flatten(ctx, page, maxOpen))})
	if err != nil && !isTooDeep(err) {
		return nil, fmt.Errorf("extract: parsing HTML: %w", err)
	}
	if err != nil {
		e.logger.Warn("flattened HTML still too deep; reading its text alone", "url", src.URL)
		doc, err = html.Parse(ctxReader{ctx, strings.NewReader(textOnly(ctx, page))})
	}
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
	}
	if !hasText(doc) {
		return nil, fmt.Errorf("%w: more than 512 elements deep, and no text", ErrTooDeep)
	}
	return doc, nil
}

// checkEvery is how many tokens or nodes a loop handles between looks at
// its context.
const checkEvery = 4096

// ctxReader fails with ctx's error once ctx is done, so that a parse stops
// within one buffer of input.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// isTooDeep reports html.Parse's error for a document over its nesting limit.
func isTooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements exceeds")
}

// hasText reports whether doc has any text outside its head, scripts and
// styles.
func hasText(doc *html.Node) bool {
	found := false
	walk(doc, func(n *html.Node) bool {
		switch {
		case found:
			return false
		case n.Type == html.TextNode:
			found = strings.TrimSpace(n.Data) != ""
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript:
				return false
			}
		}
		return true
	})
	return found
}

// hiddenElements hold no page text: code, data, or another document. When
// the rebuilt page leaves out the start tag of one, it leaves out its
// contents up to the end tag too, as the tokenizer reads all but <template>
// as raw text up to there.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true, atom.Iframe: true,
	atom.Noembed: true, atom.Noframes: true, atom.Xmp: true, atom.Textarea: true, atom.Title: true,
}

// voidElements never have contents or an end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Keygen: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// selfClosing are elements that a start tag of the same name closes, so a
// run of them does not nest.
var selfClosing = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Option: true,
}

// openStack is flatten's model of the tree builder's stack of open
// elements. Runs of dropped elements of one name share an entry, so a
// million unclosed <div> tags take one.
type openStack struct {
	entries []openRun
	count   map[string]int // open elements of each name
	kept    int            // open elements that were written out
	foreign int            // open svg and math elements
}

type openRun struct {
	name    string
	dropped bool // its tags were left out of the output
	n       int
}

func (st *openStack) push(name string, dropped bool) {
	st.count[name]++
	if dropped {
		if last := len(st.entries) - 1; last >= 0 && st.entries[last].dropped && st.entries[last].name == name {
			st.entries[last].n++
			return
		}
	} else {
		st.kept++
	}
	if name == "svg" || name == "math" {
		st.foreign++
	}
	st.entries = append(st.entries, openRun{name: name, dropped: dropped, n: 1})
}

// top returns the name of the innermost open element, or "".
func (st *openStack) top() string {
	if len(st.entries) == 0 {
		return ""
	}
	return st.entries[len(st.entries)-1].name
}

// pop closes the innermost open element and returns its name and whether
// it was dropped.
func (st *openStack) pop() (string, bool) {
	last := &st.entries[len(st.entries)-1]
	name, dropped := last.name, last.dropped
	st.count[name]--
	if last.n--; last.n == 0 {
		st.entries = st.entries[:len(st.entries)-1]
		if name == "svg" || name == "math" {
			st.foreign--
		}
	}
	if !dropped {
		st.kept--
	}
	return name, dropped
}

// flatten rewrites page so that no more than limit elements are open at
// once, as far as the tokens show.
func flatten(ctx context.Context, page []byte, limit int) string {
	var (
		out   strings.Builder
		z     = html.NewTokenizer(bytes.NewReader(page))
		stack = openStack{count: map[string]int{}}
		skip  skipper
		brk   paragraphBreak
	)
	out.Grow(len(page))
	for i := 0; ; i++ {
		tt := z.Next()
		if tt == html.ErrorToken || i%checkEvery == 0 && ctx.Err() != nil {
			break // a page cut short when ctx ends: parse reports it
		}
		name, a := tagName(z, tt)
		if skip.skipping(tt, name) {
			continue
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if a == atom.Html || a == atom.Head || a == atom.Body || a == atom.Plaintext || voidElements[a] ||
				tt == html.SelfClosingTagToken && stack.foreign > 0 {
				// They add no depth: the tree builder merges the first
				// three, and nothing after <plaintext> is markup.
				out.Write(z.Raw())
				brk.wrote()
				continue
			}
			// The implied end tags that keep runs of <p> or <li> flat.
			if top := stack.top(); selfClosing[a] && top == name || blockElement(a) && top == "p" {
				stack.pop()
			}
			switch {
			case stack.kept < limit:
				stack.push(name, false)
				out.Write(z.Raw())
				brk.wrote()
			case hiddenElements[a]:
				skip.start(name)
			default:
				stack.push(name, true)
				if blockElement(a) {
					brk.write(&out)
				}
			}
		case html.EndTagToken:
			if stack.count[name] == 0 {
				out.Write(z.Raw()) // the tree builder decides; it adds no depth
				brk.wrote()
				continue
			}
			for {
				closed, dropped := stack.pop()
				if closed != name {
					continue
				}
				switch {
				case !dropped:
					out.Write(z.Raw())
					brk.wrote()
				case blockElement(a):
					brk.write(&out)
				}
				break
			}
		default:
			out.Write(z.Raw())
			brk.wrote()
		}
	}
	return out.String()
}

// textOnly rebuilds page from its tokens as a flat document: the title,
// <meta> elements and JSON-LD of the page, then its text, a paragraph for
// each run between block-level tags.
func textOnly(ctx context.Context, page []byte) string {
	var (
		head flatHead
		body strings.Builder
		z    = html.NewTokenizer(bytes.NewReader(page))
		skip skipper
		brk  paragraphBreak
	)
	body.Grow(len(page) / 2)
	brk.write(&body)
	for i := 0; ; i++ {
		tt := z.Next()
		if tt == html.ErrorToken || i%checkEvery == 0 && ctx.Err() != nil {
			break // a page cut short when ctx ends: parse reports it
		}
		if head.pending(z, tt) {
			continue
		}
		name, a := tagName(z, tt)
		if skip.skipping(tt, name) || head.tag(z, tt, a) {
			continue
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case a == atom.Br:
				body.WriteString("<br>")
				brk.wrote()
			case hiddenElements[a] && tt == html.StartTagToken:
				skip.start(name)
			case blockElement(a):
				brk.write(&body)
			}
		case html.EndTagToken:
			if blockElement(a) {
				brk.write(&body)
			}
		case html.TextToken:
			body.WriteString(html.EscapeString(string(z.Text())))
			brk.wrote()
		}
	}
	return head.document(body.String())
}

// attrOfToken returns the current start tag's attribute key, or "". It
// consumes the tag's attributes.
func attrOfToken(z *html.Tokenizer, key string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return string(v)
		}
		if !more {
			return ""
		}
	}
}

// isJSONLD reports whether the current <script> start tag holds JSON-LD.
func isJSONLD(z *html.Tokenizer) bool {
	return strings.EqualFold(strings.TrimSpace(attrOfToken(z, "type")), "application/ld+json")
}

// A paragraphBreak writes "<p>" for a block-level tag left out of a
// rebuilt page, but only one for a run of them with nothing between: a
// million empty paragraphs would cost readability dearly.
type paragraphBreak struct{ pending bool }

func (b *paragraphBreak) write(out *strings.Builder) {
	if !b.pending {
		out.WriteString("<p>")
		b.pending = true
	}
}

// wrote records that something other than a break was written.
func (b *paragraphBreak) wrote() { b.pending = false }

// A skipper drops an element's tokens up to its matching end tag, counting
// nested elements of the same name.
type skipper struct {
	name  string
	depth int
}

func (s *skipper) start(name string) { s.name, s.depth = name, 1 }

// skipping reports whether the current token, of type tt and tag name name,
// is to be dropped.
func (s *skipper) skipping(tt html.TokenType, name string) bool {
	if s.depth == 0 {
		return false
	}
	if name == s.name {
		switch tt {
		case html.StartTagToken:
			s.depth++
		case html.EndTagToken:
			s.depth--
		}
	}
	return true
}

// tagName returns the lower-case name and atom of the current token when it
// is a tag, else "" and 0. The tag's attributes can still be read after it.
func tagName(z *html.Tokenizer, tt html.TokenType) (string, atom.Atom) {
	switch tt {
	case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
		name, _ := z.TagName()
		if a := atom.Lookup(name); a != 0 {
			return a.String(), a
		}
		return string(name), 0
	}
	return "", 0
}
