package main

import (
	"strings"
	"testing"
)

func TestRuleAppliesToItsHostOnly(t *testing.T) {
	var out strings.Builder
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	cnn, other, ok := strings.Cut(out.String(), "https://news.example/")
	if !ok {
		t.Fatalf("no second page:\n%s", out.String())
	}
	if !strings.Contains(cnn, "removed by credit/cnn-sign-off: CNN’s Marisol Grant contributed to this report.") {
		t.Errorf("the rule did not drop the sign-off on cnn.com:\n%s", cnn)
	}
	if !strings.Contains(other, "last paragraph: CNN’s Marisol Grant contributed to this report.") {
		t.Errorf("the rule reached another host:\n%s", other)
	}
}
