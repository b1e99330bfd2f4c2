package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		done, total int
		want        string
	}{
		{0, 3, "[>" + strings.Repeat(" ", progressWidth-1) + "] 0/3 pages"},
		{3, 3, "[" + strings.Repeat("=", progressWidth) + "] 3/3 pages"},
		{1, 2, "[" + strings.Repeat("=", progressWidth/2) + ">" + strings.Repeat(" ", progressWidth/2-1) + "] 1/2 pages"},
		{9, 2, "[" + strings.Repeat("=", progressWidth) + "] 2/2 pages"},
		{1, 0, ""},
	} {
		if got := progressLine(tc.done, tc.total); got != tc.want {
			t.Errorf("progressLine(%d, %d) = %q, want %q", tc.done, tc.total, got, tc.want)
		}
	}
}

func TestNoProgressWithoutTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(&strings.Builder{}) {
		t.Error("a file or a buffer taken for a terminal")
	}
	if p := newProgress(f, 10); p.w != nil {
		t.Error("progress drawn on a file")
	}
}
