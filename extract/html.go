package extract

import (
	"context"
	"fmt"
	"net/url"

	"github.com/declutter/declutter/clean"
)

// fromHTMLBytes is the HTML path: decode, parse once, pre-pass, readability,
// blocks, rules, captions.
func (e *Extractor) fromHTMLBytes(ctx context.Context, data []byte, src Source) (*Article, error) {
	if isBinary(data) {
		return nil, ErrNotText
	}
	text, err := e.decodeHTML(data, src)
	if err != nil {
		return nil, err
	}
	if tags := countTags(text); tags > e.maxElements {
		e.logger.Warn("page over the element budget; read from its prose", "elements", tags, "budget", e.maxElements, "url", src.URL)
		return e.fromSkim(ctx, text, src)
	}
	doc, err := e.parse(ctx, text, src)
	if err != nil {
		return nil, err
	}
	pageURL, _ := url.Parse(src.URL)
	if pageURL != nil && pageURL.Host == "" {
		pageURL = nil
	}
	meta := readMeta(doc)
	page := clean.Page{Host: hostOf(src.URL)}
	pre := runPrepass(doc, pageURL, meta, func(lead string) bool { return e.plausibleLead(lead, page) })
	paras := pageParagraphs(doc)
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	found, err := findContent(ctx, doc, pageURL, e.logger)
	if err != nil {
		return nil, fmt.Errorf("extract: finding content: %w", err)
	}

	a := &Article{
		Title:     found.title,
		Site:      found.site,
		Published: found.published,
		Language:  found.language,
		URL:       src.URL,
		Lead:      pre.lead,
		Captions:  pre.captions,
		Paywalled: pre.paywalled,
		Removed:   pre.removed,
	}
	if (a.Site == "" || isAggregator(a.Site)) && meta.provider != "" {
		a.Site = meta.provider // syndicated: the publisher, not the platform
	}
	printed := pre.byline
	if res := e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: printed}}, page); len(res.Kept) == 0 {
		printed = "" // a "Sign in" or "Follow" button marked as the author's
	}
	a.Byline, a.Authors = bylineAndAuthors(chooseByline(printed, meta.byline(), found.byline), meta.authors)
	a.Captions = e.finishCaptions(a.Captions, page, a)

	body := e.bodyOf(found.content, a, page)
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	if words(body.blocks) < minBodyWords {
		// Readability found little on the cleaned page: the pre-pass may
		// have taken what it needed. Read the page again as it was.
		// The second reading wins only by a clear margin: a few words more
		// are the clutter the pre-pass had taken out.
		if again, ok := e.withoutPrepass(ctx, text, src, a, page); ok && words(again.blocks) >= 2*words(body.blocks)+20 {
			body = again
		}
		if len(body.blocks) == 0 {
			// Readability found nothing at all: keep the page's own text
			// blocks, less its furniture.
			body = e.wholePage(ctx, text, src, a, page)
		}
		if err := stopped(ctx); err != nil {
			return nil, err
		}
	}
	a.Removed = append(a.Removed, body.removed...)
	a.Paywalled = a.Paywalled || body.paywalled || (meta.notFree && pre.paywalled)
	a.Body = e.fillGaps(body.blocks, paras, page)
	if fromJSON := e.articleBodyFallback(meta.articleBody, a.Body, page); fromJSON != nil {
		a.Body = fromJSON
	}
	if lead := pre.descriptionBlock; a.Lead == "" && e.plausibleLead(lead, page) && !bodyHolds(a.Body, firstWords(lead, descriptionKeyWords)) {
		a.Lead = lead // a standfirst or opening paragraph readability left out
	}
	a.Body = dropDateLines(a.Body, a)
	if len(a.Body) == 0 {
		return nil, fmt.Errorf("%w: no body text found", ErrNoContent)
	}
	return a, nil
}
