package extract

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func strip(s string) string {
	st := newStripper(nil)
	st.write([]byte(s))
	return string(st.out)
}

func TestStripper(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"script body", `<p>a</p><script>var x = "</p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
		{"script end tag in capitals", `<SCRIPT type="text/javascript">x()</SCRIPT >y`, `<SCRIPT type="text/javascript"></script >y`},
		{"JSON-LD kept", `<script type=" Application/LD+JSON ">{"@type":"NewsArticle"}</script>`, `<script type=" Application/LD+JSON ">{"@type":"NewsArticle"}</script>`},
		{"JSON-LD among attributes", `<script id=ld type='application/ld+json' async>{"a":1}</script>`, `<script id=ld type='application/ld+json' async>{"a":1}</script>`},
		{"other JSON dropped", `<script type="application/json">{"a":1}</script>`, `<script type="application/json"></script>`},
		{"style body", `<style>p{background:url(data:image/png;base64,AAAA)}</style><p>x</p>`, `<style></style><p>x</p>`},
		{"svg inside", `<a href="/"><svg viewBox="0 0 1 1"><title>Home</title><path d="M0 0"/><svg><g/></svg></svg>Home</a>`, `<a href="/">Home</a>`},
		{"self-closing svg", `<svg/><p>x</p>`, `<p>x</p>`},
		{"unclosed svg", `<span><svg><use href="#i"/></div></span><p>Body</p><svg><g/></svg>`, `<span></div></span><p>Body</p>`},
		{"svg left by a paragraph", `<svg><path d="M0"/><p>Body</p>`, `<p>Body</p>`},
		{"icon dropped whole", `<p>a<svg class="icon" viewBox="0 0 24 24"><path d="M1"/></svg>b</p>`, `<p>ab</p>`},
		{"nested svg", `<svg><svg><g/></svg><text>t</text></svg ><p>x</p>`, `<p>x</p>`},
		{"svg in capitals", `<SVG width=1><G/></SVG>x`, `x`},
		{"svg CDATA", `<svg><style><![CDATA[ </svg> ]]></style></svg><p>x</p>`, `<p>x</p>`},
		{"data URI src", `<img src="data:image/png;base64,iVBORw0KGgo=" alt="A bridge">`, `<img src="data:image/png;base64," alt="A bridge">`},
		{"data URI unquoted", `<img src=data:image/gif;base64,R0lGOD alt=x>`, `<img src=data:image/gif;base64, alt=x>`},
		{"data URI in style attribute", `<div style="background:url('data:image/png;base64,AAAA') no-repeat">x</div>`, `<div style="background:url('data:image/png;base64,') no-repeat">x</div>`},
		{"data URI in srcset", `<img srcset="data:image/webp;base64,UklG 1x, /b.jpg 2x">`, `<img srcset="data:image/webp;base64, 1x, /b.jpg 2x">`},
		{"not a data URI", `<a href="/metadata:a,b,c">x</a>`, `<a href="/metadata:a,b,c">x</a>`},
		{"noscript kept", `<noscript><img src="/a.jpg"></noscript>`, `<noscript><img src="/a.jpg"></noscript>`},
		{"textarea kept", `<textarea><script>x</script></textarea>`, `<textarea><script>x</script></textarea>`},
		{"title kept", `<title>A <style> story</title>`, `<title>A <style> story</title>`},
		{"comment kept", `<!-- <script>x</script> --><p>x</p>`, `<!-- <script>x</script> --><p>x</p>`},
		{"short comments", `<!--><script>a</script><!---><style>b</style>`, `<!--><script></script><!---><style></style>`},
		{"markup in quotes", `<a title="<script>">x</a><script>y</script>`, `<a title="<script>">x</a><script></script>`},
		{"text less-than", `<p>1 < 2 and 3 <4</p><script>z</script>`, `<p>1 < 2 and 3 <4</p><script></script>`},
		{"doctype", `<!DOCTYPE html><script>x</script>`, `<!DOCTYPE html><script></script>`},
		{"plaintext", `<plaintext><script>x</script>`, `<plaintext><script>x</script>`},
		{"false end tag", `<script>a</scripts>b</script>c`, `<script></script>c`},
		{"unclosed script", `<p>x</p><script>never ends`, `<p>x</p><script>`},
		{"escaped script", `<script><!-- document.write("<script>x</script>") --></script><p>y</p>`, `<script></script><p>y</p>`},
		{"escaped end tag", `<script><!-- a </script><p>y</p>`, `<script></script><p>y</p>`},
		{"comment ends", `<!-- a --!><script>b</script>`, `<!-- a --!><script></script>`},
		{"white space runs", "<div>\n    <p>a  b\t\tc</p>\n\n</div>", "<div>\n<p>a b\tc</p>\n</div>"},
		{"line break kept in a run", "<p>a \t\n  b \r\n c\r  d</p>", "<p>a \nb \rc\rd</p>"},
		{"pre kept", "<pre>  a\n\n  b</pre>  <PRE><b>x  y</b></PRE>  <listing>1  2</listing>", "<pre>  a\n\n  b</pre> <PRE><b>x  y</b></PRE> <listing>1  2</listing>"},
		{"white space in attributes and raw text kept", "<a title=\"a  b\">x</a><textarea>a  b</textarea><script type=application/ld+json>{\"a\":  1}</script>", "<a title=\"a  b\">x</a><textarea>a  b</textarea><script type=application/ld+json>{\"a\":  1}</script>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, strip(tt.in))
			// Cut in two writes anywhere, the input strips the same.
			for cut := range len(tt.in) {
				st := newStripper(nil)
				st.write([]byte(tt.in[:cut]))
				st.write([]byte(tt.in[cut:]))
				require.Equal(t, tt.want, string(st.out), "cut at %d", cut)
			}
		})
	}
}

// TestStripperChunks: the stripper's output does not depend on how the
// input is cut into reads.
func TestStripperChunks(t *testing.T) {
	e, err := New(WithMaxBytes(64 << 20))
	require.NoError(t, err)
	readers := map[string]func([]byte) io.Reader{
		"one-byte":   func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
		"half-reads": func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
	}
	for i, page := range stripTestPages(t) {
		want := strip(string(page))
		for name, reader := range readers {
			if name == "one-byte" && i%8 != 0 {
				continue // slow; a sample is enough
			}
			r := reader(page)
			head, err := e.readHead(r)
			require.NoError(t, err)
			got, err := e.readHTML(context.Background(), r, head)
			require.NoError(t, err)
			require.Equal(t, want, string(got), name)
		}
	}
}

// TestStripperKeepsText: on real pages, stripping changes neither the text
// the parser finds outside scripts, styles and drawings, but for runs of
// white space, nor the elements around it, nor the JSON-LD.
func TestStripperKeepsText(t *testing.T) {
	for _, page := range stripTestPages(t) {
		before, after := parsedText(t, page), parsedText(t, []byte(strip(string(page))))
		require.Equal(t, before, after)
	}
}

// parsedText returns the document's element names, text and JSON-LD, with
// what the stripper drops left out.
func parsedText(t *testing.T, page []byte) string {
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	var b strings.Builder
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Svg {
				return false
			}
			b.WriteString("<" + n.Data + ">")
			switch n.DataAtom {
			case atom.Style:
				return false
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					b.WriteString(n.FirstChild.Data)
				}
				return false
			}
			for _, a := range n.Attr {
				if !strings.Contains(a.Val, "data:") {
					b.WriteString(" " + a.Key + "=" + a.Val)
				}
			}
		}
		return true
	})
	return shortRuns.ReplaceAllStringFunc(b.String(), shortRun)
}

// shortRuns finds runs of white space, which the stripper shortens outside
// <pre>. parsedText shortens them everywhere: entities are white space to
// the parser, and a dropped drawing joins the text around it.
var shortRuns = regexp.MustCompile(`[ \t\n\f]{2,}`)

// shortRun is a run of white space as the stripper leaves it: its first
// byte, and a line break if one follows.
func shortRun(run string) string {
	if run[0] != '\n' && strings.Contains(run, "\n") {
		return run[:1] + "\n"
	}
	return run[:1]
}

// stripTestPages are go-readability's test pages and our own HTML pages.
func stripTestPages(t testing.TB) [][]byte {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	require.NoError(t, err)
	paths, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "test-pages", "*", "source.html"))
	own, _ := filepath.Glob("../testdata/html/*.html")
	var pages [][]byte
	for _, p := range append(paths, own...) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		pages = append(pages, data)
	}
	require.Greater(t, len(pages), 100)
	return pages
}

// FuzzStripperChunks: what the stripper keeps does not depend on where the
// input is cut into chunks, and is never longer than the input.
func FuzzStripperChunks(f *testing.F) {
	f.Add([]byte(`<img src="data:image/png;base64,AAAA" alt="x"><script>a</script><p>b</p>`), 17)
	f.Add([]byte(`<a href='https://example.com/data:x' style="url(DATA:a,b)">x</a>`), 40)
	f.Add([]byte(`<svg><path d="M0"/></svg><style>p{}</style><script type=application/ld+json>{}</script>`), 9)
	f.Fuzz(func(t *testing.T, page []byte, cut int) {
		want := strip(string(page))
		if len(want) > len(page) {
			t.Fatalf("kept %d bytes of %d", len(want), len(page))
		}
		if len(page) == 0 {
			return
		}
		cut = (cut%len(page) + len(page)) % len(page)
		s := newStripper(nil)
		s.write(page[:cut])
		s.write(page[cut:])
		if string(s.out) != want {
			t.Fatalf("cut at %d: %q, whole: %q", cut, s.out, want)
		}
	})
}
