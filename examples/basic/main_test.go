package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

func TestBasicPrintsTheArticle(t *testing.T) {
	var out strings.Builder
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	var a extract.Article
	if err := json.Unmarshal([]byte(out.String()), &a); err != nil {
		t.Fatalf("not an Article: %v\n%s", err, out.String())
	}
	if a.Title == "" || len(a.Body) == 0 || len(a.Removed) == 0 {
		t.Errorf("title %q, %d paragraphs, %d removals", a.Title, len(a.Body), len(a.Removed))
	}
	if strings.Contains(out.String(), `\u0026`) {
		t.Error("HTML characters escaped in the JSON")
	}
}
