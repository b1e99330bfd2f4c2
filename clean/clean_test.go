package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func paragraphs(lines ...string) []Block {
	out := make([]Block, len(lines))
	for i, l := range lines {
		out[i] = Block{Kind: Paragraph, Text: l}
	}
	return out
}

func texts(bs []Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text
	}
	return out
}

func mustCompile(t *testing.T, rs []Rule) *Rules {
	t.Helper()
	c, err := Compile(rs)
	require.NoError(t, err)
	return c
}

func TestDefaultRulesDropClutterKeepBody(t *testing.T) {
	rules := mustCompile(t, Default())
	tests := []struct {
		line string
		rule string // "" means the line must stay
	}{
		{"Get all your news in one place.", "promo/inkl-header"},
		{"Already a member? Sign in here", "paywall/already-member"},
		{"ALREADY A SUBSCRIBER? Log in", "paywall/already-member"},
		{"Advertisement", "ad/advertisement"},
		{"Story continues below advertisement", "ad/continues-below"},
		{"Share", "share/share"},
		{"Reuse this content", "share/reuse-content"},
		{"Read more: Starmer to meet Zelensky in Kyiv", "related/read-more-colon"},
		{"READ MORE: Starmer to meet Zelensky in Kyiv", "related/read-more-colon"},
		{"Sign up to our free Morning Briefing newsletter", "newsletter/sign-up-to-newsletter"},
		{"Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "legal/copyright"},
		{"Reporting by Jane Doe; Editing by John Smith", "legal/reuters-reporting"},
		{"Our Standards: The Thomson Reuters Trust Principles.", "legal/reuters-standards"},
		{"We use cookies to improve your experience on our site.", "banner/we-use-cookies"},
		{"Download the app", "promo/download-app"},
		{"3 min read", "nav/read-time"},
		{"___", "nav/separator"},
		// Body text that merely looks like clutter stays.
		{"“Sign up the volunteers first,” she said.", ""},
		{"It did not.", ""},
		{"Share prices fell by 3% on Monday, the biggest fall since March.", ""},
		{"The alliance will meet in Brussels next week (Nato)", ""},
		{"Readers were invited to read more about the scheme on the council's website, which went live on Friday and has already had thousands of visits from residents worried about the changes to bin collections in the town.", ""},
		{"One app. Two phones. Three hours of arguing.", ""},
		{"More from the minister later today, she said.", ""},
	}
	for _, tt := range tests {
		res := rules.Apply(paragraphs("Intro paragraph of the story, long enough to be prose.", tt.line), Page{})
		if tt.rule == "" {
			assert.Empty(t, res.Removed, tt.line)
			assert.Equal(t, tt.line, res.Kept[len(res.Kept)-1].Text)
			continue
		}
		if assert.Len(t, res.Removed, 1, tt.line) {
			assert.Equal(t, tt.rule, res.Removed[0].Rule, tt.line)
			assert.Equal(t, tt.line, res.Removed[0].Text)
		}
	}
}

func TestDropRestTakesTheFooter(t *testing.T) {
	rules := mustCompile(t, Default())
	res := rules.Apply(paragraphs("First paragraph.", "Second paragraph.", "Sign up to read this article",
		"Read news from 100’s of titles, curated specifically for you.", "Our Picks"), Page{})
	assert.Equal(t, []string{"First paragraph.", "Second paragraph."}, texts(res.Kept))
	assert.True(t, res.Paywalled)
	require.Len(t, res.Removed, 3)
	for _, r := range res.Removed {
		assert.Equal(t, "paywall/sign-up-to-read", r.Rule)
		assert.Equal(t, Paywall, r.Kind)
	}
}

func TestDropRestSparesProseThatFollows(t *testing.T) {
	rules := mustCompile(t, Default())
	long := strings.Repeat("The council said the plan would go ahead despite the objections of residents. ", 8)
	res := rules.Apply(paragraphs("First paragraph.", "Sign up to read this article", long), Page{})
	assert.Equal(t, []string{"First paragraph.", long}, texts(res.Kept))
	assert.False(t, res.Paywalled)
	require.Len(t, res.Removed, 1)
}

func TestDropListTakesTheLinksAfterAHeading(t *testing.T) {
	rules := mustCompile(t, Default())
	res := rules.Apply(paragraphs("Body paragraph one.", "Related topics", "Ukraine", "Russia", "Keir Starmer",
		"The last paragraph of the story, which is a sentence."), Page{})
	assert.Equal(t, []string{"Body paragraph one.", "The last paragraph of the story, which is a sentence."}, texts(res.Kept))
	assert.Len(t, res.Removed, 4)
}

func TestStripCutsTheSpanOnly(t *testing.T) {
	rules := mustCompile(t, Default())
	res := rules.Apply(paragraphs("The minister resigned. Story continues below advertisement The party said it would elect a new leader."), Page{})
	require.Len(t, res.Kept, 1)
	assert.Equal(t, "The minister resigned. The party said it would elect a new leader.", res.Kept[0].Text)
	require.Len(t, res.Removed, 1)
	assert.Equal(t, "Story continues below advertisement", res.Removed[0].Text)
}

func TestScopes(t *testing.T) {
	rs := []Rule{
		{Name: "promo/site-signoff", Kind: Promo, Match: Exact, Pattern: "Follow the Daily Example on Mastodon", Hosts: []string{"example.com"}},
		{Name: "promo/after-header", Kind: Promo, Match: Exact, Pattern: "Tap to read", Signature: "Brought to you by Aggregator"},
	}
	rules := mustCompile(t, rs)
	blocks := paragraphs("Follow the Daily Example on Mastodon", "Tap to read")
	assert.Len(t, rules.Apply(blocks, Page{Host: "news.example.com"}).Removed, 1)
	assert.Empty(t, rules.Apply(blocks, Page{Host: "example.org"}).Removed)
	withSignature := append(paragraphs("Brought to you by Aggregator"), blocks...)
	res := rules.Apply(withSignature, Page{})
	require.Len(t, res.Removed, 1)
	assert.Equal(t, "promo/after-header", res.Removed[0].Rule)
}

func TestMaxLenProtectsLongBlocks(t *testing.T) {
	rules := mustCompile(t, []Rule{{Name: "related/more", Kind: Related, Match: Prefix, Pattern: "Read more"}})
	short := "Read more about the budget"
	long := "Read more widely, the report urged, " + strings.Repeat("because the evidence is mixed and the stakes are high, ", 5)
	res := rules.Apply(paragraphs(short, long), Page{})
	assert.Equal(t, []string{long}, texts(res.Kept))
}

func TestNormalize(t *testing.T) {
	assert.Equal(t, "already a member ? sign in here", Normalize("Already a member?  Sign in\u00a0here"))
	assert.Equal(t, `" quoted " - it's here`, Normalize("“Quoted” — it’s here"))
	assert.Equal(t, "zero width", Normalize("zero\u200b width"))
}

func TestCompileRejectsBadRules(t *testing.T) {
	for _, r := range []Rule{
		{Kind: Promo, Pattern: "x"},
		{Name: "x/y", Kind: "weird", Pattern: "x"},
		{Name: "x/y", Kind: Promo, Pattern: " "},
		{Name: "x/y", Kind: Promo, Match: Regexp, Pattern: "("},
	} {
		_, err := Compile([]Rule{r})
		assert.Error(t, err, "%+v", r)
	}
}

func TestRegexpIndex(t *testing.T) {
	first := func(pattern string) ([]rune, bool) {
		_, re, err := compileRegexp(pattern)
		require.NoError(t, err)
		return anchoredFirstRunes(re)
	}
	runes, ok := first(`^read more( (on|from) .{1,60})? ?:$`)
	assert.True(t, ok)
	assert.ElementsMatch(t, []rune{'r'}, runes)
	runes, ok = first(`^(advertisement|sponsored|anzeige)$`)
	assert.True(t, ok)
	assert.ElementsMatch(t, []rune{'a', 's'}, runes)
	_, ok = first(`sign up here \.?$`)
	assert.False(t, ok, "unanchored")
	runes, ok = first(`^(\d+ )?comments?$`)
	assert.True(t, ok)
	assert.ElementsMatch(t, []rune{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'c'}, runes)
	_, ok = first(`^\S+ is a writer`)
	assert.False(t, ok, "may start with almost anything")

	// The default rules stay cheap: few regexps are tried on every block,
	// each behind the literals one of which its matches hold.
	c := mustCompile(t, Default())
	assert.LessOrEqual(t, len(c.regexAnywhere), 7, "unindexed default regexps")
}

func TestRegexpRulesMatchThroughTheIndex(t *testing.T) {
	rules := mustCompile(t, []Rule{
		{Name: "ad/marker", Kind: Ad, Match: Regexp, Pattern: `^(advert|anzeige)$`},
		{Name: "newsletter/tail", Kind: Newsletter, Match: Regexp, Pattern: `sign up here\.?$`},
	})
	res := rules.Apply(paragraphs("Anzeige", "Advert", "Our briefing has it all. Sign up here.", "Adverts are everywhere."), Page{})
	assert.Equal(t, []string{"Adverts are everywhere."}, texts(res.Kept))
}

func TestStripStopsAfterMaxStrips(t *testing.T) {
	rules := mustCompile(t, Default())
	line := strings.Repeat("Word word. Story continues below advertisement ", maxStrips+4)
	res := rules.Apply(paragraphs(line), Page{})
	require.Len(t, res.Kept, 1)
	assert.Len(t, res.Removed, maxStrips, "each cut is reported, up to the cap")
	assert.Equal(t, 4, strings.Count(res.Kept[0].Text, "Story continues below advertisement"))
}

func TestDropRestLooksAheadOnce(t *testing.T) {
	rules := mustCompile(t, Default())
	var blocks []Block
	for range 50 {
		blocks = append(blocks, paragraphs("Subscribe to continue reading", "A short line")...)
	}
	sentence := "The council voted on Tuesday to close the old bridge for repairs after engineers found cracks."
	blocks = append(blocks, paragraphs(sentence, sentence)...)
	res := rules.Apply(blocks, Page{})
	// Prose follows every prompt, so each prompt alone goes.
	assert.Len(t, res.Removed, 50)
	assert.False(t, res.Paywalled)
}

func TestDropListStopsAtItsBound(t *testing.T) {
	rules := mustCompile(t, Default())
	for _, tt := range []struct {
		lines, removed int
	}{
		{MaxListRun - 1, MaxListRun},
		{MaxListRun, MaxListRun + 1},
		{MaxListRun + 1, MaxListRun + 1},
		{100, MaxListRun + 1},
	} {
		blocks := paragraphs("Related stories")
		for i := range tt.lines {
			blocks = append(blocks, paragraphs(fmt.Sprintf("Short headline number %d", i))...)
		}
		res := rules.Apply(blocks, Page{})
		assert.Len(t, res.Removed, tt.removed, "heading and %d lines", tt.lines)
		if assert.Len(t, res.Kept, len(blocks)-tt.removed) && tt.lines > MaxListRun {
			assert.Equal(t, fmt.Sprintf("Short headline number %d", MaxListRun), res.Kept[0].Text, "the first line past the bound stays")
		}
	}
}

func TestRegexpsReadTheTextAsWritten(t *testing.T) {
	for _, tt := range []struct {
		pattern, line string
		match         bool
	}{
		{`^Read more:`, "Read more: Starmer to meet Zelensky", true},
		{`^Read more:`, "Read more about Starmer", false},
		{`^weiterlesen( \.\.\.)?$`, "Weiterlesen ...", true},
		{`^weiterlesen ?(\.\.\.)?$`, "Weiterlesen…", true},
		{`^weiterlesen…$`, "Weiterlesen...", true},
		{`^don’t miss$`, "Don't miss", true},
		{`^don't miss$`, "DON’T MISS", true},
		{`^[“"]quoted[”"]$`, "„Quoted“", true},
		{`^a – b$`, "A - b", true},
		{`^sign in$`, "Sign\u00a0\u200bin", true},
		{`^\(c\) \d{4}$`, "(c) 2024", true},
		{`\bapp\b`, "Download our app.", true},
		{`^\Qread more: (now)\E$`, "READ MORE: (now)", true},
		{`^[[:alpha:]]+ NEWS$`, "World News", true},
		{`^\p{Lu}`, "World", false}, // the text is lower-case
		{`^(?P<Label>Tags):\s`, "Tags: Ukraine", true},
		{`^(?U)Read.+:`, "Read more: on: this", true},
		{`^a\\B$`, "A\\b", true},
		{`^[]A]+$`, "a]a", true},
	} {
		rules := mustCompile(t, []Rule{{Name: "promo/x", Kind: Promo, Match: Regexp, Pattern: tt.pattern}})
		res := rules.Apply(paragraphs(tt.line), Page{})
		assert.Equal(t, tt.match, len(res.Removed) == 1, "%s on %q", tt.pattern, tt.line)
	}
}

func TestStripRegexpCutsWholeTokens(t *testing.T) {
	rules := mustCompile(t, []Rule{{Name: "share/glued", Kind: Share, Match: Regexp, Action: Strip, Pattern: `share on (facebook|x)!?`}})
	res := rules.Apply(paragraphs("The minister resigned. Share on Facebook! The party will elect a new leader."), Page{})
	assert.Equal(t, []string{"The minister resigned. The party will elect a new leader."}, texts(res.Kept))
	require.Len(t, res.Removed, 1)
	assert.Equal(t, "Share on Facebook!", res.Removed[0].Text)
}

func TestCompileRejectsDuplicateNames(t *testing.T) {
	_, err := Compile([]Rule{
		{Name: "promo/x", Kind: Promo, Pattern: "a"},
		{Name: "promo/x", Kind: Promo, Pattern: "b", Source: "site.rules:7"},
	})
	require.Error(t, err)
	assert.Equal(t, "clean: site.rules:7: rule promo/x: the name is taken by the rule at index 0", err.Error())
}

func TestCompileKeepsItsOwnCopy(t *testing.T) {
	rs := []Rule{{
		Name: "promo/site", Kind: Promo, Match: Exact, Pattern: "Follow the Daily Example",
		Hosts: []string{"example.com"}, Examples: []string{"Follow the Daily Example"},
	}}
	rules := mustCompile(t, rs)
	blocks := paragraphs("Follow the Daily Example")
	require.Len(t, rules.Apply(blocks, Page{Host: "example.com"}).Removed, 1)

	rs[0].Hosts[0] = "example.org"
	rs[0].Pattern = "Something else"
	rs[0].Name = "promo/renamed"
	res := rules.Apply(blocks, Page{Host: "example.com"})
	require.Len(t, res.Removed, 1, "changing the caller's rules changed the compiled ones")
	assert.Equal(t, "promo/site", res.Removed[0].Rule)
	assert.Empty(t, rules.Apply(blocks, Page{Host: "example.org"}).Removed)
}

func TestEarlierLayerWins(t *testing.T) {
	user := []Rule{
		{Name: "promo/our-share-bar", Kind: Promo, Match: Contains, Pattern: "share"},
		{Name: "nav/our-read-more", Kind: Nav, Match: Regexp, Pattern: `^read more:`, Action: DropRest},
	}
	rules, err := CompileLayers(user, Default())
	require.NoError(t, err)
	for _, tt := range []struct {
		block, rule string
		action      Action
	}{
		{"Share", "promo/our-share-bar", Drop},                                 // a user Contains beats a default Exact
		{"Read more: Starmer to meet Zelensky", "nav/our-read-more", DropRest}, // same block, the user's name and action
		{"Advertisement", "ad/advertisement", Drop},                            // no user rule: the default applies
	} {
		l := tokenizeInto(nil, nil, []byte{}, tt.block)
		h, ok := rules.find(&l, Page{}, &signatures{rules: rules})
		if assert.True(t, ok, tt.block) {
			assert.Equal(t, tt.rule, rules.rules[h.rule].Name, tt.block)
			assert.Equal(t, tt.action, rules.rules[h.rule].Action, tt.block)
		}
	}
	res := rules.Apply(paragraphs("Body text of the story, long enough.", "Read more: Starmer to meet Zelensky", "A footer line"), Page{})
	assert.Equal(t, []string{"Body text of the story, long enough."}, texts(res.Kept), "the user's drop-rest took the footer")

	_, err = CompileLayers([]Rule{{Name: "share/share", Kind: Share, Pattern: "Share it"}}, Default())
	assert.ErrorContains(t, err, "rule share/share: the name is taken")
}

func TestHostOrSignatureScope(t *testing.T) {
	rules := mustCompile(t, []Rule{{Name: "newsletter/site", Kind: Newsletter, Match: Exact, Pattern: "Sign up to First Edition",
		Hosts: []string{"theguardian.com"}, Signature: "after newsletter promotion"}})
	block := paragraphs("Sign up to First Edition")
	assert.Len(t, rules.Apply(block, Page{Host: "www.theguardian.com"}).Removed, 1, "the site's own page")
	assert.Len(t, rules.Apply(append(block, paragraphs("after newsletter promotion")...), Page{}).Removed, 1, "a copy with the signature")
	assert.Empty(t, rules.Apply(block, Page{Host: "example.com"}).Removed, "another site")
	assert.Empty(t, rules.Apply(block, Page{}).Removed, "an unknown page")
}
