package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

// maxCaptionWords is the longest block, in words, read as a caption.
const maxCaptionWords = 60

// pullCaptions takes image captions out of the blocks: lines that end in a
// photo credit, BBC-style "Image source, …" / "Image caption, …" pairs, and
// a caption line followed by a line that is only a credit. It returns the
// blocks left, the captions, and the credits that had no caption, as
// removals.
func (v *vocabulary) pullCaptions(blocks []clean.Block) (kept []clean.Block, captions []Caption, removed []clean.Removal) {
	kept = make([]clean.Block, 0, len(blocks))
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind != clean.Paragraph {
			kept = append(kept, b)
			continue
		}
		if text, ok := v.captionLabel(b.Text); ok {
			captions = append(captions, Caption{Text: text})
			continue
		}
		// Most lines hold no credit, which SplitCredit tells more cheaply
		// than counting their words.
		text, credit, ok := clean.SplitCredit(b.Text)
		if !ok || textutil.CountWords(b.Text) > maxCaptionWords+clean.MaxCreditWords {
			kept = append(kept, b)
			continue
		}
		if creditLabel.ReplaceAllString(b.Text, "") == credit || isCreditLabel(text) {
			text = "" // "Copyright AP Photo/Emma Rius": a label, no caption
		}
		if owner, ok := ownerCredit(text); ok {
			text, credit = "", owner+" / "+credit
		}
		switch {
		case textutil.CountWords(text) > maxCaptionWords || v.bylineLabels.header.MatchString(text) ||
			wireSignature(b.Text, credit) && (!oneSentence(text) || !paragraphAfter(blocks[i+1:])):
			// Too long for a caption, or a byline: "By Jo Lind and Ed
			// Marsh / Yomiuri Shimbun Staff Writers".
			kept = append(kept, b)
		case cutShort(text):
			// A teaser card's headline, cut to fit, over its
			// picture's credit.
			removed = append(removed, clean.Removal{Rule: RuleTeaserFigure, Kind: clean.Related, Text: b.Text})
		case text != "":
			captions = append(captions, Caption{Text: text, Credit: credit})
		case i+1 < len(blocks) && v.hasCaptionLabel(blocks[i+1].Text):
			// "Image source, X" then "Image caption, Y".
			next, _ := v.captionLabel(blocks[i+1].Text)
			captions = append(captions, Caption{Text: next, Credit: credit})
			i++
		case len(kept) > 0 && captionShaped(kept[len(kept)-1]) && i+1 < len(blocks):
			// A caption line, then its credit on a line of its own. A
			// credit that closes the article is the text's own notice,
			// "© dpa-infocom, dpa:230428-99-483045/5", and the line
			// before it the story's last paragraph.
			prev := kept[len(kept)-1]
			kept = kept[:len(kept)-1]
			captions = append(captions, Caption{Text: prev.Text, Credit: credit})
		default:
			removed = append(removed, clean.Removal{Rule: RuleStrayCredit, Kind: clean.Credit, Text: b.Text})
		}
	}
	return kept, captions, removed
}

// ownerCredit reports the text left when a credit was split off it that
// is a credit too, and that credit: "© Harbour Board / Fotograf: Jo Lind"
// names the rights holder, then the photographer.
func ownerCredit(text string) (string, bool) {
	t, owner, ok := clean.SplitCredit(text)
	return owner, ok && t == "" && owner != ""
}

