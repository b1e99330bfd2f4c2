package extract_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/declutter/declutter/extract"
)

// wholePage builds the innerText of a news page of about size bytes:
// a menu, a headline, a byline, paragraphs with crossheads and teaser
// boxes, a "Most read" list and a footer, each part in proportion.
func wholePage(size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size/10; i++ {
		fmt.Fprintf(&b, "Section %d\nTopic %d\n", i, i)
	}
	b.WriteString("\nCouncil to close the old river bridge for a year of repairs\n\nBy Jane Doe\n12 March 2025\n\n")
	for i := 0; b.Len() < size*8/10; i++ {
		fmt.Fprintf(&b, "Engineers found cracks in %d of the arches during an inspection in the spring, the council said on Tuesday night.\n\n", i)
		if i%6 == 5 {
			fmt.Fprintf(&b, "Crosshead number %d\n\nRelated\nA teaser for story %d\nAnother teaser %d\n\n", i, i, i)
		}
	}
	b.WriteString("Most read\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Story %d in the list of most read\n\n", i)
	}
	return b.Bytes()
}

// BenchmarkFromTextWholePage measures the text path on whole pages of
// 10 KB, 100 KB and 1 MB: time per byte should stay flat.
func BenchmarkFromTextWholePage(b *testing.B) {
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		data := wholePage(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := extract.FromText(bytes.NewReader(data), extract.Source{URL: "https://gazette.example/news/council-to-close-old-river-bridge"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
