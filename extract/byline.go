package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The byline as printed: readability prefers JSON-LD and <meta> authors,
// which lose the page's own wording ("By CLAIRE RASMUSSEN and TOMAS VEGA",
// "Danielle Ortiz and Marcus Lee, CNN"). findByline reads it off the page.

// maxBylineWords bounds a plausible byline.
const maxBylineWords = 15

// findByline returns the byline printed on the page: the first visible
// byline element in document order — one marked rel=author or
// itemprop=author, or whose class, id or test id names a byline or author —
// outside the page's furniture. Of that element it takes the name child
// (itemprop=name) if it has one, else its first line without dates, roles
// and images, and without a leading "By". It returns "" when there is none.
//
// The order of the search follows readability's, so that a page's byline
// is the one readability would report on the untouched page.
//
// An element that holds no name once cleaned ("Posted on" in a span
// classed meta-prep-author, before the date and the names) does not end
// the search. When the page has no byline elsewhere, the asides and
// footers of its <article> are searched too: blogs print the byline in
// the entry's footer ("Posted on … by Andrea"), some pages in an aside
// beside the text.
func findByline(doc *html.Node, v *vocabulary) string {
	found, asides := findBylineIn(doc, v, false)
	if found != "" {
		return found
	}
	if asides {
		// The search again, into the asides and footers the first one
		// passed by; without them it would go as the first went.
		if found, _ := findBylineIn(doc, v, true); found != "" {
			return found
		}
	}
	if found := findLabelledNames(doc, v); found != "" {
		return found
	}
	if found := findSignature(doc, v); found != "" {
		return found
	}
	return findNoscriptByline(doc, v)
}

// findNoscriptByline returns the byline element's names in the markup a
// <noscript> holds, which the parser leaves as text: a page that writes
// its post with a script prints it, byline and all, a second time there
// for readers without scripts (Blogger: "<noscript><span
// class="byline-author">Posted by …</span><p>…"). Only a <noscript> that
// holds a byline element's class is parsed.
func findNoscriptByline(doc *html.Node, v *vocabulary) string {
	found := ""
	walk(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom != atom.Noscript {
			return n.Type == html.DocumentNode || n.Type == html.ElementNode && n.DataAtom != atom.Head && n.DataAtom != atom.Script
		}
		t := n.FirstChild
		if t == nil || t.Type != html.TextNode || !strings.Contains(t.Data, "byline") && !strings.Contains(t.Data, "author") {
			return false
		}
		nodes, err := html.ParseFragment(strings.NewReader(t.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			return false
		}
		root := &html.Node{Type: html.DocumentNode}
		for _, c := range nodes {
			root.AppendChild(c)
		}
		found, _ = findBylineIn(root, v, false)
		return false
	})
	return found
}

// minSignatureProseWords is the least running text a paragraph signed
// off by a name must follow: a signature closes an article.
const minSignatureProseWords = 40

// findSignature returns the name an article is signed off with: the last
// paragraph of its text, inside the page's <article> or <main> if it has
// one, holding nothing but one name set in bold or italics
// ("<p><b><i>Stefan Wasmer</i></b></p>") after a paragraph or more of
// prose. Pages without a byline element or label sign their articles so.
// It returns "" when there is none.
func findSignature(doc *html.Node, v *vocabulary) string {
	scoped := false
	walk(doc, func(n *html.Node) bool {
		scoped = scoped || n.DataAtom == atom.Article || n.DataAtom == atom.Main
		return !scoped
	})
	found := ""
	walk(doc, func(n *html.Node) bool {
		if found != "" || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Nav, atom.Head, atom.Aside, atom.Footer, atom.Header,
			atom.Figure, atom.Blockquote, atom.Form, atom.Ul, atom.Ol:
			return false
		case atom.P:
			if (!scoped || insideArticleOrMain(n)) && !isHidden(n) {
				found = v.signatureName(n)
			}
			return false
		}
		return !isHidden(n) && !isBylineFurniture(n)
	})
	return found
}

// signatureName returns the name paragraph p signs its article off with,
// or "": p holds only an emphasised name, nothing with text follows it
// in its parent but the article's footnotes ("(1) Ces chiffres …") and
// boxes set in tables, and prose comes before it there.
func (v *vocabulary) signatureName(p *html.Node) string {
	for s := p.NextSibling; s != nil; s = s.NextSibling {
		if hasText(s) && !(s.Type == html.ElementNode && (s.DataAtom == atom.Table || s.DataAtom == atom.P && footnoteOpening.MatchString(textOf(s)))) {
			return ""
		}
	}
	// One element, and inside it one again, down to the text: bold,
	// italics, a font or a span; a name in running text is none.
	e := p
	emphasis := false
	for {
		var only *html.Node
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			case only == nil && (c.Type == html.ElementNode || e != p && emphasis && c.Type == html.TextNode):
				only = c
			default:
				return ""
			}
		}
		if only == nil {
			return ""
		}
		if only.Type == html.TextNode {
			break
		}
		switch only.DataAtom {
		case atom.B, atom.Strong, atom.I, atom.Em:
			emphasis = true
		case atom.Font, atom.Span:
		default:
			return ""
		}
		e = only
	}
	if !emphasis {
		return ""
	}
	name := collapseSpaces(normaliseSpaces(strings.TrimSpace(textOf(p))))
	if names := v.namesIn(name); len(names) != 1 {
		return ""
	}
	prose := 0
	for s := p.PrevSibling; s != nil && prose < minSignatureProseWords; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.P {
			if t := textOf(s); isProse(strings.TrimSpace(t)) {
				prose += textutil.CountWords(t)
			}
		}
	}
	if prose < minSignatureProseWords {
		return ""
	}
	return name
}

// footnoteOpening finds the mark a footnote opens with: "(1)", "[2]", "3)",
// "*".
var footnoteOpening = regexp.MustCompile(`^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*)`)

// maxLabelledLineWords bounds a line read as a labelled byline in the
// article's text.
const maxLabelledLineWords = 10

