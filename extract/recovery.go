package extract

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"unicode"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
)

// Recovery: readability sometimes picks the wrong container (a cookie
// notice, a login dialog, an author box) or finds next to nothing, and the
// pre-pass can tip it either way. These steps check its choice against the
// page's own signals and recover.

// minBodyWords is the shortest body accepted without a second look: a body
// shorter than this is read again without the pre-pass.
const minBodyWords = 100

// minArticleBodyWords is the shortest JSON-LD articleBody worth falling
// back to.
const minArticleBodyWords = 40

// withoutPrepass parses the page again and reads readability's choice on
// the untouched document.
func (e *Extractor) withoutPrepass(ctx context.Context, page []byte, src Source, k known, p clean.Page) (reading, bool) {
	doc, err := e.parse(ctx, page, src)
	if err != nil {
		return reading{}, false
	}
	found, err := findContent(ctx, doc, pageURLOf(src), e.logger)
	if err != nil || found.content == nil {
		return reading{}, false
	}
	e.logger.Debug("body read again without the pre-pass", slog.String("url", src.URL))
	return e.bodyOf(found.content, k, p), true
}

// Blocks the whole-page fallback keeps: prose, not links.
const (
	fallbackMinWords  = 10
	fallbackLinkShare = 0.3
)

// wholePage reads the body from the page's own blocks, after a pre-pass of
// its own has taken the furniture out: the last resort when readability
// finds no container at all (job ads, forum posts, pages of divs). The
// reading holds what that pre-pass found and removed.
func (e *Extractor) wholePage(ctx context.Context, page []byte, src Source, meta pageMeta, acceptLead func(string) bool, p clean.Page) reading {
	doc, err := e.parse(ctx, page, src)
	if err != nil {
		return reading{}
	}
	pre := runPrepass(doc, pageURLOf(src), meta, e.vocab, acceptLead)
	body := bodyElement(doc)
	kept := fallbackBlocks(shownBlocksOf(body))
	if len(kept) == 0 {
		// Nothing a reader sees holds prose: the page keeps its text in
		// elements a script shows, as pages that fill their body in the
		// browser do. That text is the article; better it than none.
		kept = fallbackBlocks(blocksOf(body))
	}
	plain, links := dropLinkRuns(kept)
	res := e.rules.Apply(plain, p)
	e.logger.Debug("body read from the whole page", slog.String("url", src.URL))
	return e.prepassReading(pre, p).then(reading{
		blocks:    res.Kept,
		removed:   slices.Concat(links, res.Removed),
		paywalled: res.Paywalled,
	})
}

// fallbackBlocks returns the blocks the whole-page fallback keeps: prose
// and headings, not links.
func fallbackBlocks(blocks []domBlock) []domBlock {
	var kept []domBlock
	for _, b := range blocks {
		if b.linkShare <= fallbackLinkShare && (textutil.CountWords(b.Text) >= fallbackMinWords || b.Kind == clean.Heading) {
			kept = append(kept, b)
		}
	}
	return kept
}

// bodyElement returns the document's <body>, or the document itself.
func bodyElement(doc *html.Node) *html.Node {
	found := doc
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "body" {
			found = n
		}
		return found == doc
	})
	return found
}

// articleBodyFallback reads the body from the page's JSON-LD articleBody,
// through the rules, when the body found in the page lacks it: readability
// chose another container. It reports false when the found body is fine.
func (e *Extractor) articleBodyFallback(articleBody string, body []clean.Block, page clean.Page) (clean.Result, bool) {
	if holdsMarkup(articleBody) {
		return clean.Result{}, false // a CMS's source, not the text readers see
	}
	paras := paragraphsOf(articleBody)
	if len(paras) == 0 {
		return clean.Result{}, false
	}
	total := words(paras)
	if total < minArticleBodyWords || words(body) >= total*6/10 || bodyHolds(body, firstWords(paras[0].Text, 12)) {
		return clean.Result{}, false
	}
	return e.rules.Apply(paras, page), true
}

// markupSigns are traces of HTML or a CMS's own markup in a JSON-LD
// articleBody: "+++dropcap", "[#image: /photos/…]", "{{embed}}", tags.
var markupSigns = []string{"+++", "[#", "{{", "[caption", "[embed", "</", "<p>", "<br", "<img", "<div", "&lt;"}

// holdsMarkup reports text that is markup rather than plain text.
func holdsMarkup(s string) bool {
	for _, sign := range markupSigns {
		if strings.Contains(s, sign) {
			return true
		}
	}
	return false
}

// paragraphsOf splits plain text into paragraph blocks at line breaks.
func paragraphsOf(text string) []clean.Block {
	var out []clean.Block
	for l := range strings.SplitSeq(normaliseSpaces(text), "\n") {
		if l = collapseSpaces(l); l != "" {
			out = append(out, clean.Block{Kind: clean.Paragraph, Text: l})
		}
	}
	return out
}

func words(bs []clean.Block) int {
	n := 0
	for _, b := range bs {
		n += textutil.CountWords(b.Text)
	}
	return n
}

// wordsAtLeast reports whether bs hold n words or more, as words(bs) >= n
// does, counting no further than it must.
func wordsAtLeast(bs []clean.Block, n int) bool {
	count := 0
	for _, b := range bs {
		if count >= n {
			return true
		}
		count += textutil.CountWords(b.Text)
	}
	return count >= n
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// bodyHolds reports whether some block holds text, compared normalised.
func bodyHolds(body []clean.Block, text string) bool {
	want := clean.Normalize(text)
	if want == "" {
		return false
	}
	// Only blocks that hold the text's longest word, in any case, are
	// normalised and compared.
	probe := longestWord(text)
	for _, b := range body {
		if containsFold(b.Text, probe) && strings.Contains(clean.Normalize(b.Text), want) {
			return true
		}
	}
	return false
}

func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

// containsFold reports whether s holds sub, ignoring case.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// plausibleLead reports whether a recovered block reads as a standfirst or
// an opening paragraph: no rule drops it, and it is not a date, a byline or
// a teaser card's line of links.
func (e *Extractor) plausibleLead(text string, page clean.Page) bool {
	if text == "" || textutil.CountWords(text) < 6 || opensWithDate(text) || e.vocab.bylineLabels.header.MatchString(text) ||
		strings.Contains(text, "•••") || strings.Contains(text, " / ") {
		return false
	}
	return len(e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: text}}, page).Kept) == 1
}
