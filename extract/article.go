package extract

import (
	"strings"
	"time"

	"github.com/declutter/declutter/clean"
)

// An Article is the clean, structured content of a page.
type Article struct {
	Title     string    `json:"title"`
	Byline    string    `json:"byline,omitempty"` // as printed, minus "By"
	Authors   []string  `json:"authors,omitempty"`
	Site      string    `json:"site,omitempty"` // the publisher shown on the page
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language,omitempty"`
	URL       string    `json:"url,omitempty"`
	// Lead is the standfirst shown above the body; it is not part of Body.
	Lead     string    `json:"lead,omitempty"`
	Body     []Block   `json:"body"`
	Captions []Caption `json:"captions,omitempty"`
	// Paywalled is set when a paywall prompt cut the page short.
	Paywalled bool `json:"paywalled,omitempty"`
	// Removed lists every block the rules dropped, and why.
	Removed []Removal `json:"removed,omitempty"`
}

// A Block is one unit of the body: a paragraph, heading, quote, list (items
// separated by newlines) or preformatted text.
type Block = clean.Block

// BlockKind says what sort of block a Block is.
type BlockKind = clean.BlockKind

// The kinds of block.
const (
	Paragraph = clean.Paragraph
	Heading   = clean.Heading
	Quote     = clean.Quote
	List      = clean.List
	Pre       = clean.Pre
)

// A Removal reports a block, or part of one, that a rule dropped.
type Removal = clean.Removal

// A Caption is an image caption with its photo credit split off.
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit,omitempty"`
	Image  string `json:"image,omitempty"` // the image URL, when the page gives one
}

// Text returns the body as plain text, blocks separated by blank lines.
func (a *Article) Text() string {
	var b strings.Builder
	for i, block := range a.Body {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(block.Text)
	}
	return b.String()
}

// Markdown returns the article as Markdown: the title as a heading, the
// byline and lead, the body, and the captions at the end. Text from the page
// is escaped, so it can never become a link, an image or raw HTML.
func (a *Article) Markdown() string {
	var b strings.Builder
	para := func(s string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	if a.Title != "" {
		para("# " + escapeMarkdown(a.Title))
	}
	if a.Byline != "" {
		para("*By " + escapeMarkdown(a.Byline) + "*")
	}
	if a.Lead != "" {
		para("**" + escapeMarkdown(a.Lead) + "**")
	}
	for _, block := range a.Body {
		switch block.Kind {
		case Heading:
			para("## " + escapeMarkdown(block.Text))
		case Quote:
			para("> " + strings.ReplaceAll(escapeMarkdown(block.Text), "\n", "\n> "))
		case List:
			items := strings.Split(block.Text, "\n")
			for i, item := range items {
				items[i] = "- " + escapeMarkdown(item)
			}
			para(strings.Join(items, "\n"))
		case Pre:
			para("```\n" + strings.ReplaceAll(block.Text, "```", "ʼʼʼ") + "\n```")
		default:
			para(escapeMarkdown(block.Text))
		}
	}
	for _, c := range a.Captions {
		line := "*" + escapeMarkdown(c.Text) + "*"
		if c.Credit != "" {
			line += " (" + escapeMarkdown(c.Credit) + ")"
		}
		para(line)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

// escapeMarkdown makes page text inert in Markdown: no emphasis, link,
// image, HTML or heading can come from it.
func escapeMarkdown(s string) string {
	return markdownEscaper.Replace(s)
}
