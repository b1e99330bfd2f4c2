package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// The text of a whole page, as a browser's innerText or a select-all copy
// gives it, holds the article among everything else the page shows.
// pageArticle keeps the article region and reads the header above it;
// every other line is reported in Removed with the reason it went.

// pageArticle builds the article from the lines of a whole page, its
// article region r; the lines carry what the rules made of them.
func (v *vocabulary) pageArticle(lines []textLine, r region, src Source) *Article {
	ph := v.readPageHeader(lines, r, src.URL)
	a := &Article{URL: src.URL}
	a.Title, a.Byline, a.Authors, a.Site, a.Published, a.Lead = ph.title, ph.byline, ph.authors, ph.site, ph.published, ph.lead
	r.end = nameBioStart(lines, r.start, r.end, ph.authors)
	start := max(ph.bodyStart, r.start)
	if ph.bodyStart < r.start && leadsIn(lines, ph.bodyStart, r.start) {
		start = ph.bodyStart
	}
	if start > r.end {
		start = r.end
	}
	// A standfirst right under the headline, or under the one line of
	// its date or byline, with buttons, a caption or the byline between
	// it and the region, is the article's lead.
	if s := ph.bodyStart; a.Lead == "" && start > s && s > ph.headline && s <= ph.headline+2 && isSentenceProse(&lines[s]) && !lines[s].loose && len(lines[s].stripped()) == 0 {
		a.Lead = lines[s].kept()
		ph.meta[s] = true
	}
	body := region{start: start, end: r.end}
	verdicts := judgeRegion(lines, body)
	// The opening's short sentences above the region are no menu run.
	for i := start; i < r.start; i++ {
		if verdicts[i-start] == dropMenu {
			verdicts[i-start] = keepLine
		}
	}
	// Each line is kept, a caption or removed, and its strips removed:
	// sized once, the slices are not copied at every doubling. Removed
	// holds at most the strips of the lines kept and one entry for each
	// other line.
	kept := make([]clean.Block, 0, body.end-body.start)
	removed := len(lines) - (body.end - body.start)
	for i, verdict := range verdicts {
		if verdict == keepLine {
			removed += len(lines[body.start+i].stripped())
		} else {
			removed++
		}
	}
	a.Removed = make([]clean.Removal, 0, removed)
	lastKept := -1
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		switch {
		case i >= body.start && i+1 < body.end && verdicts[i-body.start] == keepLine && creditBelow(l, &lines[i+1]) != nil:
			a.Captions = append(a.Captions, *creditBelow(l, &lines[i+1]))
			i++
		case ph.isMeta(i):
			if rule, ok := ph.reported[i]; ok {
				a.Removed = append(a.Removed, removedLine(l, rule))
			}
		case i >= body.start && i < body.end && verdicts[i-body.start] == keepLine:
			if c, ok := creditedCaption(l); ok {
				a.Captions = append(a.Captions, c)
				continue
			}
			if isKanjiCaption(l.kept()) {
				a.Captions = append(a.Captions, Caption{Text: l.kept()})
				continue
			}
			kind := clean.Paragraph
			// After an entry of the article's own list, a line over a
			// paragraph is the list's last entry, not a crosshead.
			if len(kept) > 0 && isCrosshead(lines, i, body.end) && !v.hasCaptionLabel(l.kept()) && !isListEntry(&lines[lastKept]) {
				kind = clean.Heading
			}
			kept = append(kept, clean.Block{Kind: kind, Text: l.kept()})
			lastKept = i
			a.Removed = append(a.Removed, l.stripped()...)
		case i >= body.start && i < body.end:
			a.Removed = append(a.Removed, removedLine(l, verdictRule(verdicts[i-body.start])))
		case ph.headline >= 0 && i > ph.headline && i < body.start:
			a.Removed = append(a.Removed, removedLine(l, RuleHeaderClutter))
		case l.comment:
			a.Removed = append(a.Removed, removedLine(l, RuleReaderComments))
		default:
			a.Removed = append(a.Removed, removedLine(l, RuleOutsideArticle))
		}
	}
	// A prompt elsewhere on the page, such as an offer in the footer,
	// cut nothing: only one where the article ends counts.
	a.Paywalled = cutByPaywall(lines, body)
	blocks, captions, strays := v.pullCaptions(kept)
	a.Body = blocks
	a.Captions = append(a.Captions, captions...)
	a.Removed = append(a.Removed, strays...)
	if len(a.Removed) == 0 {
		a.Removed = nil // as it was before the slice was sized
	}
	return a
}

