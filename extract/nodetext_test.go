package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fragment parses s as the children of a <div> and returns the div.
func fragment(t *testing.T, s string) *html.Node {
	t.Helper()
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), div)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	return div
}

func TestTextOf(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"inline tag inside a word", "pho<i>to</i>graphed", "photographed"},
		{"inline tag before punctuation", "The <b>new</b>-look", "The new-look"},
		{"link before a comma", `<a href="/a">Marcus Lee</a>, CNN`, "Marcus Lee, CNN"},
		{"link before a full stop", `Read our <a href="/p">Privacy Policy</a>.`, "Read our Privacy Policy."},
		{"nested inline tags", "<span><em>un</em>believ</span>able", "unbelievable"},
		{"inline elements side by side", `<a href="/t">Terms of Use</a><a href="/p">Privacy Policy</a>`, "Terms of Use Privacy Policy"},
		{"buttons side by side", "<button>Share</button><button>Save</button>", "Share Save"},
		{"label then links", `<span>Topics:</span><a href="/e">Energy</a><a href="/b">Business</a>`, "Topics: Energy Business"},
		{"element then punctuation", `<a href="/a">Marcus Lee</a><span>, CNN</span>`, "Marcus Lee, CNN"},
		{"side by side after nesting", "<span><a>Home</a></span><span><a>News</a></span>", "Home News"},
		{"spaces kept around inline tags", "one <b>two</b> three", "one two three"},
		{"paragraphs separate", "<p>One</p><p>Two</p>", "One Two"},
		{"text after a block", "<div>One</div>two", "One two"},
		{"text before a block", "one<div>Two</div>", "one Two"},
		{"line break separates", "one<br>two", "one two"},
		{"list items separate", "<ul><li>a</li><li>b</li></ul>", "a b"},
		{"table cells separate", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"scripts and styles left out", "a<script>x()</script>b<style>p{}</style>c<noscript>d</noscript>", "abc"},
		{"odd spaces and runs of space", "a\u00a0b \n\t c\u200bd", "a b cd"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textOf(fragment(t, tt.html)); got != tt.want {
				t.Errorf("textOf(%q) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestTextAndLinks(t *testing.T) {
	tests := []struct {
		html, want string
		links      int
	}{
		{`See <a href="/x">the full list</a>.`, "See the full list.", len("the full list")},
		{`<a href="/x">pho<i>to</i></a>graphs`, "photographs", len("photo")},
		{`no links`, "no links", 0},
		{`before<figure><figcaption>caption</figcaption></figure>after`, "before after", 0},
	}
	for _, tt := range tests {
		text, links := textAndLinks(fragment(t, tt.html), isFigureElement)
		if text != tt.want || links != tt.links {
			t.Errorf("textAndLinks(%q) = %q, %d; want %q, %d", tt.html, text, links, tt.want, tt.links)
		}
	}
}

func TestFirstLine(t *testing.T) {
	tests := []struct{ html, want string }{
		{`By <a rel="author">Jane Doe</a>, CNN<div>Updated 3 March</div>`, "By Jane Doe, CNN"},
		{`<span>By</span> <span>Jane</span><br>Staff writer`, "By Jane"},
		{`<time>3 March</time><p>Jane Doe</p>`, "Jane Doe"},
	}
	for _, tt := range tests {
		if got := strings.TrimSpace(firstLine(fragment(t, tt.html), defaultVocabulary())); got != tt.want {
			t.Errorf("firstLine(%q) = %q, want %q", tt.html, got, tt.want)
		}
	}
}

// A page nested far deeper than any real one reads without a stack.
func TestTextOfDeep(t *testing.T) {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	n := root
	for range 100000 {
		c := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "deep"})
	root.AppendChild(&html.Node{Type: html.TextNode, Data: " end"})
	if got := textOf(root); got != "deep end" {
		t.Errorf("textOf = %q", got)
	}
}

// The body's blocks read loose inline content the way textOf does: a run
// of inline elements in a <div> or <section> is one piece of text, not
// each element on its own.
func TestBlocksReadInlineRunsAsTextOf(t *testing.T) {
	for _, s := range []string{
		`<a href="/t">Terms of Use</a><a href="/p">Privacy Policy</a>`,
		`<span>Topics:</span><a href="/e">Energy</a><a href="/b">Business</a>`,
		"<span><a>Home</a></span><span><a>News</a></span>",
		`<a href="/a">Marcus Lee</a><span>, CNN</span>`,
		"pho<i>to</i>graphed and <b>new</b>-look",
		"<span>One sentence ends here.</span><span>Another starts.</span>",
	} {
		blocks := blocksOf(fragment(t, s))
		if len(blocks) != 1 {
			t.Errorf("blocksOf(%q): %d blocks, want 1", s, len(blocks))
			continue
		}
		if want := textOf(fragment(t, s)); blocks[0].Text != want {
			t.Errorf("blocksOf(%q) = %q, want %q", s, blocks[0].Text, want)
		}
	}
}

// shownBlocksOf reads what a reader sees. Readability leaves hidden elements out
// of its container; the page's own blocks, which the whole-page fallback,
// the prose-region reading and gap filling read, must leave them out too.
func TestBlocksOfSkipsHiddenText(t *testing.T) {
	root := fragment(t, `<p>Shown paragraph one.</p>`+
		`<div style="display: none"><p>Hidden by its style.</p></div>`+
		`<p hidden>Hidden by its attribute.</p>`+
		`<section style="visibility:hidden">Hidden run of text.</section>`+
		`<p>Shown with a <span aria-hidden="true">hidden icon label</span>word.</p>`+
		`Loose text <span style="display:none">with a hidden part</span>shown.`)
	var got []string
	for _, b := range shownBlocksOf(root) {
		got = append(got, b.Text)
	}
	want := []string{"Shown paragraph one.", "Shown with a word.", "Loose text shown."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocksOf = %q, want %q", got, want)
	}
}
