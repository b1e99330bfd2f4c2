package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Browser renderings: the corpus pages as the text a browser shows
// (render/render.sh makes them, with Chromium). They live in a cache
// outside the repository, one folder per corpus and version:
//
//	DIR/go-trafilatura@v1.12.2/NAME.txt   NAME = corpus file name without .html
//	DIR/go-readability@v2.1.3/NAME.txt    NAME = test page folder name

// defaultRenderDir is where render/render.sh caches renderings:
// $XDG_CACHE_HOME/declutter/render, else ~/.cache/declutter/render.
func defaultRenderDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "declutter", "render")
}

// Folders of the two rendered corpora under the render directory.
var (
	trafilaturaRenderings = "go-trafilatura@" + trafilaturaVer
	readabilityRenderings = "go-readability@" + readabilityVer
)

// pageName is a corpus file's name without its .html extension: the name
// the tune/check split hashes. (A few corpus files have no .html; their
// names stay whole.)
func pageName(file string) string {
	return strings.TrimSuffix(filepath.Base(file), ".html")
}

// renderJob is one line of render.mjs's input.
type renderJob struct {
	In  string `json:"in"`
	Out string `json:"out"`
	URL string `json:"url"`
}

// writeRenderJobs writes to w a job for every corpus page and test page
// that has no rendering under dir yet, and returns how many.
func writeRenderJobs(w io.Writer, dir string) (int, error) {
	if dir == "" {
		return 0, fmt.Errorf("no render directory: pass -renderings DIR")
	}
	var jobs []renderJob
	add := func(in, sub, name, url string) {
		out := filepath.Join(dir, sub, name+".txt")
		if _, err := os.Stat(out); err == nil {
			return
		}
		jobs = append(jobs, renderJob{In: in, Out: out, URL: url})
	}

	trafDir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		return 0, err
	}
	src, err := os.ReadFile(filepath.Join(trafDir, "scripts", "comparison", "data.go"))
	if err != nil {
		return 0, err
	}
	entries, err := parseComparisonData(src)
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		in, err := testFilePath(trafDir, e.File)
		if err != nil {
			return 0, err
		}
		add(in, trafilaturaRenderings, pageName(e.File), pageURL(e.URL))
	}

	readDir, err := moduleDir(readabilityModule, readabilityVer)
	if err != nil {
		return 0, err
	}
	root := filepath.Join(readDir, "test-pages")
	dirs, err := os.ReadDir(root)
	if err != nil {
		return 0, err
	}
	for _, d := range dirs {
		if d.IsDir() {
			add(filepath.Join(root, d.Name(), "source.html"), readabilityRenderings, d.Name(), metaPageURL)
		}
	}

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, j := range jobs {
		if err := enc.Encode(j); err != nil {
			return 0, err
		}
	}
	return len(jobs), nil
}

// pageURL is the address a page is served at for rendering: its own when it
// is http or https, else (a few corpus entries have typos such as
// "xhttps://") the placeholder the test pages use, since Chromium cannot
// load other schemes.
func pageURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return metaPageURL
	}
	return raw
}

// testFilePath returns where readTestFile finds a corpus file.
func testFilePath(modDir, name string) (string, error) {
	for _, sub := range []string{"comparison", "mock"} {
		p := filepath.Join(modDir, "test-files", sub, name)
		_, err := os.Stat(p)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s not found in test-files/comparison or test-files/mock", name)
}

// readRendering returns a page's rendering, or nil when it has none.
func readRendering(dir, sub, name string) ([]byte, error) {
	return readOptional(filepath.Join(dir, sub, name+".txt"))
}
