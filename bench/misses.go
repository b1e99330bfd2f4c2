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
}

// writeMisses runs ex over pages once more, untimed, and writes one JSON
// line per page it got wrong to path: the list to read when working on
// rules, page by page.
func writeMisses(ex Extractor, pages []Page, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for i := range pages {
		p := &pages[i]
		out, err := safeExtract(ex, Input{URL: p.Parsed, HTML: p.HTML})
		m := Miss{File: p.File, URL: p.URL, TextBytes: len(out.Text)}
		if err != nil {
			m.Error = err.Error()
		}
		for _, s := range p.With {
			if out.Text == "" || !strings.Contains(out.Text, s) {
				m.Lost = append(m.Lost, s)
			}
		}
		for _, s := range p.Without {
			if out.Text != "" && strings.Contains(out.Text, s) {
				m.Kept = append(m.Kept, s)
			}
		}
		if len(m.Lost) > 0 || len(m.Kept) > 0 || m.Error != "" {
			if err := enc.Encode(m); err != nil {
				f.Close()
				return err
			}
		}
	}
	return f.Close()
}
