package extract

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVocabularyFiles(t *testing.T) {
	v, err := readVocabulary(vocabularyFiles)
	require.NoError(t, err)
	assert.Equal(t, clean.Share, v.classWords["sharedaddy"])
	assert.Equal(t, clean.Banner, v.roles["alertdialog"])
	assert.Contains(t, v.captionLabels, "Image caption, ")
	assert.True(t, v.isPublisher("the guardian"))
	assert.True(t, v.isAggregator("Apple News"))
	assert.False(t, v.isPublisher("Apple News"))
	assert.Len(t, v.zones["IST"], 3)
	assert.Equal(t, "Jane Doe", v.stripBylineLabel("Veröffentlicht von: Jane Doe"))
	assert.Equal(t, "Ana García", v.stripBylineLabel("Autorin Ana García"), "the longer label first")
	assert.Equal(t, []string{"Ana", "Luis"}, v.bylines.joiner.Split("Ana y Luis", -1))

	for _, tc := range []struct{ file, src, want string }{
		{"classwords.txt", "gossip share social\n", `vocabulary/classwords.txt:1: want KIND WORD..., got "gossip share social"`},
		{"roles.txt", "# roles\nnav\n", `vocabulary/roles.txt:2: want KIND WORD...`},
		{"timezones.txt", "IST 5.5\n", `vocabulary/timezones.txt:1: offset "5.5": want a sign, hours and minutes`},
		{"timezones.txt", "ist +05:30\n", `time-zone abbreviation "ist": want capitals`},
		{"publishers.txt", "# names\nThe Guardian\nBBC\nthe  guardian\n", `vocabulary/publishers.txt:4: duplicate name "the guardian"`},
		{"publishers.txt", "BBC\n—\n", `vocabulary/publishers.txt:2: name "—": want letters or digits`},
		{"aggregators.txt", "MSN\nMSN\n", `vocabulary/aggregators.txt:2: duplicate name "MSN"`},
		{"captionlabels.txt", "Image caption,\nImage  caption,\n", `vocabulary/captionlabels.txt:2: duplicate caption label "Image caption,"`},
		{"timezones.txt", "EST -05:00\nEDT -04:00\nET EST/EDT\n", `vocabulary/timezones.txt:3: want ABBR STD/DST RULE`},
		{"timezones.txt", "EST -05:00\nET EST/EDT us\n", `zone "EST/EDT": no reading of EDT`},
		{"timezones.txt", "EST -05:00\nEDT -04:00\nET EST/EDT summer\n", `want ABBR, or STD/DST and a rule, us or eu`},
		{"localzones.txt", "CET/CEST eu .de\n", `vocabulary/localzones.txt:1: zone "CET/CEST": no reading of CET`},
		{"bylines.txt", "dateword am\ndatewords on\n", `vocabulary/bylines.txt:2: unknown list "datewords"`},
		{"bylines.txt", "label posted by\n", `vocabulary/bylines.txt:1: unknown list "label"`},
		{"bylinelabels.txt", "by +header\nvon +lead\n", `vocabulary/bylinelabels.txt:2: unknown mark "+lead": want +header, +colon or +element`},
		{"bylinelabels.txt", "+colon\n", `vocabulary/bylinelabels.txt:1: want LABEL [+MARK...], got only marks`},
		{"bylinelabels.txt", "by\nstory by\nStory  By +header\n", `vocabulary/bylinelabels.txt:3: duplicate label "story by"`},
		{"bylinelabels.txt", "di +header +colon\n", `vocabulary/bylinelabels.txt:1: a +header label counts anywhere: want no +colon or +element`},
		{"bylines.txt", "joiner\n", `vocabulary/bylines.txt:1: want LIST WORD..., got "joiner"`},
	} {
		fsys := fstest.MapFS{}
		for _, name := range vocabularyFileNames {
			fsys["vocabulary/"+name] = &fstest.MapFile{}
		}
		fsys["vocabulary/"+tc.file] = &fstest.MapFile{Data: []byte(tc.src)}
		_, err := readVocabulary(fsys)
		if assert.Error(t, err, tc.src) {
			assert.Contains(t, err.Error(), tc.want)
		}
	}
}

// vocabularyFileNames are the files readVocabulary reads.
var vocabularyFileNames = []string{"classwords.txt", "roles.txt", "publishers.txt", "aggregators.txt", "captionlabels.txt", "bylines.txt", "bylinelabels.txt", "timezones.txt", "localzones.txt"}