// wireSignature reports a line closing in a credit that signs a wire story
// rather than a picture: the agency alone or with an editor's initials in
// parentheses, "(dpa/gem)", "(AFP)". The story's last paragraph, or one of
// several sentences, ending in it is the story's, not a caption; "Photo:
// Reuters" credits a picture.
func wireSignature(line, credit string) bool {
	if !strings.HasSuffix(strings.TrimSpace(line), "("+credit+")") {
		return false
	}
	wire := false
	for part := range strings.SplitSeq(credit, "/") {
		part = strings.TrimSpace(part)
		switch {
		case wires[clean.Normalize(part)]:
			wire = true
		case part == "" || len(part) > 5 || strings.IndexFunc(part, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0:
			return false // not an editor's initials
		}
	}
	return wire
}

// oneSentence reports whether s holds no sentence's end before its last
// word: no full stop, question or exclamation mark followed by a space and
// a capital.
func oneSentence(s string) bool {
	s = strings.TrimSpace(s)
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// cutShort reports a text that ends in an ellipsis: a teaser card's
// headline or summary cut to fit, never a picture's caption.
func cutShort(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// paragraphAfter reports whether a paragraph follows among blocks.
func paragraphAfter(blocks []clean.Block) bool {
	for _, b := range blocks {
		if b.Kind == clean.Paragraph {
			return true
		}
	}
	return false
}

// captionShaped reports whether b could be the caption a following credit
// line belongs to: a short paragraph that is not a quotation, nor a
// headline a teaser card cut short, "Nordex meldet Rekordumsatz bei
// soli...", over its picture's credit.
func captionShaped(b clean.Block) bool {
	t := strings.TrimSpace(b.Text)
	if b.Kind != clean.Paragraph || t == "" || textutil.CountWords(t) > 40 ||
		cutShort(t) {
		return false
	}
	return !strings.ContainsAny(t[:1], `"“‘'`)
}

// finishCaptions runs the rules over figure captions (a "Purchase Licensing
// Rights" link inside a figcaption) and splits off the credits no element
// of their own held. It returns the captions left and what it removed.
func (e *Extractor) finishCaptions(cs []Caption, page clean.Page) (out []Caption, removed []clean.Removal) {
	for _, c := range cs {
		c.Text = trimSlideCount(c.Text)
		if rest, ok := cutCreditWord(c.Text); ok && c.Credit == "" {
			c.Text, c.Credit = "", rest // a credit where the caption would be
		}
		if t, credit, ok := clean.SplitCredit(c.Text); ok && t == "" && c.Credit == "" {
			// "Quelle: State Library": under a picture the label names
			// its credit, not the article's source, as the rules would
			// read it.
			c.Text, c.Credit = "", credit
		}
		res := e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: c.Text}}, page)
		removed = append(removed, res.Removed...)
		c.Text = ""
		if len(res.Kept) > 0 {
			c.Text = res.Kept[0].Text
		}
		if e.vocab.isBylineCaption(c.Text) {
			// An author's photo with the byline under it.
			removed = append(removed, clean.Removal{Rule: RuleBylineCaption, Kind: clean.Nav, Text: c.Text})
			continue
		}
		if isNoticeCaption(c) {
			removed = append(removed, clean.Removal{Rule: RuleNoticeCaption, Kind: clean.Promo, Text: c.Text})
			continue
		}
		c.Text, c.Credit = e.vocab.splitCaptionCredit(c.Text, cleanCredit(c.Credit))
		if c.Credit != "" && isCreditLabel(c.Text) {
			c.Text = "" // "Fotos: © Jo Lind" is a credit alone
		}
		if owner, ok := ownerCredit(c.Text); ok && c.Credit != "" {
			c.Text, c.Credit = "", owner+" / "+c.Credit
		}
		switch {
		case c.Text != "" && hasNoWord(c.Text):
			// A "©" with no name, or a count beside an icon.
			removed = append(removed, clean.Removal{Rule: RuleStrayCredit, Kind: clean.Credit, Text: c.Text})
			c.Text = ""
		case isFileNameCaption(c):
			removed = append(removed, clean.Removal{Rule: RuleFileNameCaption, Kind: clean.Nav, Text: c.Text})
			c.Text = ""
		}
		switch {
		case c.Text != "":
			out = append(out, c)
		case c.Credit != "" && c.Image != "" && !isLogoCopyright(c):
			// An image with a credit and no caption; a copyright line
			// beside the site's logo is the site's notice.
			out = append(out, c)
		case c.Credit != "":
			removed = append(removed, clean.Removal{Rule: RuleStrayCredit, Kind: clean.Credit, Text: c.Credit})
		}
	}
	return out, removed
}

// isBylineCaption reports a "By Jane Doe, Reporter 09.09.2025, 15:15"
// line under an author's photo.
func (v *vocabulary) isBylineCaption(s string) bool {
	return v.bylineLabels.header.MatchString(s) && textutil.CountWords(s) <= 15 && (findDate(s) != nil || numericDate.MatchString(s))
}

