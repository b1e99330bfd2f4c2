package clean

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// updating reports whether this run rewrites golden files: with -update, or
// with DECLUTTER_UPDATE=1 as for every package of the module.
func updating() bool {
	on, _ := strconv.ParseBool(os.Getenv("DECLUTTER_UPDATE"))
	return *update || on
}

// TestDefaultRulesListing pins the default rule set in one file that reads
// as a table: a change to rules/*.rules shows up as a diff of it, to read
// in review. Rewrite it with: go test -update
func TestDefaultRulesListing(t *testing.T) {
	var b strings.Builder
	for _, r := range Default() {
		scope := ""
		if len(r.Hosts) > 0 {
			scope += " hosts=" + strings.Join(r.Hosts, ",")
		}
		if r.Signature != "" {
			scope += " signature=" + fmt.Sprintf("%q", r.Signature)
		}
		fmt.Fprintf(&b, "%-40s %-9s %-8s maxlen=%-4d %s%s\n", r.Name, r.Action, r.Match, r.maxLen(), r.Pattern, scope)
	}
	const path = "testdata/default-rules.txt"
	if updating() {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	if string(want) == b.String() {
		return
	}
	had := map[string]bool{}
	for _, l := range strings.Split(string(want), "\n") {
		had[l] = true
	}
	has := map[string]bool{}
	for _, l := range strings.Split(b.String(), "\n") {
		has[l] = true
		if !had[l] {
			t.Errorf("+ %s", l)
		}
	}
	for _, l := range strings.Split(string(want), "\n") {
		if !has[l] {
			t.Errorf("- %s", l)
		}
	}
	t.Errorf("the default rules changed: rewrite %s with -update and read the diff", path)
}

func TestDefaultRuleNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Default() {
		assert.False(t, seen[r.Name], "duplicate rule name %s", r.Name)
		seen[r.Name] = true
		assert.True(t, strings.HasPrefix(r.Name, string(r.Kind)+"/"), "%s is not named after its kind %s", r.Name, r.Kind)
	}
}

func TestDefaultIsAFreshCopy(t *testing.T) {
	a := Default()
	a[0].Pattern = "changed"
	a[0].Hosts = append(a[0].Hosts, "example.com")
	b := Default()
	assert.NotEqual(t, "changed", b[0].Pattern)
	assert.Empty(t, b[0].Hosts)
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"orphan drop exact x", "line 1"},
		{"kind promo\nx explode exact y", "line 2: rule \"x\": unknown action"},
		{"kind promo\nx drop fuzzy y", "unknown match"},
		{"kind nonsense", "unknown kind"},
		{"kind promo\nmaxlen -3", "negative"},
		{"kind promo\nx drop regexp (", ""},
	} {
		rs, err := Parse(strings.NewReader(tt.src))
		if tt.want == "" {
			// Parse accepts it; Compile rejects the bad regexp.
			require.NoError(t, err)
			_, err = Compile(rs)
			assert.Error(t, err, tt.src)
			continue
		}
		require.Error(t, err, tt.src)
		assert.Contains(t, err.Error(), tt.want)
	}
}
