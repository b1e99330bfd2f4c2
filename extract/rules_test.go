package extract_test

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rulesPage has a body, a share control and a "Read more" line between its
// paragraphs.
const rulesPage = "Council approves riverside park\n\n" +
	"The council approved plans for a riverside park on Thursday evening, after a long debate in the chamber.\n\n" +
	"Share\n\n" +
	"Read more: Mayor promises new bridge\n\n" +
	"Work will start in the spring and should be finished within two years, the council said on Friday."

func removedBy(t *testing.T, e *extract.Extractor) map[string]string {
	t.Helper()
	a, err := e.FromText(strings.NewReader(rulesPage), extract.Source{})
	require.NoError(t, err)
	by := map[string]string{}
	for _, r := range a.Removed {
		by[r.Text] = r.Rule
	}
	return by
}

func TestRuleOptions(t *testing.T) {
	ours := clean.Rule{Name: "nav/our-controls", Kind: clean.Nav, Match: clean.Regexp, Pattern: `^(share|read more:)`}
	for _, tc := range []struct {
		name string
		opts []extract.Option
		want map[string]string // removed text → rule
	}{
		{"defaults", nil, map[string]string{
			"Share": "share/share", "Read more: Mayor promises new bridge": "related/read-more-colon",
		}},
		{"a user rule wins where both match", []extract.Option{extract.WithRules(ours)}, map[string]string{
			"Share": "nav/our-controls", "Read more: Mayor promises new bridge": "nav/our-controls",
		}},
		{"one default off", []extract.Option{extract.WithoutRules("share/share")}, map[string]string{
			"Read more: Mayor promises new bridge": "related/read-more-colon",
		}},
		{"no defaults", []extract.Option{extract.WithoutDefaultRules()}, map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := extract.New(tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.want, removedBy(t, e))
		})
	}
}

func TestRuleOptionErrors(t *testing.T) {
	for _, tc := range []struct {
		opts []extract.Option
		want string
	}{
		{[]extract.Option{extract.WithoutRules("share/share", "share/no-such-rule")}, `WithoutRules: no default rule is named "share/no-such-rule"`},
		{[]extract.Option{extract.WithoutDefaultRules(), extract.WithoutRules("share/share")}, `no default rule is named "share/share"`},
		{[]extract.Option{extract.WithRules(clean.Rule{Name: "share/share", Kind: clean.Share, Pattern: "Share it"})}, "rule share/share: the name is taken"},
	} {
		_, err := extract.New(tc.opts...)
		if assert.Error(t, err) {
			assert.Contains(t, err.Error(), tc.want)
		}
	}
	_, err := extract.New(extract.WithoutRules("share/share"), extract.WithRules(clean.Rule{Name: "share/share", Kind: clean.Share, Pattern: "Share it"}))
	assert.NoError(t, err, "a default turned off may be replaced under its name")
}
