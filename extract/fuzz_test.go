package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The fuzzers check what holds for any input, not just that nothing panics:
//
//   - an error is one of the package's sentinels;
//   - every string in the Article is valid UTF-8, and no body block is empty;
//   - every Removed entry names its rule and kind;
//   - a text is in both Body and Removed only when the input holds it more
//     than once: no block is both kept and reported dropped;
//   - the body is made of the input's text: for HTML, each block's
//     characters, whitespace aside, occur in that order in the text of the
//     decoded page; for plain text, which is never reordered, all blocks
//     together do, in the text as normaliseText leaves it, and each block is
//     normalised: no control or zero-width characters, no space at either
//     end, no run of spaces.
//
// Cells of a table row are joined with " | " on the HTML path, so "|" is
// left out of the comparison there.

// seedFiles adds the files matching each pattern as seeds.
func seedFiles(f *testing.F, patterns ...string) {
	f.Helper()
	n := 0
	for _, pattern := range patterns {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed files in %v", patterns)
	}
}

func FuzzFromHTML(f *testing.F) {
	seedFiles(f, "../testdata/html/*.html", "../testdata/charsets/*.html")
	f.Add([]byte(strings.Repeat("<div>", 600) + "<p>Deep text.</p>"))
	f.Add([]byte(strings.Repeat("<p><b class=x>a</p>", 600)))
	f.Add([]byte("<html><body><table><tr><td>a<td>b</table><pre>x\ty</pre><figure><img src=javascript:alert(1)><figcaption>A cat (Reuters)</figcaption></figure></body></html>"))
	e := Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := e.FromHTML(bytes.NewReader(data), Source{URL: "https://example.com/news/a"})
		if err != nil {
			checkSentinel(t, err)
			return
		}
		checkArticle(t, a)
		decoded, err := e.decodeHTML(data, Source{})
		if err != nil {
			t.Fatalf("FromHTML succeeded but decoding failed: %v", err)
		}
		page := squeeze(pageText(decoded), "|")
		for i, b := range a.Body {
			if !isSubsequence(squeeze(b.Text, "|"), page) {
				t.Errorf("body block %d is not made of the page's text: %q", i, b.Text)
			}
		}
		checkBodyNotRemoved(t, a, page, "|")
	})
}

func FuzzFromText(f *testing.F) {
	seedFiles(f, "../testdata/text/*.txt")
	f.Add([]byte("Title line\r\n\r\nBy Jane Doe\u00a0\u200b\n\nA paragraph\x00 of text.\xff\xfe\n"))
	f.Add([]byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00"))
	e := Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := e.FromText(bytes.NewReader(data), Source{URL: "https://example.com/news/a"})
		if err != nil {
			checkSentinel(t, err)
			return
		}
		checkArticle(t, a)
		decoded, err := e.decodeText(data, Source{})
		if err != nil {
			t.Fatalf("FromText succeeded but decoding failed: %v", err)
		}
		text := squeeze(normaliseText(decoded), "")
		var body strings.Builder
		for i, b := range a.Body {
			if b.Text != collapseSpaces(b.Text) {
				t.Errorf("body block %d has untrimmed or repeated spaces: %q", i, b.Text)
			}
			if j := strings.IndexFunc(b.Text, func(r rune) bool {
				return r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r))
			}); j >= 0 {
				t.Errorf("body block %d holds a control or invisible character at %d: %q", i, j, b.Text)
			}
			body.WriteString(squeeze(b.Text, ""))
		}
		if !isSubsequence(body.String(), text) {
			t.Errorf("the body is not made of the input's normalised text, in order:\n%q", a.Text())
		}
		checkBodyNotRemoved(t, a, text, "")
	})
}

// checkSentinel fails unless err is one of the package's errors.
func checkSentinel(t *testing.T, err error) {
	t.Helper()
	for _, s := range []error{ErrTooLarge, ErrNoContent, ErrNotText, ErrTooDeep} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error is none of the sentinels: %v", err)
}

// checkArticle checks what holds for every Article.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if len(a.Body) == 0 {
		t.Fatal("an Article without a body and no error")
	}
	valid := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", what, s)
		}
		if strings.ContainsRune(s, 0) {
			t.Errorf("%s holds a NUL: %q", what, s)
		}
	}
	for _, f := range []struct{ what, s string }{
		{"title", a.Title}, {"byline", a.Byline}, {"site", a.Site}, {"lead", a.Lead}, {"language", a.Language},
	} {
		valid(f.what, f.s)
	}
	for _, s := range a.Authors {
		valid("author", s)
	}
	for _, b := range a.Body {
		if strings.TrimSpace(b.Text) == "" {
			t.Errorf("empty %s block", b.Kind)
		}
		valid("body", b.Text)
	}
	for _, c := range a.Captions {
		valid("caption", c.Text)
		valid("credit", c.Credit)
		valid("image", c.Image)
	}
	for _, r := range a.Removed {
		if r.Rule == "" || r.Kind == "" {
			t.Errorf("removal without its rule or kind: %+v", r)
		}
		valid("removed", r.Text)
	}
	valid("markdown", a.Markdown())
}

// checkBodyNotRemoved fails when a text is both kept and removed and the
// input, squeezed as input is, holds it only once.
func checkBodyNotRemoved(t *testing.T, a *Article, input, drop string) {
	t.Helper()
	removed := map[string]bool{}
	for _, r := range a.Removed {
		removed[r.Text] = true
	}
	for i, b := range a.Body {
		if !removed[b.Text] {
			continue
		}
		if s := squeeze(b.Text, drop); strings.Count(input, s) < 2 {
			t.Errorf("body block %d is also in Removed: %q", i, b.Text)
		}
	}
}

// pageText returns the text of an HTML page: every text token, and the text
// of the markup in its comments, entities
// decoded, with nothing between them. It is more than the page shows
// (script contents too) and never less.
func pageText(page []byte) string {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.CommentToken:
			// A comment holding a deferred article is read as markup.
			b.WriteString(pageText(z.Text()))
		}
	}
}

// squeeze drops from s every space, the characters the pipeline removes
// (NUL, zero-width), U+FFFD, which stands for NUL in places, and the runes
// in also.
func squeeze(s, also string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == utf8.RuneError ||
			strings.ContainsRune(also, r) {
			return -1
		}
		return r
	}, s)
}

// isSubsequence reports whether sub's runes occur in s in the same order.
func isSubsequence(sub, s string) bool {
	for _, r := range sub {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		s = s[i+utf8.RuneLen(r):]
	}
	return true
}
