package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestInputFlagErrors checks the flags of WARC, URL and list input refuse
// values that make no sense, with a short message and exit 2.
func TestInputFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-per-host", "0", "https://news.example/"},
		{"-timeout", "0s", "https://news.example/"},
		{"-timeout", "soon", "https://news.example/"},
		{"-max-bytes", "big", textPage},
		{"-i", "-", "-"},
	} {
		res := declutter(t, "", "", args...)
		if res.code != exitUsage || res.stdout != "" || res.stderr == "" || strings.Count(res.stderr, "\n") > 3 {
			t.Errorf("declutter %s: exit %d, stdout %q, stderr %q; want exit 2 and a short message", strings.Join(args, " "), res.code, res.stdout, res.stderr)
		}
	}
	// A list that cannot be read is an error line, not the end of the batch.
	missing := filepath.Join(t.TempDir(), "missing.txt")
	res := declutter(t, "", "", "-i", missing, textPage).want(t, exitFailed)
	if recs := jsonLines(t, res.stdout); len(recs) != 2 || recs[1].Error == "" || recs[0].Article == nil {
		t.Errorf("want the page and an error line for the list, got\n%s", res.stdout)
	}
}

func TestHelpListsInputFlags(t *testing.T) {
	res := declutter(t, "", "", "-h").want(t, exitOK)
	for _, flag := range []string{"-warc", "-i FILE", "-max-bytes", "-per-host", "-timeout"} {
		if !strings.Contains(res.stderr, flag) {
			t.Errorf("-h lacks %s:\n%s", flag, res.stderr)
		}
	}
}

func TestProgressCountsWhenTotalUnknown(t *testing.T) {
	var b strings.Builder
	p := &progress{w: &b}
	p.update(5)
	if b.String() != "\r5 pages" {
		t.Errorf("progress without a total drew %q", b.String())
	}
}
