package extract_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// moduleDir returns where the Go toolchain keeps a module this one depends
// on, so tests can read the pages its zip ships without copying them.
func moduleDir(tb testing.TB, module string) string {
	tb.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		tb.Fatalf("locating %s: %v", module, err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		tb.Fatalf("module %s is not downloaded (run go mod download)", module)
	}
	return dir
}

// readabilityPages returns the test-pages folders that ship in
// go-readability's module zip.
func readabilityPages(tb testing.TB) []string {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join(moduleDir(tb, "codeberg.org/readeck/go-readability/v2"), "test-pages", "*"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no test-pages in go-readability's module: %v", err)
	}
	return dirs
}
