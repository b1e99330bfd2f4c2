package extract_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entryPoints are the three ways into an Extractor.
var entryPoints = map[string]func(*extract.Extractor, io.Reader, extract.Source) (*extract.Article, error){
	"FromHTML": (*extract.Extractor).FromHTML,
	"FromText": (*extract.Extractor).FromText,
	"From":     (*extract.Extractor).From,
}

// article is a short page both paths read as an article.
const article = "Council closes the old bridge\n\n" +
	"The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supporting columns.\n\n" +
	"Residents will use a temporary crossing downstream until the work is finished next spring, the council said.\n"

// htmlArticle is article as markup without runs of white space, which the
// HTML stripper would shorten before the cap applies.
const htmlArticle = "<h1>Council closes the old bridge</h1>" +
	"<p>The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supporting columns.</p>" +
	"<p>Residents will use a temporary crossing downstream until the work is finished next spring, the council said.</p>"

// padTo pads s with trailing dashes to exactly n bytes.
func padTo(t *testing.T, s string, n int) []byte {
	t.Helper()
	require.LessOrEqual(t, len(s), n)
	return []byte(s + strings.Repeat("-", n-len(s)))
}

func TestMaxBytes(t *testing.T) {
	const limit = 1000
	e, err := extract.New(extract.WithMaxBytes(limit))
	require.NoError(t, err)
	readers := map[string]func([]byte) io.Reader{
		"sized":      func(b []byte) io.Reader { return bytes.NewReader(b) },
		"one-byte":   func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
		"half-reads": func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
	}
	for name, run := range entryPoints {
		for rname, reader := range readers {
			t.Run(name+"/"+rname, func(t *testing.T) {
				page := article
				if name == "FromHTML" {
					page = htmlArticle
				}
				a, err := run(e, reader(padTo(t, page, limit)), extract.Source{})
				require.NoError(t, err, "exactly at the cap")
				assert.NotEmpty(t, a.Body)

				_, err = run(e, reader(padTo(t, page, limit+1)), extract.Source{})
				require.ErrorIs(t, err, extract.ErrTooLarge, "one byte over the cap")
				assert.Contains(t, err.Error(), strconv.Itoa(limit), "the message names the cap")
			})
		}
	}
}

func TestMaxBytesDefault(t *testing.T) {
	over := io.LimitReader(repeatReader('a'), extract.DefaultMaxBytes+1)
	_, err := extract.FromText(over, extract.Source{})
	assert.ErrorIs(t, err, extract.ErrTooLarge)

	// A cap of zero or less means the default, and the largest cap there is
	// must not overflow into no input at all.
	for _, n := range []int64{0, -1, math.MaxInt64} {
		e, err := extract.New(extract.WithMaxBytes(n))
		require.NoError(t, err)
		a, err := e.FromText(strings.NewReader(article), extract.Source{})
		require.NoError(t, err, "cap %d", n)
		assert.NotEmpty(t, a.Body, "cap %d", n)
	}
}

// repeatReader is an endless input of one byte.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// bigPage returns an article page of about size bytes: a header, many
// paragraphs with links and emphasis under subheadings, a footer.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 1024)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes the old bridge</title></head>` +
		`<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><article><h1>Council closes the old bridge</h1>`)
	for i := 0; b.Len() < size; i++ {
		if i%10 == 0 {
			b.WriteString("<h2>Part " + strconv.Itoa(i/10+1) + " of the report</h2>")
		}
		b.WriteString(`<p>Paragraph ` + strconv.Itoa(i) + `: the council voted on Tuesday to close the old bridge for repairs, officials said, ` +
			`after engineers found cracks in two of its <a href="/columns">supporting columns</a> during a routine inspection this spring. ` +
			`Residents will use a <em>temporary</em> crossing downstream.</p>`)
	}
	b.WriteString(`</article><footer>© 2025 The Local Paper</footer></body></html>`)
	return b.Bytes()
}

