package clean

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkApply runs the default rules over the blocks of a whole-page
// text, most of them body text no rule matches.
func BenchmarkApply(b *testing.B) {
	data, err := os.ReadFile("../testdata/text/cnn-portland-heat-dome.txt")
	if err != nil {
		b.Fatal(err)
	}
	var blocks []Block
	for _, p := range strings.Split(string(data), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			blocks = append(blocks, Block{Kind: Paragraph, Text: p})
		}
	}
	rules, err := Compile(Default())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rules.Apply(blocks, Page{Host: "edition.cnn.com"})
	}
}
