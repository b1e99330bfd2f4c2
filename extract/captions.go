package extract

import (
	"strings"

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
	kept = blocks[:0:0]
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
		if textutil.CountWords(b.Text) > maxCaptionWords+clean.MaxCreditWords {
			kept = append(kept, b)
			continue
		}
		text, credit, ok := clean.SplitCredit(b.Text)
		switch {
		case !ok || textutil.CountWords(text) > maxCaptionWords:
			kept = append(kept, b)
		case text != "":
			captions = append(captions, Caption{Text: text, Credit: credit})
		case i+1 < len(blocks) && v.hasCaptionLabel(blocks[i+1].Text):
			// "Image source, X" then "Image caption, Y".
			next, _ := v.captionLabel(blocks[i+1].Text)
			captions = append(captions, Caption{Text: next, Credit: credit})
			i++
		case len(kept) > 0 && captionShaped(kept[len(kept)-1]):
			// A caption line, then its credit on a line of its own.
			prev := kept[len(kept)-1]
			kept = kept[:len(kept)-1]
			captions = append(captions, Caption{Text: prev.Text, Credit: credit})
		default:
			removed = append(removed, clean.Removal{Rule: RuleStrayCredit, Kind: clean.Credit, Text: b.Text})
		}
	}
	return kept, captions, removed
}

// captionShaped reports whether b could be the caption a following credit
// line belongs to: a short paragraph that is not a quotation.
func captionShaped(b clean.Block) bool {
	t := strings.TrimSpace(b.Text)
	if b.Kind != clean.Paragraph || t == "" || textutil.CountWords(t) > 40 {
		return false
	}
	return !strings.ContainsAny(t[:1], `"“‘'`)
}

// finishCaptions runs the rules over figure captions (a "Purchase Licensing
// Rights" link inside a figcaption) and splits off the credits no element
// of their own held. It returns the captions left and what it removed.
func (e *Extractor) finishCaptions(cs []Caption, page clean.Page) (out []Caption, removed []clean.Removal) {
	for _, c := range cs {
		res := e.rules.Apply([]clean.Block{{Kind: clean.Paragraph, Text: c.Text}}, page)
		removed = append(removed, res.Removed...)
		c.Text = ""
		if len(res.Kept) > 0 {
			c.Text = res.Kept[0].Text
		}
		if c.Credit == "" {
			if text, credit, ok := clean.SplitCredit(c.Text); ok {
				c.Text, c.Credit = text, credit
			} else if text, credit, ok := e.vocab.splitNameCredit(c.Text); ok {
				c.Text, c.Credit = text, credit
			}
		}
		switch {
		case c.Text != "":
			out = append(out, c)
		case c.Credit != "":
			removed = append(removed, clean.Removal{Rule: RuleStrayCredit, Kind: clean.Credit, Text: c.Credit})
		}
	}
	return out, removed
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