// Memory use of FromHTML, as multiples of the page's size (see README,
// "Limits and errors"): the peak of the heap in use and all allocation over
// the call, on a 4 MB page, read in full, and on a 20 MB one, over the
// element budget and skimmed.
var memoryBounds = []struct {
	size             int
	peak, allocation float64
}{
	{4 << 20, 12, 30},
	{20 << 20, 8, 25},
}

// TestMemory checks that large pages are read within a bounded multiple of
// their size. The total allocation, which bounds the peak from above and
// does not depend on timing, is checked too.
func TestMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("reads a 20 MB page; run without -short and -race")
	}
	for _, bound := range memoryBounds {
		t.Run(strconv.Itoa(bound.size>>20)+"MB", func(t *testing.T) {
			page := bigPage(bound.size)
			e, err := extract.New(extract.WithMaxBytes(64 << 20))
			require.NoError(t, err)
			_, err = e.FromHTML(strings.NewReader(article), extract.Source{}) // warm: vocabularies built on first use
			require.NoError(t, err)
			var a *extract.Article
			use := measureHeap(func() { a, err = e.FromHTML(bytes.NewReader(page), extract.Source{URL: "https://example.com/bridge"}) })
			require.NoError(t, err)
			assert.Greater(t, len(a.Body), bound.size/1000)
			assert.Equal(t, "Council closes the old bridge", a.Title)

			size := float64(len(page))
			t.Logf("page %.1f MB: peak heap in use %.1fx, total allocation %.1fx", size/1e6, float64(use.peak)/size, float64(use.total)/size)
			assert.LessOrEqual(t, float64(use.peak)/size, bound.peak, "peak heap in use, as a multiple of the page")
			assert.LessOrEqual(t, float64(use.total)/size, bound.allocation, "total allocation, as a multiple of the page")
		})
	}
}

