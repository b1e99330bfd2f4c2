package main

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/declutter/declutter/extract"
)

// render formats one article as -o asks: "json" is the Article exactly as
// encoding/json writes it, indented; "markdown" is Article.Markdown; "text"
// is what a reader wants. With removed, text and Markdown end with what the
// rules dropped; JSON always carries it in its "removed" field.
func render(a *extract.Article, output string, removed bool) ([]byte, error) {
	switch output {
	case "json":
		return marshal(a, "  ")
	case "markdown":
		s := a.Markdown()
		if removed {
			s += markdownRemovals(a.Removed)
		}
		return []byte(s), nil
	}
	s := plainText(a)
	if removed {
		s += textRemovals(a.Removed)
	}
	return []byte(s), nil
}

// marshal encodes v as JSON without escaping <, > and &, which are common in
// article text and harmless outside HTML; an empty indent gives one line.
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// plainText lays an article out for reading in a terminal or a text file:
// title, a line of who, where and when, the lead, the body, a note when a
// paywall cut the page short, and the captions with their credits.
func plainText(a *extract.Article) string {
	var b strings.Builder
	para := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	para(a.Title)
	var about []string
	if a.Byline != "" {
		about = append(about, "By "+a.Byline)
	}
	if a.Site != "" {
		about = append(about, a.Site)
	}
	if !a.Published.IsZero() {
		about = append(about, a.Published.Format("2 January 2006"))
	}
	if len(about) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n") // the line belongs with the title
		}
		b.WriteString(strings.Join(about, " · "))
	}
	para(a.Lead)
	for _, block := range a.Body {
		switch block.Kind {
		case extract.List:
			para(prefixLines(block.Text, "  • "))
		case extract.Quote:
			para(prefixLines(block.Text, "  │ "))
		default:
			para(block.Text)
		}
	}
	if a.Paywalled {
		para("[A paywall cut the page short here.]")
	}
	if len(a.Captions) > 0 {
		lines := []string{"Captions:"}
		for _, c := range a.Captions {
			line := "  • " + c.Text
			if c.Credit != "" {
				line += " (" + c.Credit + ")"
			}
			lines = append(lines, line)
		}
		para(strings.Join(lines, "\n"))
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

func textRemovals(rs []extract.Removal) string {
	if len(rs) == 0 {
		return "\nRemoved: nothing\n"
	}
	lines := []string{"", "Removed:"}
	for _, r := range rs {
		lines = append(lines, "  • ["+r.Rule+"] "+oneLine(r.Text))
	}
	return strings.Join(lines, "\n") + "\n"
}

func markdownRemovals(rs []extract.Removal) string {
	if len(rs) == 0 {
		return "\n---\n\n**Removed:** nothing\n"
	}
	lines := []string{"", "---", "", "**Removed:**", ""}
	for _, r := range rs {
		lines = append(lines, "- `"+r.Rule+"` "+markdownEscaper.Replace(oneLine(r.Text)))
	}
	return strings.Join(lines, "\n") + "\n"
}

// markdownEscaper keeps removed page text inert, as Article.Markdown keeps
// the body: no link, image, emphasis or HTML can come from it.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

// oneLine keeps a removed list (items on lines of their own) to one line of
// the report.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " / ")), " ")
}

func prefixLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