// creditLabels open a credit element's text: "Photo by Jane Doe".
var creditLabels = regexp.MustCompile(`(?i)^(?:(?:photo(?:graph)?s?|pictures?|images?|imagen|fotos?|fotograf[ií]a|bild|bildquelle|bildnachweis|quelle|credits?|cr[ée]dito?)(?:\s*:|\s+(?:by|von|de))|courtesy(?: of)?\s)\s*`)

// bbcCreditLabels open the BBC's credit elements, in the case it prints
// them: "Image copyright Reuters" is Reuters, an "Image Copyright Office"
// is an office.
var bbcCreditLabels = []string{"Image copyright ", "Image source, ", "Image source ", "Media source, "}

// cleanCredit tidies a credit element's text: no label, no repeat ("Jane
// Doe | Jane Doe").
func cleanCredit(c string) string {
	if c = strings.TrimSpace(c); c == "" {
		return "" // most images have no credit attribute: no pattern need run
	}
	c = strings.TrimSpace(creditLabels.ReplaceAllString(c, ""))
	for _, label := range bbcCreditLabels {
		if rest, ok := strings.CutPrefix(c, label); ok && rest != "" {
			c = strings.TrimSpace(rest)
			break
		}
	}
	if rest, ok := cutCreditWord(c); ok {
		c = rest
	}
	for _, sep := range []string{" | ", " / ", ", "} {
		if a, b, ok := strings.Cut(c, sep); ok && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) {
			return strings.TrimSpace(a)
		}
	}
	return c
}

// cutCreditWord cuts the NYT's "Credit" label off a credit: "Credit…Jo
// Lind/AP", or "CreditJo Lind" where the label's element and the name's
// meet without a space. "Credit Suisse" keeps its word.
func cutCreditWord(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Credit")
	if !ok {
		return s, false
	}
	if t := strings.TrimLeft(rest, "….:"); t != rest {
		rest = strings.TrimSpace(t)
	} else if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return s, false
	}
	return rest, rest != ""
}

// isAgencyCredit reports an agency's part of a credit: "AP", "AFP via
// Getty Images".
func isAgencyCredit(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return textutil.CountWords(s) <= 6 && (clean.IsAgency(s) || clean.IsAgency(first))
}

// splitCaptionCredit splits the credit off a caption's text, and joins it
// with the credit an element of its own held: "… strikes. /AFP via Getty
// Images" with "GHULAM RASOOL" is "GHULAM RASOOL, AFP via Getty Images". A
// credit the caption repeats at its end is cut from the text.
func (v *vocabulary) splitCaptionCredit(text, credit string) (string, string) {
	text = strings.TrimSpace(figureCredits().copyrightTail.ReplaceAllString(text, ""))
	// A separator left alone at the end, once the credit element that
	// followed it was taken: "… (AP Photo/Jo Lind) -".
	text = strings.TrimRight(text, " -–|")
	if credit != "" {
		if t, ok := strings.CutSuffix(strings.TrimSpace(text), credit); ok && strings.TrimSpace(t) != "" {
			text = strings.TrimSpace(t)
		}
		if t, agency, ok := strings.Cut(text, " /"); ok && isAgencyCredit(strings.TrimSpace(agency)) {
			return strings.TrimSpace(t), credit + ", " + strings.TrimSpace(agency)
		}
		return text, credit
	}
	if t, c, ok := v.splitCredit(text); ok {
		if strings.HasSuffix(text, "("+c+")") {
			if head, name, ok := v.nameAfterLastSentence(t); ok {
				// "… en Madrid. Juan Carlos Hidalgo (EFE)": the
				// photographer, then the agency.
				return head, name + " (" + c + ")"
			}
		}
		if tail := strings.TrimSpace(strings.TrimPrefix(text, t)); creditLabels.MatchString(tail) {
			// "… Spessart - Fotos: Jo Lind": the label opens the credit,
			// and the dash before it only parts it from the caption.
			return strings.TrimSpace(strings.TrimRight(t, "-–| ")), c
		}
		return widenCredit(t, c)
	}
	if head, tail, ok := capsCreditTail(text); ok {
		return head, tail
	}
	if head, tail, ok := v.personCreditTail(text); ok {
		return head, tail
	}
	return text, ""
}

