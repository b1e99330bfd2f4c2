package extracttest

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/declutter/declutter/extract"
)

// Diff describes how got differs from want, field by field, and for the
// body, captions and removals entry by entry: "-" marks what want has and
// got lacks, "+" the reverse. When an entry or a field changed rather than
// came or went, a "~" line under the pair shows where, git word-diff style:
// "…context[-old-]{+new+}context…", with invisible characters quoted. It
// returns nil when they are equal; a nil Article counts as an empty one.
func Diff(want, got *extract.Article) []string {
	if want == nil {
		want = &extract.Article{}
	}
	if got == nil {
		got = &extract.Article{}
	}
	var out []string
	field := func(name, w, g string) {
		if w == g {
			return
		}
		out = append(out, fmt.Sprintf("%s:\n  - %q\n  + %q", name, w, g))
		// In a short value the change is plain to see; in a title or a
		// lead it may be one character among a hundred.
		if min(utf8.RuneCountInString(w), utf8.RuneCountInString(g)) < 40 {
			return
		}
		if change, ok := changeAt(w, g); ok {
			out[len(out)-1] += "\n  ~ " + change
		}
	}
	field("title", want.Title, got.Title)
	field("byline", want.Byline, got.Byline)
	field("authors", strings.Join(want.Authors, "; "), strings.Join(got.Authors, "; "))
	field("site", want.Site, got.Site)
	field("published", stamp(want), stamp(got))
	field("language", want.Language, got.Language)
	field("url", want.URL, got.URL)
	field("lead", want.Lead, got.Lead)
	field("paywalled", fmt.Sprint(want.Paywalled), fmt.Sprint(got.Paywalled))
	out = append(out, listDiff("body", blockLines(want.Body), blockLines(got.Body))...)
	out = append(out, listDiff("captions", captionLines(want.Captions), captionLines(got.Captions))...)
	out = append(out, listDiff("removed", removalLines(want.Removed), removalLines(got.Removed))...)
	return out
}

func stamp(a *extract.Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02T15:04:05Z07:00")
}

func blockLines(bs []extract.Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = fmt.Sprintf("[%s] %s", b.Kind, b.Text)
	}
	return out
}

func captionLines(cs []extract.Caption) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		line := c.Text
		if c.Credit != "" {
			line += " | credit: " + c.Credit
		}
		if c.Image != "" {
			line += " | image: " + c.Image
		}
		out[i] = line
	}
	return out
}

func removalLines(rs []extract.Removal) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%s: %s", r.Rule, r.Text)
	}
	return out
}

// maxPairings bounds the comparisons listDiff makes to find the changed
// entries in one run of removed and added entries.
const maxPairings = 10000

// listDiff reports the entries of want and got that the other lacks, in
// order, by a longest-common-subsequence alignment. Where a run of removed
// entries meets a run of added ones, an added entry that is a changed
// version of a removed one gets a "~" line showing where they differ.
func listDiff(name string, want, got []string) []string {
	if slices.Equal(want, got) {
		return nil
	}
	lines := []string{fmt.Sprintf("%s (%d entries wanted, %d got):", name, len(want), len(got))}
	var dels, adds []int // the current run of unmatched entries
	flush := func() {
		for _, i := range dels {
			lines = append(lines, fmt.Sprintf("  - #%d %s", i+1, want[i]))
		}
		// Pair each removed entry, in order, with the next added one that
		// is a changed version of it.
		next := 0
		changes := make(map[int]string, len(adds))
		if len(dels)*len(adds) > maxPairings {
			dels = nil // a rewrite, not an edit: pointers would not help
		}
		for _, i := range dels {
			for k := next; k < len(adds); k++ {
				if change, ok := changeAt(want[i], got[adds[k]]); ok {
					changes[k] = fmt.Sprintf("  ~ #%d→#%d %s", i+1, adds[k]+1, change)
					next = k + 1
					break
				}
			}
		}
		for k, j := range adds {
			lines = append(lines, fmt.Sprintf("  + #%d %s", j+1, got[j]))
			if change, ok := changes[k]; ok {
				lines = append(lines, change)
			}
		}
		dels, adds = dels[:0], adds[:0]
	}
	for _, step := range align(want, got) {
		switch {
		case step.i >= 0 && step.j >= 0:
			flush()
		case step.i >= 0:
			if len(adds) > 0 {
				flush()
			}
			dels = append(dels, step.i)
		default:
			adds = append(adds, step.j)
		}
	}
	flush()
	return lines
}