// findLabelledNames returns the names of the first short line inside the
// page's <article> or <main>, if it has one, that a byline label opens — one that makes a
// line a byline anywhere ("von Alexander Rosenkranz") or any label before
// a colon ("Auteur : Kossivi Tiassou", "Text: Klausmartin Friedrich") —
// when what follows the label is only names. Pages without a byline
// element print their byline so, in a paragraph of its own or the last
// line of the text.
func findLabelledNames(doc *html.Node, v *vocabulary) string {
	found := ""
	scoped := false // the page marks its article: look inside it only
	walk(doc, func(n *html.Node) bool {
		scoped = scoped || n.DataAtom == atom.Article || n.DataAtom == atom.Main
		return !scoped
	})
	skip := func(c *html.Node) bool { return notBylineText(c, v) }
	walk(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Nav, atom.Head, atom.Figcaption, atom.Figure,
			atom.Aside, atom.Footer, atom.Blockquote, atom.Form, atom.Button, atom.Select:
			return false
		case atom.A:
			// A link to another page holds a teaser's names; one that
			// writes to the author ("mailto:", a script that unscrambles
			// the address) may hold the byline.
			return writesToAuthor(n) && !isHidden(n)
		case atom.P, atom.Span, atom.Li, atom.H4, atom.H5, atom.H6, atom.Small:
		case atom.Dt, atom.Th, atom.B, atom.Strong, atom.Label:
			// A label of its own, the names after it.
			if !isHidden(n) && (!scoped || insideArticleOrMain(n)) {
				found = v.namesAfterLabel(n)
			}
			return false
		default:
			if isHidden(n) || isBylineFurniture(n) && !isPageElement(n) {
				return isPageElement(n)
			}
			if (n.DataAtom == atom.Div || n.DataAtom == atom.Td) && (!scoped || insideArticleOrMain(n)) {
				found = v.labelledOwnLine(n)
			}
			return found == ""
		}
		if isHidden(n) || scoped && !insideArticleOrMain(n) || inDatedList(n) {
			return false
		}
		if found = v.namesAfterLabel(n); found != "" {
			return false
		}
		t := getTextBuf()
		defer putTextBuf(t)
		t.write(n, skip, false)
		// Most lines are prose: only a short one is made a string.
		for raw := range bytes.SplitSeq(t.b, []byte("\n")) {
			if raw = bytes.TrimSpace(raw); len(raw) == 0 || len(raw) > maxLabelledLineBytes {
				continue
			}
			line := collapseSpaces(normaliseSpaces(string(raw)))
			if !v.mayNameLabelled(line) {
				continue // most lines: no date to cut it at, no names to find
			}
			if !textutil.WordsAtMost(line, maxLabelledLineWords) {
				// A post's meta line: the label and names, then the
				// date and the category it was filed under.
				loc := dottedDate.FindStringIndex(line)
				if d := findDate(line); d != nil && (loc == nil || d[0] < loc[0]) {
					loc = d
				}
				if loc == nil || !textutil.WordsAtMost(line[:loc[1]], maxLabelledLineWords) {
					continue
				}
				line = line[:loc[1]]
			}
			if names := v.labelledNames(line); names != "" {
				found = names
				return false
			}
		}
		return false
	})
	return found
}

// inDatedList reports an element beside one of its kind that opens with a
// date too: a calendar's or a list's entries ("17.11.2022 - Aymz - Grelle
// Forelle" over "18.11.2022 - Dame - Gasometer"), not a byline.
func inDatedList(n *html.Node) bool {
	for _, sib := range [...]*html.Node{prevElement(n), nextElement(n)} {
		if sib != nil && sib.DataAtom == n.DataAtom && !textLongerThan(sib, maxLabelledLineBytes) && afterDate(strings.TrimSpace(textOf(sib))) != "" {
			return true
		}
	}
	return false
}

// prevElement returns the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// labelledOwnLine returns the names of a labelled byline among the lines
// a <div> or a table's cell holds as its own text, between line breaks
// rather than in paragraphs ("…<br><br>Autor: <a>Rechtsanwalt</a>
// Sebastian Einbock</div>", "<td><i>Text & Fotos:</i> Ivan Valetny</td>");
// "" when there is none. The lines of its paragraphs and other blocks are
// read as theirs.
func (v *vocabulary) labelledOwnLine(div *html.Node) string {
	own := false
	for c := div.FirstChild; c != nil && !own; c = c.NextSibling {
		own = c.Type == html.TextNode && strings.TrimSpace(c.Data) != ""
	}
	if !own {
		return ""
	}
	var line strings.Builder
	check := func() string {
		t := collapseSpaces(normaliseSpaces(line.String()))
		line.Reset()
		if t == "" || len(t) > maxLabelledLineBytes || !v.mayNameLabelled(t) || textutil.CountWords(t) > maxLabelledLineWords {
			return ""
		}
		return v.labelledNames(t)
	}
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			line.WriteString(c.Data)
			continue
		case c.Type != html.ElementNode:
			continue
		case c.DataAtom != atom.Br && !isBlockElement(c) && !notBylineText(c, v):
			if line.Len() <= maxLabelledLineBytes {
				line.WriteString(textOf(c))
			}
			continue
		}
		if names := check(); names != "" {
			return names
		}
	}
	return check()
}

// writesToAuthor reports a link that leads to no page but writes an
// e-mail: "mailto:", or a script that unscrambles the address.
func writesToAuthor(a *html.Node) bool {
	href := strings.ToLower(strings.TrimSpace(attr(a, "href")))
	return strings.HasPrefix(href, "mailto:") || strings.HasPrefix(href, "javascript:") && strings.Contains(href, "mail")
}