// creditSeparators part a photographer's name from the source after it in
// a credit: "Jo Lind/Reuters", "Jo Lind | Harbour Times", "Jo Lind for The
// Harbour Times", "Jo Lind via AP".
var creditSeparators = []string{" / ", "/", " | ", ", ", " for ", " via "}

// maxCreditSourceWords is the longest source after a photographer's name in
// a credit that closes a caption with no label.
const maxCreditSourceWords = 5

// personCreditTail splits a credit that names a photographer, alone or
// with a source, off the end of a caption after its last sentence: "… on
// Monday. Jo Lind", "… Jo Lind/The Harbour Times", "… — Jo Lind for The
// Harbour Times", "… (Jo Lind via AP)". The stop before it must end a
// sentence, not a title's abbreviation or an initial: "… greets Sen. Jo
// Lind" names her. A fragment with a stop, a colon or a lower-case source
// is the caption's: "… Jo Lind, left, and Ed Marsh".
func (v *vocabulary) personCreditTail(text string) (string, string, bool) {
	i := strings.LastIndex(text, ". ")
	if i < 0 {
		return text, "", false
	}
	head := text[:i+1]
	if textutil.CountWords(head) < 3 || endsInTitle(head[:i]) {
		return text, "", false
	}
	tail := strings.TrimSpace(strings.TrimLeft(text[i+2:], "—–- "))
	if len(tail) > 2 && (tail[0] == '(' && tail[len(tail)-1] == ')' || tail[0] == '[' && tail[len(tail)-1] == ']') {
		tail = strings.TrimSpace(tail[1 : len(tail)-1])
	}
	if tail == "" || strings.ContainsAny(tail, ".!?:;()[]\"“”„«»") {
		return text, "", false
	}
	name, source := tail, ""
	for _, sep := range creditSeparators {
		if a, b, ok := strings.Cut(tail, sep); ok {
			name, source = strings.TrimSpace(a), strings.TrimSpace(b)
			break
		}
	}
	if label, rest, ok := strings.Cut(name, " "); ok && bareCreditLabels[strings.ToLower(label)] {
		// "Foto Jo Lind", the label's colon lost with its element.
		name, tail = rest, strings.TrimSpace(tail[len(label):])
	}
	if !v.isName(name) || !hasLower(name) || strings.HasPrefix(name, "The ") {
		// Words in capitals are a button's, "MEHR ENTDECKEN", or a
		// dateline's, "LE HAVRE, FRANCE" (capsCreditTail reads a credit
		// in capitals); "The USA" is no one's name.
		return text, "", false
	}
	if source != "" && !isSourceName(source) {
		return text, "", false
	}
	return head, tail, true
}

// isSourceName reports a source named after a photographer in a credit:
// an agency, or a few words each capitalised but for the articles and
// prepositions inside a name, "The Harbour Times", "Archivo Particular".
// "Canada border stays open" is a clause.
func isSourceName(s string) bool {
	if clean.IsAgency(s) {
		return true
	}
	words := strings.Fields(strings.TrimPrefix(s, "the "))
	if len(words) == 0 || len(words) > maxCreditSourceWords {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !nameParticles[w] && w != "of" && w != "the" && w != "and") {
			return false
		}
	}
	return true
}

// bareCreditLabels open a credit that lost its label's colon: "Foto Jo
// Lind", "Bild Paul Meier".
var bareCreditLabels = map[string]bool{"foto": true, "fotos": true, "bild": true, "photo": true, "photos": true, "image": true, "imagen": true}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// titleAbbreviations are the titles whose full stop, before a name, ends
// no sentence: "Sen. Jo Lind", "Dr. Ed Marsh".
var titleAbbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true, "Rep": true, "Gov": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Prof": true, "Rev": true, "Hon": true,
	"Maj": true, "Adm": true, "Cmdr": true, "Pres": true, "Det": true, "Insp": true, "Supt": true, "No": true,
	"Jr": true, "Sr": true, "Mt": true, "Ft": true,
}

