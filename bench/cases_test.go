package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// writeFiles creates files (name → content) in a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const casePage = `<!doctype html><html><head><meta charset="iso-8859-1">
<title>Bridge opens after three years | Daily Planet</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge opens after three years</h1>
<p class="byline">By Jane Doe</p>
<p>The new bridge over the river opened on Monday morning, three years after the old one was closed for repairs that never began.</p>
<p>Hundreds of residents walked across it before the first cars were allowed on, many of them carrying flags and flasks of coffee.</p>
<p>The council said the crossing had cost less than planned and would carry twelve thousand vehicles a day by the end of the year.</p>
<p>Shops on both banks reported their busiest morning in a decade, and a bakery near the eastern ramp sold out before nine o'clock.</p>
</article><footer>© Daily Planet · Grüße</footer></body></html>`

const caseText = `Skip to content
Home
News
Bridge opens after three years
By Jane Doe

The new bridge over the river opened on Monday morning, three years after the old one was closed for repairs that never began.

Hundreds of residents walked across it before the first cars were allowed on, many of them carrying flags and flasks of coffee.

The council said the crossing had cost less than planned and would carry twelve thousand vehicles a day by the end of the year.

Shops on both banks reported their busiest morning in a decade, and a bakery near the eastern ramp sold out before nine o'clock.
`

const caseExpected = `{"title": "Bridge opens after three years", "byline": "Jane Doe",
 "lead": [],
 "body": ["The new bridge over the river opened on Monday morning, three years after the old one was closed for repairs that never began.",
  "Hundreds of residents walked across it before the first cars were allowed on, many of them carrying flags and flasks of coffee.",
  "The council said the crossing had cost less than planned and would carry twelve thousand vehicles a day by the end of the year.",
  "Shops on both banks reported their busiest morning in a decade, and a bakery near the eastern ramp sold out before nine o'clock."],
 "captions": [], "language": "en"}`

func TestLoadCases(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.html":          casePage,
		"a.txt":           caseText,
		"a.expected.json": caseExpected,
		"b.txt":           caseText,
		"b.expected.json": `{"body": ["x"]}`,
		"c.html":          "<p>no expectation: ignored</p>",
		"manifest.tsv":    "file\turl\tcontent_type\na\thttps://example.com/news/bridge-opens\ttext/html; charset=utf-8\nb.txt\thttps://example.com/b\t\n",
	})
	cases, err := loadCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Name != "a" || cases[1].Name != "b" {
		t.Fatalf("loaded %d cases: %+v", len(cases), cases)
	}
	a, b := cases[0], cases[1]
	if a.HTML == nil || a.Text == nil || b.HTML != nil || b.Text == nil {
		t.Errorf("inputs: a html %t text %t, b html %t text %t", a.HTML != nil, a.Text != nil, b.HTML != nil, b.Text != nil)
	}
	if a.URL != "https://example.com/news/bridge-opens" || a.ContentType != "text/html; charset=utf-8" {
		t.Errorf("a from manifest: %q %q", a.URL, a.ContentType)
	}
	if b.URL != "https://example.com/b" || b.ContentType != "" {
		t.Errorf("b from manifest (file column with extension): %q %q", b.URL, b.ContentType)
	}
	// Missing keys stay nil: not scored.
	if b.Want.Title != nil || b.Want.Byline != nil || b.Want.Lead != nil || b.Want.Captions != nil || b.Want.Body == nil {
		t.Errorf("b expectation: %+v", b.Want)
	}
	if ps, ok := b.Want.paragraphs(); !ok || len(ps) != 1 {
		t.Errorf("b paragraphs = %q, %t", ps, ok)
	}
}

func TestLoadCasesErrors(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"no expectations":    {"a.html": casePage},
		"no input":           {"a.expected.json": caseExpected},
		"bad json":           {"a.txt": caseText, "a.expected.json": "{"},
		"manifest sans file": {"a.txt": caseText, "a.expected.json": caseExpected, "manifest.tsv": "name\turl\na\tx\n"},
	} {
		if _, err := loadCases(writeFiles(t, files)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestCaseContentType(t *testing.T) {
	declared := &Case{ContentType: "text/html; charset=windows-1252"}
	if got := caseContentType(declared, "text/html; charset=utf-8"); got != declared.ContentType {
		t.Errorf("manifest column lost to the flag: %q", got)
	}
	if got := caseContentType(&Case{}, "text/html; charset=utf-8"); got != "text/html; charset=utf-8" {
		t.Errorf("flag ignored: %q", got)
	}
	if got := caseContentType(&Case{}, ""); got != "" {
		t.Errorf("nothing declared: %q", got)
	}
	if !declaresUTF8("text/html; charset=UTF-8") || declaresUTF8("text/html") || declaresUTF8("") {
		t.Error("declaresUTF8")
	}
}

// TestRunCases runs declutter on both paths of a small page and checks the
// scores end to end.
func TestRunCases(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.html": casePage, "a.txt": caseText, "a.expected.json": caseExpected,
		"manifest.tsv": "file\turl\na\thttps://example.com/news/bridge-opens\n",
	})
	cases, err := loadCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	runners, err := caseRunners("declutter")
	if err != nil || len(runners) != 2 {
		t.Fatalf("runners: %d, %v", len(runners), err)
	}
	for _, r := range runners {
		// The page declares Latin-1 but its bytes are UTF-8: a crawler that
		// knows its bytes says so.
		res := runCases(r, cases, "text/html; charset=utf-8")
		s := res.All
		if s.Pages != 1 || s.Errors != 0 || s.BodyPages != 1 {
			t.Fatalf("%s: %+v", r.Path, s)
		}
		if s.F1 < 0.95 || s.ParaExact != 4 || s.TitleOK != 1 || s.BylineOK != 1 {
			t.Errorf("%s path: F1 %.3f, paragraphs %d/4, title %d, byline %d; page %+v",
				r.Path, s.F1, s.ParaExact, s.TitleOK, s.BylineOK, res.PerPage[0])
		}
		if half := halfOf("a"); (half == Tune) != (res.Tune.Pages == 1) || res.Tune.Pages+res.Check.Pages != 1 {
			t.Errorf("halves: tune %d, check %d", res.Tune.Pages, res.Check.Pages)
		}
		if r.Path == pathText && res.PerPage[0].TitleShown != true {
			t.Error("title shown in the text not noticed")
		}
	}

	// The floor keeps every line: full recall, poor precision, no title.
	floor := runCases(caseRunner{Name: "every-line", Path: pathText, Run: everyLine}, cases, "")
	if s := floor.All; s.R != 1 || s.P > 0.95 || s.TitleOK != 0 {
		t.Errorf("every-line: %+v", s)
	}
}

// TestCaseReport checks that the report names both halves and both paths,
// and that the TSV and misses files are written.
func TestCaseReport(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.html": casePage, "a.txt": caseText, "a.expected.json": caseExpected,
		"b.txt": "Menu\nLogin\n", "b.expected.json": `{"title": "Other", "body": ["Something else entirely was written here."]}`,
	})
	cases, err := loadCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	runners, _ := caseRunners("declutter")
	cr := &CasesReport{Dir: dir, Pages: len(cases)}
	for _, r := range runners {
		cr.Results = append(cr.Results, runCases(r, cases, ""))
	}
	var md bytes.Buffer
	cr.writeCases(&md)
	cr.writePages(&md)
	for _, want := range []string{"HTML path", "Text path", "| declutter | tune |", "| declutter | check |", "| b | ", "✗ «"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, md.String())
		}
	}

	tsv := filepath.Join(t.TempDir(), "pages.tsv")
	if err := writeCasesTSV(tsv, cr); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(tsv)
	if rows := strings.Count(string(raw), "\n"); rows != 1+3 { // header, a html, a text, b text
		t.Errorf("TSV has %d lines:\n%s", rows, raw)
	}
	files, err := writeCaseMisses(filepath.Join(t.TempDir(), "m"), cr)
	if err != nil || len(files) != 2 {
		t.Fatalf("misses: %q, %v", files, err)
	}
	text, _ := os.ReadFile(files[1])
	if !strings.Contains(string(text), `"page":"b"`) {
		t.Errorf("text misses lack page b:\n%s", text)
	}
}

func TestNodeBlocks(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><h2>Crosshead</h2><p>One <b>bold</b>
	word.</p><ul><li>first</li><li>second</li></ul><div>Inline <a href="#">link</a> text<br>after break</div><script>x()</script></body>`))
	if err != nil {
		t.Fatal(err)
	}
	got := nodeBlocks(doc)
	want := []string{"Crosshead", "One bold word.", "first", "second", "Inline link text", "after break"}
	if !slices.Equal(got, want) {
		t.Errorf("nodeBlocks = %q, want %q", got, want)
	}
}
