package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
)

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
		return b.Kind == clean.Paragraph && b.linkShare >= linkShareMin && textutil.CountWords(b.Text) <= linkRunWords
	}
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == clean.Heading && b.linkShare >= linkShareMin {
			// A subheading is never a link; a teaser's headline is.
			removed = append(removed, clean.Removal{Rule: RuleLinkHeading, Kind: clean.Related, Text: b.Text})
			continue
		}
		if b.Kind == clean.List && b.linkShare >= linkShareMin && strings.Count(b.Text, "\n") >= 2 {
			removed = append(removed, clean.Removal{Rule: RuleLinkList, Kind: clean.Related, Text: b.Text})
			continue
		}
		j := i
		for j < len(blocks) && isLinkLine(blocks[j]) {
			j++
		}
		if j-i >= linkRunMin {
			for _, r := range blocks[i:j] {
				removed = append(removed, clean.Removal{Rule: RuleLinkRun, Kind: clean.Related, Text: r.Text})
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
		removed = append(removed, clean.Removal{Rule: RuleTrailingLinks, Kind: clean.Related, Text: last.Text})
		kept = kept[:len(kept)-1]
	}
	plain := make([]clean.Block, len(kept))
	for i, b := range kept {
		plain[i] = b.Block
	}
	return plain, removed
}
