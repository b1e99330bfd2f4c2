package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
)

// A page's text holds the article somewhere among menus, teasers, consent
// text and footers. The article is one run of lines dense with prose: each
// line scores for or against being article text, and the region is the run
// with the best total (a maximum subarray), so that short lines between
// paragraphs — crossheads, captions, short quotes — stay inside it while
// teasers and menus far from it fall away. Inside the region, lines that
// are positively clutter still go.

// menuWords is the most words a line in a menu or link list has.
const menuWords = 6

// isArticleLine reports a line that reads as article prose: a sentence of
// some length, or a long line, that the page does not repeat and the rules
// did not remove.
func isArticleLine(l *textLine) bool {
	if l.dropped || l.repeated || l.footer || l.comment {
		return false
	}
	if l.quantity {
		return true
	}
	if strings.HasSuffix(l.text, "…") || strings.HasSuffix(l.text, "...") {
		return false // a teaser's blurb, cut short
	}
	if l.caps > 0.6 && l.words < 30 {
		return false // Title Case: a teaser's headline or a list of names
	}
	switch {
	case l.words >= 30:
		return true
	case l.sentence && (l.words >= 12 || l.alone && l.words >= 8):
		return true
	case l.alone && l.words >= 15 && l.stopShare() >= 0.15:
		return true // a standfirst or paragraph without its full stop
	}
	return false
}

// lineScore is a line's weight for or against the article region: prose
// counts by its length, anything else against by its length, at least a
// little.
func lineScore(l *textLine) int {
	if isArticleLine(l) {
		if l.quantity {
			return quantityScore
		}
		if l.loose {
			// Prose set apart from the page's paragraphs, as a
			// teaser's blurb, a note or a form's fine print is.
			return min(l.words, 200) / 2
		}
		if !l.sentence {
			// A long line that ends mid-air is as often a teaser's
			// blurb, cut short, as a paragraph.
			return min(l.words, 200) / 4
		}
		return min(l.words, 200)
	}
	if isRepeatedParagraph(l) {
		// A paragraph the page prints twice, in a tab and again in
		// the text, parts no article: it weighs nothing either way.
		return 0
	}
	return -max(3, min(l.words, 200))
}

// isRepeatedParagraph reports a paragraph the page prints twice: a long
// sentence, no teaser's headline or button.
func isRepeatedParagraph(l *textLine) bool {
	return l.repeated && !l.dropped && l.sentence && l.words >= looseWords
}

// A region is a run of lines [start, end).
type region struct{ start, end, score int }

// bestRegion returns the run of lines with the greatest total score in
// lines[from:to], by Kadane's maximum subarray in one pass.
func bestRegion(scores []int, from, to int) region {
	best := region{start: from, end: from}
	cur, curStart := 0, from
	for i := from; i < to; i++ {
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += scores[i]
		if cur > best.score {
			best = region{start: curStart, end: i + 1, score: cur}
		}
	}
	return best
}

// findRegion returns the article region of the lines. The run with the
// best score is usually the article, but a long block of other prose (an
// "about us", terms of use) can outweigh a short article; when the URL's
// slug names a headline above a runner-up run and none above the best, or
// else a date or byline stands above the runner-up and none above the
// best, the runner-up is the article.
func (v *vocabulary) findRegion(lines []textLine, pageURL string) region {
	scores := make([]int, len(lines))
	for i := range lines {
		scores[i] = lineScore(&lines[i])
	}
	r := bestRegion(scores, 0, len(lines))
	alts := [...]region{bestRegion(scores, 0, r.start), bestRegion(scores, r.end, len(lines))}
	if slug := slugWords(pageURL); len(slug) >= 3 && r.end > r.start && slugAbove(lines, r, slug) < 0.5 {
		for _, alt := range alts {
			if alt.end > alt.start && alt.score*4 >= r.score && slugAbove(lines, alt, slug) >= 0.6 {
				return finish(lines, joined(lines, alt, r))
			}
		}
	}
	// Without the slug's word, an article shows its date or byline just
	// above it; a block of other prose does not. Only a run above the
	// best one is asked: below it, reader comments show their dates
	// just as plainly, and the article comes before them.
	if alt := alts[0]; r.end > r.start && alt.end > alt.start && alt.score*4 >= r.score && !v.datedAbove(lines, r) && v.datedAbove(lines, alt) {
		return finish(lines, joined(lines, alt, r))
	}
	return finish(lines, r)
}