// endsInTitle reports whether s ends in a title's abbreviation or an
// initial, so that a full stop after it ends no sentence.
func endsInTitle(s string) bool {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return titleAbbreviations[last] || utf8.RuneCountInString(last) == 1 && unicode.IsUpper([]rune(last)[0])
}

// nameAfterLastSentence splits a person's name off the end of text when it
// follows the last sentence's stop: "… en Madrid. Juan Carlos Hidalgo".
func (v *vocabulary) nameAfterLastSentence(text string) (string, string, bool) {
	i := strings.LastIndex(text, ". ")
	if i < 0 {
		return text, "", false
	}
	name := strings.TrimSpace(text[i+2:])
	if !v.isName(name) {
		return text, "", false
	}
	return text[:i+1], name, true
}

// maxCapsCreditWords is the longest credit in capitals read off the end of a
// caption.
const maxCapsCreditWords = 8

// capsCreditTail splits a credit in capitals off the end of a caption,
// after its last sentence: "… (Photo d'illustration). JEAN DUPONT /
// MAXPPP". It must name a photographer and a source, with a slash between.
func capsCreditTail(text string) (string, string, bool) {
	i := strings.LastIndex(text, ". ")
	if i < 0 {
		return text, "", false
	}
	tail := strings.TrimSpace(text[i+2:])
	if !strings.Contains(tail, "/") || textutil.CountWords(tail) > maxCapsCreditWords {
		return text, "", false
	}
	letters := 0
	for _, r := range tail {
		if unicode.IsLower(r) {
			return text, "", false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return text, "", false
	}
	return text[:i+1], tail, true
}

// splitCredit finds the credit at the end of a caption's text, trying the
// shapes from the surest to the loosest. A credit with an unmatched
// parenthesis was cut in the wrong place: "(AP Photo/Jo Lind) AP Photo" is
// credited "AP Photo", not "Photo/Jo Lind) AP Photo".
func (v *vocabulary) splitCredit(text string) (string, string, bool) {
	if m := figureCredits().shotBy.FindStringSubmatchIndex(text); m != nil {
		return strings.TrimSpace(text[:m[0]]), strings.TrimSpace(text[m[2]:m[3]]), true
	}
	if t, c, ok := clean.SplitCredit(text); ok && strings.Count(c, "(") == strings.Count(c, ")") {
		return t, c, true
	}
	if t, ok := strings.CutPrefix(text, "("); ok && strings.HasSuffix(t, ")") && !strings.ContainsAny(t[:len(t)-1], "()") &&
		textutil.CountWords(t) <= maxParenCreditWords {
		return "", cleanCredit(strings.TrimSuffix(t, ")")), true // "(The Independent)": a credit alone
	}
	if t, c, ok := v.splitNameCredit(text); ok {
		return t, c, true
	}
	// Inside a figure a credit may run longer than in running text:
	// "(Bild: Bild erstellt mit KI in Bing Designer durch heise online /
	// dmk)", "© Morgenpost Infografik/OSM | C. Schlippes".
	for _, re := range []*regexp.Regexp{figureCredits().longLabelled, figureCredits().longCopyright} {
		if m := re.FindStringSubmatchIndex(text); m != nil && m[0] > 0 {
			if c := strings.TrimSpace(text[m[2]:m[3]]); textutil.CountWords(c) <= maxFigureCreditWords {
				return strings.TrimSpace(text[:m[0]+1]), c, true // the sentence keeps its stop
			}
		}
	}
	if t, c, ok := reporterCredit(text); ok {
		return t, c, true
	}
	return clean.SplitTrailingAgency(text)
}

// reporterCredit splits a Korean photographer's credit off the end of a
// caption: "… 올리고 있다. 고영권 기자" (reporter Go Young-kwon) gives the
// caption and "고영권". The name, of two to four syllables, follows the
// caption's last sentence or is the caption's whole text.
func reporterCredit(text string) (string, string, bool) {
	rest, ok := strings.CutSuffix(strings.TrimSpace(text), " 기자")
	if !ok {
		return text, "", false
	}
	i := strings.LastIndexByte(rest, ' ')
	name, before := rest[i+1:], ""
	if i >= 0 {
		before = strings.TrimSpace(rest[:i])
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 4 || strings.IndexFunc(name, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) }) >= 0 {
		return text, "", false
	}
	if before != "" && !endsSentence(before) {
		return text, "", false // "… 만난 고영권 기자": the caption names him
	}
	return before, name, true
}

