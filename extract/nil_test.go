package extract_test

import (
	"io"
	"strings"
	"testing"

	"github.com/declutter/declutter/extract"
)

// TestNilReaderOrExtractor: a nil reader, or a nil *Extractor, is an error
// from every entry point, not a panic.
func TestNilReaderOrExtractor(t *testing.T) {
	type entry func(io.Reader, extract.Source) (*extract.Article, error)
	var nilExtractor *extract.Extractor
	entries := map[string]struct {
		from entry
		nilE entry // the same method on a nil *Extractor
	}{
		"FromHTML": {extract.FromHTML, nilExtractor.FromHTML},
		"FromText": {extract.FromText, nilExtractor.FromText},
		"From":     {extract.From, nilExtractor.From},
	}
	const page = "Harbour ferry returns\n\nThe ferry returned to service on Monday after six months in dry dock, its operator said.\n"
	for name, fs := range entries {
		a, err := fs.from(nil, extract.Source{})
		if err == nil || a != nil || err.Error() != "extract: nil reader" {
			t.Errorf("%s(nil): %v, %v; want the error alone", name, a, err)
		}
		a, err = fs.nilE(strings.NewReader(page), extract.Source{})
		if err == nil || a != nil || !strings.Contains(err.Error(), "nil *Extractor") {
			t.Errorf("(*Extractor)(nil).%s: %v, %v; want the error alone", name, a, err)
		}
	}
}