// namesAfterLabel returns the names printed after element n when n holds
// only a byline label: on the rest of its line ("<span>Autor:</span>
// Fritz Imhof<br>"), else in the element after it ("<dt>Auteur</dt>
// <dd>Uriel Gadessaud</dd>", "<h4>Autor</h4><p>Nikolai Huke</p>"); ""
// when what follows is no names.
func (v *vocabulary) namesAfterLabel(n *html.Node) string {
	if textLongerThan(n, maxLabelBytes) {
		return "" // a paragraph, not a label: its text need not be built
	}
	label := collapseSpaces(normaliseSpaces(textOf(n)))
	if len(label) > maxLabelBytes {
		return ""
	}
	if rest, ok := v.bylineLabels.cut(label, true); !ok || strings.Trim(rest, ": ") != "" {
		return ""
	}
	var line strings.Builder
scan:
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			line.WriteString(c.Data)
			continue
		case c.Type != html.ElementNode:
			continue
		case c.DataAtom == atom.Br && strings.TrimSpace(line.String()) == "":
			continue // "Von:<br><br>Götz Warnke"
		case c.DataAtom == atom.Br:
		case isBlockElement(c) && strings.TrimSpace(line.String()) == "":
			line.WriteString(textOf(c)) // the element after the label's
		case !isBlockElement(c):
			line.WriteString(textOf(c))
			continue
		}
		break scan
	}
	names := strings.Trim(collapseSpaces(normaliseSpaces(line.String())), " ,;|")
	if names == "" || len(names) > maxLabelledLineBytes || textutil.CountWords(names) > maxLabelledLineWords || v.namesIn(names) == nil {
		return ""
	}
	return names
}

// textLongerThan reports whether the text of n, as textOf reads it, is
// surely longer than limit bytes: it counts only the printable ASCII
// bytes, which neither normalising nor collapsing spaces takes away, and
// stops once there are more than limit.
func textLongerThan(n *html.Node, limit int) bool {
	count := 0
	walk(n, func(c *html.Node) bool {
		if count > limit {
			return false
		}
		switch c.Type {
		case html.TextNode:
			for i := 0; i < len(c.Data) && count <= limit; i++ {
				if b := c.Data[i]; b > ' ' && b < 0x7f {
					count++
				}
			}
		case html.ElementNode:
			return !leftOut(c, n, nil)
		}
		return true
	})
	return count > limit
}

// maxLabelBytes bounds the text of an element read as a byline label.
const maxLabelBytes = 40

// maxLabelledLineBytes bounds the length of a line read as a labelled
// byline: maxLabelledLineWords words of long names.
const maxLabelledLineBytes = 160

// labelledNames returns the names after a byline label that opens line
// with a colon, or that makes a line a byline wherever it stands, when
// only names follow it; else "".
func (v *vocabulary) labelledNames(line string) string {
	line = strings.TrimLeft(line, "-–—|· ") // "05.02.2020 - Redaktion: …" after its date
	rest := ""
	if m := v.bylineLabels.header.FindStringSubmatch(line); m != nil {
		rest = m[1]
	} else if r, ok := v.bylineLabels.cut(line, true); ok && r != "" && strings.Contains(line[:len(line)-len(r)], ":") {
		rest = r
	} else if desk, r, ok := strings.Cut(line, ":"); ok && isDesk(desk) {
		rest = r // "Redaktion: Eberhard Fuhr": the desk's editor
	}
	rest = strings.Trim(rest, " ,;")
	if rest != "" && v.namesIn(rest) == nil && v.namesIn(v.dropLeadingRole(rest)) != nil {
		return rest // "Autor: Rechtsanwalt Sebastian Einbock": the role is cut off the author
	}
	if rest != "" && v.namesIn(rest) == nil {
		if names := v.namesBeforeDate(rest); names != "" {
			return names // "Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter …"
		}
	}
	if rest == "" || v.namesIn(rest) == nil && v.namesIn(strings.TrimSpace(parenthesised.ReplaceAllString(rest, ""))) == nil {
		return v.namesAfterDate(line)
	}
	// "Text: Jan Roth (Pressesprecher)": a role or a place in brackets
	// after the names is the byline's, not the names'.
	return rest
}

// mayNameLabelled reports whether labelledNames could find names in line,
// or in the part of it up to a date: only a line that opens with a
// +header label, holds a colon after a label or a desk, or holds a year's
// four digits (the date a line opens with, before its names) can.
func (v *vocabulary) mayNameLabelled(line string) bool {
	return strings.IndexByte(line, ':') >= 0 || hasFourDigits(line) ||
		v.bylineLabels.mayOpenHeader(strings.TrimLeft(line, "-–—|· "))
}

// namesBeforeDate returns the names s opens with when a date follows
// them after a preposition or a separator, as a post's meta line prints
// them ("R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter Kommunizieren",
// "Jane Doe on March 3, 2021 in Politics", "Jane Doe | 3. Mai 2021");
// else "".
func (v *vocabulary) namesBeforeDate(s string) string {
	at := -1
	if loc := findDate(s); loc != nil {
		at = loc[0]
	}
	if loc := dottedDate.FindStringIndex(s); loc != nil && (at < 0 || loc[0] < at) {
		at = loc[0]
	}
	if at <= 0 {
		return ""
	}
	head := strings.TrimSpace(s[:at])
	names := strings.TrimSpace(strings.TrimRight(head, ",;|–—-·"))
	if names == head {
		if names = v.dropDatePreposition(head); names == head {
			return "" // "Jane Doe 3. Mai": run into the date
		}
	}
	if v.namesIn(names) == nil && !(strings.HasSuffix(head, "|") && isHandle(names) && v.oneName(names)) {
		return ""
	}
	return names
}

// isHandle reports a blogger's handle: one word in lower case or with a
// digit ("mitundvoneinander", "freeman1984"), as a capitalised word — a
// place, a section — is not.
func isHandle(s string) bool {
	return !unicode.IsUpper(firstRune(s)) || strings.ContainsAny(s, "0123456789")
}

// namesAfterDate returns the names after the date a line opens with, set
// off by a bar or a dash ("25.10.2022 - Reiner Nagel", "04.02.2022 |
// 13:10 Uhr | Uta Helkenberg") or after a label ("12.05.2026 Von Jana
// Petersen"); else "".
func (v *vocabulary) namesAfterDate(line string) string {
	rest := afterDate(line)
	if rest == "" || rest == line {
		return ""
	}
	if names := v.labelledNames(rest); names != "" {
		return names
	}
	sep := strings.TrimSpace(line[:len(line)-len(rest)])
	if !strings.ContainsAny(sep[max(0, len(sep)-3):], "|-–—") || v.namesIn(rest) == nil {
		return ""
	}
	return rest
}

