package extract

import (
	"context"
	"fmt"
	"net/url"

	"github.com/declutter/declutter/clean"
)

// fromHTMLBytes is the HTML path: decode, parse once, pre-pass, readability,
// blocks, rules, captions. data is an input buffer (see inputbuf.go), which
// fromHTMLBytes gives back once nothing refers to its bytes, or leaves to
// the collector when the page is held packed.
func (e *Extractor) fromHTMLBytes(ctx context.Context, data []byte, src Source) (*Article, error) {
	buf := data // given back when the article is made
	defer func() { putInputBuf(buf) }()
	if isBinary(data) {
		return nil, ErrNotText
	}
	text, err := e.decodeHTML(data, src)
	if err != nil {
		return nil, err
	}
	if !sameBytes(text, buf) {
		// Decoded into a copy: the input is not read again.
		putInputBuf(buf)
		buf = nil
	}
	if tags := countTags(text); tags > e.maxElements {
		e.logger.Warn("page over the element budget; read from its prose", "elements", tags, "budget", e.maxElements, "url", src.URL)
		skimmed, dropped := skimPage(ctx, text)
		putInputBuf(buf) // the skim is a copy
		buf = nil
		return e.fromSkim(ctx, skimmed, dropped, src)
	}
	doc, err := e.parse(ctx, text, src)
	if err != nil {
		return nil, err
	}
	if src.URL == "" {
		src.URL = canonicalURL(doc) // a saved page still knows its address
	}
	pageURL := pageURLOf(src)
	meta := readMeta(doc)
	heads := headingsOf(doc)
	page := clean.Page{Host: hostOf(src.URL)}
	acceptLead := func(lead string) bool { return e.plausibleLead(lead, page) }
	pre := runPrepass(doc, pageURL, meta, e.vocab, acceptLead)
	// From here the page's text and blocks are held, packed when large:
	// text is not used past this line.
	held := hold(text, pageBlocks(doc))
	if held.packed() {
		// The page's text is held packed, not in the buffer: letting the
		// buffer go leaves readability the room it took. Pooled, it would
		// stay held.
		buf = nil
	}
	_, regionWords := proseRegion(doc)
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	found, err := findContent(ctx, doc, pageURL, e.logger)
	if err != nil {
		return nil, fmt.Errorf("extract: finding content: %w", err)
	}

	sites := siteNames(hostOf(src.URL), meta.siteName, meta.publisher, found.site)
	title, titleHeading := chooseTitleHeading(found.title, meta, heads, sites)
	a := &Article{
		Title:     title,
		Site:      found.site,
		Published: found.published,
		Language:  found.language,
		URL:       src.URL,
	}
	if (a.Site == "" || e.vocab.isAggregator(a.Site)) && meta.provider != "" {
		a.Site = meta.provider // syndicated: the publisher, not the platform
	}
	printed := pre.byline
	if res := e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: printed}}, page); len(res.Kept) == 0 && !isDesk(printed) {
		printed = "" // a "Sign in" or "Follow" button marked as the author's; a desk ("Redaktion") signs
	}
	a.Byline, a.Authors = e.vocab.bylineAndAuthors(e.vocab.chooseByline(printed, e.vocab.metaByline(meta, sites), found.byline, sites), meta.authors)

	k := known{title: a.Title, heading: titleHeading, lead: pre.lead, byline: a.Byline, subtitle: subtitleOf(a.Title, meta, sites)}
	r := e.prepassReading(pre, page).then(e.bodyOf(found.content, k, page))
	if wrongContainer(r, regionWords) {
		// Readability kept a fragment or a box of furniture; the page's
		// prose is elsewhere.
		if alt, ok := e.regionReading(ctx, held.text(), src, meta, k, page); ok && words(alt.blocks) > words(r.blocks) {
			r = e.prepassReading(pre, page).then(alt)
		}
	}
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	if !wordsAtLeast(r.blocks, minBodyWords) {
		// Readability found little on the cleaned page: the pre-pass may
		// have taken what it needed. Read the page again as it was.
		// The second reading wins only by a clear margin: a few words more
		// are the clutter the pre-pass had taken out. The pre-pass's
		// figures, clutter and standfirst are the page's and stand, less
		// the containers the second reading kept. A pre-pass that changed
		// nothing left the page as it was: a second reading would find
		// what the first found.
		if pre.changed {
			if again, ok := e.withoutPrepass(ctx, held.text(), src, k, page); ok && words(again.blocks) >= 2*words(r.blocks)+20 {
				r = e.prepassReading(pre, page).withoutReadBack(again.blocks).then(again)
			}
		}
		if len(r.blocks) == 0 {
			// Readability found nothing at all: keep the page's own text
			// blocks, less its furniture.
			r = e.wholePage(ctx, held.text(), src, meta, acceptLead, page)
		}
		if err := stopped(ctx); err != nil {
			return nil, err
		}
	}
	r.mergeInto(a, e.vocab)
	blocks := held.blockList()
	a.Body = e.fillGaps(a.Body, blocks, page)
	a.Body = e.putBackOpening(a.Body, blocks, page, a.Title, a.Lead)
	if fromJSON, ok := e.articleBodyFallback(meta.articleBody, a.Body, page); ok {
		for _, b := range a.Body {
			a.Removed = append(a.Removed, clean.Removal{Rule: RuleNotInArticleBody, Kind: clean.Nav, Text: b.Text})
		}
		a.Body = fromJSON.Kept
		a.Removed = append(a.Removed, fromJSON.Removed...)
		a.Paywalled = a.Paywalled || fromJSON.Paywalled
	}
	if lead := pre.descriptionBlock; a.Lead == "" && e.plausibleLead(lead, page) && !bodyHolds(a.Body, firstWords(lead, descriptionKeyWords)) &&
		clean.Normalize(lead) != clean.Normalize(a.Title) {
		// Not the headline, which a description that glues the headline
		// to the standfirst opens with.
		a.Lead = lead // a standfirst or opening paragraph readability left out
	}
	var dates []clean.Removal
	a.Body, dates = dropDateLines(a.Body)
	a.Removed = append(a.Removed, dates...)
	if len(a.Body) == 0 {
		return nil, fmt.Errorf("%w: no body text found", ErrNoContent)
	}
	a.Removed = append(a.Removed, e.traceDropped(a, blocks, page)...)
	a.Published = e.vocab.inZone(a.Published, page.Host, a.Language)
	return a, nil
}

// pageURLOf returns src's URL when it is absolute, else nil.
func pageURLOf(src Source) *url.URL {
	u, err := url.Parse(src.URL)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}
