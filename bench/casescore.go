package main

import (
	"fmt"
	"strings"
)

// PageScore is how one extractor did on one case page.
type PageScore struct {
	Page  string `json:"page"`
	Half  Half   `json:"half"`
	Error string `json:"error,omitempty"`
	Empty bool   `json:"empty,omitempty"`

	// Body is the shingle score of lead + body; HasBody is false when the
	// expectation gives neither.
	HasBody bool `json:"has_body"`
	Body    PRF  `json:"body"`
	// ParaWant expected paragraphs, ParaExact of them found exactly.
	ParaWant  int `json:"paragraphs"`
	ParaExact int `json:"paragraphs_exact"`

	WantTitle string `json:"want_title,omitempty"`
	GotTitle  string `json:"got_title,omitempty"`
	TitleOK   bool   `json:"title_ok"`
	// TitleShown is set on the text path when the expected title appears
	// in the page's text, so a text-only extractor could find it.
	TitleShown bool `json:"title_shown,omitempty"`

	WantByline string `json:"want_byline,omitempty"`
	GotByline  string `json:"got_byline,omitempty"`
	BylineOK   bool   `json:"byline_ok"`

	Captions CaptionScore `json:"captions"`

	// Lost are expected paragraphs no output block equals; Extra are output
	// blocks that share no shingle with the expected text. Both are for
	// reading misses (-misses), not for scoring.
	Lost  []string `json:"lost,omitempty"`
	Extra []string `json:"extra,omitempty"`
}

// scorePage scores one output against a page's expectation. path says
// which input the output came from.
func scorePage(c *Case, path string, out Output, captions bool) PageScore {
	s := PageScore{Page: c.Name, Half: halfOf(c.Name)}
	w := c.Want
	if paras, ok := w.paragraphs(); ok {
		s.HasBody = true
		s.Body = bodyScore(strings.Join(paras, "\n\n"), strings.Join(out.Blocks, "\n\n"))
		s.ParaWant = len(paras)
		s.ParaExact = paragraphsExact(paras, out.Blocks)
		s.Lost, s.Extra = bodyMisses(paras, out.Blocks)
	}
	if w.Title != nil && strings.TrimSpace(*w.Title) != "" {
		s.WantTitle, s.GotTitle = *w.Title, out.Title
		s.TitleOK = titleMatch(*w.Title, out.Title)
		if path == pathText {
			s.TitleShown = strings.Contains(strings.ToLower(normalizeBlock(string(c.Text))),
				strings.ToLower(normalizeBlock(*w.Title)))
		}
	}
	if w.Byline != nil && strings.TrimSpace(*w.Byline) != "" {
		s.WantByline, s.GotByline = *w.Byline, out.Byline
		if s.GotByline == "" && len(out.Authors) > 0 {
			s.GotByline = strings.Join(out.Authors, ", ")
		}
		s.BylineOK = bylineMatch(*w.Byline, out.Byline, out.Authors)
	}
	if captions && w.Captions != nil {
		s.Captions = captionsScore(*w.Captions, out.Captions)
	}
	return s
}

// bodyMisses lists the expected paragraphs that no output block equals and
// the output blocks that share no shingle with the expected text.
func bodyMisses(want, got []string) (lost, extra []string) {
	pool := make(map[string]int, len(got))
	for _, g := range got {
		pool[normalizeBlock(g)]++
	}
	for _, w := range want {
		k := normalizeBlock(w)
		if pool[k] > 0 {
			pool[k]--
			continue
		}
		lost = append(lost, w)
	}
	expected := shingles(words(strings.Join(want, "\n\n")))
	for _, g := range got {
		shared := false
		for k := range shingles(words(g)) {
			if expected[k] > 0 {
				shared = true
				break
			}
		}
		if !shared {
			extra = append(extra, g)
		}
	}
	return lost, extra
}