// insideArticleOrMain reports whether n stands inside an <article> or
// <main> element.
func insideArticleOrMain(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// findBylineIn is findByline's search, into the article's asides and
// footers when articleAsides is set. It also reports whether the search
// came to such an aside or footer and passed it by.
func findBylineIn(doc *html.Node, v *vocabulary, articleAsides bool) (found string, passed bool) {
	// near is set by a byline element that held no name: the names are
	// printed beside it, and an author's element elsewhere (a teaser's)
	// is not the byline.
	var near *html.Node
	done := false
	walk(doc, func(n *html.Node) bool {
		if found != "" || done {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Nav, atom.Head, atom.Figcaption:
			return false
		case atom.Aside, atom.Footer:
			if !insideArticle(n) {
				return false
			}
			if !articleAsides {
				passed = true
				return false
			}
		}
		if isHidden(n) {
			return false
		}
		if !isBylineElement(n) || holdsPage(n) {
			// The body's classes name its layout ("has-sidebar"), not
			// furniture.
			if isPageElement(n) || !isBylineFurniture(n) || holdsArticle(n) {
				return true // "content_block right-sidebar": the article's container, beside a sidebar
			}
			// A box classed as the article's footer ("article-footer-box":
			// "Autoren", "Redaktion") is searched as its <footer> is.
			if strings.Contains(strings.ToLower(attr(n, "class")), "footer") && insideArticle(n) {
				passed = passed || !articleAsides
				return articleAsides
			}
			return false
		}
		if isCommentAuthor(n) {
			return false // "comment-author": a reader's name
		}
		line := firstLine(n, v)
		if name := itemName(n); name != "" {
			line = name
		}
		if near != nil && !contains(near, n) {
			done = true
			return false
		}
		if inTeaserLink(n) {
			return false
		}
		text := v.cleanByline(line)
		switch {
		case text == "" && near == nil && v.onlyLabel(strings.TrimSpace(line)), text != "" && v.holdsNoName(text) && near == nil:
			near = n.Parent
			if near != nil && near.Parent != nil && !isPageElement(near.Parent) {
				near = near.Parent
			}
		case text != "" && textutil.CountWords(text) <= maxBylineWords && !v.holdsNoName(text):
			found = text
		}
		return false
	})
	return found, passed
}

// holdsArticle reports whether n holds an <article> element that is no
// comment: its class names the layout it is part of ("right-sidebar"),
// not furniture, as no sidebar holds the article.
func holdsArticle(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		found = found || c != n && c.DataAtom == atom.Article && !isBylineFurniture(c) // a comment's <article class="comment"> is none
		return !found && c.DataAtom != atom.Script && c.DataAtom != atom.Style
	})
	return found
}

// inTeaserLink reports a byline element inside a link that holds more
// than it: a teaser card of another article, its headline and author
// linked as one.
func inTeaserLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return textutil.CountWords(textOf(p)) > textutil.CountWords(textOf(n))+2
		}
	}
	return false
}

// contains reports whether n is root or inside it.
func contains(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// insideArticle reports whether n stands inside an <article> element.
func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// maxBylineElementWords bounds the text of an element read as a byline:
// a larger one marked as an author's ("<body class=author-4326>", an
// author's page section) holds the page, not a byline, and is searched
// further.
const maxBylineElementWords = 80

// isPageElement reports the elements that hold the page or its article.
func isPageElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

// holdsPage reports an element marked as a byline that holds far more than
// one: the document's body, or a section with headings or long text.
func holdsPage(n *html.Node) bool {
	if isPageElement(n) {
		return true
	}
	words := 0
	big := false
	walk(n, func(c *html.Node) bool {
		if big {
			return false
		}
		switch {
		case c.Type == html.TextNode:
			words += textutil.CountWords(c.Data)
			big = words > maxBylineElementWords
		case c != n && (c.DataAtom == atom.H1 || c.DataAtom == atom.H2):
			big = true
		}
		return !big
	})
	return big
}

func isBylineElement(n *html.Node) bool {
	if attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") {
		return true
	}
	all := [...]string{attr(n, "class"), attr(n, "id"), attr(n, "data-component"), attr(n, "data-testid")}
	if !mayNameByline(all[0]) && !mayNameByline(all[1]) && !mayNameByline(all[2]) && !mayNameByline(all[3]) {
		return false // no word that marks a byline: most elements
	}
	marked := false
	for _, marks := range all {
		for tok := range strings.FieldsSeq(marks) {
			var buf [6]string
			for _, w := range classWords(tok, buf[:0], nil) {
				switch {
				case w == "bio" || w == "biography" || w == "avatar" || w == "image" || w == "img" || w == "photo":
					return false
				case strings.HasPrefix(w, "byline"), w == "author", w == "authors", w == "writtenby", w == "authorname",
					w == "autor", w == "autore", w == "auteur", // "<div class=autor>" in Spanish, German, Italian, French
					w == "submitted": // Drupal's "Submitted by … on …"
					marked = true
				}
			}
		}
	}
	return marked
}

// bylineStems begin every class word isBylineElement marks a byline by.
var bylineStems = [...]string{"byline", "author", "writtenby", "autor", "auteur", "submitted"}

// bylineStarts holds the first bytes of bylineStems in either case, and
// every byte beyond ASCII: the bytes at which mayNameByline stops.
var bylineStarts = func() (starts [256]bool) {
	for _, stem := range bylineStems {
		starts[stem[0]] = true
		starts[stem[0]-'a'+'A'] = true
	}
	for c := utf8.RuneSelf; c < len(starts); c++ {
		starts[c] = true
	}
	return starts
}()

// mayNameByline reports whether marks may hold a class word that marks a
// byline: one of bylineStems in any ASCII case, or any letter outside
// ASCII, whose lower case classWords folds by Unicode's rules.
func mayNameByline(marks string) bool {
	for i := 0; i < len(marks); i++ {
		if !bylineStarts[marks[i]] {
			continue // most bytes: one look-up
		}
		c := lower(marks[i])
		if c >= utf8.RuneSelf {
			return true
		}
		for _, stem := range bylineStems {
			if stem[0] == c && len(marks)-i >= len(stem) && strings.EqualFold(marks[i:i+len(stem)], stem) {
				return true
			}
		}
	}
	return false
}

