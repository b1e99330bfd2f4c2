package extracttest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
)

func article(paragraphs ...string) *extract.Article {
	a := &extract.Article{Title: "Harbour ferry returns", Byline: "Ada Fenwick"}
	for _, p := range paragraphs {
		a.Body = append(a.Body, extract.Block{Kind: extract.Paragraph, Text: p})
	}
	return a
}

func TestDiffEqual(t *testing.T) {
	a := article("One.", "Two.")
	a.Published = time.Date(2025, 8, 16, 9, 30, 0, 0, time.UTC)
	b := article("One.", "Two.")
	b.Published = a.Published
	if d := Diff(a, b); d != nil {
		t.Errorf("Diff of equal articles: %q", d)
	}
	if d := Diff(nil, &extract.Article{}); d != nil {
		t.Errorf("nil and empty differ: %q", d)
	}
}

func TestDiff(t *testing.T) {
	long := "The ferry that links the old town with the east quay returned to service on Monday after six months in dry dock."
	for _, tc := range []struct {
		name      string
		want, got *extract.Article
		diff      string
	}{
		{
			name: "short field",
			want: article(), got: func() *extract.Article { a := article(); a.Byline = "Ada Fenwick and Tom Hale"; return a }(),
			diff: "byline:\n" +
				`  - "Ada Fenwick"` + "\n" +
				`  + "Ada Fenwick and Tom Hale"`,
		},
		{
			name: "long field",
			want: &extract.Article{Lead: "Commuters cheered as the ferry that links the old town with the east quay returned."},
			got:  &extract.Article{Lead: "Commuters cheered as the ferry that links the old town with the east quay returned\u00a0."},
			diff: "lead:\n" +
				`  - "Commuters cheered as the ferry that links the old town with the east quay returned."` + "\n" +
				`  + "Commuters cheered as the ferry that links the old town with the east quay returned\u00a0."` + "\n" +
				`  ~ …the east quay returned{+"\u00a0"+}.`,
		},
		{
			name: "unrelated field values get no pointer",
			want: article(), got: func() *extract.Article { a := article(); a.Title = "Bridge closes"; return a }(),
			diff: "title:\n" +
				`  - "Harbour ferry returns"` + "\n" +
				`  + "Bridge closes"`,
		},
		{
			name: "inserted paragraph",
			want: article("One.", "Two.", "Three."),
			got:  article("One.", "Two.", "Subscribe now.", "Three."),
			diff: "body (3 entries wanted, 4 got):\n" +
				"  + #3 [paragraph] Subscribe now.",
		},
		{
			name: "lost paragraph",
			want: article("One.", "Two.", "Three."),
			got:  article("One.", "Three."),
			diff: "body (3 entries wanted, 2 got):\n" +
				"  - #2 [paragraph] Two.",
		},
		{
			name: "changed paragraph, with context around the change",
			want: article("One.", long),
			got:  article("One.", strings.Replace(long, "six months", "seven months", 1)),
			diff: "body (2 entries wanted, 2 got):\n" +
				"  - #2 [paragraph] " + long + "\n" +
				"  + #2 [paragraph] " + strings.Replace(long, "six months", "seven months", 1) + "\n" +
				"  ~ #2→#2 …service on Monday after [-six-]{+seven+} months in dry dock.",
		},
		{
			name: "no-break space shows",
			want: article("Mr Smith said."),
			got:  article("Mr\u00a0Smith said."),
			diff: "body (1 entries wanted, 1 got):\n" +
				"  - #1 [paragraph] Mr Smith said.\n" +
				"  + #1 [paragraph] Mr\u00a0Smith said.\n" +
				`  ~ #1→#1 [paragraph] Mr[- -]{+"\u00a0"+}Smith said.`,
		},
		{
			name: "kind",
			want: article("Background"),
			got: func() *extract.Article {
				a := article("Background")
				a.Body[0].Kind = extract.Heading
				return a
			}(),
			diff: "body (1 entries wanted, 1 got):\n" +
				"  - #1 [paragraph] Background\n" +
				"  + #1 [heading] Background\n" +
				"  ~ #1→#1 [[-paragraph-]{+heading+}] Background",
		},
		{
			name: "merged paragraphs",
			want: article("One.", "Two."),
			got:  article("One. Two."),
			diff: "body (2 entries wanted, 1 got):\n" +
				"  - #1 [paragraph] One.\n" +
				"  - #2 [paragraph] Two.\n" +
				"  + #1 [paragraph] One. Two.\n" +
				"  ~ #1→#1 [paragraph] One.{+ Two.+}",
		},
		{
			name: "captions and removals",
			want: &extract.Article{
				Captions: []extract.Caption{{Text: "The quay", Credit: "PA Wire"}},
				Removed:  []extract.Removal{{Rule: "promo/read-in-apple-news", Kind: "promo", Text: "Read in Apple News"}},
			},
			got: &extract.Article{
				Captions: []extract.Caption{{Text: "The quay (PA Wire)"}},
			},
			diff: "captions (1 entries wanted, 1 got):\n" +
				"  - #1 The quay | credit: PA Wire\n" +
				"  + #1 The quay (PA Wire)\n" +
				"  ~ #1→#1 The quay [-| credit: PA Wire-]{+(PA Wire)+}\n" +
				"removed (1 entries wanted, 0 got):\n" +
				"  - #1 promo/read-in-apple-news: Read in Apple News",
		},
		{
			name: "published",
			want: &extract.Article{Published: time.Date(2025, 8, 16, 9, 30, 0, 0, time.UTC)},
			got:  &extract.Article{},
			diff: "published:\n" +
				`  - "2025-08-16T09:30:00Z"` + "\n" +
				`  + ""`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(Diff(tc.want, tc.got), "\n")
			if got != tc.diff {
				t.Errorf("Diff:\n%s\nwant:\n%s", got, tc.diff)
			}
		})
	}
}

func TestDiffLongListsStayCheap(t *testing.T) {
	// Beyond maxCells the alignment falls back to positions rather than
	// allocating a table the size of the product of the lists.
	n := 3000
	var want, got []string
	for i := range n {
		want = append(want, fmt.Sprint("w", i))
		got = append(got, fmt.Sprint("g", i))
	}
	lines := listDiff("body", want, got)
	if len(lines) < 2*n+1 || !strings.HasPrefix(lines[1], "  - #1 w0") {
		t.Errorf("%d lines, first %q", len(lines), lines[:2])
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":       "plain text",
		"“curly” ’":        "“curly” ’",
		"a\u00a0b":         `"a\u00a0b"`,
		"tab\there":        `"tab\there"`,
		"zero\u200dw":      `"zero\u200dw"`,
		"\"quoted\"\u00a0": `"\"quoted\"\u00a0"`,
	} {
		if got := visible(in); got != want {
			t.Errorf("visible(%q) = %s, want %s", in, got, want)
		}
	}
}
