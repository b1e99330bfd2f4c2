package extract

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
)

// fromHTMLBytes is the HTML path: decode, parse once, pre-pass, readability,
// blocks, rules, captions.
func (e *Extractor) fromHTMLBytes(data []byte, src Source) (*Article, error) {
	if isBinary(data) {
		return nil, ErrNotText
	}
	text, err := e.decodeHTML(data, src)
	if err != nil {
		return nil, err
	}
	doc, err := e.parse(text, src)
	if err != nil {
		return nil, err
	}
	pageURL, _ := url.Parse(src.URL)
	if pageURL != nil && pageURL.Host == "" {
		pageURL = nil
	}
	meta := readMeta(doc)
	heads := headingsOf(doc)
	page := clean.Page{Host: hostOf(src.URL)}
	pre := runPrepass(doc, pageURL, meta, func(lead string) bool { return e.plausibleLead(lead, page) })
	paras := pageParagraphs(doc)
	found, err := findContent(doc, pageURL, e.logger)
	if err != nil {
		return nil, fmt.Errorf("extract: finding content: %w", err)
	}

	sites := siteNames(hostOf(src.URL), meta.siteName, meta.publisher, found.site)
	a := &Article{
		Title:     chooseTitle(found.title, meta, heads, sites),
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
	if words(body.blocks) < minBodyWords {
		// Readability found little on the cleaned page: the pre-pass may
		// have taken what it needed. Read the page again as it was.
		// The second reading wins only by a clear margin: a few words more
		// are the clutter the pre-pass had taken out.
		if again, ok := e.withoutPrepass(text, src, a, page); ok && words(again.blocks) >= 2*words(body.blocks)+20 {
			body = again
		}
		if len(body.blocks) == 0 {
			// Readability found nothing at all: keep the page's own text
			// blocks, less its furniture.
			body = e.wholePage(text, src, a, page)
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

// bylineAndAuthors cleans readability's byline ("By Jane Doe, CNN" becomes
// "Jane Doe, CNN") and picks the author list: the names printed in the
// byline when they include every author the page's JSON-LD names (the
// metadata often lists only the first), else the JSON-LD authors, else the
// printed names.
func bylineAndAuthors(byline string, metaAuthors []string) (string, []string) {
	byline = stripBylineLabel(strings.TrimSpace(byline))
	if m := bylinePrefix.FindStringSubmatch(byline); m != nil {
		byline = m[1]
	}
	byline = strings.TrimSpace(byline)
	printed := printedAuthors(byline)
	if len(metaAuthors) > 0 && !(len(printed) > len(metaAuthors) && namesAll(printed, metaAuthors)) {
		return byline, metaAuthors
	}
	if byline == "" {
		return "", nil
	}
	return byline, printed
}

// namesAll reports whether every name of want is among names.
func namesAll(names, want []string) bool {
	for _, w := range want {
		found := false
		for _, n := range names {
			found = found || clean.Normalize(n) == clean.Normalize(w)
		}
		if !found {
			return false
		}
	}
	return true
}

// chooseByline picks the byline: the one printed on the page when it names
// an author the metadata names, or when the metadata names none and it
// reads as names; else the metadata's; else what readability found.
// Byline elements are many and noisy (column names, datelines, "Follow
// author"); the metadata keeps the choice honest. Readability's own pick
// comes last because it runs after the pre-pass has changed the page.
func chooseByline(printed, meta, found string) string {
	names := authorsOf(meta)
	if printed != "" {
		p := clean.Normalize(printed)
		for _, name := range names {
			if n := clean.Normalize(name); n != "" && strings.Contains(p, n) {
				return printed
			}
		}
		if len(names) == 0 && plausibleByline(printed) {
			return printed
		}
	}
	if meta != "" {
		return meta
	}
	if plausibleByline(found) {
		return found
	}
	return ""
}

// plausibleByline reports a byline that reads as names: two words or more,
// capitalised, without digits.
func plausibleByline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return countWords(s) >= 2 && unicode.IsUpper(r) && !strings.ContainsAny(s, "0123456789*")
}

// dropHeaderRepeats removes blocks at the top of the body that repeat the
// title, lead or byline, which readability sometimes keeps.
func dropHeaderRepeats(body []clean.Block, a *Article) []clean.Block {
	same := func(x, y string) bool { return y != "" && clean.Normalize(x) == clean.Normalize(y) }
	for len(body) > 0 {
		t := body[0].Text
		if !same(t, a.Title) && !same(t, a.Lead) && !same(t, a.Byline) && !same(t, "By "+a.Byline) {
			break
		}
		body = body[1:]
	}
	return body
}

// Link runs: related-story lists readability keeps inside the article.
const (
	linkShareMin = 0.8 // of a block's text inside links
	linkRunMin   = 3   // consecutive short link paragraphs
	linkRunWords = 20
)

// dropLinkRuns removes lists that are all links, and runs of short
// paragraphs that are all links, and returns the rest as plain blocks.
func dropLinkRuns(blocks []domBlock) ([]clean.Block, []clean.Removal) {
	var (
		kept    = make([]domBlock, 0, len(blocks))
		removed []clean.Removal
	)
	isLinkLine := func(b domBlock) bool {
		return b.Kind == clean.Paragraph && b.linkShare >= linkShareMin && countWords(b.Text) <= linkRunWords
	}
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == clean.Heading && b.linkShare >= linkShareMin {
			// A subheading is never a link; a teaser's headline is.
			removed = append(removed, clean.Removal{Rule: "related/link-heading", Kind: clean.Related, Text: b.Text})
			continue
		}
		if b.Kind == clean.List && b.linkShare >= linkShareMin && strings.Count(b.Text, "\n") >= 2 {
			removed = append(removed, clean.Removal{Rule: "related/link-list", Kind: clean.Related, Text: b.Text})
			continue
		}
		j := i
		for j < len(blocks) && isLinkLine(blocks[j]) {
			j++
		}
		if j-i >= linkRunMin {
			for _, r := range blocks[i:j] {
				removed = append(removed, clean.Removal{Rule: "related/link-run", Kind: clean.Related, Text: r.Text})
			}
			i = j - 1
			continue
		}
		kept = append(kept, b)
	}
	// The tail: teaser links and the headings over them, with no prose
	// after them.
	for len(kept) > 0 {
		last := kept[len(kept)-1]
		if last.Kind != clean.Heading && !isLinkLine(last) && !(last.Kind == clean.List && last.linkShare >= linkShareMin) {
			break
		}
		removed = append(removed, clean.Removal{Rule: "related/trailing-links", Kind: clean.Related, Text: last.Text})
		kept = kept[:len(kept)-1]
	}
	plain := make([]clean.Block, len(kept))
	for i, b := range kept {
		plain[i] = b.Block
	}
	return plain, removed
}

// dropHeaderLines removes what readability kept of the page's header above
// the first paragraph — date lines, bylines, roles, a standfirst — reading
// it as the text path does. It changes nothing when that reading finds a
// title other than the page's own, since the lines are then not a header.
func dropHeaderLines(body []clean.Block, a *Article) []clean.Block {
	h := readHeader(body, a.Title, a.Byline)
	if h.bodyStart == 0 || h.title != a.Title {
		return body
	}
	a.Removed = append(a.Removed, h.removed...)
	if a.Lead == "" {
		a.Lead = h.lead
	}
	if a.Byline == "" {
		a.Byline, a.Authors = h.byline, h.authors
	}
	if a.Published.IsZero() {
		a.Published = h.published
	}
	return body[h.bodyStart:]
}

// finishCaptions runs the rules over figure captions (a "Purchase Licensing
// Rights" link inside a figcaption) and splits off the credits no element
// of their own held.
func (e *Extractor) finishCaptions(cs []Caption, page clean.Page, a *Article) []Caption {
	var out []Caption
	for _, c := range cs {
		res := e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: c.Text}}, page)
		a.Removed = append(a.Removed, res.Removed...)
		c.Text = ""
		if len(res.Kept) > 0 {
			c.Text = res.Kept[0].Text
		}
		if c.Credit == "" {
			if text, credit, ok := clean.SplitCredit(c.Text); ok {
				c.Text, c.Credit = text, credit
			} else if text, credit, ok := splitNameCredit(c.Text); ok {
				c.Text, c.Credit = text, credit
			}
		}
		switch {
		case c.Text != "":
			out = append(out, c)
		case c.Credit != "":
			a.Removed = append(a.Removed, clean.Removal{Rule: ruleStrayCredit, Kind: clean.Credit, Text: c.Credit})
		}
	}
	return out
}

// splitNameCredit splits a photographer's name in parentheses off the end
// of a caption: "… homes to rent (Nigel Hawksworth)". Inside a figure that
// shape is a credit; in running text it is not, so only captions use it.
func splitNameCredit(caption string) (string, string, bool) {
	s := strings.TrimSpace(caption)
	if !strings.HasSuffix(s, ")") {
		return caption, "", false
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return caption, "", false
	}
	name := strings.TrimSpace(s[open+1 : len(s)-1])
	if !isName(name) {
		return caption, "", false
	}
	return strings.TrimSpace(s[:open]), name, true
}