// isFurniture reports page furniture whose author names are not the
// article's: comments, related teasers, sidebars, footers, by the
// furniture words of vocabulary/bylines.txt in its class or id.
func isFurniture(n *html.Node) bool {
	words := defaultVocabulary().bylines.furniture
	// Each attribute apart: joining them would cost an allocation on every
	// element of every walk that asks.
	return hasWordInFolded(attr(n, "class"), words) || hasWordInFolded(attr(n, "id"), words)
}

// isCommentAuthor reports an author's element of a comment: a class or id
// word of comments beside the author's ("comment-author vcard"), from the
// comment list of vocabulary/bylines.txt.
func isCommentAuthor(n *html.Node) bool {
	for _, marks := range [...]string{attr(n, "class"), attr(n, "id")} {
		if hasWordInFolded(marks, defaultVocabulary().bylines.comments) {
			return true
		}
	}
	return false
}

// isBylineFurniture is isFurniture less the classes that name a layout
// ("gallery--wrapper__with-sidebar", "has-comments"): the article inside
// holds the byline.
func isBylineFurniture(n *html.Node) bool {
	if !isFurniture(n) {
		return false
	}
	for _, marks := range [...]string{attr(n, "class"), attr(n, "id")} {
		for tok := range strings.FieldsSeq(strings.ToLower(marks)) {
			if hasWordIn(tok, defaultVocabulary().bylines.furniture) && !isLayoutToken(tok) {
				return true
			}
		}
	}
	return false
}

// isLayoutToken reports a class that says what a layout has, not what an
// element is: "has-sidebar", "page--with-comments", "no-sidebar".
func isLayoutToken(tok string) bool {
	for _, mark := range [...]string{"has-", "with-", "no-"} {
		if strings.HasPrefix(tok, mark) || strings.Contains(tok, "-"+mark) || strings.Contains(tok, "_"+mark) {
			return true
		}
	}
	return false
}

// isHidden reports an element the reader cannot see: hidden by an
// attribute, its style, or a class "hidden" (the utility class of CSS
// frameworks) when it holds no prose — a site may hide the rest of an
// article until a click shows it.
func isHidden(n *html.Node) bool {
	// One pass over the attributes, every element of a walk asks; of each
	// but hidden the first counts, as attr reads it.
	var style, class string
	var seen struct{ aria, style, class bool }
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden":
			return true
		case a.Key == "aria-hidden" && !seen.aria:
			if a.Val == "true" {
				return true
			}
			seen.aria = true
		case a.Key == "style" && !seen.style:
			style, seen.style = a.Val, true
		case a.Key == "class" && !seen.class:
			class, seen.class = a.Val, true
		}
	}
	// Both declarations hold a colon, which lowering makes no letter into.
	if strings.IndexByte(style, ':') >= 0 {
		style = strings.ReplaceAll(strings.ToLower(style), " ", "")
		if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
			return true
		}
	}
	return classHas(class, "hidden") && !holdsProse(n)
}

// hasClassToken reports whether one of n's classes is tok.
func hasClassToken(n *html.Node, tok string) bool {
	return classHas(attr(n, "class"), tok)
}

// classHas reports whether one of the space-separated tokens of class is
// tok.
func classHas(class, tok string) bool {
	if !strings.Contains(class, tok) {
		return false
	}
	for c := range strings.FieldsSeq(class) {
		if c == tok {
			return true
		}
	}
	return false
}

// itemName returns the text of the first itemprop=name element inside n,
// outside the items of other kinds n holds: a breadcrumb list's names
// ("in Rubrik: Hyundai") are no author's.
func itemName(n *html.Node) string {
	name := ""
	walk(n, func(c *html.Node) bool {
		if name != "" || c != n && isOtherItem(c) {
			return false
		}
		if c != n && c.Type == html.ElementNode && strings.Contains(attr(c, "itemprop"), "name") {
			name = textOf(c)
			return false
		}
		return true
	})
	return name
}

// isOtherItem reports an element typed as a microdata item that is no
// person or organisation: a BreadcrumbList, a ListItem.
func isOtherItem(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	t := attr(n, "itemtype")
	return t != "" && !strings.Contains(t, "Person") && !strings.Contains(t, "Organization")
}

// firstLine returns the text of n up to its first line break, skipping
// times, roles, images and buttons. A first line that is only a label
// ("Von:", "Posted by") is joined to the next, which holds the names. A
// first line that is a name is joined to the names on the lines after it,
// with commas: co-authors printed one to an element or a list item.
func firstLine(n *html.Node, v *vocabulary) string {
	var b strings.Builder
	writeText(&b, n, func(c *html.Node) bool { return notBylineText(c, v) }, false)
	label, first := "", ""
	var more []string
	for line := range strings.SplitSeq(b.String(), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case first != "":
			name := strings.Trim(line, " ,;&·|")
			if titleKey(name) == "" {
				continue // "…", "&": a list's marks between the names
			}
			names := v.namesIn(name)
			if names == nil {
				return joinNames(first, more)
			}
			for _, name := range names {
				if !strings.Contains(clean.Normalize(first), clean.Normalize(name)) && !slices.Contains(more, name) {
					more = append(more, name) // once: a name repeated for a screen reader
				}
			}
			continue
		case label == "" && v.onlyLabel(line):
			label = line
			continue
		case label != "":
			line = label + " " + line
		}
		if v.namesIn(v.stripBylineLabel(strings.Trim(line, " ,;&·|"))) == nil {
			return line
		}
		first = line
	}
	if first != "" {
		return joinNames(first, more)
	}
	return label
}

// joinNames joins a byline's first line and the names after it.
func joinNames(first string, more []string) string {
	if len(more) == 0 {
		return first
	}
	return strings.Trim(first, " ,;&·|") + ", " + strings.Join(more, ", ")
}

