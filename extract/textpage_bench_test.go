package extract_test

import (
	"bytes"
	"fmt"
	"strings"
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

// mixedWords are the words the mixed page's lines are made of.
var mixedWords = strings.Fields(`the council said on Tuesday that engineers had found
cracks in several arches of the old river bridge during a routine inspection
and that repairs would take most of next year while traffic is sent through
the town centre residents told reporters they feared for local shops but
welcomed the work which had been delayed for almost a decade because money
ran short after the floods of 2019 according to figures published by the
regional transport office last month`)

// mixedPage builds the innerText of a news page of about size bytes as a
// browser gives it: single newlines, a long menu of short lines, a
// headline with kicker, byline, date and share buttons, paragraphs of
// varied length with captions, credits, crossheads and link lists among
// them, comments with timestamps and a long footer.
func mixedPage(size int) []byte {
	var b bytes.Buffer
	seed := uint32(7)
	next := func(n int) int { // a small LCG: the page is the same every run
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	sentence := func(words int) string {
		var s strings.Builder
		for i := range words {
			w := mixedWords[next(len(mixedWords))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				s.WriteByte(' ')
			}
			s.WriteString(w)
			if i > 2 && i < words-2 && next(9) == 0 {
				s.WriteByte(',')
			}
		}
		s.WriteByte('.')
		return s.String()
	}
	menu := []string{"Home", "News", "UK", "World", "Business", "Politics", "Sport", "Culture", "Travel", "Opinion", "Video", "Podcasts", "Newsletters", "Sign in", "Subscribe", "Search"}
	for i := 0; b.Len() < size/12; i++ {
		fmt.Fprintf(&b, "%s\n", menu[i%len(menu)])
		if i%len(menu) == len(menu)-1 {
			fmt.Fprintf(&b, "Local %d\nWeather\nTraffic and travel\n", i)
		}
	}
	b.WriteString("Transport\nCouncil to close the old river bridge for a year of repairs\nBy Jane Doe, Transport Correspondent\n12 March 2025 | 6:00 PM\nShare\nFacebook\nX\nEmail\n5 min read\n")
	b.WriteString("The bridge seen from the south bank in February. Photograph: Sam Field/Gazette Photos\n")
	for i := 0; b.Len() < size*7/10; i++ {
		var p []string
		for range 1 + next(5) {
			p = append(p, sentence(6+next(22)))
		}
		b.WriteString(strings.Join(p, " ") + "\n")
		switch next(10) {
		case 0:
			fmt.Fprintf(&b, "Workers on the arches in the spring of %d. Image source, Gazette/Alex Brown\n", 2000+next(25))
		case 1:
			fmt.Fprintf(&b, "What happens next\n")
		case 2:
			fmt.Fprintf(&b, "Read more:\n%s\n%s\n", sentence(8), sentence(10))
		case 3:
			fmt.Fprintf(&b, "“%s” said Maria Lopez, who runs a bakery by the bridge.\n", sentence(12))
		case 4:
			b.WriteString("Advertisement\n")
		}
	}
	b.WriteString("Topics\nTransport\nBridges\nLocal government\nMore on this story\n")
	for range 12 {
		fmt.Fprintf(&b, "%s\n%d hours ago\n", strings.TrimSuffix(sentence(7+next(6)), "."), 1+next(23))
	}
	b.WriteString("Comments (42)\n")
	for i := 0; b.Len() < size*9/10; i++ {
		fmt.Fprintf(&b, "reader%d\n%d March 2025 at %d:%02d\n%s\nReply\n", i, 1+next(28), next(24), next(60), sentence(5+next(30)))
	}
	footer := []string{"About us", "Contact", "Help", "Privacy policy", "Cookie settings", "Terms and conditions", "Advertise with us", "Accessibility", "Careers", "© 2025 Gazette Media Ltd. All rights reserved."}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s\n", footer[i%len(footer)])
	}
	return b.Bytes()
}

// BenchmarkFromTextMixedPage measures the text path on a 100 KB page
// shaped like a browser's rendering: many short lines, captions, bylines,
// link lists and comments besides the paragraphs.
func BenchmarkFromTextMixedPage(b *testing.B) {
	data := mixedPage(100 << 10)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.FromText(bytes.NewReader(data), extract.Source{URL: "https://gazette.example/news/council-to-close-old-river-bridge"}); err != nil {
			b.Fatal(err)
		}
	}
}