// leadsIn reports whether lines[from:to], between where the header ends
// and the best run of prose starts, are the article's opening: sentences
// that the region's scores weighed too short to count, a standfirst set
// one sentence a line, with nothing between them but lines the rules
// removed. A caption or a newsletter's pitch there is no sentence, or
// one with a credit.
func leadsIn(lines []textLine, from, to int) bool {
	for i := from; i < to; i++ {
		l := &lines[i]
		if l.dropped {
			continue
		}
		if l.repeated || isCaptionLine(lines, i) || !l.sentence || l.words < leadWords {
			return false
		}
	}
	return true
}

// leadWords is the fewest words of a sentence of an article's opening.
const leadWords = 5

// isListEntry reports a line that reads as an entry of a list: short, and
// no sentence.
func isListEntry(l *textLine) bool {
	return l.words <= listWords && !l.sentence
}

// cutByPaywall reports a paywall prompt where the article ends: among its
// last lines or just after them. A bare "Subscribe" button is no prompt:
// footers carry one on every page.
func cutByPaywall(lines []textLine, body region) bool {
	for i := max(body.start, body.end-3); i < min(len(lines), body.end+6); i++ {
		l := &lines[i]
		if l.dropped && l.rule.Kind == clean.Paywall && l.words >= 4 {
			return true
		}
	}
	return false
}

// isTidy reports a text that is already just the article: nothing outside
// the article region but a short header above it and rule-removed clutter.
// A text with no line of prose at all is taken whole too: there is no
// region to prefer.
func isTidy(lines []textLine, r region) bool {
	if r.end == r.start {
		return true
	}
	if r.start > maxHeaderBlocks {
		return false
	}
	after := 0
	for i := r.end; i < len(lines); i++ {
		if !lines[i].dropped {
			after++
		}
	}
	if after > 2 {
		return false
	}
	// So does a menu above it: a header holds a few labels, not a run.
	above := 0
	for i := range r.start {
		if l := &lines[i]; !l.dropped && isMenuLine(l) {
			above++
		}
	}
	if above > maxTidyMenu/2 {
		return false
	}
	// A long menu inside the region marks a page too; a short run of
	// short lines may be the article's own list.
	menu := 0
	for _, v := range judgeRegion(lines, r) {
		if v == dropMenu {
			menu++
		}
	}
	return menu <= maxTidyMenu
}

// maxTidyMenu is the most lines of menu shape a tidy text holds: its lists.
const maxTidyMenu = 12

// captionCredit finds a caption that ends in a sentence and then a short
// credit with no full stop: "… a full overhaul. Supplied",
// "… the opening. Jane Doe/Reuters".
var captionCredit = regexp.MustCompile(`^(.{20,}[.!?])\s+(\p{Lu}[\p{L}\p{N}/&'’. -]{1,40})$`)

// creditedCaption reads a caption with its credit run on. A browser
// renders a <figcaption> without blank lines around it; a caption set as
// a paragraph of its own stands between them, as paragraphs do, and is
// told from one by its end: a short credit with no full stop after the
// last sentence, which closes no paragraph. There the caption keeps its
// full stop, and a credit the rules of clean know is left to
// pullCaptions, which splits it as it splits any.
func creditedCaption(l *textLine) (Caption, bool) {
	if l.words > maxCaptionWords || l.sentence {
		return Caption{}, false
	}
	if l.alone {
		if _, _, ok := clean.SplitCredit(l.kept()); ok {
			return Caption{}, false
		}
	}
	// Every match of captionCredit holds a [.!?] followed by \s, and its
	// credit closes the line: a line ending in a full stop would give a
	// credit that is refused below.
	k := l.kept()
	if strings.HasSuffix(k, ".") || !hasStopThenSpace(k) {
		return Caption{}, false
	}
	m := captionCredit.FindStringSubmatch(k)
	if m == nil || !isShortCredit(m[2]) || strings.HasSuffix(m[2], ".") {
		return Caption{}, false
	}
	text := strings.TrimSuffix(m[1], ".")
	if utf8.RuneCountInString(text) < 20 {
		return Caption{}, false
	}
	if l.alone {
		text = m[1]
	}
	return Caption{Text: text, Credit: m[2]}, true
}

