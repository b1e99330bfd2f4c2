package extract

import (
	"strings"
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
	assert.Len(t, v.zones["IST"], 3)

	for _, tc := range []struct{ file, src, want string }{
		{"classwords.txt", "gossip share social\n", `vocabulary/classwords.txt:1: want KIND WORD..., got "gossip share social"`},
		{"roles.txt", "# roles\nnav\n", `vocabulary/roles.txt:2: want KIND WORD...`},
		{"timezones.txt", "IST 5.5\n", `vocabulary/timezones.txt:1: offset "5.5": want a sign, hours and minutes`},
		{"timezones.txt", "ist +05:30\n", `time-zone abbreviation "ist": want capitals`},
	} {
		fsys := fstest.MapFS{}
		for _, name := range []string{"classwords.txt", "roles.txt", "captionlabels.txt", "timezones.txt"} {
			fsys["vocabulary/"+name] = &fstest.MapFile{}
		}
		fsys["vocabulary/"+tc.file] = &fstest.MapFile{Data: []byte(tc.src)}
		_, err := readVocabulary(fsys)
		if assert.Error(t, err, tc.src) {
			assert.Contains(t, err.Error(), tc.want)
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