// joined returns the article's region when the run under its headline,
// alt, is not the best run r: the two are one article when alt ends in
// its first paragraphs just above a box that parts them from r, the rest.
func joined(lines []textLine, alt, r region) region {
	if alt.end <= r.start && proseAbove(lines, r.start) < alt.end {
		return region{start: alt.start, end: r.end, score: alt.score + r.score}
	}
	return alt
}

// finish ends region r at its footer, or at a form under it.
func finish(lines []textLine, r region) region {
	r.end = formEnd(lines, r.start, footerEnd(lines, r))
	r.start = listAbove(lines, proseAbove(lines, r.start))
	return r
}

// proseAbove returns where the article starting at line start starts when
// its first paragraphs stand above a box that outweighs them: a list of
// job offers or teasers after the first paragraph. A paragraph between
// blank lines, a sentence of some length, with no more than maxBoxLines
// of other lines between it and the article, is the article's.
func proseAbove(lines []textLine, start int) int {
	for {
		i := start - 1
		for i >= 0 && start-1-i < maxAboveBox && !isArticleLine(&lines[i]) {
			i--
		}
		if i < 0 || i == start-1 || !isOpeningParagraph(&lines[i]) {
			return start
		}
		for i > 0 && isOpeningParagraph(&lines[i-1]) {
			i--
		}
		start = i
	}
}

// maxAboveBox is the most lines of a box between an article's first
// paragraphs and the rest.
const maxAboveBox = 12

// isOpeningParagraph reports a line that is a paragraph beyond doubt:
// between blank lines, a sentence of some length.
func isOpeningParagraph(l *textLine) bool {
	return l.alone && !l.loose && l.sentence && l.words >= looseWords && isArticleLine(l)
}

// quantityScore is what an entry of a list of quantities weighs for the
// region: a little, as a short line of the article does.
const quantityScore = 2

// listAbove returns where the article starting at line start starts when
// a list of quantities stands a little above it: a recipe lists its
// ingredients above the steps, with labels, times and nutrients between
// them that read as a menu. Without such a list, it returns start.
func listAbove(lines []textLine, start int) int {
	top := start
	for i := start - 1; i >= 0 && i >= top-quantityReach; i-- {
		l := &lines[i]
		if isArticleLine(l) && !l.quantity {
			break // other prose: the list is not the article's
		}
		if l.quantity {
			top = i
		}
	}
	return top
}

// quantityReach is the most lines between a list of quantities and the
// article's prose under it, or between two parts of the list.
const quantityReach = 25

// markQuantities marks the entries of lists of quantities: runs of
// minQuantities lines or more that open with a number and a unit or a
// word ("125 g Mehl", "1 Pck. Vanillepuddingpulver", "½ cup sugar"), with
// other entries ("Juice of 2 lemons") and labels ("Für die Füllung:")
// among them, no more than quantityGap in a row. A single figure line
// ("953 Kommentare") is no list.
func markQuantities(lines []textLine) {
	for i := 0; i < len(lines); {
		if !isQuantityLine(&lines[i]) {
			i++
			continue
		}
		last, n := i, 0
		for j := i; j < len(lines) && j-last <= quantityGap+1; j++ {
			l := &lines[j]
			if isQuantityLine(l) {
				last, n = j, n+1
				continue
			}
			if l.dropped || l.repeated || l.sentence || l.words == 0 || l.words > listWords {
				break
			}
		}
		if n >= minQuantities {
			// The list's label stands over it: "Zutaten:", "For the sponge:".
			first := i
			if l := &lines[i-min(i, 1)]; i > 0 && !l.dropped && !l.repeated && l.words <= listLabelWords && strings.HasSuffix(l.text, ":") {
				first = i - 1
			}
			for k := first; k <= last; k++ {
				lines[k].quantity = true
			}
		}
		i = last + 1
	}
}

// listLabelWords is the most words of a label over a list.
const listLabelWords = 4

// quantityGap is the most entries in a row, in a list of quantities, that
// open with no quantity.
const quantityGap = 2

// minQuantities is the fewest entries of a list of quantities.
const minQuantities = 3

// isQuantityLine reports a short line that opens with a quantity of
// something: "4 large eggs", not a figure and its unit alone ("15 mins"),
// as a table of nutrients or times gives them.
func isQuantityLine(l *textLine) bool {
	return !l.dropped && !l.repeated && l.words >= 3 && l.words <= listWords && !l.sentence && opensWithFigure(l.text) && quantity.MatchString(l.text) && !opensWithYear(l.text)
}

