package extract_test

import (
	"fmt"
	"strings"

	"github.com/declutter/declutter/extract"
)

// FromText finds the article in the text of a whole page, as a browser's
// innerText or a select-all copy gives it: the menu, the "Most read" list
// and the footer go to Removed, each with its reason.
func ExampleFromText_wholePage() {
	page := `Skip to content
Home
News
Politics
Business
Sport
Culture
Weather
Local

Council to close the old river bridge for a year

By Jane Doe

The council voted on Tuesday night to close the old river bridge for at least a year of repairs.

Engineers found cracks in two of the five arches during an inspection in the spring, the council said.

Most read
Man fined after dog bites postman
Storm warning for the weekend
About us
Contact`
	a, err := extract.FromText(strings.NewReader(page), extract.Source{URL: "https://gazette.example/news/council-to-close-old-river-bridge"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Byline)
	fmt.Println(len(a.Body), "paragraphs")
	for _, r := range a.Removed[:3] {
		fmt.Printf("%s: %s\n", r.Rule, r.Text)
	}
	// Output:
	// Council to close the old river bridge for a year
	// Jane Doe
	// 2 paragraphs
	// nav/skip-to-content: Skip to content
	// nav/outside-article: Home
	// nav/outside-article: News
}
