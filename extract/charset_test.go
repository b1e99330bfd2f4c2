package extract_test

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/extracttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoldenCharsets runs the pages under testdata/charsets, each in another
// encoding, declared by a <meta> element or not at all, against their golden
// Articles and .expect files. testdata/charsets/gen.go wrote them.
func TestGoldenCharsets(t *testing.T) {
	golden(t, "../testdata/charsets")
}

// TestCharsetContentType runs the pages under testdata/charsets/http, which
// only the Content-Type declares, against their .expect files.
func TestCharsetContentType(t *testing.T) {
	contentTypes := map[string]string{
		"shift_jis.html":                     "text/html; charset=Shift_JIS",
		"euc-kr.html":                        "text/html; charset=EUC-KR",
		"gb18030.html":                       "text/html; charset=gb18030",
		"koi8-r.html":                        "text/html; charset=KOI8-R",
		"iso-8859-15.html":                   "text/html; charset=ISO-8859-15",
		"utf-16le.html":                      "text/html; charset=utf-16le",
		"koi8-r-meta-says-windows-1252.html": `text/html; charset="koi8-r"`,
		"koi8-r-text.txt":                    "text/plain; charset=koi8-r",
		"utf-16le-greek-text.txt":            "text/plain; charset=utf-16le",
	}
	pages, err := extracttest.Pages("../testdata/charsets/http")
	require.NoError(t, err)
	require.Len(t, pages, len(contentTypes), "every page has its Content-Type here")
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			ct, ok := contentTypes[name]
			require.True(t, ok, "no Content-Type for %s", name)
			data, err := os.ReadFile(page)
			require.NoError(t, err)
			expect, err := os.ReadFile(extracttest.ExpectPath(page))
			require.NoError(t, err)
			// From too, since it must tell HTML from text in any encoding.
			for _, run := range []string{"path", "From"} {
				var a *extract.Article
				switch {
				case run == "From":
					a, err = extract.From(bytes.NewReader(data), extract.Source{ContentType: ct})
				case strings.HasSuffix(name, ".txt"):
					a, err = extract.FromText(bytes.NewReader(data), extract.Source{ContentType: ct})
				default:
					a, err = extract.FromHTML(bytes.NewReader(data), extract.Source{ContentType: ct})
				}
				require.NoError(t, err, run)
				extracttest.CheckExpect(t, a, expect)
			}
		})
	}
}

// TestFromSniffsUTF16: From reads UTF-16 HTML as HTML, with or without a
// byte-order mark and without a Content-Type.
func TestFromSniffsUTF16(t *testing.T) {
	for _, name := range []string{"utf-16le-bom.html", "utf-16be-bom.html", "utf-16le-no-bom.html", "utf-16be-no-bom.html"} {
		page := filepath.Join("../testdata/charsets", name)
		data, err := os.ReadFile(page)
		require.NoError(t, err)
		expect, err := os.ReadFile(extracttest.ExpectPath(page))
		require.NoError(t, err)
		a, err := extract.From(bytes.NewReader(data), extract.Source{})
		require.NoError(t, err, name)
		extracttest.CheckExpect(t, a, expect)
	}
}

// warnings returns an Extractor that logs warnings to the returned buffer.
func warnings(t *testing.T) (*extract.Extractor, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	e, err := extract.New(extract.WithLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))))
	require.NoError(t, err)
	return e, &buf
}

// TestInvalidUTF8Repaired: invalid UTF-8 is replaced with U+FFFD, never
// passed through, and reported on the logger at warn level.
func TestInvalidUTF8Repaired(t *testing.T) {
	inputs := map[string]struct {
		data string
		html bool
	}{
		"text": {"Council closes the old bridge\n\nThe council voted on Tuesday to close the old bridge \xff\xfe for repairs, after engineers found cracks \xc3 in two of its columns.\n", false},
		"html declared UTF-8": {`<html><head><meta charset="utf-8"><title>Council closes the old bridge</title></head><body><article>` +
			"<p>The council voted on Tuesday to close the old bridge \xff\xfe for repairs, after engineers found cracks \xc3 in two of its supporting columns during a routine inspection.</p></article></body></html>", true},
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			e, logged := warnings(t)
			run := e.FromText
			if in.html {
				run = e.FromHTML
			}
			a, err := run(strings.NewReader(in.data), extract.Source{URL: "https://example.com/bridge"})
			require.NoError(t, err)
			text := a.Text()
			assert.True(t, utf8.ValidString(text))
			assert.Contains(t, text, "old bridge \uFFFD for repairs")
			assert.Contains(t, text, "cracks \uFFFD in two")
			assert.Contains(t, logged.String(), "level=WARN")
			assert.Contains(t, logged.String(), "invalid UTF-8")
			assert.Contains(t, logged.String(), "https://example.com/bridge")
		})
	}

	e, logged := warnings(t)
	_, err := e.FromText(strings.NewReader("Valid text — with “quotes”.\n\nAnd a second paragraph of valid text.\n"), extract.Source{})
	require.NoError(t, err)
	assert.Empty(t, logged.String(), "valid input is not reported")
}
