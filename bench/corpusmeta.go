package main

import (
	"fmt"
	"strings"
)

// The go-trafilatura corpus annotates many pages with their title and
// authors as well as snippets. corpusMeta scores an extractor's title and
// authors against them, on the whole corpus and on each fixed half.

// CorpusMetaStats counts title and author matches on corpus pages.
//
// TitleExact and TitleNorm are out of TitlePages (the pages with an
// annotated title): equal as strings, and equal after normalizeMeta.
// AuthorsExact and AuthorsMatched are out of AuthorPages: the authors
// joined with "; " equal the annotation's joined alike, as go-trafilatura's
// own author comparison counts; and the byline or the authors match the
// annotated names by the lenient byline measure of the structured mode
// (bylineMatch). An extractor that gives no author list is scored on its
// byline as one author. A failed extraction is a miss.
type CorpusMetaStats struct {
	Pages          int `json:"pages"`
	TitlePages     int `json:"title_pages"`
	TitleExact     int `json:"title_exact"`
	TitleNorm      int `json:"title_normalised"`
	AuthorPages    int `json:"author_pages"`
	AuthorsExact   int `json:"authors_exact"`
	AuthorsMatched int `json:"authors_matched"`
}

// CorpusMeta is a CorpusMetaStats over all pages and over each half.
type CorpusMeta struct {
	All   CorpusMetaStats `json:"all"`
	Tune  CorpusMetaStats `json:"tune"`
	Check CorpusMetaStats `json:"check"`
}

// add counts one page's score in all and in the page's half.
func (m *CorpusMeta) add(file string, s CorpusMetaStats) {
	m.All.add(s)
	if halfOf(pageName(file)) == Tune {
		m.Tune.add(s)
	} else {
		m.Check.add(s)
	}
}

// metaRow is one row of a titles-and-authors table.
type metaRow struct {
	name string
	s    CorpusMetaStats
}

// rows gives the report's rows: all pages, then each half.
func (m CorpusMeta) rows() []metaRow {
	return []metaRow{{"all", m.All}, {"tune", m.Tune}, {"check", m.Check}}
}

// cells are the four measures of s as report cells.
func (s CorpusMetaStats) cells() string {
	return fmt.Sprintf("%s | %s | %s | %s", pct(s.TitleExact, s.TitlePages), pct(s.TitleNorm, s.TitlePages),
		pct(s.AuthorsExact, s.AuthorPages), pct(s.AuthorsMatched, s.AuthorPages))
}

// merge adds every count of o to m.
func (m *CorpusMeta) merge(o CorpusMeta) {
	m.All.add(o.All)
	m.Tune.add(o.Tune)
	m.Check.add(o.Check)
}

func (s *CorpusMetaStats) add(o CorpusMetaStats) {
	s.Pages += o.Pages
	s.TitlePages += o.TitlePages
	s.TitleExact += o.TitleExact
	s.TitleNorm += o.TitleNorm
	s.AuthorPages += o.AuthorPages
	s.AuthorsExact += o.AuthorsExact
	s.AuthorsMatched += o.AuthorsMatched
}

// scoreCorpusMeta scores out, the extraction of e's page, against e's
// title and authors. failed marks an extraction that returned an error.
func scoreCorpusMeta(e Entry, out Output, failed bool) CorpusMetaStats {
	s := CorpusMetaStats{Pages: 1}
	if failed {
		out = Output{}
	}
	if e.Title != "" {
		s.TitlePages++
		s.TitleExact += btoi(out.Title == e.Title)
		s.TitleNorm += btoi(normalizeMeta(out.Title) == normalizeMeta(e.Title))
	}
	if len(e.Authors) > 0 {
		got := out.Authors
		if len(got) == 0 && strings.TrimSpace(out.Byline) != "" {
			got = []string{strings.TrimSpace(out.Byline)}
		}
		s.AuthorPages++
		s.AuthorsExact += btoi(len(got) > 0 && strings.Join(got, "; ") == strings.Join(e.Authors, "; "))
		s.AuthorsMatched += btoi(bylineMatch(strings.Join(e.Authors, ", "), out.Byline, out.Authors))
	}
	return s
}
