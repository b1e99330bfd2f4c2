package extracttest

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
)

// update is this test package's own -update flag, defined the way a user's
// test package defines one. Were extracttest to register a flag of that
// name too, this test binary would panic before running a test.
var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// TestRun runs the package on its own pages, as a user's test would.
func TestRun(t *testing.T) {
	Run(t, "testdata/pages", nil, RequireExpect(), WithUpdate(*update))
}

// TestRegistersNoFlags: the only flags in a test binary that imports
// extracttest are the testing package's and the test's own.
func TestRegistersNoFlags(t *testing.T) {
	flag.VisitAll(func(f *flag.Flag) {
		if !strings.HasPrefix(f.Name, "test.") && f.Name != "update" {
			t.Errorf("flag -%s registered on import", f.Name)
		}
	})
}

// recorder is a testing.TB that records what it is told, for testing Run
// outside a subtest.
type recorder struct {
	testing.TB // nil: Run calls only the methods below
	errors     []string
	logs       []string
	fatal      string
}

func (r *recorder) Helper()           {}
func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }
func (r *recorder) Log(args ...any)   { r.logs = append(r.logs, fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// record runs f with a recorder, as the testing package runs a test: in a
// goroutine of its own, which Fatalf ends.
func record(f func(tb testing.TB)) *recorder {
	r := new(recorder)
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func TestRunOnATB(t *testing.T) {
	t.Setenv(UpdateEnv, "") // even in an updating run of the package
	page := pageCopy(t)
	edit(t, GoldenPath(page), "from next week", "from next month")
	dir := strings.TrimSuffix(page, pageName)

	r := record(func(tb testing.TB) { Run(tb, dir, nil) })
	if r.fatal != "" || len(r.logs) != 0 || len(r.errors) != 1 ||
		!strings.HasPrefix(r.errors[0], pageName+": "+GoldenPath(page)+" differs (-want +got):") {
		t.Fatalf("Run on a spoiled golden file: %+v", r)
	}

	r = record(func(tb testing.TB) { Run(tb, dir, nil, WithUpdate(true)) })
	if r.fatal != "" || len(r.errors) != 0 || len(r.logs) != 1 || r.logs[0] != pageName+": rewrote "+GoldenPath(page) {
		t.Fatalf("Run WithUpdate(true): %+v", r)
	}
	r = record(func(tb testing.TB) { Run(tb, dir, nil) })
	if r.fatal != "" || len(r.errors) != 0 || len(r.logs) != 0 {
		t.Errorf("Run after the update: %+v", r)
	}
}

func TestRunUpdateEnv(t *testing.T) {
	for _, tc := range []struct {
		env     string
		rewrite bool
		fatal   string
	}{
		{env: "1", rewrite: true},
		{env: "true", rewrite: true},
		{env: "0"},
		{env: "false"},
		{env: "yes", fatal: `extracttest: DECLUTTER_UPDATE="yes": want 1 or 0`},
	} {
		page := pageCopy(t)
		golden := GoldenPath(page)
		edit(t, golden, "from next week", "from next month")
		t.Setenv(UpdateEnv, tc.env)
		r := record(func(tb testing.TB) { Run(tb, strings.TrimSuffix(page, pageName), nil) })
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		rewritten := strings.Contains(string(data), "from next week")
		switch {
		case r.fatal != tc.fatal:
			t.Errorf("%s=%s: fatal %q, want %q", UpdateEnv, tc.env, r.fatal, tc.fatal)
		case rewritten != tc.rewrite:
			t.Errorf("%s=%s: golden file rewritten: %v", UpdateEnv, tc.env, rewritten)
		case tc.fatal == "" && !tc.rewrite && len(r.errors) != 1:
			t.Errorf("%s=%s: errors %q, want the difference", UpdateEnv, tc.env, r.errors)
		}
	}
}

func TestRunFolderProblems(t *testing.T) {
	for dir, want := range map[string]string{
		t.TempDir():         "extracttest: no pages (.html, .htm, .txt) in ",
		"testdata/missing/": "extracttest: open testdata/missing/: no such file or directory",
	} {
		r := record(func(tb testing.TB) { Run(tb, dir, nil) })
		if !strings.HasPrefix(r.fatal, want) {
			t.Errorf("Run on %s: fatal %q, want %q", dir, r.fatal, want)
		}
	}
}
