package main

import (
	"bytes"
	"errors"

	"github.com/declutter/declutter/extract"
)

// declutterExtractor runs our own extract.FromHTML. The scored text is the
// lead (when non-empty) followed by a blank line and the body text.
//
// extract.ErrNoContent is scored as an empty output, not as an error: that
// is how readability v2 reports "nothing found" (a nil node), and an error
// would drop the page from the counts instead of charging its misses.
func declutterExtractor() Extractor {
	return Extractor{Name: "declutter", Metadata: true, Extract: func(in Input) (Output, error) {
		a, err := extract.FromHTML(bytes.NewReader(in.HTML), extract.Source{
			URL: in.URL.String(),
			// Input is already decoded to UTF-8, so say so.
			ContentType: "text/html; charset=utf-8",
		})
		if errors.Is(err, extract.ErrNoContent) || (err == nil && a == nil) {
			return Output{}, nil
		}
		if err != nil {
			return Output{}, err
		}
		text := a.Text()
		if a.Lead != "" {
			text = a.Lead + "\n\n" + text
		}
		return Output{Text: text, Title: a.Title, Byline: a.Byline, Authors: a.Authors}, nil
	}}
}
