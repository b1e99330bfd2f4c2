package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/declutter/declutter/extract"
)

// The text path on browser renderings (-text): extract.FromText on what a
// browser shows of each corpus page, scored with the corpus's own
// annotations — snippets for content, expected title and byline on the test
// pages — on the whole corpus and on each half.

// TextCorpusResult is one text extractor's snippet score on the rendered
// go-trafilatura corpus.
type TextCorpusResult struct {
	Name  string    `json:"name"`
	All   TextScore `json:"all"`
	Tune  TextScore `json:"tune"`
	Check TextScore `json:"check"`
}

// TextScore is a snippet confusion over some pages.
type TextScore struct {
	Pages     int `json:"pages"`
	Errors    int `json:"errors"`
	Empty     int `json:"empty"`
	Confusion `json:"confusion"`
}

// TextMetaResult is FromText's title and byline on the rendered test pages.
type TextMetaResult struct {
	All   TextMetaStats `json:"all"`
	Tune  TextMetaStats `json:"tune"`
	Check TextMetaStats `json:"check"`
}

// TextMetaStats adds to MetaStats the pages whose rendering shows the
// expected title (TitleShown) and how many of those got it, normalised
// (TitleShownNorm): many test pages expect their <title>, which the page's
// text need not print.
type TextMetaStats struct {
	MetaStats
	TitleShown     int `json:"title_shown"`
	TitleShownNorm int `json:"title_shown_normalised"`
}

func (s *TextMetaStats) add(o TextMetaStats) {
	s.MetaStats.add(o.MetaStats)
	s.TitleShown += o.TitleShown
	s.TitleShownNorm += o.TitleShownNorm
}

// TextReport is what -text measured.
type TextReport struct {
	Dir string `json:"renderings"`
	// Missing counts corpus pages and test pages without a rendering.
	CorpusPages   int                `json:"corpus_pages"`
	CorpusMissing int                `json:"corpus_missing"`
	MetaPages     int                `json:"meta_pages"`
	MetaMissing   int                `json:"meta_missing"`
	Corpus        []TextCorpusResult `json:"corpus,omitempty"`
	// CorpusMeta is FromText's title and authors on the rendered corpus
	// pages, against the corpus's annotations.
	CorpusMeta *CorpusMeta     `json:"corpus_meta,omitempty"`
	Metadata   *TextMetaResult `json:"metadata,omitempty"`
}

// textRunner extracts text from a rendering: Output.Text is scored, Title
// and Byline too where the runner gives them.
type textRunner struct {
	Name string
	Run  func(text []byte, pageURL string) (Output, error)
}

// textRunners are declutter's FromText and the floor of keeping every line.
func textRunners() []textRunner {
	return []textRunner{
		{Name: "declutter", Run: declutterText},
		{Name: "every-line", Run: func(text []byte, _ string) (Output, error) {
			return Output{Text: string(text)}, nil
		}},
	}
}

// declutterText runs extract.FromText and returns the lead and body text,
// as the HTML benchmark scores them, with title and byline.
func declutterText(text []byte, pageURL string) (Output, error) {
	a, err := extract.FromText(bytes.NewReader(text), extract.Source{URL: pageURL})
	out, err := articleOutput(a, err)
	if a != nil && err == nil {
		out.Text = a.Text()
		if a.Lead != "" {
			out.Text = a.Lead + "\n\n" + out.Text
		}
	}
	return out, err
}