// CaseStats sums page scores over a set of pages.
type CaseStats struct {
	Pages  int `json:"pages"`
	Errors int `json:"errors"`
	Empty  int `json:"empty"`

	BodyPages int     `json:"body_pages"`
	P         float64 `json:"precision"` // mean over BodyPages
	R         float64 `json:"recall"`
	F1        float64 `json:"f1"`

	ParaWant  int `json:"paragraphs"`
	ParaExact int `json:"paragraphs_exact"`

	TitlePages      int `json:"title_pages"`
	TitleOK         int `json:"title_ok"`
	TitleShownPages int `json:"title_shown_pages,omitempty"`
	TitleShownOK    int `json:"title_shown_ok,omitempty"`

	BylinePages int `json:"byline_pages"`
	BylineOK    int `json:"byline_ok"`

	CaptionsWant  int `json:"captions"`
	CaptionsFound int `json:"captions_found"`
	Credited      int `json:"credited"`
	CreditsExact  int `json:"credits_exact"`
}

// sumScores aggregates the page scores whose half is in halves (all when
// halves is empty).
func sumScores(pages []PageScore, halves ...Half) CaseStats {
	var s CaseStats
	for _, p := range pages {
		if len(halves) > 0 && p.Half != halves[0] {
			continue
		}
		s.Pages++
		if p.Error != "" {
			s.Errors++
		}
		if p.Empty {
			s.Empty++
		}
		if p.HasBody {
			s.BodyPages++
			s.P += p.Body.P
			s.R += p.Body.R
			s.F1 += p.Body.F1
			s.ParaWant += p.ParaWant
			s.ParaExact += p.ParaExact
		}
		if p.WantTitle != "" {
			s.TitlePages++
			s.TitleOK += btoi(p.TitleOK)
			if p.TitleShown {
				s.TitleShownPages++
				s.TitleShownOK += btoi(p.TitleOK)
			}
		}
		if p.WantByline != "" {
			s.BylinePages++
			s.BylineOK += btoi(p.BylineOK)
		}
		s.CaptionsWant += p.Captions.Want
		s.CaptionsFound += p.Captions.Found
		s.Credited += p.Captions.Credited
		s.CreditsExact += p.Captions.Exact
	}
	if s.BodyPages > 0 {
		n := float64(s.BodyPages)
		s.P, s.R, s.F1 = s.P/n, s.R/n, s.F1/n
	}
	return s
}

// CaseResult is one runner's scores on a case folder: every page, and the
// sums over the whole folder and each half.
type CaseResult struct {
	Name     string      `json:"name"`
	Path     string      `json:"path"`
	Captions bool        `json:"captions"`
	All      CaseStats   `json:"all"`
	Tune     CaseStats   `json:"tune"`
	Check    CaseStats   `json:"check"`
	PerPage  []PageScore `json:"pages,omitempty"`
}

// runCases runs r over every case that has r's input and scores it.
func runCases(r caseRunner, cases []Case, contentType string) CaseResult {
	res := CaseResult{Name: r.Name, Path: r.Path, Captions: r.Captions}
	for i := range cases {
		c := &cases[i]
		if (r.Path == pathHTML && c.HTML == nil) || (r.Path == pathText && c.Text == nil) {
			continue
		}
		ct := ""
		if r.Path == pathHTML {
			ct = caseContentType(c, contentType)
		}
		out, err := safeRun(r, c, ct)
		s := scorePage(c, r.Path, out, r.Captions)
		if err != nil {
			s.Error = err.Error()
		}
		s.Empty = err == nil && len(out.Blocks) == 0
		res.PerPage = append(res.PerPage, s)
	}
	res.All = sumScores(res.PerPage)
	res.Tune = sumScores(res.PerPage, Tune)
	res.Check = sumScores(res.PerPage, Check)
	return res
}

// safeRun runs r on c, turning a panic into an error.
func safeRun(r caseRunner, c *Case, contentType string) (out Output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return r.Run(c, contentType)
}