// opensWithFigure reports whether t may open with a quantity, by its first
// byte: a digit, or the lead byte of a fraction such as "½" or "⅓". Most
// lines do not, and are not matched against quantity.
func opensWithFigure(t string) bool {
	return t != "" && (t[0] >= '0' && t[0] <= '9' || t[0] == 0xc2 || t[0] == 0xe2)
}

// opensWithYear reports a line that opens with a year, as the entries of
// an archive or a list of prize winners do: "2019 Jane Doe".
func opensWithYear(t string) bool {
	return len(t) > 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && isDigits(t[2:4]) && (t[4] == ' ' || t[4] == ':')
}

// isDigits reports a string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// quantity is a quantity at the start of a line: a number, a fraction or
// a range, then a unit or a word.
var quantity = regexp.MustCompile(`^(?:\d+(?:[.,/]\d+)?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?|[½¼¾⅓⅔⅛])\s?[\p{L}(]`)

// formEnd returns where a form cuts lines[start:end] short, or end: the
// fields of a comment or contact form are short lines that end in the
// asterisk of a required field ("Name *", "E-Mail *"), two of them or
// more close together. No article goes on past its comment form; a
// newsletter box inside an article asks for one field.
func formEnd(lines []textLine, start, end int) int {
	last := -formSpan - 1 // the last required field seen
	for i := start + 1; i < end; i++ {
		if !isRequiredField(&lines[i]) {
			continue
		}
		if i-last <= formSpan {
			return last
		}
		last = i
	}
	return end
}

// isRequiredField reports a form's field marked as required: a short
// line ending in an asterisk.
func isRequiredField(l *textLine) bool {
	return l.words <= 3 && strings.HasSuffix(l.text, "*") && !strings.HasSuffix(l.text, "**")
}

// formSpan is the most lines from one required field to the next in a
// form.
const formSpan = 3

// datedAbove reports a date or byline line just above region r.
func (v *vocabulary) datedAbove(lines []textLine, r region) bool {
	for j := max(0, r.start-datedLines); j < r.start; j++ {
		if l := &lines[j]; l.words <= 16 && v.isDateOrByline(l.text) {
			return true
		}
	}
	return false
}

// datedLines is how far above a region its date or byline is looked for.
const datedLines = 8

// slugAbove returns how well the best line just above region r, or its
// first lines, matches the URL's slug.
func slugAbove(lines []textLine, r region, slug map[string]bool) float64 {
	best := 0.0
	for j := max(0, r.start-15); j < min(r.end, r.start+2); j++ {
		if lines[j].words <= 40 {
			best = max(best, slugMatch(lines[j].text, slug))
		}
	}
	return best
}

// footerEnd returns where the article in r ends: at the first footer
// marker ("Most read", "Related") after which little article text follows
// within the region. A marker with much prose after it opens a box inside
// the article instead.
func footerEnd(lines []textLine, r region) int {
	total := 0
	for i := r.start; i < r.end; i++ {
		total += max(0, lineScore(&lines[i]))
	}
	before := 0
	for i := r.start; i < r.end; i++ {
		l := &lines[i]
		if isArticleLine(l) {
			before += lineScore(l)
			continue
		}
		if l.footer && i > r.start {
			after := total - before
			if before >= after && tagListAt(lines, i, r.end) {
				return i // the article's tags: what follows is not the article's
			}
			if after >= before/4 && after >= 40 {
				continue
			}
			if !closesArticle(lines, i+1, r.end) {
				return i
			}
			// A box inside the article: its other lines are no markers.
			for i+1 < r.end && !isArticleLine(&lines[i+1]) {
				i++
			}
		}
	}
	return r.end
}

// tagListAt reports a tag list under its heading at lines[i]: the
// heading, then minTags short lines or more that are no sentences.
func tagListAt(lines []textLine, i, end int) bool {
	if !tagHeadings[footerKey(lines[i].text)] {
		return false
	}
	n := 0
	for j := i + 1; j < end && n < minTags; j++ {
		if l := &lines[j]; l.words > maxTagWords || l.sentence {
			break
		}
		n++
	}
	return n >= minTags
}

