package extract_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// A page's text as copied from an aggregator: promo lines, the publisher
// twice, the author, the headline, the story, a paywall footer.
func ExampleFromText() {
	f, err := os.Open("../testdata/text/inkl-independent-starmer.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	a, err := extract.FromText(f, extract.Source{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println("by", a.Byline, "for", a.Site)
	fmt.Println(len(a.Body), "paragraphs; paywalled:", a.Paywalled)
	fmt.Printf("caption: %q, credit %q\n", a.Captions[0].Text, a.Captions[0].Credit)
	fmt.Println("first removal:", a.Removed[0].Rule, "-", a.Removed[0].Text)
	// Output:
	// Trump has ‘brought us closer than ever to ending Ukraine war’, Starmer says despite no deal after Putin talks
	// by Millie Cooke for The Independent UK
	// 28 paragraphs; paywalled: true
	// caption: "Sir Keir Starmer and Ukrainian president Volodymyr Zelensky met on Thursday ahead of the talks", credit "PA Wire"
	// first removal: promo/inkl-header - Get all your news in one place.
}

func ExampleFromHTML() {
	page := `<!doctype html><html lang="en"><head><title>Tram strike halts services | Example News</title>
<meta property="og:title" content="Tram strike halts services">
<meta name="author" content="Jane Doe"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Tram strike halts services</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="/img/depot.jpg"><figcaption>Trams at the depot on Friday. Photograph: John Smith/Reuters</figcaption></figure>
<p>Tram services across the city were suspended on Friday after drivers began a 48-hour strike over pay and rest breaks.</p>
<p>The operator said it was “disappointed” and urged the union to return to talks, adding that replacement buses would run on the busiest routes.</p>
<p>Advertisement</p>
<p>The union said drivers had not had a pay rise that kept pace with prices for three years, and that breaks had been cut.</p>
</article></body></html>`

	a, err := extract.FromHTML(strings.NewReader(page), extract.Source{URL: "https://news.example.com/trams"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title, "—", a.Byline)
	for _, b := range a.Body {
		fmt.Println("-", strings.Join(strings.Fields(b.Text)[:6], " "), "…")
	}
	fmt.Printf("%s | %s | %s\n", a.Captions[0].Text, a.Captions[0].Credit, a.Captions[0].Image)
	// Output:
	// Tram strike halts services — Jane Doe
	// - Tram services across the city were …
	// - The operator said it was “disappointed” …
	// - The union said drivers had not …
	// Trams at the depot on Friday. | John Smith/Reuters | https://news.example.com/img/depot.jpg
}

// A site rule: one publisher signs off every story with a line that is
// not part of it. Rules are values; an Extractor compiles them once.
func ExampleWithRules() {
	signOff := clean.Rule{
		Name:    "promo/gazette-signoff",
		Kind:    clean.Promo,
		Match:   clean.Prefix,
		Pattern: "Get the Gazette delivered",
		Hosts:   []string{"gazette.example"},
	}
	e, err := extract.New(extract.WithRules(signOff))
	if err != nil {
		log.Fatal(err)
	}
	text := "Council approves riverside park\n\n" +
		"The council approved plans for a riverside park on Thursday evening.\n\n" +
		"Get the Gazette delivered to your door from £2 a week."
	a, err := e.FromText(strings.NewReader(text), extract.Source{URL: "https://www.gazette.example/news/park"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Text())
	fmt.Println("removed by", a.Removed[0].Rule)
	// Output:
	// Council approves riverside park
	// The council approved plans for a riverside park on Thursday evening.
	// removed by promo/gazette-signoff
}

// Rules can also be read from a file in the rules format.
func ExampleWithRules_file() {
	rules, err := clean.Parse(strings.NewReader(`
kind promo
hosts gazette.example
gazette-signoff  drop  prefix  Get the Gazette delivered
`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rules[0].Name, rules[0].Action, rules[0].Match, rules[0].Hosts)
	// Output:
	// promo/gazette-signoff drop prefix [gazette.example]
}

// One default rule turned off: this site's pages end with a line the
// defaults would drop as a share control, and it belongs to the story.
func ExampleWithoutRules() {
	e, err := extract.New(extract.WithoutRules("share/follow"))
	if err != nil {
		log.Fatal(err)
	}
	text := "Trail guide: the ridge walk\n\n" +
		"Start at the car park and take the path north along the ridge for two miles to the cairn.\n\n" +
		"Follow\n\n" +
		"the stream down to the village, where the pub serves food until nine."
	a, err := e.FromText(strings.NewReader(text), extract.Source{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(a.Body), "paragraphs,", len(a.Removed), "removed")
	_, err = extract.New(extract.WithoutRules("share/no-such-rule"))
	fmt.Println(err)
	// Output:
	// 3 paragraphs, 0 removed
	// extract: WithoutRules: no default rule is named "share/no-such-rule"
}

// A local paper the built-in vocabulary does not know: its name, printed
// above the headline, is the article's site.
func ExampleWithPublishers() {
	e, err := extract.New(extract.WithPublishers("Harbour Bugle"))
	if err != nil {
		log.Fatal(err)
	}
	text := "Harbour Bugle\n\n" +
		"Storm closes the harbour for a week\n\n" +
		"By Jane Doe\n\n" +
		"The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, the port authority said."
	a, err := e.FromText(strings.NewReader(text), extract.Source{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("site %q, title %q, by %s\n", a.Site, a.Title, a.Byline)
	// Output:
	// site "Harbour Bugle", title "Storm closes the harbour for a week", by Jane Doe
}

// A date line whose clock time names no zone: the site's own zone says
// what time it was.
func ExampleWithLocalTime() {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		log.Fatal(err)
	}
	e, err := extract.New(extract.WithLocalTime(berlin, "gazette.example"))
	if err != nil {
		log.Fatal(err)
	}
	text := "Storm closes the harbour for a week\n\n" +
		"By Jane Doe\n\n" +
		"12 May 2026, 17:42\n\n" +
		"The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, the port authority said."
	a, err := e.FromText(strings.NewReader(text), extract.Source{URL: "https://www.gazette.example/news/storm"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Published.Format(time.RFC3339))
	// Output:
	// 2026-05-12T17:42:00+02:00
}

// A reader app's name, copied with the article, is not the article's site.
func ExampleWithAggregators() {
	e, err := extract.New(extract.WithAggregators("Harbour News Hub"))
	if err != nil {
		log.Fatal(err)
	}
	text := "Harbour News Hub\n\n" +
		"Storm closes the harbour for a week\n\n" +
		"The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, the port authority said."
	a, err := e.FromText(strings.NewReader(text), extract.Source{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("site %q; removed %s %q\n", a.Site, a.Removed[0].Rule, a.Removed[0].Text)
	// Output:
	// site ""; removed promo/aggregator-name "Harbour News Hub"
}

// A site that prints "Pictured:" before its captions.
func ExampleWithCaptionLabels() {
	e, err := extract.New(extract.WithCaptionLabels("Pictured:"))
	if err != nil {
		log.Fatal(err)
	}
	text := "Storm closes the harbour for a week\n\n" +
		"The storm that reached the coast on Tuesday night closed the harbour to every boat for a week, the port authority said.\n\n" +
		"Pictured: The outer wall after the storm\n\n" +
		"The council meets on Friday to decide who pays for the repairs."
	a, err := e.FromText(strings.NewReader(text), extract.Source{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(a.Body), "paragraphs; caption:", a.Captions[0].Text)
	// Output:
	// 2 paragraphs; caption: The outer wall after the storm
}

// A crawl bounds each page: a deadline, or the crawl's own cancellation,
// stops the extraction and returns the context's error.
func ExampleExtractor_FromHTMLContext() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	page := `<html><head><title>Tram strike halts services</title></head><body><article>` +
		`<h1>Tram strike halts services</h1>` +
		`<p>Trams across the city stopped at dawn on Monday as drivers began a 24-hour strike over pay, the operator said.</p>` +
		`<p>Buses will run every ten minutes on the main tram routes until the strike ends on Tuesday morning.</p>` +
		`</article></body></html>`
	a, err := extract.Default().FromHTMLContext(ctx, strings.NewReader(page), extract.Source{})
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Println("too slow; skipped")
	case err != nil:
		log.Fatal(err)
	default:
		fmt.Println(a.Title)
	}

	cancel() // the crawl is stopping
	_, err = extract.Default().FromHTMLContext(ctx, strings.NewReader(page), extract.Source{})
	fmt.Println(errors.Is(err, context.Canceled))
	// Output:
	// Tram strike halts services
	// true
}
