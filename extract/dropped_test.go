package extract

import (
	"testing"

	"github.com/declutter/declutter/clean"
)

func TestDroppedRule(t *testing.T) {
	para := func(text string, links float64) domBlock {
		return domBlock{Block: clean.Block{Kind: clean.Paragraph, Text: text}, linkShare: links}
	}
	// The body's stretch is blocks 3 to 7 of the page.
	const first, last = 3, 7
	for _, tc := range []struct {
		name  string
		b     domBlock
		at    int
		first int
		want  string
	}{
		{"skip link above the article", para("Skip to navigation", 1), 0, first, RulePageLinks},
		{"kicker above the article", para("Transport", 0), 1, first, RuleOutsideArticle},
		{"byline line, its role after it", para("By Ellen Marsh Transport reporter", 0.5), 2, first, RuleBylineLine},
		{"date line", para("2 September 2025", 0), 2, first, RuleDateLine},
		{"teaser line among the paragraphs", para("Islanders launch petition over ferry timetable", 1), 5, first, RuleLinkLine},
		{"label among the paragraphs", para("Advertisement feature", 0), 5, first, RuleNotProse},
		{"linked heading among the paragraphs", domBlock{Block: clean.Block{Kind: clean.Heading, Text: "More on ferries"}, linkShare: 1}, 5, first, RuleLinkHeading},
		{"teaser list below the article", domBlock{Block: clean.Block{Kind: clean.List, Text: "One story 2 hrs ago\nAnother story 4 hrs ago"}, linkShare: 0.6}, 9, first, RuleTrailingLinks},
		{"prose below the article: a comment", para("I have taken this ferry for twenty years and never seen it this bad.", 0), 9, first, RuleOutsideArticle},
		{"a body with none of the page's blocks", para("Sign in", 1), 5, -1, RulePageLinks},
	} {
		if got := droppedRule(tc.b, "Ellen Marsh", tc.at, tc.first, last); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestTextIndex(t *testing.T) {
	long := "The operator said the rise reflected the cost of fuel, of new crew contracts and of repairs."
	x := newTextIndex(2)
	x.add(long)
	x.add("Ferries\nIsland life")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{long, true},
		{"Island life", true},           // a list's item
		{"Advertisement " + long, true}, // a span stripped off its start
		{long[:60] + " and the rest of it, split off", true}, // split at a <br>
		{"The operator said", false},                         // too short to match by its start
		{"A different paragraph that shares no start or end with the one indexed.", false},
	} {
		if got := x.has(tc.text); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
