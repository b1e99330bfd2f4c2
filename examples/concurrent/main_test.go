package main

import (
	"strings"
	"testing"
)

// TestSameOutputWhateverTheGoroutines also gives the race detector
// (go test -race) shared use of one Extractor to look at.
func TestSameOutputWhateverTheGoroutines(t *testing.T) {
	outputs := map[int]string{}
	for _, n := range []int{1, 4} {
		var out strings.Builder
		if err := run(bundled, "testdata", n, &out); err != nil {
			t.Fatal(err)
		}
		body, summary, _ := strings.Cut(out.String(), "\n6 pages, 0 failed, ")
		if summary == "" {
			t.Fatalf("-n %d: want 6 pages and no failure:\n%s", n, out.String())
		}
		outputs[n] = body
	}
	if outputs[1] != outputs[4] {
		t.Errorf("1 and 4 goroutines disagree:\n%s\n---\n%s", outputs[1], outputs[4])
	}
}
