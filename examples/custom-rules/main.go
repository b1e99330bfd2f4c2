// Custom-rules adds a site rule to the defaults: CNN ends its stories with
// a sign-off ("CNN’s … contributed to this report.") that is not part of the
// article. The rule is written in the rule-file format that clean.Parse
// reads (the same files the declutter command takes with -rules), scoped to
// cnn.com so that no other publisher's last paragraph is touched.
//
//	go run ./custom-rules
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

//go:embed testdata/cnn-portland-heat-dome.txt
var page string

// siteRules is what a rules file of your own would hold. The same rule as a
// Go value:
//
//	clean.Rule{Name: "credit/cnn-sign-off", Kind: clean.Credit,
//		Match: clean.Contains, Pattern: "contributed to this report",
//		Hosts: []string{"cnn.com"}}
const siteRules = `
# Sign-offs naming the reporters who helped, under CNN stories.
kind credit
hosts cnn.com
cnn-sign-off  drop  contains  contributed to this report
`

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custom-rules:", err)
		os.Exit(1)
	}
}

func run(stdout io.Writer) error {
	rules, err := clean.Parse(strings.NewReader(siteRules))
	if err != nil {
		return err
	}
	// Build the Extractor once and share it: it is safe for concurrent use.
	e, err := extract.New(extract.WithRules(rules...))
	if err != nil {
		return err
	}
	for _, url := range []string{
		"https://edition.cnn.com/2025/08/14/weather/portland-heat-dome", // the rule applies
		"https://news.example/2025/08/14/portland-heat-dome",            // another host: it does not
	} {
		a, err := e.FromText(strings.NewReader(page), extract.Source{URL: url})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n  last paragraph: %s\n", url, a.Body[len(a.Body)-1].Text)
		for _, r := range a.Removed {
			if r.Rule == "credit/cnn-sign-off" {
				fmt.Fprintf(stdout, "  removed by %s: %s\n", r.Rule, r.Text)
			}
		}
	}
	return nil
}
