package main

import (
	"encoding/json"
	"os"
	"strings"
)

// Miss is one page an extractor got wrong: the snippets it lost (false
// negatives) and the boilerplate it kept (false positives).
type Miss struct {
	File      string   `json:"file"`
	URL       string   `json:"url"`
	Lost      []string `json:"lost,omitempty"`
	Kept      []string `json:"kept,omitempty"`
	Error     string   `json:"error,omitempty"`
	TextBytes int      `json:"text_bytes"`
	Half      Half     `json:"half,omitempty"`
}

// writeMisses runs ex over pages once more, untimed, and writes one JSON
// line per page it got wrong to path: the list to read when working on
// rules, page by page.
func writeMisses(ex Extractor, pages []Page, path string) error {
	var wrong []Miss
	for i := range pages {
		p := &pages[i]
		out, err := safeExtract(ex, Input{URL: p.Parsed, HTML: p.HTML})
		if m := missOf(p.Entry, out.Text, err); len(m.Lost) > 0 || len(m.Kept) > 0 || m.Error != "" {
			wrong = append(wrong, m)
		}
	}
	return writeJSONLines(path, wrong)
}

// missOf lists the snippets of e that text lost and the boilerplate it kept.
func missOf(e Entry, text string, err error) Miss {
	m := Miss{File: e.File, URL: e.URL, TextBytes: len(text)}
	if err != nil {
		m.Error = err.Error()
	}
	for _, s := range e.With {
		if text == "" || !strings.Contains(text, s) {
			m.Lost = append(m.Lost, s)
		}
	}
	for _, s := range e.Without {
		if text != "" && strings.Contains(text, s) {
			m.Kept = append(m.Kept, s)
		}
	}
	return m
}

// writeJSONLines writes one JSON value a line to path.
func writeJSONLines[T any](path string, values []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, v := range values {
		if err := enc.Encode(v); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