// benchText scores the text runners on the renderings under dir.
// With misses set, the corpus pages declutter got wrong are written to
// misses-text-declutter.jsonl, as -misses does for HTML.
func benchText(dir string, limit int, misses string) (*TextReport, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("no renderings in %q (run bench/render/render.sh first): %w", dir, err)
	}
	rep := &TextReport{Dir: dir}

	trafDir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		return nil, err
	}
	entries, err := corpusEntries(trafDir, limit)
	if err != nil {
		return nil, err
	}
	type rendered struct {
		Entry
		text []byte
	}
	var pages []rendered
	for _, e := range entries {
		rep.CorpusPages++
		text, err := readRendering(dir, trafilaturaRenderings, pageName(e.File))
		if err != nil {
			return nil, err
		}
		if text == nil {
			rep.CorpusMissing++
			continue
		}
		pages = append(pages, rendered{e, text})
	}
	logf("text: %d of %d corpus pages rendered", len(pages), rep.CorpusPages)
	for _, r := range textRunners() {
		res := TextCorpusResult{Name: r.Name}
		var wrong []Miss
		var metaWrong []TextCorpusMetaMiss
		cm := &CorpusMeta{}
		for _, p := range pages {
			var s TextScore
			s.Pages = 1
			out, err := safeText(r, p.text, p.URL)
			if m := missOf(p.Entry, out.Text, err); misses != "" && (len(m.Lost) > 0 || len(m.Kept) > 0 || m.Error != "") {
				m.Half = halfOf(pageName(p.File))
				wrong = append(wrong, m)
			}
			if r.Name == "declutter" {
				one := scoreCorpusMeta(p.Entry, out, err != nil)
				cm.add(p.File, one)
				if one.TitleNorm < one.TitlePages || one.AuthorsMatched < one.AuthorPages {
					metaWrong = append(metaWrong, TextCorpusMetaMiss{Name: pageName(p.File), Half: halfOf(pageName(p.File)),
						WantTitle: p.Title, GotTitle: out.Title, WantAuthors: strings.Join(p.Authors, "; "), GotByline: out.Byline})
				}
			}
			switch {
			case err != nil:
				s.Errors = 1 // as in the HTML benchmark, a failed page adds nothing
			default:
				if out.Text == "" {
					s.Empty = 1
				}
				s.Confusion = Evaluate(p.With, p.Without, out.Text)
			}
			res.All.add(s)
			if halfOf(pageName(p.File)) == Tune {
				res.Tune.add(s)
			} else {
				res.Check.add(s)
			}
		}
		rep.Corpus = append(rep.Corpus, res)
		if r.Name == "declutter" {
			rep.CorpusMeta = cm
		}
		if misses != "" && r.Name == "declutter" {
			path := misses + "-text-declutter.jsonl"
			if err := writeJSONLines(path, wrong); err != nil {
				return nil, err
			}
			logf("text: misses written to %s", path)
			path = misses + "-text-corpus-meta-declutter.jsonl"
			if err := writeJSONLines(path, metaWrong); err != nil {
				return nil, err
			}
			logf("text: corpus title and author misses written to %s", path)
		}
	}

	readDir, err := moduleDir(readabilityModule, readabilityVer)
	if err != nil {
		return nil, err
	}
	metaPages, err := loadMetaPages(readDir, false)
	if err != nil {
		return nil, err
	}
	meta := &TextMetaResult{}
	var metaWrong []TextMetaMiss
	for _, p := range metaPages {
		rep.MetaPages++
		text, err := readRendering(dir, readabilityRenderings, p.Name)
		if err != nil {
			return nil, err
		}
		if text == nil {
			rep.MetaMissing++
			continue
		}
		var got Output
		one := TextMetaStats{MetaStats: scoreMeta(p, func() (Output, error) {
			out, err := safeText(textRunners()[0], text, metaPageURL)
			got = out
			return out, err
		})}
		shown := p.Title != "" && strings.Contains(normalizeMeta(string(text)), normalizeMeta(p.Title))
		if shown {
			one.TitleShown = 1
			one.TitleShownNorm = btoi(normalizeMeta(got.Title) == normalizeMeta(p.Title))
		}
		if one.TitleNorm < one.TitlePages || one.BylineMatched < one.BylinePages || one.BylineSpurious > 0 {
			metaWrong = append(metaWrong, TextMetaMiss{Name: p.Name, Half: halfOf(p.Name), TitleShown: shown,
				WantTitle: p.Title, GotTitle: got.Title, WantByline: p.Byline, GotByline: got.Byline})
		}
		meta.All.add(one)
		if halfOf(p.Name) == Tune {
			meta.Tune.add(one)
		} else {
			meta.Check.add(one)
		}
	}
	rep.Metadata = meta
	if misses != "" {
		path := misses + "-text-meta-declutter.jsonl"
		if err := writeJSONLines(path, metaWrong); err != nil {
			return nil, err
		}
		logf("text: title and byline misses written to %s", path)
	}
	return rep, nil
}

