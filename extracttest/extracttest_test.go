package extracttest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

const pageName = "harbour-ferry.txt"

// pageCopy copies the package's own page, its golden file and its
// assertions into a fresh folder, to spoil them there.
func pageCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	page := filepath.Join("testdata", "pages", pageName)
	for _, src := range []string{page, GoldenPath(page), ExpectPath(page)} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(src)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, pageName)
}

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckPagePasses(t *testing.T) {
	page := pageCopy(t)
	if rep := checkPage(extract.Default(), page, config{}); rep.failures != nil || rep.notes != nil {
		t.Errorf("a page matching its golden file: %+v", rep)
	}
}

func TestCheckPageReportsGoldenDifferences(t *testing.T) {
	page := pageCopy(t)
	golden := GoldenPath(page)
	edit(t, golden, `"Ada Fenwick",`, `"Ada Fenwick-Hale",`)
	edit(t, golden, "from next week", "from next month")
	rep := checkPage(extract.Default(), page, config{})
	if len(rep.failures) != 1 {
		t.Fatalf("failures %q, want one report", rep.failures)
	}
	for _, want := range []string{
		golden + " differs (-want +got):",
		"byline:\n  - \"Ada Fenwick-Hale\"\n  + \"Ada Fenwick\"\nbody",
		"body (5 entries wanted, 5 got):\n  - #5 [paragraph] The operator said",
		"  ~ #5→#5 …20 minutes from next [-month-]{+week+}.",
		"rewrite the golden files with: DECLUTTER_UPDATE=1 go test",
	} {
		if !strings.Contains(rep.failures[0], want) {
			t.Errorf("report lacks %q:\n%s", want, rep.failures[0])
		}
	}
}

func TestCheckPageReportsExpectFailures(t *testing.T) {
	page := pageCopy(t)
	edit(t, ExpectPath(page), "body-count: 5", "body-count: 6")
	rep := checkPage(extract.Default(), page, config{})
	if len(rep.failures) != 1 || !strings.Contains(rep.failures[0], `body-count: want "6", got "5"`) {
		t.Errorf("failures %q", rep.failures)
	}
}

func TestCheckPageLayoutOnly(t *testing.T) {
	page := pageCopy(t)
	golden := GoldenPath(page)
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(golden, bytes.ReplaceAll(data, []byte("  "), []byte("\t")), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := checkPage(extract.Default(), page, config{})
	if len(rep.failures) != 1 || !strings.Contains(rep.failures[0], "golden JSON lines (43 entries wanted, 43 got):") ||
		!strings.Contains(rep.failures[0], `~ #3→#3 [-"\t"-]{+  +}"byline": "Ada Fenwick",`) {
		t.Errorf("failures %q", rep.failures)
	}
}

func TestCheckPageUpdates(t *testing.T) {
	page := pageCopy(t)
	golden := GoldenPath(page)
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	edit(t, golden, "from next week", "from next month")

	rep := checkPage(extract.Default(), page, config{update: true})
	if rep.failures != nil || len(rep.notes) != 1 || rep.notes[0] != "rewrote "+golden {
		t.Errorf("update: %+v", rep)
	}
	if got, _ := os.ReadFile(golden); !bytes.Equal(got, want) {
		t.Errorf("-update wrote\n%s\nwant\n%s", got, want)
	}
	if rep := checkPage(extract.Default(), page, config{update: true}); rep.notes != nil || rep.failures != nil {
		t.Errorf("update of a current golden file: %+v", rep)
	}

	if err := os.Remove(golden); err != nil {
		t.Fatal(err)
	}
	rep = checkPage(extract.Default(), page, config{})
	if len(rep.failures) != 1 || !strings.Contains(rep.failures[0], "no golden file (run go test with DECLUTTER_UPDATE=1 to create it") {
		t.Errorf("missing golden file: %+v", rep)
	}
	rep = checkPage(extract.Default(), page, config{update: true})
	if len(rep.notes) != 1 || !strings.HasPrefix(rep.notes[0], "created "+golden) {
		t.Errorf("creating the golden file: %+v", rep)
	}
}

func TestCheckPageBrokenInputs(t *testing.T) {
	page := pageCopy(t)
	if err := os.WriteFile(GoldenPath(page), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rep := checkPage(extract.Default(), page, config{}); len(rep.failures) != 1 || !strings.HasPrefix(rep.failures[0], "reading ") {
		t.Errorf("broken golden file: %+v", rep)
	}
	if err := os.WriteFile(page, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if rep := checkPage(extract.Default(), page, config{}); len(rep.failures) != 1 || !strings.Contains(rep.failures[0], "no article content") {
		t.Errorf("empty page: %+v", rep)
	}
}

func TestCheckPageBaseURL(t *testing.T) {
	page := pageCopy(t)
	rep := checkPage(extract.Default(), page, config{baseURL: "https://gazette.example/news/"})
	if len(rep.failures) != 1 || !strings.Contains(rep.failures[0], "url:\n  - \"\"\n  + \"https://gazette.example/news/harbour-ferry.txt\"") {
		t.Errorf("failures %q", rep.failures)
	}
}

func TestPages(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.html", "a.TXT", "c.htm", "a.golden.json", "a.expect", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	pages, err := Pages(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range pages {
		names = append(names, filepath.Base(p))
	}
	if got := strings.Join(names, " "); got != "a.TXT b.html c.htm" {
		t.Errorf("Pages: %s", got)
	}
	if _, err := Pages(filepath.Join(dir, "missing")); err == nil {
		t.Error("Pages of a missing folder: no error")
	}
}

func TestPaths(t *testing.T) {
	if got := GoldenPath("testdata/a.b.html"); got != "testdata/a.b.golden.json" {
		t.Errorf("GoldenPath: %s", got)
	}
	if got := ExpectPath("testdata/a.txt"); got != "testdata/a.expect" {
		t.Errorf("ExpectPath: %s", got)
	}
}

func TestMarshal(t *testing.T) {
	data, err := Marshal(&extract.Article{Title: "Q&A: <b> tags", Body: []extract.Block{{Kind: extract.Paragraph, Text: "x"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"title\": \"Q&A: <b> tags\",\n  \"body\": [\n    {\n      \"kind\": \"paragraph\",\n      \"text\": \"x\"\n    }\n  ]\n}\n"
	if string(data) != want {
		t.Errorf("Marshal:\n%s\nwant\n%s", data, want)
	}
}

func TestCheckPageRequireExpect(t *testing.T) {
	page := pageCopy(t)
	if rep := checkPage(extract.Default(), page, config{requireExpect: true}); rep.failures != nil {
		t.Errorf("a page with its .expect: %+v", rep)
	}
	if err := os.Remove(ExpectPath(page)); err != nil {
		t.Fatal(err)
	}
	if rep := checkPage(extract.Default(), page, config{}); rep.failures != nil {
		t.Errorf("a page without .expect, none required: %+v", rep)
	}
	rep := checkPage(extract.Default(), page, config{requireExpect: true})
	if len(rep.failures) != 1 || !strings.HasPrefix(rep.failures[0], "no "+ExpectPath(page)+": ") {
		t.Errorf("a page without .expect, one required: %+v", rep)
	}
}
