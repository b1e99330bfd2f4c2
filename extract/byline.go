package extract

import (
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
func findByline(doc *html.Node, v *vocabulary) string {
	found := ""
	walk(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Nav, atom.Aside, atom.Footer, atom.Head:
			return false
		}
		if isHidden(n) {
			return false
		}
		if !isBylineElement(n) {
			return !isFurniture(n)
		}
		line := firstLine(n, v)
		if name := itemName(n); name != "" {
			line = name
		}
		if text := v.cleanByline(line); text != "" && textutil.CountWords(text) <= maxBylineWords {
			found = text
		}
		return false
	})
	return found
}

func isBylineElement(n *html.Node) bool {
	if attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") {
		return true
	}
	marked := false
	for _, tok := range strings.Fields(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component") + " " + attr(n, "data-testid")) {
		for _, w := range classWords(tok) {
			switch {
			case w == "bio" || w == "biography" || w == "avatar" || w == "image" || w == "img" || w == "photo":
				return false
			case strings.HasPrefix(w, "byline"), w == "author", w == "authors", w == "writtenby", w == "authorname":
				marked = true
			}
		}
	}
	return marked
}

// furnitureWords mark page furniture whose author names are not the
// article's: comments, related teasers, sidebars, footers.
var furnitureWords = []string{"comment", "comments", "related", "sidebar", "menu", "social",
	"share", "promo", "recommended", "community", "replies", "disqus", "breadcrumbs", "popup"}

func isFurniture(n *html.Node) bool {
	return hasWordIn(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), furnitureWords)
}

// isHidden reports an element the reader cannot see.
func isHidden(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" ||
		strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// itemName returns the text of the first itemprop=name element inside n.
func itemName(n *html.Node) string {
	name := ""
	walk(n, func(c *html.Node) bool {
		if name != "" {
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

// bylineSkip marks the parts of a byline element that are not the names.
var bylineSkip = []string{"date", "time", "timestamp", "role", "title", "bio", "images", "image", "avatar", "dateline",
	"headshot", "updated", "published", "follow", "share", "twitter", "email", "job", "position"}

// firstLine returns the text of n up to its first line break, skipping
// times, roles, images and buttons.
func firstLine(n *html.Node, v *vocabulary) string {
	var b strings.Builder
	writeText(&b, n, func(c *html.Node) bool { return notBylineText(c, v) }, false)
	for line := range strings.SplitSeq(b.String(), "\n") {
		if strings.TrimSpace(line) != "" {
			return line
		}
	}
	return ""
}

// notBylineText reports the parts of a byline element that are not the
// names: times, images, roles, share and save buttons.
func notBylineText(c *html.Node, v *vocabulary) bool {
	if c.DataAtom == atom.Time || c.DataAtom == atom.Img ||
		(hasWordIn(classAndID(c), bylineSkip) && !holdsAuthorLink(c)) {
		return true
	}
	_, _, clutter := v.clutterOf(c)
	return clutter
}

// cleanByline strips the "By" and anything after a separator or a role.
func (v *vocabulary) cleanByline(s string) string {
	s = collapseSpaces(normaliseSpaces(s))
	if m := bylinePrefix.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if i := strings.IndexAny(s, "|•"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(strings.TrimRight(s, " ,;:-–—"))
	if loc := aDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = strings.TrimSpace(strings.TrimRight(s[:loc[0]], " ,;:-–—|")) // "Jane Doe March 11, 2015"
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, " Updated"))
	if bylinePrefix.MatchString(s+" x") && textutil.CountWords(s) == 1 {
		return "" // only the "By"
	}
	// "Jane Doe, Senior Staff Technologist, Privacy Project": a long role
	// after the name. A short one ("…, CNN") is part of the byline.
	if name, role, ok := strings.Cut(s, ","); ok && textutil.CountWords(role) > 3 && v.isName(strings.TrimSpace(name)) {
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

// bylineAndAuthors cleans readability's byline ("By Jane Doe, CNN" becomes
// "Jane Doe, CNN") and picks the author list: the page's JSON-LD authors
// when it has them, else the names in the byline.
func (v *vocabulary) bylineAndAuthors(byline string, metaAuthors []string) (string, []string) {
	if m := bylinePrefix.FindStringSubmatch(byline); m != nil {
		byline = m[1]
	}
	byline = strings.TrimSpace(byline)
	if len(metaAuthors) > 0 {
		return byline, metaAuthors
	}
	if byline == "" {
		return "", nil
	}
	return byline, v.authorsOf(byline)
}

// chooseByline picks the byline: the one printed on the page when it names
// an author the metadata names, or when the metadata names none and it
// reads as names; else the metadata's; else what readability found.
// Byline elements are many and noisy (column names, datelines, "Follow
// author"); the metadata keeps the choice honest. Readability's own pick
// comes last because it runs after the pre-pass has changed the page.
func (v *vocabulary) chooseByline(printed, meta, found string) string {
	names := v.authorsOf(meta)
	if printed != "" {
		p := clean.Normalize(printed)
		for _, name := range names {
			if n := clean.Normalize(name); n != "" && strings.Contains(p, n) {
				return printed
			}
		}
		if len(names) == 0 && v.plausibleByline(printed) {
			return printed
		}
	}
	if meta != "" {
		return meta
	}
	if v.plausibleByline(found) {
		return found
	}
	return ""
}

// plausibleByline reports a byline that reads as names: two words or more,
// capitalised, without digits.
func (v *vocabulary) plausibleByline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return textutil.CountWords(s) >= 2 && unicode.IsUpper(r) && !strings.ContainsAny(s, "0123456789*")
}
