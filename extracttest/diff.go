package extracttest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/declutter/declutter/extract"
)

// Diff describes how got differs from want, field by field, and for the
// body, captions and removals entry by entry: "-" marks what want has and
// got lacks, "+" the reverse. It returns nil when they are equal.
func Diff(want, got *extract.Article) []string {
	var out []string
	field := func(name, w, g string) {
		if w != g {
			out = append(out, fmt.Sprintf("%s:\n  - %q\n  + %q", name, w, g))
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
		out[i] = fmt.Sprintf("%s | %s | %s", c.Text, c.Credit, c.Image)
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

// listDiff reports the entries of want and got that the other lacks, in
// order, by a longest-common-subsequence alignment.
func listDiff(name string, want, got []string) []string {
	if slices.Equal(want, got) {
		return nil
	}
	// lcs[i][j] is the length of the common subsequence of want[i:] and got[j:].
	lcs := make([][]int, len(want)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(got)+1)
	}
	for i := len(want) - 1; i >= 0; i-- {
		for j := len(got) - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	lines := []string{fmt.Sprintf("%s (%d entries wanted, %d got):", name, len(want), len(got))}
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case i < len(want) && j < len(got) && want[i] == got[j]:
			i, j = i+1, j+1
		case j < len(got) && (i == len(want) || lcs[i][j+1] >= lcs[i+1][j]):
			lines = append(lines, fmt.Sprintf("  + #%d %s", j+1, got[j]))
			j++
		default:
			lines = append(lines, fmt.Sprintf("  - #%d %s", i+1, want[i]))
			i++
		}
	}
	return lines
}