// TextCorpusMetaMiss is a corpus page whose rendering FromText read a
// title wrongly (after normalizeMeta) or a byline that does not match the
// annotated authors.
type TextCorpusMetaMiss struct {
	Name        string `json:"name"`
	Half        Half   `json:"half"`
	WantTitle   string `json:"want_title"`
	GotTitle    string `json:"got_title"`
	WantAuthors string `json:"want_authors"`
	GotByline   string `json:"got_byline"`
}

// TextMetaMiss is a test page whose rendering FromText read a title
// wrongly (after normalizeMeta) or a byline that does not match (as the
// structured mode matches them), or a byline where none is expected. TitleShown tells whether the rendering prints the expected
// title at all.
type TextMetaMiss struct {
	Name       string `json:"name"`
	Half       Half   `json:"half"`
	TitleShown bool   `json:"title_shown"`
	WantTitle  string `json:"want_title"`
	GotTitle   string `json:"got_title"`
	WantByline string `json:"want_byline"`
	GotByline  string `json:"got_byline"`
}

func (s *TextScore) add(o TextScore) {
	s.Pages += o.Pages
	s.Errors += o.Errors
	s.Empty += o.Empty
	s.Confusion.Add(o.Confusion)
}

// safeText runs r, turning a panic into an error.
func safeText(r textRunner, text []byte, pageURL string) (out Output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return r.Run(text, pageURL)
}

// write prints the text-path tables.
func (r *TextReport) write(w io.Writer) {
	fmt.Fprintf(w, "### Text path (`FromText`) on browser renderings (%s)\n\n", r.Dir)
	fmt.Fprintf(w, "#### Content: go-trafilatura corpus, rendered (%d of %d pages)\n\n",
		r.CorpusPages-r.CorpusMissing, r.CorpusPages)
	fmt.Fprintln(w, "| Extractor | Half | Pages | Precision | Recall | F1 | Accuracy | Errors | Empty |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|")
	for _, c := range r.Corpus {
		for _, h := range []struct {
			name string
			s    TextScore
		}{{"all", c.All}, {"tune", c.Tune}, {"check", c.Check}} {
			s := h.s
			fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s | %s | %d | %d |\n", c.Name, h.name, s.Pages,
				f3(s.Precision()), f3(s.Recall()), f3(s.F1()), f3(s.Accuracy()), s.Errors, s.Empty)
		}
	}
	fmt.Fprintln(w)
	if m := r.CorpusMeta; m != nil {
		fmt.Fprintln(w, "#### Title and authors: go-trafilatura corpus, rendered")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| Extractor | Half | Pages | Titles exact | Titles normalised | Authors exact | Authors matched |")
		fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|")
		for _, h := range m.rows() {
			fmt.Fprintf(w, "| declutter | %s | %d | %s |\n", h.name, h.s.Pages, h.s.cells())
		}
		fmt.Fprintln(w)
	}
	if r.Metadata == nil {
		return
	}
	fmt.Fprintf(w, "#### Metadata: go-readability v2 test-pages, rendered (%d of %d pages)\n\n",
		r.MetaPages-r.MetaMissing, r.MetaPages)
	fmt.Fprintln(w, "| Extractor | Half | Pages | Title exact | Title normalised | Title where shown | Byline exact | Byline normalised | Byline matched | Spurious bylines | Errors |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, h := range []struct {
		name string
		s    TextMetaStats
	}{{"all", r.Metadata.All}, {"tune", r.Metadata.Tune}, {"check", r.Metadata.Check}} {
		s := h.s
		fmt.Fprintf(w, "| declutter | %s | %d | %s | %s | %s | %s | %s | %s | %d | %d |\n", h.name, s.Pages,
			pct(s.TitleExact, s.TitlePages), pct(s.TitleNorm, s.TitlePages), pct(s.TitleShownNorm, s.TitleShown),
			pct(s.BylineExact, s.BylinePages), pct(s.BylineNorm, s.BylinePages), pct(s.BylineMatched, s.BylinePages),
			s.BylineSpurious, s.Errors)
	}
	fmt.Fprintln(w)
}
