package main

import (
	"encoding/json"
	"os"
	"strings"
)

// Miss is one page an extractor got wrong: the snippets it lost (false
// negatives) and the boilerplate it kept (false positives), and the title
// and authors when they are not exactly the annotated ones.
type Miss struct {
	File        string   `json:"file"`
	URL         string   `json:"url"`
	Lost        []string `json:"lost,omitempty"`
	Kept        []string `json:"kept,omitempty"`
	Error       string   `json:"error,omitempty"`
	TextBytes   int      `json:"text_bytes"`
	Half        Half     `json:"half,omitempty"`
	WantTitle   string   `json:"want_title,omitempty"`
	GotTitle    *string  `json:"got_title,omitempty"`
	WantAuthors []string `json:"want_authors,omitempty"`
	GotAuthors  []string `json:"got_authors,omitempty"`
}

// wrong reports whether m records any miss.
func (m Miss) wrong() bool {
	return len(m.Lost) > 0 || len(m.Kept) > 0 || m.Error != "" || m.WantTitle != "" || m.WantAuthors != nil
}

// writeMisses runs ex over pages once more, untimed, and writes one JSON
// line per page it got wrong to path: the list to read when working on
// rules, page by page.
func writeMisses(ex Extractor, pages []Page, path string) error {
	var wrong []Miss
	for i := range pages {
		p := &pages[i]
		out, err := safeExtract(ex, Input{URL: p.Parsed, HTML: p.HTML})
		m := missOf(p.Entry, out.Text, err)
		m.Half = halfOf(pageName(p.File))
		if ex.Metadata {
			m.metaMisses(p.Entry, out, err != nil)
		}
		if m.wrong() {
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

// metaMisses records the title and authors of out when they are not those
// of e, as scoreCorpusMeta counts them exact.
func (m *Miss) metaMisses(e Entry, out Output, failed bool) {
	s := scoreCorpusMeta(e, out, failed)
	if s.TitlePages > s.TitleExact {
		m.WantTitle, m.GotTitle = e.Title, &out.Title
	}
	if s.AuthorPages > s.AuthorsExact {
		m.WantAuthors, m.GotAuthors = e.Authors, out.Authors
		if len(out.Authors) == 0 && out.Byline != "" {
			m.GotAuthors = []string{out.Byline}
		}
	}
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