// isShortCredit reports a credit of a few words, a name or an agency
// ("Jane Doe", "AP Photo/Jane Doe"), or a name and the outlet it worked
// for ("Jane Doe for The Ledger"), as a credit run on after a caption is.
func isShortCredit(c string) bool {
	if name, outlet, ok := strings.Cut(c, " for "); ok {
		r, _ := utf8.DecodeRuneInString(outlet)
		return strings.Count(name, " ") <= 2 && strings.Count(outlet, " ") <= 3 && unicode.IsUpper(r)
	}
	return strings.Count(c, " ") <= 3
}

// hasStopThenSpace reports whether s holds a '.', '!' or '?' followed by
// a space, tab, newline, form feed or carriage return: \s.
func hasStopThenSpace(s string) bool {
	for i := 1; i < len(s); i++ {
		if strings.IndexByte(".!?", s[i-1]) >= 0 && strings.IndexByte("\t\n\f\r ", s[i]) >= 0 {
			return true
		}
	}
	return false
}

// creditLabel is the label a credit line may open with: "Foto Ansa",
// "Фото: Алексей Орлов", "Copyright AP Photo/Emma Rius", "Fot. PAP".
var creditLabel = regexp.MustCompile(`^(?i:foto|fot\.|photo|фото|bild|copyright|©)[\s\p{Zs}]*:?[\s\p{Zs}]+`)

// mayOpenWithLabel reports whether t may open with one of creditLabel's
// labels, by its first byte: most lines cannot, and running the regexp
// over each kept line cost more than the rest of reading the page.
func mayOpenWithLabel(t string) bool {
	return t != "" && labelOpeners[t[0]]
}

// labelOpeners are the bytes creditLabel's labels start with, in either
// case: f, p, b, c, the lead bytes of "ф" and "Ф", and that of "©".
var labelOpeners = [256]bool{'f': true, 'F': true, 'p': true, 'P': true, 'b': true, 'B': true, 'c': true, 'C': true, 0xd0: true, 0xd1: true, 0xc2: true}

// creditBelow reads a caption line with its credit on the next line, both
// without blank lines around them, as a browser renders a <figcaption>
// holding a caption and a credit: "… at the meeting on Monday." then "Ellen
// Park/The Millbrook Ledger". A credit with its label ("Photo: AFP") may
// stand between blank lines. It returns nil when the two are not one.
func creditBelow(l, next *textLine) *Caption {
	if l.dropped || !textutil.EndsSentence(l.text) {
		return nil
	}
	if next.dropped && next.rule.Kind != clean.Credit {
		return nil // a share button under the standfirst
	}
	credit := next.text
	if mayOpenWithLabel(credit) {
		credit = creditLabel.ReplaceAllString(credit, "")
	}
	labelled := credit != next.text
	if !labelled && (l.alone || next.alone) {
		return nil
	}
	if labelled {
		// The label says it: a credit, however many names it holds.
		if next.words > clean.MaxCreditWords || l.words > maxCaptionWords || textutil.EndsSentence(credit) {
			return nil
		}
		return &Caption{Text: l.kept(), Credit: credit}
	}
	c, ok := creditedCaption(&textLine{text: l.text + " " + credit, cut: &lineCut{kept: l.kept() + " " + credit}, words: l.words + next.words})
	if !ok {
		return nil
	}
	c.Text = l.kept() // the caption keeps its full stop
	return &c
}
