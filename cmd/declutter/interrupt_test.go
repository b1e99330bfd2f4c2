package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt starts a batch over a list of URLs whose later pages never
// come, interrupts it as Ctrl-C does, and checks that it stops at once:
// the pages done are printed, the ones under way are error lines, no new
// page is fetched, and the summary and exit code say it was interrupted.
func TestInterrupt(t *testing.T) {
	page := read(t, htmlPage)
	var slow atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/slow/") {
			slow.Add(1)
			select {
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })

	var list strings.Builder
	for i := range 2 {
		fmt.Fprintf(&list, "%s/fast/%d\n", srv.URL, i)
	}
	for i := range 20 {
		fmt.Fprintf(&list, "%s/slow/%d\n", srv.URL, i)
	}
	listPath := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(listPath, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(binary, "-j", "2", "-per-host", "4", "-i", listPath)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var out []string
	for len(out) < 2 {
		select {
		case l := <-lines:
			out = append(out, l)
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("the two fast pages were not printed; stderr:\n%s", stderr.String())
		}
	}
	// Interrupt once both workers are waiting on a slow page.
	for deadline := time.Now().Add(30 * time.Second); slow.Load() < 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the slow pages were not requested")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	for l := range lines {
		out = append(out, l)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running 10s after SIGINT; stderr:\n%s", stderr.String())
	}
	t.Logf("exited %v after SIGINT", time.Since(sent).Round(time.Millisecond))

	if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
		t.Errorf("exit code %d, want %d", code, exitInterrupted)
	}
	recs := jsonLines(t, strings.Join(out, "\n")+"\n")
	if len(recs) != 4 {
		t.Fatalf("want 2 pages and 2 error lines for the pages under way, got\n%s", strings.Join(out, "\n"))
	}
	for i, r := range recs {
		if slowPage := i >= 2; slowPage != (r.Error != "") || slowPage == (r.Article != nil) {
			t.Errorf("line %d: want %s, got %+v", i, map[bool]string{false: "an article", true: "an error"}[slowPage], r)
		}
	}
	if n := slow.Load(); n != 2 {
		t.Errorf("%d slow pages requested, want the 2 under way and no new one after the interrupt", n)
	}
	if !strings.Contains(stderr.String(), "declutter: interrupted: 4 pages, 2 errors") {
		t.Errorf("summary: %q", stderr.String())
	}
}

// TestPageTimeout checks that a page over -page-timeout is an error line
// naming the bound and that the batch goes on to the next page.
func TestPageTimeout(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(read(t, htmlPage)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := declutter(t, "", "", "-page-timeout", "1ns", a, b).want(t, exitFailed)
	recs := jsonLines(t, res.stdout)
	if len(recs) != 2 {
		t.Fatalf("want two error lines, got\n%s", res.stdout)
	}
	for _, r := range recs {
		if !strings.Contains(r.Error, "-page-timeout of 1ns") || r.Article != nil {
			t.Errorf("%s: want a -page-timeout error, got %+v", r.Path, r)
		}
	}
	if !strings.Contains(res.stderr, "2 pages, 2 errors") {
		t.Errorf("summary %q", res.stderr)
	}

	// Without the bound, or with a generous one, the same pages are read.
	res = declutter(t, "", "", "-page-timeout", "0", a, b).want(t, exitOK)
	if recs := jsonLines(t, res.stdout); len(recs) != 2 || recs[0].Article == nil || recs[1].Article == nil {
		t.Errorf("want two articles with -page-timeout 0, got\n%s", res.stdout)
	}
	declutter(t, "", "", "-page-timeout", "-1s", a).want(t, exitUsage)
}
