package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// A case folder (-cases DIR) holds pages saved by a user or a corpus:
// NAME.html and/or NAME.txt with NAME.expected.json, and optionally a
// manifest.tsv giving each page's URL.

// Caption is an image caption with its credit, as expected or as extracted.
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit"`
}

// Expected is a page's NAME.expected.json. A nil field is a key that was
// missing: unknown, and not scored.
type Expected struct {
	Title    *string    `json:"title"`
	Byline   *string    `json:"byline"`
	Lead     *[]string  `json:"lead"`
	Body     *[]string  `json:"body"`
	Captions *[]Caption `json:"captions"`
	Language *string    `json:"language"`
}

// paragraphs returns the expected lead and body paragraphs, and whether
// either was given at all.
func (e Expected) paragraphs() ([]string, bool) {
	if e.Lead == nil && e.Body == nil {
		return nil, false
	}
	var ps []string
	if e.Lead != nil {
		ps = append(ps, *e.Lead...)
	}
	if e.Body != nil {
		ps = append(ps, *e.Body...)
	}
	return ps, true
}

// Case is one page of a case folder.
type Case struct {
	Name string
	// HTML and Text are the page's NAME.html and NAME.txt, nil when absent.
	HTML, Text []byte
	Want       Expected
	// URL and ContentType come from manifest.tsv (columns url and
	// content_type) when it has them.
	URL, ContentType string
}

// Half names the half of a corpus a page belongs to.
type Half string

// The two fixed halves: tune on one, report the other beside it.
const (
	Tune  Half = "tune"
	Check Half = "check"
)

// halfOf puts a page in the tune half when the FNV-1a 32-bit hash of its
// name (file name without extension) is even, else in the check half.
func halfOf(name string) Half {
	h := fnv.New32a()
	h.Write([]byte(name))
	if h.Sum32()%2 == 0 {
		return Tune
	}
	return Check
}

// expectedSuffix names the expectation file of a case.
const expectedSuffix = ".expected.json"

// loadCases reads every NAME.expected.json in dir with its NAME.html and
// NAME.txt, sorted by name. A page with an expectation but neither input
// is an error, as is a manifest row that does not parse.
func loadCases(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	manifest, err := readManifest(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), expectedSuffix)
		if !ok || e.IsDir() {
			continue
		}
		c, err := loadCase(dir, name)
		if err != nil {
			return nil, err
		}
		if row, ok := manifest[name]; ok {
			c.URL, c.ContentType = row["url"], row["content_type"]
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no *%s files", dir, expectedSuffix)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases, nil
}

// loadCase reads one page's files.
func loadCase(dir, name string) (Case, error) {
	c := Case{Name: name}
	raw, err := os.ReadFile(filepath.Join(dir, name+expectedSuffix))
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(raw, &c.Want); err != nil {
		return c, fmt.Errorf("%s%s: %w", name, expectedSuffix, err)
	}
	if c.HTML, err = readOptional(filepath.Join(dir, name+".html")); err != nil {
		return c, err
	}
	if c.Text, err = readOptional(filepath.Join(dir, name+".txt")); err != nil {
		return c, err
	}
	if c.HTML == nil && c.Text == nil {
		return c, fmt.Errorf("%s: %s%s has no %[2]s.html or %[2]s.txt beside it", dir, name, expectedSuffix)
	}
	return c, nil
}

// readOptional reads a file, returning nil without error when it does not
// exist.
func readOptional(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	return b, err
}

// readManifest reads a tab-separated manifest with a header row into rows
// keyed by the page name (column "file", extension dropped). A missing
// manifest is no error: its pages simply have no URL.
func readManifest(path string) (map[string]map[string]string, error) {
	raw, err := readOptional(path)
	if raw == nil || err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var header []string
	rows := make(map[string]map[string]string)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			continue
		}
		cells := strings.Split(text, "\t")
		if header == nil {
			header = cells
			if !slices.Contains(header, "file") {
				return nil, fmt.Errorf("%s: header has no \"file\" column", path)
			}
			continue
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(cells) {
				row[h] = strings.TrimSpace(cells[i])
			}
		}
		name := row["file"]
		for _, ext := range []string{".html", ".txt", expectedSuffix} {
			name = strings.TrimSuffix(name, ext)
		}
		if name == "" {
			return nil, fmt.Errorf("%s:%d: empty file column", path, line)
		}
		rows[name] = row
	}
	return rows, sc.Err()
}
