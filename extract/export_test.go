package extract

import (
	"context"
	"io"
	"testing"
)

// Stripped returns what the stripper keeps of an HTML page.
func Stripped(t *testing.T, r io.Reader) []byte {
	e, err := New(WithMaxBytes(1 << 30))
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.readHead(r)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := e.readHTML(context.Background(), r, head)
	if err != nil {
		t.Fatal(err)
	}
	return kept
}

// TokenizerStrip is the stripper built on the html Tokenizer
// (strip_tokenizer_test.go).
var TokenizerStrip = tokenizerStrip

// Strip reads an HTML page through e's stripper.
func (e *Extractor) Strip(r io.Reader) ([]byte, error) {
	head, err := e.readHead(r)
	if err != nil {
		return nil, err
	}
	return e.readHTML(context.Background(), r, head)
}