// TestVocabularyFilesClean checks every vocabulary file line by line:
// each is read, and no entry is blank or repeated, which the readers do
// not report for word lists.
func TestVocabularyFilesClean(t *testing.T) {
	entries, err := vocabularyFiles.ReadDir("vocabulary")
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	assert.Subset(t, files, vocabularyFileNames)
	for _, name := range files {
		seen := map[string]int{}
		n := 0
		require.NoError(t, eachLine(vocabularyFiles, "vocabulary/"+name, func(fields []string) error {
			n++
			var entries []string
			switch name {
			case "classwords.txt", "roles.txt":
				entries = fields[1:] // after the kind
			case "stopwords.txt":
				for _, w := range fields[1:] {
					entries = append(entries, fields[0]+" "+w) // per language
				}
			case "bylinelabels.txt":
				for len(fields) > 1 && strings.HasPrefix(fields[len(fields)-1], "+") {
					fields = fields[:len(fields)-1] // the marks
				}
				entries = []string{strings.Join(fields, " ")}
			case "timezones.txt", "localzones.txt":
				entries = []string{strings.Join(fields, " ")}
			default:
				entries = []string{clean.Normalize(strings.Join(fields, " "))}
			}
			for _, e := range entries {
				assert.NotEmpty(t, strings.TrimSpace(e), "%s: blank entry", name)
				seen[strings.ToLower(e)]++
			}
			return nil
		}))
		assert.NotZero(t, n, "%s has no entries", name)
		for e, count := range seen {
			assert.Equal(t, 1, count, "%s: %q appears %d times", name, e, count)
		}
	}
}

func TestTimeZonesByPlace(t *testing.T) {
	h := time.Hour
	withIrishDefault := defaultVocabulary().clone()
	require.NoError(t, withIrishDefault.addZoneFirst("IST", 3600, nil))
	require.Len(t, defaultVocabulary().zones["IST"], 3, "the clone shares nothing")
	for _, tc := range []struct {
		line, host, lang string
		v                *vocabulary
		offset           time.Duration
		guessed          bool
	}{
		{"Sat 16 Aug 2025 10.22 IST", "", "", nil, 0, false},
		{"Sat 16 Aug 2025 10.22 IST", "timesofindia.indiatimes.com", "en", nil, 0, false},
		{"Sat 16 Aug 2025 10.22 IST", "www.thehindu.co.in", "", nil, 5*h + 30*time.Minute, true},
		{"Sat 16 Aug 2025 10.22 IST", "timesofindia.indiatimes.com", "en-IN", nil, 5*h + 30*time.Minute, true},
		{"Sat 16 Aug 2025 10.22 IST", "www.irishtimes.ie", "", nil, h, true},
		{"Sat 16 Aug 2025 10.22 IST", "www.haaretz.com", "he", nil, 2 * h, true},
		{"Sat 16 Aug 2025 10.22 IST", "example.com", "", withIrishDefault, h, true},
		{"Sat 16 Aug 2025 10.22 IST", "www.thehindu.in", "", withIrishDefault, 5*h + 30*time.Minute, true},
		{"Sat 16 Aug 2025 10.22 BST", "", "", nil, h, true},
		{"Sat 16 Aug 2025 10.22 BST", "www.thedailystar.net", "bn", nil, 6 * h, true},
		{"Sat 16 Aug 2025 10.22 CST", "", "", nil, -6 * h, true},
		{"Sat 16 Aug 2025 10.22 CST", "www.chinadaily.com.cn", "", nil, 8 * h, true},
		{"Published on 16/08/2025 - 10:22 GMT+2", "www.thehindu.in", "", nil, 2 * h, true},
	} {
		v := tc.v
		if v == nil {
			v = defaultVocabulary()
		}
		d, ok := parseDateLine(tc.line)
		require.True(t, ok, tc.line)
		got := v.inZone(d, tc.host, tc.lang)
		_, offset := got.Zone()
		assert.Equal(t, tc.offset, time.Duration(offset)*time.Second, "%s on %s (%s)", tc.line, tc.host, tc.lang)
		assert.Equal(t, []int{10, 22}, []int{got.Hour(), got.Minute()}, "the clock time stays as printed")
		if !tc.guessed {
			name, _ := got.Zone()
			assert.Equal(t, "IST", name, "an unsettled zone keeps its name")
		}
	}
}

