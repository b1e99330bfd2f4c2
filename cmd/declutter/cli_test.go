package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/extracttest"
)

const (
	textPage = "../../testdata/text/inkl-independent-starmer.txt"
	htmlPage = "../../testdata/html/bbc.html"
	cnnPage  = "../../testdata/text/cnn-portland-heat-dome.txt"
)

// library extracts page with the library itself, as the command should.
func library(t *testing.T, page string, from func(*extract.Extractor, io.Reader, extract.Source) (*extract.Article, error), src extract.Source) *extract.Article {
	t.Helper()
	f, err := os.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := from(extract.Default(), f, src)
	if err != nil {
		t.Fatalf("extracting %s: %v", page, err)
	}
	return a
}

func libraryJSON(t *testing.T, a *extract.Article) string {
	t.Helper()
	data, err := extracttest.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestJSONIsTheArticle(t *testing.T) {
	for _, tc := range []struct {
		page string
		from func(*extract.Extractor, io.Reader, extract.Source) (*extract.Article, error)
	}{
		{textPage, (*extract.Extractor).FromText},
		{htmlPage, (*extract.Extractor).FromHTML},
	} {
		t.Run(filepath.Base(tc.page), func(t *testing.T) {
			got := declutter(t, "", "", "-o", "json", tc.page).want(t, exitOK)
			if want := libraryJSON(t, library(t, tc.page, tc.from, extract.Source{})); got.stdout != want {
				t.Errorf("-o json printed\n%s\nwant the library's Article\n%s", got.stdout, want)
			}
			if got.stderr != "" {
				t.Errorf("stderr: %s", got.stderr)
			}
		})
	}
}

func TestTextIsReadable(t *testing.T) {
	got := declutter(t, "", "", textPage).want(t, exitOK).stdout
	a := library(t, textPage, (*extract.Extractor).FromText, extract.Source{})
	lines := strings.Split(got, "\n")
	if lines[0] != a.Title {
		t.Errorf("first line %q, want the title %q", lines[0], a.Title)
	}
	if want := "By Millie Cooke · The Independent UK"; lines[1] != want {
		t.Errorf("second line %q, want %q", lines[1], want)
	}
	// Every paragraph, then every caption with its credit, in order.
	var parts []string
	for _, b := range a.Body {
		parts = append(parts, "\n\n"+b.Text+"\n") // a whole paragraph
	}
	for _, c := range a.Captions {
		parts = append(parts, c.Text+" ("+c.Credit+")")
	}
	rest := got
	for _, p := range parts {
		i := strings.Index(rest, p)
		if i < 0 {
			t.Fatalf("text output lacks, or misorders, %q\n%s", p, got)
		}
		rest = rest[i+len(p)-1:] // the newline may start the next paragraph
	}
	for _, clutter := range []string{"Get all your news in one place.", "Sign up to read this article"} {
		if strings.Contains(got, clutter) {
			t.Errorf("text output holds clutter %q", clutter)
		}
	}
}

func TestMarkdownIsArticleMarkdown(t *testing.T) {
	got := declutter(t, "", "", "-o", "markdown", htmlPage).want(t, exitOK).stdout
	if want := library(t, htmlPage, (*extract.Extractor).FromHTML, extract.Source{}).Markdown(); got != want {
		t.Errorf("-o markdown printed\n%s\nwant Article.Markdown\n%s", got, want)
	}
}

func TestRemovedSaysWhatAndWhy(t *testing.T) {
	plain := declutter(t, "", "", textPage).want(t, exitOK).stdout
	if strings.Contains(plain, "promo/inkl-header") {
		t.Errorf("removals shown without -removed:\n%s", plain)
	}
	for _, output := range []string{"text", "markdown"} {
		t.Run(output, func(t *testing.T) {
			got := declutter(t, "", "", "-removed", "-o", output, textPage).want(t, exitOK).stdout
			for _, want := range []string{"promo/inkl-header", "Get all your news in one place.", "paywall/sign-up-to-read"} {
				if !strings.Contains(got, want) {
					t.Errorf("-removed output lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

func TestStandardInput(t *testing.T) {
	for _, page := range []string{textPage, htmlPage} {
		t.Run(filepath.Base(page), func(t *testing.T) {
			want := libraryJSON(t, library(t, page, (*extract.Extractor).From, extract.Source{}))
			for _, args := range [][]string{{"-o", "json", "-"}, {"-o", "json"}} {
				got := declutter(t, "", read(t, page), args...).want(t, exitOK)
				if got.stdout != want {
					t.Errorf("declutter %s < page: got\n%s\nwant\n%s", strings.Join(args, " "), got.stdout, want)
				}
			}
		})
	}
}

func TestSourceFlags(t *testing.T) {
	const url = "https://edition.cnn.com/2025/08/14/weather/portland-heat"
	got := declutter(t, "", read(t, cnnPage), "-o", "json", "-url", url, "-content-type", "text/plain; charset=utf-8").want(t, exitOK)
	want := libraryJSON(t, library(t, cnnPage, (*extract.Extractor).FromText, extract.Source{URL: url}))
	if got.stdout != want {
		t.Errorf("-url and -content-type text/plain on stdin: got\n%s\nwant\n%s", got.stdout, want)
	}
}

func TestFormatOverridesExtension(t *testing.T) {
	// A text page saved under an .html name is read as HTML by default and
	// as the text it is with -format text; -format html reads a .txt as HTML.
	saved := filepath.Join(t.TempDir(), "saved.html")
	if err := os.WriteFile(saved, []byte(read(t, textPage)), 0o644); err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{}
	for _, tc := range []struct {
		page string
		args []string
		from func(*extract.Extractor, io.Reader, extract.Source) (*extract.Article, error)
	}{
		{saved, nil, (*extract.Extractor).FromHTML},
		{saved, []string{"-format", "text"}, (*extract.Extractor).FromText},
		{textPage, []string{"-format", "html"}, (*extract.Extractor).FromHTML},
	} {
		res := declutter(t, "", "", append(tc.args, "-o", "json", tc.page)...)
		a, err := tc.from(extract.Default(), strings.NewReader(read(t, tc.page)), extract.Source{})
		if err != nil {
			if res.code != exitFailed || !strings.Contains(res.stderr, err.Error()) {
				t.Errorf("%v %s: exit %d, stderr %q; want exit 1 and %q", tc.args, tc.page, res.code, res.stderr, err)
			}
			continue
		}
		if want := libraryJSON(t, a); res.stdout != want {
			t.Errorf("%v %s: got\n%s\nwant\n%s", tc.args, tc.page, res.stdout, want)
		}
		outputs[strings.Join(tc.args, " ")] = res.stdout + res.stderr
	}
	if outputs[""] == outputs["-format text"] {
		t.Error("reading the page as HTML and as text gave the same output; the test proves nothing")
	}
}

func TestRulesFile(t *testing.T) {
	const signOff = "CNN’s Marisol Grant contributed to this report."
	if !strings.Contains(declutter(t, "", "", cnnPage).want(t, exitOK).stdout, signOff) {
		t.Fatalf("the default rules already drop %q; pick another line", signOff)
	}
	rules := filepath.Join(t.TempDir(), "cnn.rules")
	const ruleFile = "# Our own rules.\nkind legal\ncontributed  drop  contains  contributed to this report\n"
	if err := os.WriteFile(rules, []byte(ruleFile), 0o644); err != nil {
		t.Fatal(err)
	}
	got := declutter(t, "", "", "-rules", rules, "-removed", cnnPage).want(t, exitOK).stdout
	body, removed, _ := strings.Cut(got, "\nRemoved:\n")
	if strings.Contains(body, signOff) {
		t.Errorf("the rule did not drop %q:\n%s", signOff, body)
	}
	if !strings.Contains(removed, "[legal/contributed] "+signOff) {
		t.Errorf("-removed does not name the rule:\n%s", removed)
	}

	bad := filepath.Join(t.TempDir(), "bad.rules")
	if err := os.WriteFile(bad, []byte("kind legal\noops  explode  exact  x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := declutter(t, "", "", "-rules", bad, cnnPage).want(t, exitUsage)
	if !strings.Contains(res.stderr, bad+":2: ") {
		t.Errorf("a bad rules file should name its file and line; stderr: %s", res.stderr)
	}
}

func TestCheckRules(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.rules", `kind related
our-read-more  drop  regexp  ^read more:
example: Read more: Starmer to meet Zelensky in Kyiv
counter: Readers can read more: the report is online.
`)
	failing := write("failing.rules", `kind related
our-read-more  drop  regexp  ^read more:
example: Read more about it
counter: Read more: the report urged readers
`)
	broken := write("broken.rules", "kind related\n\nread-more  drop  regexp  ^read (more\n")
	taken := write("taken.rules", "kind share\nshare  drop  exact  Share it\nexample: Share it\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string // lines, on stdout for exitOK, else on stderr
	}{
		{"passes", []string{good}, exitOK, []string{good + ": 1 rules, 2 examples and counters pass"}},
		{"examples fail", []string{failing}, exitFailed, []string{
			"declutter: " + failing + ":3: related/our-read-more: example does not match: Read more about it",
			"declutter: " + failing + ":4: related/our-read-more: counter matches: Read more: the report urged readers",
		}},
		{"takes a default's name", []string{taken}, exitFailed, []string{
			"declutter: rules/share.rules:4: rule share/share: the name is taken by the rule at " + taken + ":2",
		}},
		{"does not compile", []string{broken}, exitFailed, []string{
			"declutter: " + broken + ":3: rule related/read-more: regexp \"^read (more\": missing closing ): `^read (more`",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var args []string
			for _, path := range tc.args {
				args = append(args, "-check-rules", path)
			}
			res := declutter(t, "", "", args...).want(t, tc.code)
			out := res.stderr
			if tc.code == exitOK {
				out = res.stdout
			}
			if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("declutter %s printed\n%s\nwant\n%s", strings.Join(args, " "), out, strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestOnePageErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	res := declutter(t, "", "", missing).want(t, exitFailed)
	if res.stdout != "" || !strings.Contains(res.stderr, missing) {
		t.Errorf("stdout %q, stderr %q", res.stdout, res.stderr)
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	res = declutter(t, "", "", empty).want(t, exitFailed)
	if !strings.Contains(res.stderr, "no article content") {
		t.Errorf("stderr %q", res.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-o", "pdf", textPage},
		{"-format", "xml", textPage},
		{"-j", "0", textPage},
		{"-j", "many", textPage},
		{"-no-such-flag", textPage},
		{"-", "-"},
		{"-rules", filepath.Join(t.TempDir(), "missing.rules"), textPage},
	} {
		res := declutter(t, "", "", args...)
		if res.code != exitUsage {
			t.Errorf("declutter %s: exit %d, want %d", strings.Join(args, " "), res.code, exitUsage)
		}
		if res.stdout != "" || res.stderr == "" || strings.Count(res.stderr, "\n") > 30 {
			t.Errorf("declutter %s: want a short message on stderr only; stdout %q, stderr %q", strings.Join(args, " "), res.stdout, res.stderr)
		}
	}
}

func TestFlagsAfterPaths(t *testing.T) {
	got := declutter(t, "", "", textPage, "-o", "json").want(t, exitOK)
	if want := libraryJSON(t, library(t, textPage, (*extract.Extractor).FromText, extract.Source{})); got.stdout != want {
		t.Errorf("flags after the path were not applied:\n%s", got.stdout)
	}
	// After "--" everything is a path.
	res := declutter(t, "", "", "-o", "json", "--", textPage, "-removed")
	if res.code != exitFailed || !strings.Contains(res.stdout, `"path":"-removed","error"`) {
		t.Errorf("after --, -removed should be a (missing) page: exit %d\n%s", res.code, res.stdout)
	}
}

func TestVersion(t *testing.T) {
	res := declutter(t, "", "", "-version").want(t, exitOK)
	if !strings.HasPrefix(res.stdout, "declutter ") || strings.Count(res.stdout, "\n") != 1 || len(res.stdout) < len("declutter x\n") {
		t.Errorf("-version printed %q", res.stdout)
	}
}

// TestReadmeFirstCommand runs the README's first command from the module
// root: go run ./cmd/declutter testdata/text/inkl-independent-starmer.txt.
func TestReadmeFirstCommand(t *testing.T) {
	res := declutter(t, "../..", "", "testdata/text/inkl-independent-starmer.txt").want(t, exitOK)
	if !strings.HasPrefix(res.stdout, "Trump has ‘brought us closer than ever to ending Ukraine war’") {
		t.Errorf("output does not start with the title:\n%.300s", res.stdout)
	}
}
