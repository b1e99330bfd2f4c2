package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the declutter command built once for the tests that run it, as
// a user would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "declutter-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "declutter")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building declutter:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A cmdResult is what one run of the binary printed and returned.
type cmdResult struct {
	stdout, stderr string
	code           int
}

// declutter runs the binary in dir ("" for this package's folder) with
// stdin as its standard input.
func declutter(t *testing.T, dir, stdin string, args ...string) cmdResult {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := cmdResult{stdout: stdout.String(), stderr: stderr.String()}
	if exit, ok := err.(*exec.ExitError); ok {
		res.code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running declutter %s: %v", strings.Join(args, " "), err)
	}
	return res
}

// want fails the test unless the run exited with code.
func (r cmdResult) want(t *testing.T, code int) cmdResult {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstderr:\n%s", r.code, code, r.stderr)
	}
	return r
}
