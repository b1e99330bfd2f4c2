package clean

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that any rule file either fails to parse with an error
// naming its line, or parses into rules that compile and that Apply can
// run on any block without panicking.
func FuzzParse(f *testing.F) {
	names, _ := fs.Glob(defaultFiles, "rules/*.rules")
	for _, name := range names {
		data, err := fs.ReadFile(defaultFiles, name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data), "Read more: Starmer to meet Zelensky")
	}
	f.Add("kind related\nx strip regexp \\.\\.\\.|…\nexample: Weiter…", "Weiterlesen … und mehr…")
	f.Add("kind promo\nx strip regexp [“”\"]\nexample: „Zitat“", "„Zitat“ und “mehr”")
	f.Add("kind promo\nx drop regexp \\bapp\\b\n", "\u200b\u00a0app\t!")
	f.Fuzz(func(t *testing.T, src, block string) {
		rs, err := Parse(strings.NewReader(src))
		if err != nil {
			if !strings.Contains(err.Error(), "line ") {
				t.Errorf("error names no line: %v", err)
			}
			return
		}
		c, err := Compile(rs)
		if err != nil {
			t.Fatalf("Parse accepted rules Compile refuses: %v", err)
		}
		res := c.Apply(paragraphs(block, block+" "+block), Page{Host: "example.com"})
		if utf8.ValidString(block) {
			for _, b := range res.Kept {
				if !utf8.ValidString(b.Text) {
					t.Errorf("kept invalid UTF-8: %q", b.Text)
				}
			}
		}
	})
}