// maxFigureCreditWords is the longest credit read off a figure's caption
// by its label alone.
const maxFigureCreditWords = 24

// maxParenCreditWords is the longest caption that is only a parenthesised
// credit.
const maxParenCreditWords = 5

// figureCredits are the credit shapes only a figure's caption is read for,
// compiled on first use: importing the package builds nothing.
var figureCredits = sync.OnceValue(func() *figureCreditShapes {
	return &figureCreditShapes{
		shotBy:        regexp.MustCompile(`[（(]([^（）()]{1,30}?)撮影[）)]\s*$`),
		copyrightTail: regexp.MustCompile(`(?i)\s*[-–|]\s*(?:copyright|©)\s*$`),
		longLabelled:  regexp.MustCompile(`(?i)[.!?]\s*\((?:bild|foto|photo|image|imagen|cr[ée]dit|credit)\s*:\s*([^()]{2,300})\)\s*$`),
		longCopyright: regexp.MustCompile(`[.!?]\s*©\s*([^©]{2,300})$`),
	}
})

type figureCreditShapes struct {
	// shotBy is the Japanese credit "（潟沼義樹撮影）", "photographed by
	// …", closing a caption.
	shotBy *regexp.Regexp
	// copyrightTail is a bare copyright notice left after the credit:
	// "… (AP Photo/Jo Lind) - Copyright".
	copyrightTail *regexp.Regexp
	// longLabelled is a labelled credit in parentheses closing a caption
	// after its last sentence: "… Informationen. (Bild: …)".
	longLabelled *regexp.Regexp
	// longCopyright is a copyright notice closing a caption after its last
	// sentence: "… Rauchwolke. © Morgenpost Infografik/OSM".
	longCopyright *regexp.Regexp
}

// widenCredit gives the credit back what the split left at the end of the
// text: the photographer before a dash ("… Ortiz Álex Cámara -" and "Europa
// Press" are "Álex Cámara - Europa Press") and the source before "via"
// ("… Almería @Plan_INFOCA via" and "X / Reuters").
func widenCredit(text, credit string) (string, string) {
	switch {
	case strings.HasSuffix(text, " via"):
		rest := strings.TrimSuffix(text, " via")
		if i := strings.LastIndexByte(rest, ' '); i > 0 {
			return strings.TrimSpace(rest[:i]), rest[i+1:] + " via " + credit
		}
	case strings.HasSuffix(text, " -"), strings.HasSuffix(text, " –"):
		rest := strings.TrimSpace(strings.TrimRight(text, "-– "))
		start := len(rest)
		for range 2 {
			end := len(strings.TrimRight(rest[:start], " "))
			i := strings.LastIndexByte(rest[:end], ' ')
			word := rest[i+1 : end]
			if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
				break
			}
			start = i + 1
			if i < 0 {
				break
			}
		}
		if start < len(rest) && start > 0 {
			return strings.TrimSpace(rest[:start]), rest[start:] + " - " + credit
		}
		return rest, credit
	}
	return text, credit
}

// splitNameCredit splits a photographer's name in parentheses off the end
// of a caption: "… homes to rent (Nigel Hawksworth)". Inside a figure that
// shape is a credit; in running text it is not, so only captions use it.
func (v *vocabulary) splitNameCredit(caption string) (string, string, bool) {
	s := strings.TrimSpace(caption)
	if !strings.HasSuffix(s, ")") {
		return caption, "", false
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return caption, "", false
	}
	name := strings.TrimSpace(s[open+1 : len(s)-1])
	if !v.isName(name) {
		return caption, "", false
	}
	return strings.TrimSpace(s[:open]), name, true
}