// minTags is the fewest tags of a tag list; maxTagWords the most words of
// one tag.
const (
	minTags     = 2
	maxTagWords = 4
)

// closesArticle reports that what follows a footer marker's box up to the
// region's end, lines[from:end], is one run of paragraphs: the article's
// own last paragraphs after a box inside it. A list after the article is
// entries with gaps between them.
func closesArticle(lines []textLine, from, end int) bool {
	i, box := from, 0
	for i < end && !isArticleLine(&lines[i]) {
		if !lines[i].dropped {
			box++ // the lines the rules removed are the box's beyond doubt
		}
		i++
	}
	if i == end || i == from || box > maxBoxLines {
		return false // no box: the marker heads the prose after it
	}
	for ; i < end; i++ {
		if !isSentenceProse(&lines[i]) {
			return false
		}
	}
	return true
}

// maxBoxLines is the most lines of a box inside an article, besides those
// the rules removed.
const maxBoxLines = 5

// tailEnd returns where the article in r ends when its last lines trail
// off: a gap of lines that are not prose, then a little prose, as an
// author's bio, a promo or a note on the programme under an article. The
// best region takes such a tail when its prose outweighs the gap by a
// little; after a gap, the article's own last words weigh a paragraph.
func tailEnd(lines []textLine, r region) int {
	end, after := r.end, 0
	for i := r.end - 1; i > r.start; i-- {
		if isArticleLine(&lines[i]) {
			after += lineScore(&lines[i])
			continue
		}
		j, gap := i, 0
		for ; j > r.start && !isArticleLine(&lines[j]); j-- {
			if !lines[j].dropped {
				gap++
			}
		}
		if gap >= tailGap && after < tailWeight && after*tailShare < lineWeight(lines, r.start, j+1) {
			end, after = j+1, 0
		}
		i = j + 1
	}
	end = bioStart(lines, r.start, end)
	// Nor does the article end on lines that are not prose: a name, a
	// label over what follows.
	for end > r.start+1 && !isArticleLine(&lines[end-1]) {
		end--
	}
	return end
}

// bioStart returns where an author's bio starts among the last lines of
// lines[start:end], or end: a line that is a name, then a sentence that
// names the person again within its first words ("JANE DOE" then "Doe
// covers transport for …").
func bioStart(lines []textLine, start, end int) int {
	for i := end - 2; i > start && i >= end-bioLines; i-- {
		l := &lines[i]
		if l.words < 2 || l.words > 4 || l.sentence || l.caps < 1 {
			continue
		}
		names := strings.Fields(l.text)
		surname := strings.ToLower(names[len(names)-1])
		next := &lines[i+1]
		if !isArticleLine(next) || lineScore(next) >= tailWeight {
			continue
		}
		opening := strings.Fields(next.text)
		for _, w := range opening[:min(3, len(opening))] {
			if strings.ToLower(strings.TrimRightFunc(w, isNotWordRune)) == surname {
				return i
			}
		}
	}
	return end
}

// bioLines is how far from the article's end a bio is looked for.
const bioLines = 6

// lineWeight is the score of the prose in lines[from:to].
func lineWeight(lines []textLine, from, to int) int {
	w := 0
	for i := from; i < to; i++ {
		w += max(0, lineScore(&lines[i]))
	}
	return w
}

// tailGap is the fewest lines, not prose and not clutter the rules know,
// that part a tail from the article. Prose after them scoring tailWeight
// or more is still the article's, and so is prose weighing a tailShare-th
// of the article before them or more: a short article's last paragraph.
const (
	tailGap    = 2
	tailWeight = 40
	tailShare  = 4
)

// lineVerdict says what becomes of a line inside the region.
type lineVerdict int

const (
	keepLine lineVerdict = iota
	dropRepeated
	dropMenu
	dropBox
	dropByRule
	dropTime
	dropComment
)

