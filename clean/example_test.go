package clean_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/declutter/declutter/clean"
)

// Rules are written as data, with examples of what each must match and
// counters it must not; Check runs them.
func ExampleCheck() {
	rules, err := clean.Parse(strings.NewReader(`
kind related
read-more  drop  regexp  ^read more:
example: READ MORE: Starmer to meet Zelensky
example: Read more about the budget
counter: Read more: that is what the report urges.
`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(clean.Check(rules))
	// Output:
	// clean: rules line 5: related/read-more: example does not match: Read more about the budget
	// clean: rules line 6: related/read-more: counter matches: Read more: that is what the report urges.
}

// A user's rule overrides a default one on the blocks both match.
func ExampleCompileLayers() {
	ours := []clean.Rule{{Name: "nav/our-share-bar", Kind: clean.Nav, Match: clean.Contains, Pattern: "share"}}
	rules, err := clean.CompileLayers(ours, clean.Default())
	if err != nil {
		log.Fatal(err)
	}
	res := rules.Apply([]clean.Block{
		{Kind: clean.Paragraph, Text: "The council approved the plans on Thursday."},
		{Kind: clean.Paragraph, Text: "Share"},
		{Kind: clean.Paragraph, Text: "Advertisement"},
	}, clean.Page{})
	for _, r := range res.Removed {
		fmt.Println(r.Rule, "removed", r.Text)
	}
	// Output:
	// nav/our-share-bar removed Share
	// ad/advertisement removed Advertisement
}