func TestExtractorReadsZonesByHost(t *testing.T) {
	page := "Monsoon rains flood Mumbai streets\n\nBy Priya Sharma\n\nSat 16 Aug 2025 10.22 IST\n\n" +
		"Heavy rain flooded streets across Mumbai on Saturday, halting trains and closing schools across the city for the day.\n\n" +
		"The weather office warned of more rain through the weekend and asked residents to stay indoors where they could."
	for _, tc := range []struct {
		url    string
		opts   []Option
		offset time.Duration
	}{
		{"https://www.example.in/mumbai-rain", nil, 5*time.Hour + 30*time.Minute},
		{"https://www.example.ie/mumbai-rain", nil, time.Hour},
		{"https://www.example.com/mumbai-rain", nil, 0},
		{"https://www.example.com/mumbai-rain", []Option{WithTimeZone("IST", 5*time.Hour+30*time.Minute)}, 5*time.Hour + 30*time.Minute},
	} {
		e, err := New(tc.opts...)
		require.NoError(t, err)
		a, err := e.FromText(strings.NewReader(page), Source{URL: tc.url})
		require.NoError(t, err)
		require.False(t, a.Published.IsZero(), "no date read from the page")
		_, offset := a.Published.Zone()
		assert.Equal(t, tc.offset, time.Duration(offset)*time.Second, tc.url)
	}
	_, err := New(WithTimeZone("ist", time.Hour))
	assert.ErrorContains(t, err, `WithTimeZone: time-zone abbreviation "ist"`)
}

func TestClutterOptions(t *testing.T) {
	page := `<html><body><article><h1>Council approves riverside park</h1>
<p>The council approved plans for a riverside park on Thursday evening, after a long debate in the chamber that ran past midnight.</p>
<div class="gazette-plug">Get the Gazette delivered to your door every morning from two pounds a week.</div>
<div role="note">Editor's note: a reader panel chose this story.</div>
<div class="gz-slot">Book your table at the Riverside Grill tonight with code PARK.</div>
<p>Work will start in the spring and should be finished within two years, the council said on Friday after the vote.</p>
</article></body></html>`
	removed := func(opts ...Option) map[string]string {
		e, err := New(opts...)
		require.NoError(t, err)
		a, err := e.FromHTML(strings.NewReader(page), Source{URL: "https://gazette.example/park"})
		require.NoError(t, err)
		by := map[string]string{}
		for _, r := range a.Removed {
			by[r.Rule] = r.Text
		}
		return by
	}
	assert.NotContains(t, removed(), "promo/class-plug")
	got := removed(WithClutterClasses(clean.Promo, "plug"), WithClutterRoles(clean.Nav, "note"))
	assert.Contains(t, got["promo/class-plug"], "Get the Gazette delivered")
	assert.Contains(t, got["nav/role-note"], "Editor's note")
	assert.Empty(t, defaultVocabulary().classWords["plug"], "the option changed the default vocabulary")
	// A two-letter word is read as a namespace prefix ("c-", "su-") unless
	// the Extractor's own vocabulary knows it.
	assert.NotContains(t, removed(), "ad/class-gz")
	assert.Contains(t, removed(WithClutterClasses(clean.Ad, "gz"))["ad/class-gz"], "Riverside Grill")

	for _, tc := range []struct {
		opt  Option
		want string
	}{
		{WithClutterClasses("gossip", "plug"), `WithClutterClasses: unknown kind "gossip"`},
		{WithClutterClasses(clean.Promo, "gazette-plug"), `WithClutterClasses: "gazette-plug" is not one word`},
		{WithClutterRoles(clean.Nav, ""), `WithClutterRoles: "" is not one word`},
	} {
		_, err := New(tc.opt)
		assert.ErrorContains(t, err, tc.want)
	}
}

const harbourBody = "The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, " +
	"the port authority said, after waves broke over the outer wall and left the channel full of debris.\n\n" +
	"Fishing crews who moor in the inner basin said they had not seen a storm like it in twenty years, " +
	"and several asked the council for help with repairs before the season starts."