// namesIn returns the names of a line that holds only names — one, or
// several joined by "and", "&" and the like ("and Luis Pérez") — and nil
// for a line with anything else: a role, a place, a contact link or
// furniture ("Follow Jane Doe").
func (v *vocabulary) namesIn(s string) []string {
	var names []string
	for _, part := range v.bylines.joiner.Split(" "+s, -1) {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if v.cleanName(part) != part || !v.isName(part) || v.holdsFurniture(part) || isDesk(part) || holdsHost(part) {
			return nil // "Follow Jane Doe", "Redaktion Haus.de"
		}
		names = append(names, part)
	}
	return names
}

// holdsHost reports a word of s written as a host name: "Haus.de".
func holdsHost(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if strings.Contains(w, ".") && domainName.MatchString(w) {
			return true
		}
	}
	return false
}

// holdsFurniture reports a word of page furniture in s ("Follow", "Share").
func (v *vocabulary) holdsFurniture(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if notNameWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// onlyLabel reports a line that is a byline's label without the names:
// "By", "Von:", "Posted by".
func (v *vocabulary) onlyLabel(s string) bool {
	rest, ok := v.bylineLabels.cut(collapseSpaces(normaliseSpaces(strings.TrimRight(s, " :"))), true)
	return ok && rest == "" && textutil.CountWords(s) <= 2
}

// notBylineText reports the parts of a byline element that are not the
// names: times, images, footnote marks, roles, share and save buttons.
func notBylineText(c *html.Node, v *vocabulary) bool {
	if c.DataAtom == atom.Time || c.DataAtom == atom.Img || c.DataAtom == atom.Sup ||
		(hasWordIn(classAndID(c), v.bylines.skip) && !holdsAuthorLink(c)) {
		return true
	}
	_, _, clutter := v.clutterOf(c)
	return clutter
}

// cleanByline strips the "By" and anything after a separator or a role.
func (v *vocabulary) cleanByline(s string) string {
	s = collapseSpaces(normaliseSpaces(s))
	s = strings.TrimLeft(s, " ·•|–—-") // "· von freeman1984 · in Uncategorized"
	s = v.stripBylineLabel(s)
	if m := v.bylineLabels.header.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if i := strings.IndexAny(s, "|•"); i >= 0 {
		s = s[:i]
	}
	s = cutDateField(s)
	if i := strings.Index(s, " · "); i >= 0 && !unicode.IsUpper(firstRune(s[i+len(" · "):])) {
		s = s[:i] // "Jane Doe · in Politics", "… · 3 min"; "Ana Ruiz · Luis Pérez" stays
	}
	s = v.dropDashedTeam(s)
	s = strings.TrimSpace(strings.TrimRight(s, " ,;:-–—·"))
	if loc := findDate(s); loc != nil {
		// "Posted on September 21, 2020 by Adi Tzlil": the names after
		// the date.
		if m := byAfterDate.FindStringSubmatch(s[loc[0]:]); m != nil {
			s = m[1]
		}
	}
	if loc := findDate(s); loc != nil && loc[0] > 0 {
		s = strings.TrimSpace(strings.TrimRight(s[:loc[0]], " ,;:-–—|")) // "Jane Doe March 11, 2015"
	}
	if loc := dottedDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = strings.TrimSpace(strings.TrimRight(s[:loc[0]], " ,;:-–—|")) // "Janic Cathomen, 01.12.2021"
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, " Updated"))
	s = v.dropDatePreposition(s)
	if m := publishedBefore.FindStringIndex(s); m != nil {
		s = strings.TrimSpace(s[m[1]:]) // "Artikel veröffentlicht am , Jane Doe"
	}
	if v.onlyLabel(s) {
		return "" // only the "By" or "Posted by", the names elsewhere
	}
	// "Jane Doe, Senior Staff Technologist, Privacy Project": a long role
	// after the name. A short one ("…, CNN") is part of the byline.
	if name, role, ok := strings.Cut(s, ","); ok && textutil.CountWords(role) > 3 && v.isName(strings.TrimSpace(name)) && !v.namesList(role) {
		s = strings.TrimSpace(name)
	}
	// "Helena Marsh Environment correspondent": a role after the name.
	words := strings.Fields(s)
	if len(words) > 2 && roleWords[strings.ToLower(words[len(words)-1])] && !strings.Contains(s, ",") {
		// Drop the role and the desk before it ("Environment"), unless
		// that leaves less than a name.
		for _, cut := range []int{len(words) - 2, len(words) - 1} {
			if name := strings.Join(words[:cut], " "); cut >= 2 && v.isName(name) {
				return name
			}
		}
	}
	return s
}

// dateField finds a date's field after the names, set off by a comma:
// ", Datum: 03.Mär.19", ", Published: …".
var dateField = regexp.MustCompile(`,\s*([\p{L} ]{2,30}?)\s*:`)

// cutDateField cuts a date's labelled field off the names after them:
// "Gàbor Muniér, Datum: 03.Mär.19" is "Gàbor Muniér". A label of any other
// field stays ("Jane Doe, Text: …" is no date).
func cutDateField(s string) string {
	if m := dateField.FindStringSubmatchIndex(s); m != nil && m[0] > 0 && dateLabels[strings.ToLower(s[m[2]:m[3]])] {
		return strings.TrimSpace(s[:m[0]])
	}
	return s
}

// dropDashedTeam cuts what follows a spaced dash after the names when it
// is no name: a team or a desk ("Nathan Parker and Eric Mill - Chrome
// Safe Browsing team", "Jane Doe – Staff Writer"). Names on both sides of
// the dash ("Matthias Hille - Lukas Balbach") stay.
func (v *vocabulary) dropDashedTeam(s string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		i := strings.Index(s, dash)
		if i <= 0 {
			continue
		}
		after := strings.TrimSpace(s[i+len(dash):])
		if after == "" || v.namesIn(after) != nil || findDate(after) != nil || dottedDate.MatchString(after) {
			continue
		}
		before := strings.TrimSpace(s[:i])
		names := true
		for part := range strings.SplitSeq(before, ",") {
			names = names && v.namesIn(part) != nil
		}
		if names {
			return before
		}
	}
	return s
}

// byAfterDate finds the names after a date: "… 21, 2020 by Adi Tzlil".
var byAfterDate = regexp.MustCompile(`(?i)\s(?:by|von|par|por)\s+(\p{Lu}.*)$`)

