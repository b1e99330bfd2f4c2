package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
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

func TestDefaultRulesPassTheirExamples(t *testing.T) {
	rs := Default()
	for _, r := range rs {
		assert.NotEmpty(t, r.Examples, "%s: rule %s has no example", r.Source, r.Name)
	}
	if err := Check(rs); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			t.Error(line)
		}
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"orphan drop exact x", "line 1"},
		{"kind promo\nx explode exact y", "line 2: rule \"x\": unknown action"},
		{"kind promo\nx drop fuzzy y", "line 2: rule \"x\": unknown match"},
		{"kind nonsense", "line 1: unknown kind \"nonsense\""},
		{"kind promo\nmaxlen -3", "line 2: maxlen -3 is negative"},
		{"kind promo\nmaxlen abc", `line 2: maxlen "abc": want a number of characters`},
		{"kind promo\nmaxlen 99999999999999999999", "line 2: maxlen 99999999999999999999 is too large"},
		{"kind promo\nx drop regexp (", "line 2: rule promo/x: regexp \"(\": missing closing )"},
		{"kind promo\nx drop regexp ^a\tb", "line 2: rule promo/x: regexp \"^a\\tb\": has '\\t'"},
		{"kind promo\nx drop regexp ^a  b", "line 2: rule promo/x: regexp \"^a  b\": has two spaces in a row"},
		{"kind promo\nx drop regexp (foo)?", "line 2: rule promo/x: regexp \"(foo)?\": matches an empty block"},
		{"kind promo\nx drop exact a\n\ny drop exact b\nx drop exact c", "line 5: rule promo/x: the name is taken by the rule at rules line 2"},
		{"kind promo\nexample: Foo", "line 2: \"example:\" comes before any rule"},
		{"kind promo\nx drop exact a\nexample:", "line 3: empty \"example:\""},
		{"kind promo\nexamples: a b", "line 2: unknown line \"examples:\""},
	} {
		_, err := Parse(strings.NewReader(tt.src))
		if assert.Error(t, err, tt.src) {
			assert.Contains(t, err.Error(), tt.want, tt.src)
		}
	}
}

func TestParseFileNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "site.rules")
	require.NoError(t, os.WriteFile(path, []byte("kind promo\n\nx drop regexp (\n"), 0o644))
	_, err := ParseFile(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path+":3: rule promo/x: regexp")

	require.NoError(t, os.WriteFile(path, []byte("kind promo\nx drop exact Tap to read\nexample: Tap to read\n"), 0o644))
	rs, err := ParseFile(path)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, path+":2", rs[0].Source)
	assert.Equal(t, []string{"Tap to read"}, rs[0].Examples)
}

func TestCheck(t *testing.T) {
	src := `kind related
read-more  drop  regexp  ^read more:
example: Read more: Starmer to meet Zelensky
example: Read more about it
counter: Read more: the report urged readers
counter: Readers can read more: here
hosts example.com
site-only  drop  exact  Follow us
example: Follow us
`
	rs, err := Parse(strings.NewReader(src))
	require.NoError(t, err)
	err = Check(rs)
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Equal(t, []string{
		"clean: rules line 4: related/read-more: example does not match: Read more about it",
		"clean: rules line 5: related/read-more: counter matches: Read more: the report urged readers",
	}, lines, "the host-scoped rule is checked on a page of its host")
}