func BenchmarkFromHTMLSize(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20, 16 << 20} {
		page := bigPage(size)
		e, err := extract.New(extract.WithMaxBytes(64 << 20))
		require.NoError(b, err)
		b.Run(strconv.Itoa(size>>20)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.FromHTML(bytes.NewReader(page), extract.Source{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// deepParagraphs are the article's paragraphs in a deep page, spread over
// its depth.
var deepParagraphs = []string{
	"The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks in two of its supporting columns.",
	"Residents will use a temporary crossing downstream until the work is finished next spring, a spokesman for the council said on Wednesday.",
	"Shopkeepers on both banks said they feared the closure would cost them customers, and asked the council for help with their rents.",
	"The bridge, built in 1887, carries some twelve thousand vehicles a day and was last repaired in the nineteen seventies, records show.",
	"Engineers will inspect the other three bridges in the district over the summer, and publish their findings in the autumn, the council said.",
}

// deepPage nests depth unclosed open tags, with the article's paragraphs
// spread among them.
func deepPage(open string, depth int) []byte {
	var b bytes.Buffer
	b.Grow(depth*(len(open)+2) + 2048)
	b.WriteString("<!DOCTYPE html><html><head><title>Council closes the old bridge</title></head><body>")
	every := max(depth/len(deepParagraphs), 1)
	next := 0
	for i := 0; i < depth; i++ {
		b.WriteString("<" + open + ">")
		if i%every == every/2 && next < len(deepParagraphs) {
			b.WriteString("<p>" + deepParagraphs[next] + "</p>")
			next++
		}
	}
	for ; next < len(deepParagraphs); next++ {
		b.WriteString("<p>" + deepParagraphs[next] + "</p>")
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// deepTags are the unclosed tags deep pages are built of: block elements,
// a formatting element the tree builder reopens, table parts it inserts,
// and a tag with attributes, which defeats the parser's limit of three
// identical formatting elements.
var deepTags = []string{"div", "font", "blockquote", "table", "td", "li", "span", `b class="x"`, "div/"}

// millionDeep are the tags tried a million levels deep too. The tree
// builder closes the open <table> a <table> starts, so that page is a
// million tables side by side, which go-readability takes seconds over.
var millionDeep = map[string]bool{"div": true, "font": true, "blockquote": true, "table": true}

func TestDeepNesting(t *testing.T) {
	depths := []int{600, 10000, 1000000}
	if testing.Short() || raceEnabled {
		depths = depths[:2] // a million levels: run without -short and -race
	}
	for _, tag := range deepTags {
		for _, depth := range depths {
			if depth > 10000 && !millionDeep[tag] {
				continue
			}
			t.Run(tag+"/"+strconv.Itoa(depth), func(t *testing.T) {
				a, err := extract.FromHTML(bytes.NewReader(deepPage(tag, depth)), extract.Source{})
				require.NoError(t, err)
				text := a.Text()
				for _, p := range deepParagraphs {
					assert.Contains(t, text, p)
				}
				assert.Equal(t, "Council closes the old bridge", a.Title)
			})
		}
	}
}

// TestTooDeepNoText: a page too deep to parse, with no text at all, is
// ErrTooDeep; a shallow page without text is ErrNoContent.
func TestTooDeepNoText(t *testing.T) {
	for _, depth := range []int{600, 100000} {
		page := strings.Repeat("<div>", depth)
		_, err := extract.FromHTML(strings.NewReader(page), extract.Source{})
		assert.ErrorIs(t, err, extract.ErrTooDeep, "depth %d", depth)
	}
	_, err := extract.FromHTML(strings.NewReader(strings.Repeat("<div>", 100)), extract.Source{})
	assert.ErrorIs(t, err, extract.ErrNoContent)
	assert.NotErrorIs(t, err, extract.ErrTooDeep)
}

// BenchmarkDeepNesting shows the cost of a deep page growing linearly with
// its depth: compare ns/op, or MB/s, across the sizes.
func BenchmarkDeepNesting(b *testing.B) {
	for _, tag := range []string{"div", "font", "td", "li", "table"} {
		for _, depth := range []int{10000, 100000, 1000000} {
			page := deepPage(tag, depth)
			b.Run(tag+"/"+strconv.Itoa(depth/1000)+"k", func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := extract.FromHTML(bytes.NewReader(page), extract.Source{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// junk is input that is no article, or a hostile one.
var junk = []struct {
	name string
	data []byte
	// want is the error each entry point returns, nil for an article.
	want error
}{
	{"empty", nil, extract.ErrNoContent},
	{"whitespace", []byte(" \n\t\r\n \u00a0 \n"), extract.ErrNoContent},
	{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), extract.ErrNotText},
	{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"), extract.ErrNotText},
	{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), extract.ErrNotText},
	{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00"), extract.ErrNotText},
	{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00article.html"), extract.ErrNotText},
	{"control bytes", bytes.Repeat([]byte{0, 1, 2, 3, 'a', 0, 7, 8}, 100), extract.ErrNotText},
	{"NULs in text", []byte("Council closes\x00 the old bridge\n\nThe council voted on\x00 Tuesday to close the old bridge for repairs after engineers found cracks in its columns.\n"), nil},
	{"NULs in HTML", []byte("<html><body><p>The council voted on\x00 Tuesday to close the old bridge\x00 for repairs after engineers found cracks in its columns.</p></body></html>"), nil},
	{"tags only", []byte("<html><head><title></title></head><body><div><span></span></div></body></html>"), extract.ErrNoContent},
	{"script only", []byte("<html><body><script>document.write('The council voted on Tuesday to close the old bridge for repairs.')</script></body></html>"), extract.ErrNoContent},
}

func TestJunk(t *testing.T) {
	for _, tt := range junk {
		for name, run := range entryPoints {
			if tt.name == "tags only" || tt.name == "script only" {
				if name == "FromText" {
					continue // as text, markup is words
				}
			}
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				a, err := run(extract.Default(), bytes.NewReader(tt.data), extract.Source{})
				if tt.want != nil {
					assert.ErrorIs(t, err, tt.want)
					assert.Nil(t, a)
					return
				}
				require.NoError(t, err)
				assert.NotEmpty(t, a.Body)
				assert.NotContains(t, a.Text(), "\x00")
			})
		}
	}
}

// TestNoArticle: pages with no article give ErrNoContent or a few words,
// never an error of another kind, and never the text of a form's links.
func TestNoArticle(t *testing.T) {
	pages := map[string]string{
		"home page": `<html><head><title>The Local Paper</title></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>` +
			strings.Repeat(`<div class="teaser"><h3><a href="/a">Council closes the old bridge</a></h3></div>`, 30) + `</body></html>`,
		"login page": `<html><head><title>Sign in</title></head><body><form action="/login"><label>Email</label><input name="email">` +
			`<label>Password</label><input type="password" name="password"><button>Sign in</button></form><a href="/forgot">Forgot your password?</a></body></html>`,
		"paywall only": `<html><head><title>Council closes the old bridge</title></head><body><article><h1>Council closes the old bridge</h1>` +
			`<div class="paywall"><p>Subscribe to continue reading.</p><p>Already a subscriber? Sign in.</p></div></article></body></html>`,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			a, err := extract.FromHTML(strings.NewReader(page), extract.Source{URL: "https://example.com/"})
			if err != nil {
				assert.ErrorIs(t, err, extract.ErrNoContent)
				return
			}
			assert.Less(t, len(strings.Fields(a.Text())), 20, a.Text())
			assert.NotContains(t, a.Text(), "Forgot your password")
		})
	}
}

// TestHugeLines: a page of one 10 MB line and one of a million tiny lines
// give an article.
func TestHugeLines(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("reads 10 MB inputs; run without -short and -race")
	}
	sentence := "The council voted on Tuesday to close the old bridge for repairs. "
	inputs := map[string][]byte{
		"one line":    bytes.Repeat([]byte(sentence), 10<<20/len(sentence)),
		"tiny lines":  bytes.Repeat([]byte("a\n"), 1000000),
		"blank lines": bytes.Repeat([]byte("a\n\n"), 1000000),
	}
	for name, data := range inputs {
		for ename, run := range entryPoints {
			t.Run(name+"/"+ename, func(t *testing.T) {
				a, err := run(extract.Default(), bytes.NewReader(data), extract.Source{})
				require.NoError(t, err)
				assert.NotEmpty(t, a.Body)
			})
		}
	}
}

// BenchmarkHugeLines shows linear time for long lines and many lines.
func BenchmarkHugeLines(b *testing.B) {
	sentence := "The council voted on Tuesday to close the old bridge for repairs. "
	for _, size := range []int{1 << 20, 4 << 20} {
		inputs := map[string][]byte{
			"one-line":   bytes.Repeat([]byte(sentence), size/len(sentence)),
			"tiny-lines": bytes.Repeat([]byte("a\n"), size/2),
		}
		for name, data := range inputs {
			for _, ename := range []string{"FromHTML", "FromText"} {
				run := entryPoints[ename]
				b.Run(name+"/"+ename+"/"+strconv.Itoa(size>>20)+"MB", func(b *testing.B) {
					b.SetBytes(int64(len(data)))
					b.ReportAllocs()
					for b.Loop() {
						if _, err := run(extract.Default(), bytes.NewReader(data), extract.Source{}); err != nil && !errors.Is(err, extract.ErrNoContent) {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// BenchmarkHostileRules feeds the rules what makes them work hardest: a
// phrase a strip rule cuts out, repeated along one long line, and paywall
// prompts, each of which looks ahead for prose, repeated down a page. Time
// per byte should not grow with the size.
func BenchmarkHostileRules(b *testing.B) {
	prose := strings.Repeat("The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks. ", 5)
	for _, n := range []int{250, 1000} {
		inputs := map[string]string{
			"strip-in-one-line": "Council closes the old bridge\n\n" +
				strings.Repeat("Word word word. Story continues below advertisement ", n) + "\n",
			"paywall-prompts": "Council closes the old bridge\n\n" +
				strings.Repeat("Subscribe to continue reading\n\nA short line\n\n", n) + prose + "\n",
		}
		for name, text := range inputs {
			b.Run(name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := extract.FromText(strings.NewReader(text), extract.Source{}); err != nil && !errors.Is(err, extract.ErrNoContent) {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