// namesList reports a list of two or more names joined by "and", "&" and
// the like: "Liam Byrne and Ana García", the co-authors after a comma.
func (v *vocabulary) namesList(s string) bool {
	parts := nameSplit.Split(strings.TrimSpace(s), -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !v.isName(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// holdsAuthorLink reports whether n is or holds a link marked as an
// author's, so that a container classed "author-date" is not skipped as a
// date.
func holdsAuthorLink(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && (attr(c, "rel") == "author" || attr(c, "itemprop") == "author") {
			found = true
		}
		return !found
	})
	return found
}

// stripBylineLabel removes a label before the names that is not a plain
// "By": "Posted by", "Veröffentlicht von", "Autor:", "Auteur :", "Texto:".
func (v *vocabulary) stripBylineLabel(s string) string {
	if rest, ok := v.bylineLabels.cut(collapseSpaces(normaliseSpaces(s)), true); ok && rest != "" {
		return rest
	}
	return s
}

// publishedBefore finds a publication label, its date cut out, before the
// names.
var publishedBefore = regexp.MustCompile(`(?i)^.*\b(?:veröffentlicht|published|updated|aktualisiert|publié|publicado|posted)\b[^,]*,\s*`)

// dropDatePreposition drops the words left at the end of a byline whose
// date was cut off: "Jane Doe am", "Isabella.DiBiase am", "Jane Doe on
// Tue".
func (v *vocabulary) dropDatePreposition(s string) string {
	words := strings.Fields(s)
	if n := len(words); n >= 3 && v.bylines.weekdays[strings.ToLower(strings.TrimRight(words[n-1], ".,"))] && v.bylines.dateWords[words[n-2]] {
		words = words[:n-1] // the day after its preposition only: "Jane Do" keeps its "Do"
	}
	// Lower case only, as printed: "Tran Le" keeps its "Le".
	if len(words) >= 2 && v.bylines.dateWords[words[len(words)-1]] {
		return strings.Join(words[:len(words)-1], " ")
	}
	return s
}

// The marks around names that are not part of them: social handles and a
// location in parentheses.
var (
	handle        = regexp.MustCompile(`\s*@[\w.]+`)
	parenthesised = regexp.MustCompile(`\s*\([^()]*\)`)
)

// cleanName returns an author name without handles, contact links
// ("Twitter", "Email") or a location in parentheses: "Cécile
// Ducourtieux(Bruxelles, bureau européen)" is "Cécile Ducourtieux".
func (v *vocabulary) cleanName(n string) string {
	n = parenthesised.ReplaceAllString(n, "")
	n = handle.ReplaceAllString(n, "")
	n = v.bylines.contact.ReplaceAllString(n, "")
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(n), ",;:|-–—/"))
}

// forOrIn finds what follows the names in "Jane Doe for MailOnline" and
// "Jane Doe in Kyiv".
var forOrIn = regexp.MustCompile(`\s+(?:for\s+.+|in\s+\p{Lu}\p{Ll}+.*)$`)

// printedAuthors splits a printed byline into author names, in order:
// "A, B and C", "A & B", "A und B", "A et B", "A y B". Roles and the
// publisher after a comma are not names; an agency alone is the author.
// Names keep the case they are printed in: "STEVE PEOPLES" cannot be
// turned back into "McDonald" or "DeSantis" safely, and a reader can fold
// case where the original cannot be restored.
func (v *vocabulary) printedAuthors(byline string) []string {
	byline = parenthesised.ReplaceAllString(byline, "")
	if m := forOrIn.FindStringIndex(byline); m != nil && m[0] > 0 {
		byline = byline[:m[0]]
	}
	var parts []string
	for i, seg := range strings.Split(byline, ",") {
		split := v.bylines.joiner.Split(seg, -1)
		for _, p := range split {
			if p = v.cleanName(p); len(split) > 1 && (!unicode.IsUpper(firstRune(p)) || !strings.Contains(p, " ") || holdsLowerWord(p)) {
				// "Redacción y agencias", "Procter & Gamble", "Staff
				// and news service reports", "Landesanstalt für Wald und
				// Forstwirtschaft": not a list of names.
				split = []string{seg}
				if i > 0 && !v.isName(strings.TrimSpace(seg)) {
					split = nil // an affiliation after the names
				}
				break
			}
		}
		parts = append(parts, split...)
	}
	var out []string
	for _, p := range parts {
		p = v.cleanName(p)
		if p == "" {
			continue
		}
		if len(parts) > 1 && (v.isPublisher(p) || hasRoleWord(p) || v.isDegree(p)) {
			continue // "…, CNN", "…, Political Correspondent", "…, MA"
		}
		out = append(out, v.dropLeadingRole(p))
	}
	return out
}

// holdsLowerWord reports a word in lower case that is no name's particle
// ("für" in "Landesanstalt für Wald"; "von" in "Ursula von der Leyen" is
// a particle).
func holdsLowerWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if unicode.IsLower(firstRune(w)) && !nameParticles[w] {
			return true
		}
	}
	return false
}

// dropLeadingRole cuts a role printed before a name off it: "FOCUS-
// Online-Experte Robin Tschöpe", "Chefredakteur Jan Roth". The role is
// one word, a role word or a compound ending in one; what is left must be
// a name.
func (v *vocabulary) dropLeadingRole(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	role := strings.ToLower(first)
	if i := strings.LastIndexByte(role, '-'); i >= 0 {
		role = role[i+1:]
	}
	if rest = strings.TrimSpace(rest); roleWords[role] && v.isName(rest) {
		return rest
	}
	return name
}

// isDegree reports an academic degree: "MA", "Ph.D.".
func (v *vocabulary) isDegree(s string) bool {
	return v.bylines.degrees[strings.ToLower(strings.ReplaceAll(s, ".", ""))]
}

func hasRoleWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if roleWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// bylineAndAuthors cleans readability's byline ("By Jane Doe, CNN" becomes
// "Jane Doe, CNN") and picks the author list: the names printed in the
// byline when they include every author the page's JSON-LD names (the
// metadata often lists only the first), else the JSON-LD authors, else the
// printed names.
func (v *vocabulary) bylineAndAuthors(byline string, metaAuthors []string) (string, []string) {
	byline = v.stripBylineLabel(strings.TrimSpace(byline))
	if m := v.bylineLabels.header.FindStringSubmatch(byline); m != nil {
		byline = m[1]
	}
	byline = strings.TrimSpace(byline)
	printed := v.printedAuthors(byline)
	metaAuthors = slices.DeleteFunc(slices.Clone(metaAuthors), v.holdsNoName)
	if len(metaAuthors) > 0 && (byline == "" || namesAny(byline, metaAuthors)) && !(len(printed) > len(metaAuthors) && namesAll(printed, metaAuthors)) {
		return byline, metaAuthors
	}
	if byline == "" {
		return "", nil
	}
	return byline, printed
}

// namesAny reports whether the byline names one of names: when it names
// none, it was printed on the page and the metadata's authors are
// someone else, often the publisher.
func namesAny(byline string, names []string) bool {
	b := clean.Normalize(byline)
	for _, n := range names {
		if n = clean.Normalize(n); n != "" && strings.Contains(b, n) {
			return true
		}
	}
	return false
}

// namesAll reports whether every name of want is among names.
func namesAll(names, want []string) bool {
	for _, w := range want {
		found := false
		for _, n := range names {
			found = found || clean.Normalize(n) == clean.Normalize(w)
		}
		if !found {
			return false
		}
	}
	return true
}

// chooseByline picks the byline: the one printed on the page when it names
// an author the metadata names, or when the metadata names none and it
// reads as names; else the metadata's; else what readability found.
// Byline elements are many and noisy (column names, datelines, "Follow
// author"); the metadata keeps the choice honest. Readability's own pick
// comes last because it runs after the pre-pass has changed the page.
//
// The metadata's "author" is often the publisher ("Badische Zeitung",
// "Deutsche Welle (www.dw.com)"): names that are the site's, one of sites,
// or a known publisher's, do not hold back a printed byline; a CMS
// account's name ("admin") names no one.
func (v *vocabulary) chooseByline(printed, meta, found string, sites []string) string {
	meta = stripSiteName(meta, sites) // "unocero - Alberto Ávila"
	if v.holdsNoName(meta) {
		meta = "" // a CMS account's name: "admin"
	}
	names := v.authorsOf(meta)
	if v.holdsNoName(printed) {
		printed = ""
	}
	if v.allPublishers(names, sites) || isSiteName(meta, sites) || printed != "" && (v.organisationOverPeople(meta, printed) || allHandles(names)) {
		// "Jobs & Hire": the site's name, whole, is no list of people;
		// "christian.stadtfeld" is an account's, the page prints the name.
		names = nil
	}
	if printed != "" {
		p := clean.Normalize(printed)
		for _, name := range names {
			if n := clean.Normalize(name); n != "" && strings.Contains(p, n) {
				return printed
			}
		}
		if len(names) == 0 && (v.plausibleByline(printed) || wireAt(printed) != "" || v.oneName(printed) || siteDesk(printed, sites)) {
			return printed // names, an agency ("AFP", "dpa"), a blogger's name, the site's desk
		}
	}
	if meta != "" {
		return meta
	}
	if v.plausibleByline(found) && !v.holdsNoName(found) {
		return found
	}
	return ""
}

// allHandles reports names that are all an account's handle, at least
// one: one word in lower case or with a digit or an underscore
// ("sarah-indra", "gabor_munier"). A name in a script without case
// ("新間") is none.
func allHandles(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, " ") || !unicode.IsLower(firstRune(n)) && !strings.ContainsAny(n, "0123456789_") {
			return false
		}
	}
	return len(names) > 0
}

// siteDesk reports the site's newsroom desk named as the author, its host
// name first: "auto-motor.at Redaktion".
func siteDesk(s string, sites []string) bool {
	site, desk, ok := strings.Cut(s, " ")
	return ok && textutil.CountWords(desk) == 1 && deskWords[strings.ToLower(desk)] && isSiteName(site, sites)
}

// organisationOverPeople reports metadata that names an organisation, a
// phrase with a word in lower case that is neither a name's particle nor a
// joiner ("Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF"),
// where the page prints people's names: they are the authors.
func (v *vocabulary) organisationOverPeople(meta, printed string) bool {
	lower := false
	for _, w := range strings.Fields(meta) {
		r := firstRune(w)
		lower = lower || unicode.IsLower(r) && !nameParticles[w] && !v.bylines.joiner.MatchString(" "+w+" ")
	}
	if !lower {
		return false
	}
	people := v.printedAuthors(v.cleanByline(printed))
	for _, p := range people {
		if !v.isName(p) {
			return false
		}
	}
	return len(people) > 0
}

// holdsNoName reports a byline left with a word that shows no name was
// printed there: "Posted on", "Veröffentlicht am".
func (v *vocabulary) holdsNoName(s string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if v.bylines.notNames[strings.Trim(w, ".,:;·")] {
			return true
		}
	}
	return false
}

// allPublishers reports whether every one of names, at least one, is
// the site's or a known publisher's.
func (v *vocabulary) allPublishers(names, sites []string) bool {
	for _, n := range names {
		n = strings.TrimSpace(parenthesised.ReplaceAllString(n, ""))
		if !isSiteName(n, sites) && !v.isPublisher(n) {
			return false
		}
	}
	return len(names) > 0
}

// oneName reports a one-word name printed in an author's element: a
// blogger's first name or handle ("Heiko", "freeman1984"), a desk
// ("Redaktion"). Words of page furniture ("Menu", "Share") are none.
func (v *vocabulary) oneName(s string) bool {
	if textutil.CountWords(s) != 1 || utf8.RuneCountInString(s) < 2 || notNameWords[clean.Normalize(s)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !strings.ContainsAny(s, "*:/@#")
}

// plausibleByline reports a byline that reads as names: two words or more,
// capitalised, without digits.
func (v *vocabulary) plausibleByline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return textutil.CountWords(s) >= 2 && unicode.IsUpper(r) && !strings.ContainsAny(s, "0123456789*")
}
