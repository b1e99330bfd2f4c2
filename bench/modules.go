package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode"
)

// Modules whose files (not just code) the benchmark reads at run time.
const (
	trafilaturaModule = "github.com/markusmobius/go-trafilatura"
	trafilaturaVer    = "v1.12.2"
	readabilityModule = "codeberg.org/readeck/go-readability/v2"
	readabilityVer    = "v2.1.3"
)

// moduleDir returns the directory of a module in the module cache. It asks
// `go list -m` first (run from the bench module, so it resolves the version
// pinned in go.mod) and falls back to GOMODCACHE/<escaped path>@<version>.
func moduleDir(path, version string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if dir := strings.TrimSpace(string(out)); err == nil && dir != "" {
		return dir, nil
	}

	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("locating %s: go env GOMODCACHE: %w", path, err)
	}
	dir := filepath.Join(string(bytes.TrimSpace(cache)), escapeModulePath(path)+"@"+version)
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("locating %s: %w (run `go mod download` in bench/)", path, err)
	}
	return dir, nil
}

// escapeModulePath applies the module cache's case encoding: every upper-case
// letter becomes '!' followed by its lower-case form.
func escapeModulePath(path string) string {
	var b strings.Builder
	for _, r := range path {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
