package extract

import (
	"net/url"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The pre-pass cleans the parsed page before readability chooses its main
// content: it harvests figures into captions (readability drops or mangles
// many of them) and removes containers that are clutter by their element,
// ARIA role or class — share bars, newsletter boxes, related lists, cookie
// dialogs, paywall overlays. It is conservative: a container holding a large
// share of the page's text, or several long paragraphs, is never removed,
// since class names lie and losing the article is worse than keeping a box.

// prepass is what the pre-pass found and took out of the page.
type prepass struct {
	removed   []clean.Removal
	changed   bool // the page was changed: elements removed or renamed
	captions  []Caption
	paywalled bool
	lead      string
	byline    string // as printed on the page
	// descriptionBlock is the text of the smallest block on the page that
	// opens with the page's description: the standfirst or first paragraph
	// that the description summarises, which may serve as the lead if the
	// body lacks it.
	descriptionBlock string
}

// proseBytes is the length of a paragraph that starts the body text.
const proseBytes = 120

// Protection thresholds for the pre-pass.
const (
	protectShare      = 0.4 // of the page's text
	protectParagraphs = 2   // long paragraphs
	longParagraph     = 40  // words
)

// runPrepass cleans doc in place before readability sees it, and returns
// the captions, the printed byline, the standfirst and the removals.
// acceptLead vets a standfirst candidate's text, so that a line of clutter
// marked as a summary stays where the rules will find it. v tells what
// clutter looks like.
func runPrepass(doc *html.Node, base *url.URL, meta pageMeta, v *vocabulary, acceptLead func(string) bool) prepass {
	p := prepass{byline: findByline(doc, v)}
	descKey := clean.Normalize(firstWords(meta.description, descriptionKeyWords))
	stats := statsOf(doc)
	total := max(stats[doc].text, 1)
	pageHeadline := stats[doc].hasHeadline
	protected := func(n *html.Node, st nodeStats) bool {
		return float64(st.text)/float64(total) >= protectShare || st.hasHeadline ||
			isContentContainer(n) || longParagraphs(n) >= protectParagraphs
	}

	var figures, clutter, quotes []*html.Node
	var pageText string                  // normalised, once a pull quote needs it
	taken := map[*html.Node]bool{}       // captions that follow a figure's image
	made := map[*html.Node]Caption{}     // figures read from their image's attributes
	captioned := map[*html.Node]string{} // lone captions and the image before them, if any
	var kinds []clean.Kind
	var reasons []string
	var proseBefore []int // prose paragraphs before each clutter element
	var hidden []*html.Node
	prose := 0
	var lead *html.Node
	var leadText string
	seenHeadline := false
	var headings []*html.Node
	seenProse := false // headings after the first paragraph are subheadings
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
			return true
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return false
		}
		if taken[n] {
			return false
		}
		st := stats[n] // one lookup for the checks below
		if isQuoteBox(n, st) {
			if pageText == "" {
				pageText = " " + clean.Normalize(textOf(doc)) + " "
			}
			if repeatsPage(n, pageText) {
				quotes = append(quotes, n)
				return false
			}
			p.changed = keepQuote(n) || p.changed
			return true
		}
		if isFigure(n, st) && longParagraphs(n) == 0 {
			figures = append(figures, n)
			return false
		}
		if c, box, ok := attributeCaption(n, stats, base); ok {
			// An image whose caption or credit only its attributes
			// hold, or that the box around it shows again.
			figures = append(figures, box)
			made[box] = c
			return false
		}
		if c, ok := bareFigure(n, st, stats); ok {
			figures = append(figures, n)
			made[n] = Caption{Text: c.Text, Credit: c.Credit, Image: imageURL(n, base)}
			return false
		}
		if c := siblingCaption(n, st, stats); c != nil {
			// An image and the caption element beside it: a figure
			// without the tag.
			figures = append(figures, n)
			taken[c] = true
			return false
		}
		if ok, box := loneCaption(n, st, stats); ok {
			// A figcaption no figure holds, apart from its image: in a
			// row of its own under the image's, or under the standfirst.
			figures = append(figures, n)
			captioned[n] = lastImageURL(box, base) // before the figures in box are taken out
			return false
		}
		if isBlockElement(n) && hasClassToken(n, "hidden") && isHidden(n) {
			// A box hidden by a class, which readability neither reads
			// nor keeps: a sign-in or offer box a script shows to some
			// readers.
			hidden = append(hidden, n)
			return false
		}
		if kind, reason, ok := v.clutterOf(n); ok && (!protected(n, st) || kind == clean.Banner && isConsentText(textOf(n))) &&
			(kind != clean.Paywall || !holdsProse(n)) {
			if f := soleFigure(n, stats); f != nil {
				// Arc's "story-promo": the lead image, named for the
				// promo slot it fills.
				figures = append(figures, f)
				return false
			}
			clutter = append(clutter, n)
			kinds = append(kinds, kind)
			reasons = append(reasons, reason)
			proseBefore = append(proseBefore, prose)
			return false
		}
		if p.descriptionBlock == "" && opensWith(n, st, descKey) {
			p.descriptionBlock = textOf(n)
		}
		if n.DataAtom == atom.H1 {
			seenHeadline = true
		}
		// A standfirst stands under the headline: a marked element above
		// it is a teaser of another story.
		if lead == nil && (seenHeadline || !pageHeadline) && isStandfirst(n, st, meta.description) {
			if text := textOf(n); acceptLead(text) {
				lead, leadText = n, text
				return false
			}
		}
		if isHeading(n) && seenProse {
			headings = append(headings, n)
		}
		if n.DataAtom == atom.P && st.text >= proseBytes {
			seenProse = true
			prose++
		}
		return true
	})
	for _, h := range headings {
		p.changed = keepHeading(h) || p.changed
	}
	p.changed = p.changed || len(figures)+len(quotes)+len(hidden)+len(clutter) > 0 || lead != nil

	for _, f := range figures {
		if c, ok := made[f]; ok {
			p.captions = append(p.captions, c)
		} else {
			before := len(p.captions)
			p.harvestFigure(f, base, v)
			if image, ok := captioned[f]; ok && len(p.captions) == before+1 {
				p.placeLoneCaption(before, image)
			}
		}
		remove(f)
	}
	for _, n := range quotes {
		if text := textOf(n); text != "" {
			p.removed = append(p.removed, clean.Removal{Rule: RulePullQuote, Kind: clean.Nav, Text: text})
		}
		remove(n)
	}
	for _, n := range hidden {
		remove(n) // not shown, so not reported
	}
	for i, n := range clutter {
		text := textOf(n)
		if kinds[i] == clean.Paywall && cutsShort(text, prose-proseBefore[i], meta.notFree) {
			p.paywalled = true
		}
		if text != "" {
			p.removed = append(p.removed, clean.Removal{Rule: string(kinds[i]) + "/" + reasons[i], Kind: kinds[i], Text: text})
		}
		remove(n)
	}
	if lead != nil {
		p.lead = leadText
		remove(lead)
	}
	return p
}

// placeLoneCaption gives the lone caption p.captions[i] the image before
// it, if any, or drops it when the image's link or attributes already gave
// the same caption: the lightbox's copy and the printed one.
func (p *prepass) placeLoneCaption(i int, image string) {
	c := &p.captions[i]
	for _, earlier := range p.captions[:i] {
		if earlier.Text == c.Text && earlier.Credit == c.Credit {
			p.captions = p.captions[:i]
			return
		}
	}
	if c.Image == "" {
		c.Image = image
	}
}
