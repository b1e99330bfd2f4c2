package main

import (
	"strings"
	"testing"
)

func TestHTMLPrintsMarkdown(t *testing.T) {
	var out strings.Builder
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	md := out.String()
	if !strings.HasPrefix(md, "# Riverside Park plan approved: what happens next\n") || !strings.Contains(md, "\n## ") {
		t.Errorf("want a titled Markdown article with a subheading:\n%s", md)
	}
}