// Syndicated text whose first line is a name the default vocabulary does
// not know: "Harbour Bugle" is not shaped like a masthead (a "Harbour
// Gazette" would be read as the site without help), "Harbour News Hub" is,
// and "Pictured:" is no built-in caption label.
var (
	publisherPage  = "Harbour Bugle\n\nStorm closes the harbour for a week\n\nBy Jane Doe\n\n" + harbourBody
	aggregatorPage = "Harbour News Hub\n\nStorm closes the harbour for a week\n\nBy Jane Doe\n\n" + harbourBody
	captionPage    = "Storm closes the harbour for a week\n\nBy Jane Doe\n\n" + harbourBody +
		"\n\nPictured: The outer wall of the harbour after the storm\n\n" +
		"The council meets on Friday to decide who pays for the repairs, and the port expects to reopen the channel next week."
)

func TestVocabularyOptions(t *testing.T) {
	read := func(page string, opts ...Option) *Article {
		t.Helper()
		e, err := New(opts...)
		require.NoError(t, err)
		a, err := e.FromText(strings.NewReader(page), Source{})
		require.NoError(t, err)
		assert.Equal(t, "Storm closes the harbour for a week", a.Title)
		assert.Equal(t, "Jane Doe", a.Byline)
		return a
	}
	removedAs := func(a *Article, rule string) []string {
		var texts []string
		for _, r := range a.Removed {
			if r.Rule == rule {
				texts = append(texts, r.Text)
			}
		}
		return texts
	}

	a := read(publisherPage)
	assert.Empty(t, a.Site)
	assert.Equal(t, []string{"Harbour Bugle"}, removedAs(a, RuleSectionLabel))
	a = read(publisherPage, WithPublishers("  harbour   BUGLE "))
	assert.Equal(t, "Harbour Bugle", a.Site, "compared after normalisation")
	assert.Empty(t, a.Removed)

	a = read(aggregatorPage)
	assert.Equal(t, "Harbour News Hub", a.Site, "read as a masthead")
	a = read(aggregatorPage, WithAggregators("Harbour News Hub"))
	assert.Empty(t, a.Site, "an aggregator is not the article's site")
	assert.Equal(t, []string{"Harbour News Hub"}, removedAs(a, RuleAggregatorName))

	caption := "The outer wall of the harbour after the storm"
	a = read(captionPage)
	assert.Empty(t, a.Captions)
	assert.Contains(t, blockTexts(a.Body), "Pictured: "+caption)
	a = read(captionPage, WithCaptionLabels("Pictured:"))
	assert.Equal(t, []Caption{{Text: caption}}, a.Captions)
	assert.NotContains(t, blockTexts(a.Body), "Pictured: "+caption)
	assert.Len(t, a.Body, 3, "the body paragraphs stay")

	assert.False(t, defaultVocabulary().isPublisher("Harbour Bugle"), "an option changed the default vocabulary")
	assert.False(t, defaultVocabulary().isAggregator("Harbour News Hub"), "an option changed the default vocabulary")
	assert.False(t, defaultVocabulary().hasCaptionLabel("Pictured: "+caption), "an option changed the default vocabulary")

	for _, tc := range []struct {
		opt  Option
		want string
	}{
		{WithPublishers("Harbour Bugle", " "), `WithPublishers: name " ": want letters or digits`},
		{WithAggregators("—"), `WithAggregators: name "—": want letters or digits`},
		{WithCaptionLabels(""), `WithCaptionLabels: caption label "": want a word or mark`},
	} {
		_, err := New(tc.opt)
		assert.ErrorContains(t, err, tc.want)
	}
	// Names the defaults have already are no error.
	_, err := New(WithPublishers("BBC"), WithAggregators("MSN"), WithCaptionLabels("Image caption,"))
	assert.NoError(t, err)
}

// TestVocabulariesApart runs two Extractors with different vocabularies
// and the default one side by side; each reads every page as it does
// alone. Run it with -race to check they share nothing they write.
func TestVocabulariesApart(t *testing.T) {
	bugle, err := New(WithPublishers("Harbour Bugle"), WithCaptionLabels("Pictured:"))
	require.NoError(t, err)
	hub, err := New(WithAggregators("Harbour News Hub"), WithPublishers("Harbour Herald"))
	require.NoError(t, err)
	type run struct {
		e    *Extractor
		page string
		site string
		caps int
	}
	runs := []run{
		{bugle, publisherPage, "Harbour Bugle", 0},
		{bugle, aggregatorPage, "Harbour News Hub", 0},
		{bugle, captionPage, "", 1},
		{hub, publisherPage, "", 0},
		{hub, aggregatorPage, "", 0},
		{hub, captionPage, "", 0},
		{Default(), publisherPage, "", 0},
		{Default(), aggregatorPage, "Harbour News Hub", 0},
		{Default(), captionPage, "", 0},
	}
	var wg sync.WaitGroup
	for range 8 {
		for _, r := range runs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a, err := r.e.FromText(strings.NewReader(r.page), Source{})
				if assert.NoError(t, err) {
					assert.Equal(t, r.site, a.Site, r.page[:20])
					assert.Len(t, a.Captions, r.caps, r.page[:20])
				}
			}()
		}
	}
	wg.Wait()
}

