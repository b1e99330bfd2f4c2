package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// CasesReport is what the structured mode measured on one case folder.
type CasesReport struct {
	Dir         string       `json:"dir"`
	Pages       int          `json:"pages"`
	TunePages   int          `json:"tune_pages"`
	CheckPages  int          `json:"check_pages"`
	ContentType string       `json:"content_type,omitempty"`
	Results     []CaseResult `json:"results"`
}

// writeCases prints one table per input path: every runner on the whole
// folder, then on the tune and check halves.
func (r *CasesReport) writeCases(w io.Writer) {
	fmt.Fprintf(w, "### Cases: %s (%d pages: %d tune, %d check)\n\n", r.Dir, r.Pages, r.TunePages, r.CheckPages)
	if r.ContentType != "" {
		fmt.Fprintf(w, "HTML pages without a manifest content_type are passed Content-Type %q.\n\n", r.ContentType)
	}
	for _, path := range []string{pathHTML, pathText} {
		var rows []CaseResult
		for _, res := range r.Results {
			if res.Path == path && res.All.Pages > 0 {
				rows = append(rows, res)
			}
		}
		if len(rows) == 0 {
			continue
		}
		writeCaseTable(w, path, rows)
	}
}

// writePages prints a table per runner of every page.
func (r *CasesReport) writePages(w io.Writer) {
	for _, res := range r.Results {
		if len(res.PerPage) > 0 {
			writePageTable(w, res)
		}
	}
}

// caseTitles names the two paths in table headings.
var caseTitles = map[string]string{
	pathHTML: "HTML path (`FromHTML` on NAME.html)",
	pathText: "Text path (`FromText` on NAME.txt)",
}

func writeCaseTable(w io.Writer, path string, rows []CaseResult) {
	fmt.Fprintf(w, "#### %s\n\n", caseTitles[path])
	shown := path == pathText
	head := "| Extractor | Half | Pages | Body F1 | Precision | Recall | Paragraphs exact | Title |"
	rule := "|---|---|--:|--:|--:|--:|--:|--:|"
	if shown {
		head += " Title where shown |"
		rule += "--:|"
	}
	fmt.Fprintln(w, head+" Byline | Captions found | Credits exact | Errors | Empty |")
	fmt.Fprintln(w, rule+"--:|--:|--:|--:|--:|")
	for _, res := range rows {
		for _, half := range []struct {
			name string
			s    CaseStats
		}{{"all", res.All}, {"tune", res.Tune}, {"check", res.Check}} {
			s := half.s
			cells := []string{res.Name, half.name, fmt.Sprint(s.Pages),
				f3(s.F1), f3(s.P), f3(s.R),
				pct(s.ParaExact, s.ParaWant), pct(s.TitleOK, s.TitlePages)}
			if shown {
				cells = append(cells, pct(s.TitleShownOK, s.TitleShownPages))
			}
			cells = append(cells, pct(s.BylineOK, s.BylinePages))
			if res.Captions {
				cells = append(cells, pct(s.CaptionsFound, s.CaptionsWant), pct(s.CreditsExact, s.Credited))
			} else {
				cells = append(cells, "–", "–")
			}
			cells = append(cells, fmt.Sprint(s.Errors), fmt.Sprint(s.Empty))
			fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		}
	}
	fmt.Fprintln(w)
}

// writePageTable prints one row per page: scores, and what was returned
// where it was wrong.
func writePageTable(w io.Writer, res CaseResult) {
	fmt.Fprintf(w, "#### %s, %s path: every page\n\n", res.Name, res.Path)
	fmt.Fprintln(w, "| Page | Half | F1 | P | R | Paragraphs | Title | Byline | Captions | Credits |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|---|---|--:|--:|")
	for _, p := range res.PerPage {
		body := []string{"–", "–", "–", "–"}
		if p.HasBody {
			body = []string{f3(p.Body.F1), f3(p.Body.P), f3(p.Body.R), fmt.Sprintf("%d/%d", p.ParaExact, p.ParaWant)}
		}
		caps, credits := "–", "–"
		if res.Captions {
			caps = fmt.Sprintf("%d/%d", p.Captions.Found, p.Captions.Want)
			credits = fmt.Sprintf("%d/%d", p.Captions.Exact, p.Captions.Credited)
		}
		name := p.Page
		if p.Error != "" {
			name += " (error: " + cell(p.Error) + ")"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", name, p.Half, strings.Join(body, " | "),
			verdict(p.WantTitle, p.GotTitle, p.TitleOK), verdict(p.WantByline, p.GotByline, p.BylineOK),
			caps, credits)
	}
	fmt.Fprintln(w)
}

// verdict is a page table cell: "–" when nothing was expected, "ok" when
// matched, else what came out.
func verdict(want, got string, ok bool) string {
	switch {
	case want == "":
		return "–"
	case ok:
		return "ok"
	default:
		return "✗ «" + cell(got) + "»"
	}
}

// cell makes s safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "…"
	}
	return strings.ReplaceAll(s, "|", `\|`)
}

// writeCasesTSV writes one row per runner and page.
func writeCasesTSV(path string, r *CasesReport) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	fmt.Fprintln(f, strings.Join([]string{"path", "extractor", "page", "half", "f1", "precision", "recall",
		"paragraphs", "paragraphs_exact", "title_ok", "want_title", "got_title", "byline_ok", "want_byline",
		"got_byline", "captions", "captions_found", "credited", "credits_exact", "error"}, "\t"))
	for _, res := range r.Results {
		for _, p := range res.PerPage {
			fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t%d\t%d\t%t\t%s\t%s\t%t\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n",
				res.Path, res.Name, p.Page, p.Half, p.Body.F1, p.Body.P, p.Body.R, p.ParaWant, p.ParaExact,
				p.TitleOK, clean(p.WantTitle), clean(p.GotTitle), p.BylineOK, clean(p.WantByline), clean(p.GotByline),
				p.Captions.Want, p.Captions.Found, p.Captions.Credited, p.Captions.Exact, clean(p.Error))
		}
	}
	return f.Close()
}

// writeCaseMisses writes, for each runner, PREFIX-cases-PATH-NAME.jsonl:
// one line per page with a lost paragraph, an extra block, a wrong title or
// byline, or a missed caption.
func writeCaseMisses(prefix string, r *CasesReport) ([]string, error) {
	var files []string
	for _, res := range r.Results {
		path := fmt.Sprintf("%s-cases-%s-%s.jsonl", prefix, res.Path, res.Name)
		f, err := os.Create(path)
		if err != nil {
			return files, err
		}
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for _, p := range res.PerPage {
			wrong := len(p.Lost) > 0 || len(p.Extra) > 0 || p.Error != "" ||
				(p.WantTitle != "" && !p.TitleOK) || (p.WantByline != "" && !p.BylineOK) ||
				len(p.Captions.Missed) > 0 || p.Captions.Exact < p.Captions.Credited
			if !wrong {
				continue
			}
			if err := enc.Encode(p); err != nil {
				f.Close()
				return files, err
			}
		}
		if err := f.Close(); err != nil {
			return files, err
		}
		files = append(files, path)
	}
	return files, nil
}
