package extract_test

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
)

// textShapes are whole-page texts of about n bytes: a news page, and the
// shapes that make the text path work hardest — one endless line, lines
// of punctuation, a line repeated down the page, a prompt that looks ahead
// for prose repeated down the page, and short menu lines.
var textShapes = map[string]func(n int) []byte{
	"news-page": wholePage,
	"one-line": func(n int) []byte {
		return bytes.Repeat([]byte("The council voted on Tuesday, 12 March 2025, to close the bridge. "), n/66)
	},
	"punctuation": func(n int) []byte {
		return bytes.Repeat([]byte("“—” (a) [b] «c» … ‘d’, e; f: g/h! i? j.\n\n"), n/48)
	},
	"repeated-line": func(n int) []byte {
		return bytes.Repeat([]byte("Engineers found cracks in the arches during an inspection in the spring.\n\n"), n/74)
	},
	"prompts": func(n int) []byte {
		return bytes.Repeat([]byte("Subscribe to keep reading this article.\n\nThe council said on Tuesday that the repairs would take a year and cost more than planned at first.\n\n"), n/140)
	},
	"menu": func(n int) []byte {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString([]string{"Home\n", "News\n", "Sport\n", "Weather\n", "Opinion, Letters\n"}[i%5])
		}
		return []byte(b.String())
	},
}

// measureTextCost runs FromText once on data and measures it as
// measureCost does.
func measureTextCost(tb testing.TB, data []byte) cost {
	e, err := extract.New(extract.WithMaxBytes(64 << 20))
	if err != nil {
		tb.Fatal(err)
	}
	run := func(data []byte) {
		if _, err := e.FromText(bytes.NewReader(data), extract.Source{URL: "https://gazette.example/news/council-to-close-old-river-bridge"}); err != nil && !errors.Is(err, extract.ErrNoContent) {
			tb.Fatal(err)
		}
	}
	run(wholePage(1 << 10)) // compile the rules first
	// Two collections empty the buffer pools, so that what the run
	// allocates does not depend on what ran before it.
	runtime.GC()
	runtime.GC()
	return measure(func() { run(data) })
}

// TestFromTextLinear fails when the cost of the text path grows faster than
// its input: from 10 KB to 100 KB, and to 1 MB without -short, the bounds
// of TestShapesLinear.
func TestFromTextLinear(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation and time; run without -race")
	}
	sizes := []int{10 << 10, 100 << 10, 1 << 20}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for name, shape := range textShapes {
		t.Run(name, func(t *testing.T) {
			var last cost
			for i, n := range sizes {
				c := measureTextCost(t, shape(n))
				if i > 0 {
					t.Logf("%d KB: %d allocations (%.1fx), %d bytes (%.1fx), %v (%.1fx)", n>>10,
						c.allocs, ratio(c.allocs, last.allocs), c.bytes, ratio(c.bytes, last.bytes), c.time, float64(c.time)/float64(last.time))
					assert.LessOrEqual(t, ratio(c.allocs, last.allocs), float64(maxAllocGrowth), "allocations from %d to %d KB", n>>10/10, n>>10)
					assert.LessOrEqual(t, ratio(c.bytes, last.bytes), float64(maxAllocGrowth), "bytes from %d to %d KB", n>>10/10, n>>10)
					if n >= 1<<20 && last.time > 0 { // below that, fixed costs and timer noise dominate
						assert.LessOrEqual(t, float64(c.time)/float64(last.time), float64(maxTimeGrowth), "time from %d to %d KB", n>>10/10, n>>10)
					}
				}
				last = c
			}
		})
	}
}
