package extract

import (
	"cmp"
	"slices"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// A reading is what one reading of a page yields: the body, and all that
// was taken out of it or read off its top on the way. The HTML path may
// read a page up to three times (the first reading, a re-read of a thin
// body, the whole-page fallback); readings are values, so it keeps one and
// merges it into the Article once, and a reading it rejects leaves no
// trace.
type reading struct {
	blocks    []clean.Block
	removed   []clean.Removal
	captions  []Caption
	paywalled bool
	// The standfirst the pre-pass took out, or the header lines read off
	// the body's top: they fill the Article's fields only where the page's
	// metadata left them empty.
	lead      string
	byline    string
	authors   []string
	published time.Time
	dateLine  string // the line published was read from
}

// known is what the page's markup said of its header before the body was
// read: a reading drops body lines that repeat it.
type known struct {
	title, lead, byline string
	heading             string // the printed heading of the title, when a kicker was cut off it
	subtitle            string // what the metadata title prints after the headline, when it does
}

// prepassReading is what the pre-pass found, as a reading without a body:
// its removals, its captions run through the rules, its standfirst.
func (e *Extractor) prepassReading(pre prepass, page clean.Page) reading {
	captions, removed := e.finishCaptions(pre.captions, page)
	return reading{
		removed:   slices.Concat(e.namedByText(pre.removed, page), removed),
		captions:  captions,
		paywalled: pre.paywalled,
		lead:      pre.lead,
	}
}

// maxNamedWords is the longest container the pre-pass removed whose text
// the rules read to name it: boxes of one kind are short.
const maxNamedWords = 40

// namedByText returns the pre-pass's removals, each renamed after the rule
// its text matches when that rule says it is another kind of clutter than
// its class or element did: a box classed "promo" that offers a
// newsletter, an <aside> holding a newsletter sign-up, an article footer
// that holds only an "Ad Feedback" button. The text says what a short box
// is; the markup only that it is not the article. A paywall rule renames
// none: a "Subscribe" button in a newsletter box is the newsletter's.
func (e *Extractor) namedByText(removed []clean.Removal, page clean.Page) []clean.Removal {
	var out []clean.Removal
	for i, r := range removed {
		if !textutil.WordsAtMost(r.Text, maxNamedWords) {
			continue
		}
		if by, ok := e.rules.Classify(clean.Block{Kind: clean.Paragraph, Text: r.Text}, page); ok && by.Kind != r.Kind && by.Kind != clean.Paywall {
			if out == nil {
				out = slices.Clone(removed) // the pre-pass's own stay as they are: readings share them
			}
			out[i] = by
		}
	}
	if out == nil {
		return removed
	}
	return out
}

// openingWords is how many of a text's first words identify the block it
// opens with.
const openingWords = 6

// withoutReadBack returns r without the removals that body read back in: a
// container the pre-pass took out, whose opening block a reading of the
// untouched page kept, was not removed from the result.
func (r reading) withoutReadBack(body []clean.Block) reading {
	opens := make(map[string]bool, len(body))
	for _, b := range body {
		opens[clean.Normalize(firstWords(b.Text, openingWords))] = true
	}
	kept := make([]clean.Removal, 0, len(r.removed))
	for _, rm := range r.removed {
		if !opens[clean.Normalize(firstWords(rm.Text, openingWords))] {
			kept = append(kept, rm)
		}
	}
	r.removed = kept
	return r
}

// then returns r followed by s: blocks, removals and captions in order, and
// s's header facts where r has none. Neither r nor s changes.
func (r reading) then(s reading) reading {
	out := reading{
		blocks:    slices.Concat(r.blocks, s.blocks),
		removed:   slices.Concat(r.removed, s.removed),
		captions:  slices.Concat(r.captions, s.captions),
		paywalled: r.paywalled || s.paywalled,
		lead:      cmp.Or(r.lead, s.lead),
		byline:    r.byline,
		authors:   r.authors,
		published: r.published,
		dateLine:  r.dateLine,
	}
	if out.byline == "" {
		out.byline, out.authors = s.byline, s.authors
	}
	if out.published.IsZero() {
		out.published, out.dateLine = s.published, s.dateLine
	}
	return out
}

// mergeInto writes r into a, the one place a reading reaches the Article:
// the body, removals, captions and paywall are r's; lead, byline and date
// fill what the page's metadata left empty.
func (r reading) mergeInto(a *Article, v *vocabulary) {
	a.Body = r.blocks
	a.Removed = append(a.Removed, r.removed...)
	a.Captions = append(a.Captions, r.captions...)
	a.Paywalled = a.Paywalled || r.paywalled
	if a.Lead == "" {
		a.Lead = r.lead
	}
	if a.Byline == "" {
		a.Byline, a.Authors = r.byline, r.authors
	}
	if a.Published.IsZero() {
		a.Published = v.lineDate(r.published, r.dateLine, a.Language, hostOf(a.URL))
	}
}

// lineDate returns date t read off date line as the page's language and
// country write it: the day first where they put it first (dayFirstIn), and
// a clock time printed without a zone in the country's zone, or the date
// alone where the country is not known, as the text path reads it.
func (v *vocabulary) lineDate(t time.Time, line, lang, host string) time.Time {
	if line == "" {
		return t
	}
	t = dayFirstIn(t, line, lang, host)
	if zone, clock := clockZone(line); clock && zone == "" {
		if name, offset := t.Zone(); name == "UTC" && offset == 0 {
			t = v.localTime(t, host)
		}
	}
	return t
}
