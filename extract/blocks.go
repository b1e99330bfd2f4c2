package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A domBlock is a block read from the DOM, with the share of its text that
// sits inside links.
type domBlock struct {
	clean.Block
	linkShare float64
}

// blocksOf walks the article node readability chose and turns it into
// blocks: paragraphs (and runs of loose inline text), headings, quotes,
// lists, preformatted text, and table rows.
func blocksOf(root *html.Node) []domBlock {
	w := blockWriter{skip: isFigureElement}
	w.container(root)
	return w.blocks
}

// shownBlocksOf is blocksOf leaving out what no reader sees: hidden by an
// attribute, a style or a "hidden" class.
func shownBlocksOf(root *html.Node) []domBlock {
	w := blockWriter{skip: notShown}
	w.container(root)
	return w.blocks
}

type blockWriter struct {
	blocks     []domBlock
	inline     textBuf
	inlineLink int
	// skip reports elements whose text is left out, with all they hold.
	skip func(*html.Node) bool
}

// container handles an element whose children may be blocks or inline
// content: inline runs between blocks become paragraphs of their own.
func (w *blockWriter) container(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && w.skip(c) {
			continue
		}
		if c.Type == html.ElementNode && isBlockElement(c) {
			w.flush()
			w.element(c)
			continue
		}
		w.addInline(c)
	}
	w.flush()
}

func (w *blockWriter) element(n *html.Node) {
	switch tagOf(n) {
	case atom.P, atom.Address, atom.Dt, atom.Dd, atom.Summary:
		w.paragraph(clean.Paragraph, n)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.paragraph(clean.Heading, n)
	case atom.Ul, atom.Ol:
		w.list(n)
	case atom.Blockquote:
		w.quote(n)
	case atom.Pre:
		if text := strings.Trim(normaliseSpaces(rawText(n)), "\n"); strings.TrimSpace(text) != "" {
			w.blocks = append(w.blocks, domBlock{Block: clean.Block{Kind: clean.Pre, Text: text}})
		}
	case atom.Table:
		w.table(n)
	case atom.Figure, atom.Hr, atom.Img, atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
		// Figures were harvested before readability ran; the rest has no text.
	default:
		w.container(n)
	}
}

// paragraph adds n as one block of the given kind, unless it holds blocks
// of its own, which are then read one by one.
func (w *blockWriter) paragraph(kind clean.BlockKind, n *html.Node) {
	if hasBlockChild(n) && kind == clean.Paragraph {
		w.container(n)
		return
	}
	text, links := textAndLinks(n, w.skip)
	w.add(kind, text, links)
}

// list adds n's items as one block, a line each. The items are joined in
// one buffer, so that only the list's text is copied out.
func (w *blockWriter) list(n *html.Node) {
	joined, item := getTextBuf(), getTextBuf()
	defer putTextBuf(joined)
	defer putTextBuf(item)
	totalLen, linkLen := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || tagOf(c) != atom.Li {
			continue
		}
		item.b = item.b[:0]
		links := item.write(c, w.skip, true)
		if text := collapseSpaces(normaliseSpaces(item.view())); text != "" {
			if len(joined.b) > 0 {
				joined.b = append(joined.b, '\n')
			}
			joined.b = append(joined.b, text...)
			totalLen += len(text)
			linkLen += links
		}
	}
	if len(joined.b) > 0 {
		w.blocks = append(w.blocks, domBlock{
			Block:     clean.Block{Kind: clean.List, Text: string(joined.b)},
			linkShare: float64(linkLen) / float64(max(totalLen, 1)),
		})
	}
}

func (w *blockWriter) quote(n *html.Node) {
	var parts []string
	inner := blockWriter{skip: w.skip}
	inner.container(n)
	for _, b := range inner.blocks {
		parts = append(parts, b.Text)
	}
	if len(parts) > 0 {
		w.blocks = append(w.blocks, domBlock{Block: clean.Block{Kind: clean.Quote, Text: strings.Join(parts, "\n")}})
	}
}

// table adds each row as a paragraph, its cells separated by " | " and
// joined in one buffer, as a list's items are.
func (w *blockWriter) table(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || tagOf(c) != atom.Tr {
			return true
		}
		joined, cell := getTextBuf(), getTextBuf()
		for td := c.FirstChild; td != nil; td = td.NextSibling {
			if td.Type == html.ElementNode && (tagOf(td) == atom.Td || tagOf(td) == atom.Th) {
				cell.b = cell.b[:0]
				cell.write(td, w.skip, false)
				if text := collapseSpaces(normaliseSpaces(cell.view())); text != "" {
					if len(joined.b) > 0 {
						joined.b = append(joined.b, " | "...)
					}
					joined.b = append(joined.b, text...)
				}
			}
		}
		if len(joined.b) > 0 {
			w.add(clean.Paragraph, string(joined.b), 0)
		}
		putTextBuf(joined)
		putTextBuf(cell)
		return false
	})
}

func (w *blockWriter) addInline(n *html.Node) {
	w.inlineLink += w.inline.write(n, w.skip, true)
}

// inlineText returns the text of a block element, whitespace collapsed,
// and how many bytes of it sit inside links. Figures left in the body were
// harvested or are not the body's text.
func inlineText(n *html.Node) (string, int) {
	return textAndLinks(n, isFigureElement)
}

func isFigureElement(n *html.Node) bool { return tagOf(n) == atom.Figure }

// notShown reports a figure, or an element no reader sees.
func notShown(n *html.Node) bool { return isFigureElement(n) || isHidden(n) }

func (w *blockWriter) flush() {
	if len(w.inline.b) == 0 {
		return
	}
	text := w.inline.collapsed()
	w.add(clean.Paragraph, text, w.inlineLink)
	w.inline.b = w.inline.b[:0]
	w.inlineLink = 0
}

func (w *blockWriter) add(kind clean.BlockKind, text string, linkLen int) {
	if text == "" {
		return
	}
	w.blocks = append(w.blocks, domBlock{
		Block:     clean.Block{Kind: kind, Text: text},
		linkShare: min(1, float64(linkLen)/float64(len(text))),
	})
}

// rawText returns the text under n exactly, for preformatted blocks.
func rawText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		if c.Type == html.ElementNode && tagOf(c) == atom.Br {
			b.WriteByte('\n')
		}
		return true
	})
	return b.String()
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockElement(c) {
			return true
		}
	}
	return false
}

// blockElement reports the elements that break a line of text. A switch,
// not a map: this runs for every element each time a text is read.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Details, atom.Dialog, atom.Dd, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Nav,
		atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table,
		atom.Ul, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead:
		return true
	}
	return false
}

func isBlockElement(n *html.Node) bool { return blockElement(tagOf(n)) }
