package extract

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html/atom"
)

// removalShape is the shape of a removal name, a word, a slash and a name,
// which a name outside the kinds of clean ("text/menu") has too.
var removalShape = regexp.MustCompile(`^[a-z]+/[a-z][a-z0-9-]*$`)

// notRemovalNames are the strings of removalShape in the package's source
// that name something else.
var notRemovalNames = []string{"text/plain"}

// TestRemovalNamesAreListed checks that the code names no removal outside
// the documented list in removals.go: every string in the package's source
// shaped like a removal name is one of fixedRemovalNames, and each of those
// starts with a kind of clean.
func TestRemovalNamesAreListed(t *testing.T) {
	kinds := []clean.Kind{clean.Promo, clean.Paywall, clean.Credit, clean.Newsletter, clean.Share,
		clean.Related, clean.Ad, clean.Legal, clean.Nav, clean.Banner}
	for _, name := range fixedRemovalNames {
		if kind, _, _ := strings.Cut(name, "/"); !slices.Contains(kinds, clean.Kind(kind)) {
			t.Errorf("removal name %q does not start with a kind of clean", name)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if _, ok := n.(*ast.ImportSpec); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err == nil && removalShape.MatchString(s) && !slices.Contains(fixedRemovalNames, s) && !slices.Contains(notRemovalNames, s) {
				t.Errorf("%s: removal name %q is not in the list in removals.go", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
}

// knownRemoval reports whether name is a default rule's, one of the fixed
// names, or a pre-pass name made from the vocabulary.
func knownRemoval(name string, defaults map[string]bool) bool {
	if defaults[name] || slices.Contains(fixedRemovalNames, name) {
		return true
	}
	kind, what, _ := strings.Cut(name, "/")
	switch {
	case strings.HasPrefix(what, elementPrefix):
		a := atom.Lookup([]byte(strings.TrimPrefix(what, elementPrefix)))
		k, ok := clutterElements[a]
		return ok && string(k) == kind
	case strings.HasPrefix(what, rolePrefix):
		k, ok := defaultVocabulary().roles[strings.TrimPrefix(what, rolePrefix)]
		return ok && string(k) == kind
	case strings.HasPrefix(what, classPrefix):
		k, ok := defaultVocabulary().classWords[strings.TrimPrefix(what, classPrefix)]
		return ok && string(k) == kind
	}
	return false
}

// TestGoldenRemovalsAreKnown checks every removal the golden pages record
// against the rules and the documented names.
func TestGoldenRemovalsAreKnown(t *testing.T) {
	defaults := map[string]bool{}
	for _, r := range clean.Default() {
		defaults[r.Name] = true
	}
	goldens, err := filepath.Glob("../testdata/*/*.golden.json")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	seen := 0
	for _, path := range goldens {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var a struct{ Removed []struct{ Rule, Kind string } }
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, r := range a.Removed {
			seen++
			if !knownRemoval(r.Rule, defaults) {
				t.Errorf("%s: removal %q is neither a default rule nor in removals.go", path, r.Rule)
			}
			if !strings.HasPrefix(r.Rule, r.Kind+"/") {
				t.Errorf("%s: removal %q is of kind %q", path, r.Rule, r.Kind)
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d removals in the golden pages; is the format still {\"removed\": [{\"rule\": …}]}?", seen)
	}
	for _, name := range []string{"nav/element-footer", "share/class-social", "banner/role-dialog", RuleDateLine, "share/comments"} {
		if !knownRemoval(name, defaults) {
			t.Errorf("knownRemoval(%q) = false", name)
		}
	}
	for _, name := range []string{"nav/element-p", "share/class-footer", "nav/made-up"} {
		if knownRemoval(name, defaults) {
			t.Errorf("knownRemoval(%q) = true", name)
		}
	}
}
