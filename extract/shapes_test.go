package extract_test

import (
	"bytes"
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
)

// A shape is a page built of one unit repeated n times, around an article
// of a few paragraphs: the shapes that make parsers and readability work
// hardest.
type shape struct {
	name         string
	open, close_ string // written once, around the units
	unit         func(i int) string
}

var shapes = []shape{
	{"deep-div", "", "", func(int) string { return "<div>" }},
	{"unclosed-li", "<ul>", "</ul>", func(int) string { return "<li>item " }},
	{"unclosed-p", "", "", func(int) string { return "<p>line " }},
	{"unclosed-table", "", "", func(int) string { return "<table>" }},
	{"div-siblings", "", "", func(int) string { return "<div>box</div>" }},
	{"long-line", "<p>", "</p>", func(int) string { return "<b>w</b> " }},
	{"attributes", "<div", ">", func(i int) string { return " a" + strconv.Itoa(i) + `="v"` }},
	{"text-node", "<p>", "</p>", func(int) string { return "word " }},
}

// page returns the shape's page with n units.
func (s shape) page(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Council closes the old bridge</title></head><body><p>" + deepParagraphs[0] + "</p>")
	b.WriteString(s.open)
	for i := 0; i < n; i++ {
		b.WriteString(s.unit(i))
	}
	b.WriteString(s.close_)
	for _, p := range deepParagraphs[1:] {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// extractShape reads a shape's page; a page the rules find empty is fine.
func extractShape(tb testing.TB, page []byte) {
	e, err := extract.New(extract.WithMaxBytes(64 << 20))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := e.FromHTML(bytes.NewReader(page), extract.Source{}); err != nil && !errors.Is(err, extract.ErrNoContent) {
		tb.Fatal(err)
	}
}

// BenchmarkShapes sweeps every shape over 10⁴, 10⁵ and 10⁶ units: ns/op,
// B/op and allocs/op should grow tenfold from one size to the next, no
// more.
func BenchmarkShapes(b *testing.B) {
	for _, s := range shapes {
		for _, n := range []int{1e4, 1e5, 1e6} {
			page := s.page(n)
			b.Run(s.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					extractShape(b, page)
				}
			})
		}
	}
}

// cost is what one extraction took.
type cost struct {
	allocs, bytes uint64
	time          time.Duration
}

// measureCost measures one extraction, its time as the CPU time
// the process used, which the load of other processes does not inflate
// (the collector's work counts too).
func measureCost(tb testing.TB, page []byte) cost {
	runtime.GC()
	return measure(func() { extractShape(tb, page) })
}

// minTimed is the least CPU time measure spends on f to time it: the
// kernel accounts CPU time in ticks of a few milliseconds, so one short
// run can read as a tick or as nothing.
const minTimed = 50 * time.Millisecond

// measure runs f once and returns its allocations, and the CPU time the
// process used per run of f, running it again until minTimed has passed.
func measure(f func()) cost {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, _ := cpuTime()
	f()
	end, ok := cpuTime()
	runtime.ReadMemStats(&after)
	c := cost{allocs: after.Mallocs - before.Mallocs, bytes: after.TotalAlloc - before.TotalAlloc}
	if !ok {
		return c
	}
	runs := 1
	for ; end-start < minTimed && runs < 1000; runs++ {
		f()
		end, _ = cpuTime()
	}
	c.time = (end - start) / time.Duration(runs)
	return c
}

// Bounds on the growth of cost from n to 10n units. Allocation counts and
// bytes are all but deterministic, and a linear cost grows tenfold, less
// what does not depend on n: twice that fails. Time is noisy on a shared
// machine, so its bound only catches a quadratic step (a hundredfold).
const (
	maxAllocGrowth = 20
	maxTimeGrowth  = 40
)

// TestShapesLinear fails when the cost of any shape grows faster than its
// size: from 10³ to 10⁴ and 10⁴ to 10⁵ units, and to 10⁶ without -short.
func TestShapesLinear(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation and time; run without -race")
	}
	sizes := []int{1e3, 1e4, 1e5, 1e6}
	if testing.Short() {
		sizes = sizes[:3]
	}
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			var last cost
			for i, n := range sizes {
				c := measureCost(t, s.page(n))
				if i > 0 {
					t.Logf("%d units: %d allocations (%.1fx), %d bytes (%.1fx), %v (%.1fx)", n,
						c.allocs, ratio(c.allocs, last.allocs), c.bytes, ratio(c.bytes, last.bytes), c.time, float64(c.time)/float64(last.time))
					assert.LessOrEqual(t, ratio(c.allocs, last.allocs), float64(maxAllocGrowth), "allocations from %d to %d units", n/10, n)
					assert.LessOrEqual(t, ratio(c.bytes, last.bytes), float64(maxAllocGrowth), "bytes from %d to %d units", n/10, n)
					if n >= 1e5 && last.time > 0 { // below that, fixed costs and timer noise dominate
						assert.LessOrEqual(t, float64(c.time)/float64(last.time), float64(maxTimeGrowth), "time from %d to %d units", n/10, n)
					}
				}
				last = c
			}
		})
	}
}

func ratio(a, b uint64) float64 { return float64(a) / float64(max(b, 1)) }

// TestMillionListItems: the page the element budget is for.
func TestMillionListItems(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a million elements; run without -short and -race")
	}
	page := []byte(strings.Repeat("<li>", 1000000))
	use := measureHeap(func() { extractShape(t, page) })
	t.Logf("%.1f MB of <li>: peak heap %.1fx, allocation %.1fx", float64(len(page))/1e6,
		float64(use.peak)/float64(len(page)), float64(use.total)/float64(len(page)))
	assert.LessOrEqual(t, float64(use.peak)/float64(len(page)), 20.0)
}