// judgeRegion decides, line by line, what of the region is article.
func judgeRegion(lines []textLine, r region) []lineVerdict {
	v := make([]lineVerdict, r.end-r.start)
	var twice map[string]bool // paragraphs printed twice, kept once in the region
	for i := r.start; i < r.end; i++ {
		l := &lines[i]
		switch {
		case l.dropped:
			v[i-r.start] = dropByRule
		case l.comment:
			v[i-r.start] = dropComment
		case isRepeatedParagraph(l):
			if twice[l.text] {
				v[i-r.start] = dropRepeated
				continue
			}
			if twice == nil {
				twice = map[string]bool{}
			}
			twice[l.text] = true
		case l.repeated && !isArticleLine(l):
			v[i-r.start] = dropRepeated
		case isTimeLabel(l):
			v[i-r.start] = dropTime
		}
	}
	// A footer marker inside the article opens a box of teasers: it runs
	// to the next line of prose, or to the crosshead over it.
	for i := r.start; i < r.end; i++ {
		if !lines[i].footer {
			continue
		}
		v[i-r.start] = dropBox
		for i+1 < r.end && !isArticleLine(&lines[i+1]) && !isCrosshead(lines, i+1, r.end) {
			i++
			v[i-r.start] = dropBox
		}
	}
	// Runs of three or more lines, none of them a paragraph, are a menu, a
	// link list or a teaser (kicker, headline, blurb), not crossheads, unless
	// they are the article's own list.
	for i := r.start; i < r.end; {
		if i > r.start && opensList(&lines[i-1]) {
			if end := listEnd(lines, i, r.end); end-i >= minListEntries {
				i = end
				continue
			}
		}
		// A paragraph that ends without a full stop, right under one
		// that ends with it, goes on with the article: a teaser's blurb
		// stands under its headline.
		if i > r.start && lines[i].alone && isArticleLine(&lines[i]) && isSentenceProse(&lines[i-1]) && v[i-1-r.start] == keepLine {
			i++
			continue
		}
		j := i
		for j < r.end && !lines[j].quantity && !isCrosshead(lines, j, r.end) && !announcesList(lines, j, r.end) && (isMenuLine(&lines[j]) || !isSentenceProse(&lines[j]) && !isCaptionLine(lines, j)) {
			j++
		}
		if j-i >= 3 && !isInlineList(lines, i, j, r) {
			for k := i; k < j; k++ {
				if v[k-r.start] == keepLine {
					v[k-r.start] = dropMenu
				}
			}
		}
		i = max(j, i+1)
	}
	return v
}

// isCrosshead reports a line of the region that heads the paragraphs
// after it: short, standing between blank lines as a browser renders a
// heading, not closed by a full stop or a colon, and followed by prose.
// A box of teasers stands without blank lines between its entries, so the
// crosshead after one is told from the box's last entry.
func isCrosshead(lines []textLine, i, end int) bool {
	l := &lines[i]
	if l.dropped || l.repeated || l.footer || l.words == 0 || l.words > crossheadWords || i+1 >= end {
		return false
	}
	// Lines the page repeats around every paragraph, such as "Article
	// content", stand between a crosshead and its paragraph; past them,
	// the crosshead stands alone.
	next := i + 1
	for next+1 < end && next <= i+maxFillers && isFiller(&lines[next]) {
		next++
	}
	if !l.alone && !(i > 0 && isFiller(&lines[i-1]) && isFiller(&lines[i+1])) && !isEntryHeadline(lines, i, end) {
		return false
	}
	if strings.Contains(l.text, ". ") || isCaptionLine(lines, i) {
		return false // a caption, with its credit run on
	}
	switch last, _ := utf8.DecodeLastRuneInString(l.text); last {
	case '.', ':', '…', ',', ';', '|':
		return false
	}
	return isSentenceProse(&lines[next]) || announcesList(lines, next, end)
}

// isEntryHeadline reports the headline of a live page's entry: under the
// entry's time, without blank lines around it, over paragraphs. A list of
// the latest stories stamps its teasers with times too, but a teaser has
// one blurb under its headline, not two paragraphs.
func isEntryHeadline(lines []textLine, i, end int) bool {
	return i > 0 && i+2 < end && isTimeLabel(&lines[i-1]) && isSentenceProse(&lines[i+1]) && isSentenceProse(&lines[i+2])
}

// maxFillers is the most filler lines read past between a crosshead and
// its paragraph.
const maxFillers = 3

// isFiller reports a line that is no text of its own: one the page
// repeats, or one the rules removed.
func isFiller(l *textLine) bool {
	return l.repeated || l.dropped
}

// opensList reports an article line that announces a list, ending in a
// colon ("… are named after:"): it ends no sentence, but it is no teaser's
// blurb cut short either.
func opensList(l *textLine) bool {
	if !strings.HasSuffix(l.text, ":") || l.dropped || l.repeated || l.footer || l.quantity {
		return false
	}
	return isArticleLine(l) || l.alone && !l.loose && l.words >= listIntroWords
}

