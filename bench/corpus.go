package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// Entry is one row of go-trafilatura's annotated comparison table
// (scripts/comparison/data.go): a page and the snippets that a good
// extraction must (With) and must not (Without) contain, with the title and
// authors the annotators give, where they give them.
type Entry struct {
	URL     string
	File    string
	With    []string
	Without []string
	Title   string
	Authors []string
}

// Page is an Entry with its HTML loaded and decoded to UTF-8.
type Page struct {
	Entry
	Parsed *url.URL
	HTML   []byte
}

// comparisonTable is the variable in data.go that holds the annotations.
const comparisonTable = "comparisonData"

// parseComparisonData extracts the annotation table from the source of
// go-trafilatura's scripts/comparison/data.go, sorted by URL. Only the
// fields the scorer needs are read; others are ignored.
func parseComparisonData(src []byte) ([]Entry, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "data.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	table := findVarValue(f, comparisonTable)
	if table == nil {
		return nil, fmt.Errorf("data.go: no composite literal for var %s", comparisonTable)
	}

	var entries []Entry
	for _, elt := range table.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, fmt.Errorf("data.go: unexpected map element %T", elt)
		}
		e, err := parseEntry(kv)
		if err != nil {
			return nil, fmt.Errorf("data.go: %w", err)
		}
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].URL < entries[j].URL })
	return entries, nil
}

// findVarValue returns the composite literal assigned to the top-level
// variable name, or nil.
func findVarValue(f *ast.File, name string) *ast.CompositeLit {
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if id.Name == name && i < len(vs.Values) {
					lit, _ := vs.Values[i].(*ast.CompositeLit)
					return lit
				}
			}
		}
	}
	return nil
}

// parseEntry reads one `"url": {File: ..., With: ..., Without: ..., Title:
// ..., Authors: ...}` element.
func parseEntry(kv *ast.KeyValueExpr) (Entry, error) {
	var e Entry
	var err error
	if e.URL, err = stringValue(kv.Key); err != nil {
		return e, fmt.Errorf("map key: %w", err)
	}
	body, ok := kv.Value.(*ast.CompositeLit)
	if !ok {
		return e, fmt.Errorf("%s: value is %T, want composite literal", e.URL, kv.Value)
	}
	for _, elt := range body.Elts {
		field, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return e, fmt.Errorf("%s: positional fields are not supported", e.URL)
		}
		name, _ := field.Key.(*ast.Ident)
		if name == nil {
			continue
		}
		switch name.Name {
		case "File":
			e.File, err = stringValue(field.Value)
		case "With":
			e.With, err = stringSlice(field.Value)
		case "Without":
			e.Without, err = stringSlice(field.Value)
		case "Title":
			e.Title, err = stringValue(field.Value)
		case "Authors":
			e.Authors, err = stringSlice(field.Value)
		}
		if err != nil {
			return e, fmt.Errorf("%s: field %s: %w", e.URL, name.Name, err)
		}
	}
	return e, nil
}

// stringSlice evaluates a []string{...} literal.
func stringSlice(x ast.Expr) ([]string, error) {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("got %T, want []string literal", x)
	}
	out := make([]string, 0, len(lit.Elts))
	for _, elt := range lit.Elts {
		s, err := stringValue(elt)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// stringValue evaluates a constant string expression: a literal, a
// parenthesised one, or a concatenation of them.
func stringValue(x ast.Expr) (string, error) {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", fmt.Errorf("literal %s is not a string", x.Value)
		}
		return strconv.Unquote(x.Value)
	case *ast.ParenExpr:
		return stringValue(x.X)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			break
		}
		l, err := stringValue(x.X)
		if err != nil {
			return "", err
		}
		r, err := stringValue(x.Y)
		return l + r, err
	}
	return "", fmt.Errorf("unsupported string expression %T", x)
}

// corpusEntries reads the annotation table of the go-trafilatura module at
// modDir; limit > 0 keeps only its first limit entries (by URL).
func corpusEntries(modDir string, limit int) ([]Entry, error) {
	src, err := os.ReadFile(filepath.Join(modDir, "scripts", "comparison", "data.go"))
	if err != nil {
		return nil, err
	}
	entries, err := parseComparisonData(src)
	if err != nil {
		return nil, err
	}
	if limit > 0 && limit < len(entries) {
		entries = entries[:limit]
	}
	return entries, nil
}

// loadCorpus reads the annotation table from the go-trafilatura module at
// modDir and loads the pages it names, as its comparison does: from
// test-files/comparison, else test-files/mock, skipping entries whose URL
// does not parse. limit > 0 keeps only the first limit entries (by URL).
func loadCorpus(modDir string, limit int) ([]Page, error) {
	entries, err := corpusEntries(modDir, limit)
	if err != nil {
		return nil, err
	}

	pages := make([]Page, 0, len(entries))
	for _, e := range entries {
		u, err := url.ParseRequestURI(e.URL)
		if err != nil {
			warnf("skipping %s: %v", e.URL, err)
			continue
		}
		raw, err := readTestFile(modDir, e.File)
		if err != nil {
			return nil, err
		}
		text, err := decodeHTML(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.File, err)
		}
		pages = append(pages, Page{Entry: e, Parsed: u, HTML: text})
	}
	return pages, nil
}

// readTestFile mirrors openDataFile in scripts/comparison/utils.go.
func readTestFile(modDir, name string) ([]byte, error) {
	path, err := testFilePath(modDir, name)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}