func blockTexts(bs []clean.Block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return out
}

// A whole page copied from a browser, menu and most-read list and all,
// takes the page path of the text reader: the options reach it too.
func TestVocabularyOptionsWholePage(t *testing.T) {
	page := "Home\nLocal\nSport\nWeather\nLetters\nJobs\nMotors\nPlaces\nTides\nEvents\n\n" +
		"Storm closes the harbour for a week\n\nBy Jane Doe\nHarbour Bugle\n\n" + harbourBody +
		"\n\nPictured: The outer wall of the harbour after the storm\n\n" +
		"The council meets on Friday to decide who pays for the repairs to the wall, and the port authority expects to reopen the channel to boats by the end of next week." +
		"\n\nMost read\nFerry timetable changes for the winter\nLifeboat crew called out twice in one night\nNew fish market opens on the quay\nSchool wins regional rowing race\n"
	src := Source{URL: "https://harbourbugle.example/news/storm-closes-harbour"}
	read := func(opts ...Option) *Article {
		t.Helper()
		e, err := New(opts...)
		require.NoError(t, err)
		a, err := e.FromText(strings.NewReader(page), src)
		require.NoError(t, err)
		assert.Equal(t, "Storm closes the harbour for a week", a.Title)
		assert.Equal(t, "Jane Doe", a.Byline)
		require.NotEmpty(t, a.Removed)
		assert.Equal(t, RuleOutsideArticle, a.Removed[0].Rule, "read as a whole page")
		return a
	}
	caption := "The outer wall of the harbour after the storm"

	a := read()
	assert.Empty(t, a.Site)
	assert.Contains(t, a.Removed, clean.Removal{Rule: RuleHeaderClutter, Kind: clean.Nav, Text: "Harbour Bugle"})
	assert.Empty(t, a.Captions)
	assert.Contains(t, blockTexts(a.Body), "Pictured: "+caption)

	a = read(WithPublishers("Harbour Bugle"), WithCaptionLabels("Pictured:"))
	assert.Equal(t, "Harbour Bugle", a.Site)
	assert.NotContains(t, a.Removed, clean.Removal{Rule: RuleHeaderClutter, Kind: clean.Nav, Text: "Harbour Bugle"})
	assert.Equal(t, []Caption{{Text: caption}}, a.Captions)
	assert.Len(t, a.Body, 3)
	assert.NotContains(t, blockTexts(a.Body), "Pictured: "+caption)
}

// On an HTML page a site name that is an aggregator's gives way to the
// publisher the page's JSON-LD names as the article's provider.
func TestWithAggregatorsHTML(t *testing.T) {
	page := `<!doctype html><html><head><title>Storm closes the harbour for a week</title>
<meta property="og:site_name" content="Harbour News Hub">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes the harbour for a week","provider":{"@type":"Organization","name":"Harbour Bugle"}}</script>
</head><body><article><h1>Storm closes the harbour for a week</h1>
<p>The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, the port authority said, after waves broke over the outer wall and left the channel full of debris.</p>
<p>Fishing crews who moor in the inner basin said they had not seen a storm like it in twenty years, and several asked the council for help with repairs before the season starts.</p>
<p>The council meets on Friday to decide who pays for the repairs to the wall, and the port authority expects to reopen the channel to boats by the end of next week.</p>
</article></body></html>`
	for _, tc := range []struct {
		opts []Option
		site string
	}{
		{nil, "Harbour News Hub"},
		{[]Option{WithAggregators("Harbour News Hub")}, "Harbour Bugle"},
	} {
		e, err := New(tc.opts...)
		require.NoError(t, err)
		a, err := e.FromHTML(strings.NewReader(page), Source{URL: "https://hub.example/harbour/storm"})
		require.NoError(t, err)
		assert.Equal(t, tc.site, a.Site)
	}
}