// listEnd returns where the entries of a list that starts at line from,
// under the line that announces it, end. A browser renders the entries of
// a <ul> as lines without blank lines between them, on a page that sets
// its paragraphs apart with them: such lines are the list's, up to the
// next paragraph. On a page without that signal, the entries are the
// short lines that follow.
func listEnd(lines []textLine, from, end int) int {
	apart := lines[from].alone
	k := from
	for ; k < end && k-from < maxListEntries; k++ {
		l := &lines[k]
		if l.dropped || l.repeated || l.footer || l.words == 0 || l.alone != apart {
			break
		}
		if apart && (l.words > listWords || isArticleLine(l)) || l.words > 2*listWords {
			break
		}
	}
	return k
}

// announcesList reports a line that opens a list of the article's
// own: prose, or a shorter line with the list's entries under it.
func announcesList(lines []textLine, i, end int) bool {
	return opensList(&lines[i]) && (isArticleLine(&lines[i]) || listEnd(lines, i+1, end)-(i+1) >= minListEntries)
}

// minListEntries and maxListEntries are the fewest and the most entries
// of an article's own list.
const (
	minListEntries = 2
	maxListEntries = 30
)

// listIntroWords is the fewest words of a line of its own that announces
// a list: "Die benötigte Hardware ist sehr überschaubar:", not "Anfahrt:".
const listIntroWords = 5

// isSentenceProse reports an article line that ends as a sentence does,
// or runs long enough that it is a paragraph in any case: not a teaser's
// blurb.
func isSentenceProse(l *textLine) bool {
	return (l.sentence || l.words >= 40) && isArticleLine(l)
}

// reclaimCrossheads takes back the crossheads the rules of clean dropped
// as the last entry of a link list: clean reads blocks, not the blank lines
// between them, so a list under "Read also" runs on into the heading after
// it. An entry standing apart from the list, between blank lines, over a
// paragraph, is the article's own heading.
func reclaimCrossheads(lines []textLine) {
	for i := 1; i < len(lines); i++ {
		l, prev := &lines[i], &lines[i-1]
		if !l.dropped || prev.alone || !prev.dropped || prev.rule.Rule != l.rule.Rule || l.rule.Kind != clean.Related || !l.alone {
			continue
		}
		footer := l.footer
		l.dropped, l.footer = false, false
		if !isCrosshead(lines, i, len(lines)) {
			l.dropped, l.footer = true, footer
			continue
		}
		l.rule = &noRemoval
	}
}

// crossheadWords is the most words a crosshead has.
const crossheadWords = 12

// isInlineList reports a run of short lines lines[i:j] that is the
// article's own list: every entry a paragraph of its own, between blank
// lines, none repeated elsewhere on the page, and prose on both sides (the
// last entry, over a paragraph, reads as a crosshead and ends the run). A
// menu's entries stand together without blank lines, unless a paragraph
// ending in a colon announces them.
func isInlineList(lines []textLine, i, j int, r region) bool {
	if i == r.start || j >= r.end || !isSentenceProse(&lines[j]) && !isCrosshead(lines, j, r.end) {
		return false
	}
	// A list the paragraph above announces, ending in a colon, may set
	// its entries without blank lines, as a browser renders <li>.
	intro := opensList(&lines[i-1])
	if !intro && !isSentenceProse(&lines[i-1]) {
		return false
	}
	for k := i; k < j; k++ {
		if l := &lines[k]; !l.alone && !intro || l.repeated || l.dropped || l.words > listWords {
			return false
		}
	}
	return true
}

// listWords is the most words an entry of an article's own list has.
const listWords = 12

// isTimeLabel reports a line that stamps an entry of a live page with
// its time, the author or a label run on: "20:42KEY EVENT", "19:39 Jane
// Doe".
func isTimeLabel(l *textLine) bool {
	return l.words <= 4 && !l.sentence && timeLabel.MatchString(l.text)
}

var timeLabel = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\D|$)`)

// isMenuLine reports a line that could be an entry of a menu or a list of
// links: short, and no sentence.
func isMenuLine(l *textLine) bool {
	return l.words <= menuWords && !l.sentence
}

// verdictRule names the removal of a line by its verdict.
func verdictRule(v lineVerdict) string {
	switch v {
	case dropRepeated:
		return RuleRepeatedLine
	case dropMenu:
		return RuleMenuLine
	case dropBox:
		return RuleTeaserBox
	case dropTime:
		return RuleDateLine
	case dropComment:
		return RuleReaderComments
	}
	return ""
}

// removedLine reports line l as dropped under rule, of the kind the rule's
// name starts with, unless the rules of clean dropped it first, whose
// reason stands.
func removedLine(l *textLine, rule string) clean.Removal {
	if l.dropped {
		return *l.rule
	}
	kind, _, _ := strings.Cut(rule, "/")
	return clean.Removal{Rule: rule, Kind: clean.Kind(kind), Text: l.text}
}

// isCaptionLine reports a line that is an image's caption or credit: it
// ends in a credit, or a credit stands on the next line. Captions come in
// runs of short lines without blank lines, like teasers, but are kept.
func isCaptionLine(lines []textLine, i int) bool {
	if _, _, ok := clean.SplitCredit(lines[i].text); ok {
		return true
	}
	if i+1 < len(lines) {
		if text, _, ok := clean.SplitCredit(lines[i+1].text); ok && text == "" {
			return true
		}
	}
	return false
}

// markComments marks the lines of lists of reader comments. A comment is
// prose under its author's name or its time, and each ends on the same
// short line, a button such as "Reply" or "Antworten" that the page
// repeats under every one: three such lines or more, with a name or time
// and prose between each two, make a list of comments, however long their
// prose. An article's own repeated lines, such as an ad's label between
// paragraphs, have no time under them.
func markComments(lines []textLine) {
	at := map[string][]int{}
	for i := range lines {
		if l := &lines[i]; l.repeated && !l.dropped && l.words <= 3 && !l.sentence {
			at[l.text] = append(at[l.text], i)
		}
	}
	for _, ends := range at {
		if len(ends) < 3 {
			continue
		}
		run := 0 // comments in a row, each ending on this line
		for k := 1; k <= len(ends); k++ {
			if k < len(ends) && isComment(lines, ends[k-1]+1, ends[k]) {
				run++
				continue
			}
			if run >= minComments-1 {
				first := ends[k-run-1]
				for i := commentStart(lines, first); i <= ends[k-1]; i++ {
					lines[i].comment = true
				}
			}
			run = 0
		}
	}
}

// minComments is the fewest comments that make a list of them.
const minComments = 3

// isComment reports whether lines[from:to] read as one reader's comment:
// a few lines, among them a short one with a time or date (the author's
// line) and one of prose.
func isComment(lines []textLine, from, to int) bool {
	if to-from < 2 || to-from > maxCommentLines {
		return false
	}
	stamped, prose := false, false
	for i := from; i < to; i++ {
		l := &lines[i]
		switch {
		case l.words <= commentHeadWords && !l.sentence && mayHoldStamp(l.text) && commentStamp.MatchString(l.text):
			stamped = true
		case !l.dropped && (l.sentence && l.words >= 5 || l.words >= 12):
			prose = true
		}
	}
	return stamped && prose
}

// commentStart returns where the first comment of a list starts, the list's
// first button at end: back over its prose to the author's line with its
// time, or end when the lines above are not a comment.
func commentStart(lines []textLine, end int) int {
	for i := end - 1; i >= 0 && i >= end-maxCommentLines; i-- {
		l := &lines[i]
		if l.words <= commentHeadWords && !l.sentence && commentStamp.MatchString(l.text) {
			// The author's name may stand on the line above.
			if i > 0 && lines[i-1].words <= 4 && !lines[i-1].sentence && !lines[i-1].alone && !isArticleLine(&lines[i-1]) {
				i--
			}
			return i
		}
	}
	return end
}

// maxCommentLines is the most lines a comment in a list spans; a longer
// one is read as the article's.
const maxCommentLines = 12

// commentHeadWords is the most words of a comment's author line.
const commentHeadWords = 8

// mayHoldStamp reports whether t holds what every match of commentStamp
// holds: four digits in a row (a year), or a digit followed by one of
// ":.h/" (a clock time, or a day before its month).
func mayHoldStamp(t string) bool {
	return hasDigitThen(t, ":.h/") || hasFourDigits(t)
}

// commentStamp finds the time or date on a comment's author line: a year,
// a clock time or a day and month in figures.
var commentStamp = regexp.MustCompile(`\b(?:19|20)\d\d\b|\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b|\b\d{1,2}[./]\d{1,2}\.`)
