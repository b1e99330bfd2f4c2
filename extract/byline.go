package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The byline as printed: readability prefers JSON-LD and <meta> authors,
// which lose the page's own wording ("By CLAIRE RASMUSSEN and TOMAS VEGA",
// "Danielle Ortiz and Marcus Lee, CNN"). findByline reads it off the page.

// maxBylineWords bounds a plausible byline.
const maxBylineWords = 15

// findByline returns the first line of the first byline element on the
// page — an element whose class, id or test id says "byline" or "author",
// or that is marked rel=author or itemprop=author — without dates, roles and
// images, and without a leading "By". It returns "" when there is none.
func findByline(doc *html.Node) string {
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
		if !isBylineElement(n) {
			return true
		}
		if text := cleanByline(firstLine(n)); text != "" && countWords(text) <= maxBylineWords {
			found = text
		}
		return false
	})
	return found
}

func isBylineElement(n *html.Node) bool {
	if attr(n, "rel") == "author" || attr(n, "itemprop") == "author" {
		return true
	}
	marks := classAndID(n) + " " + strings.ToLower(attr(n, "data-component")+" "+attr(n, "data-testid"))
	return hasWordIn(marks, []string{"byline", "author", "authors"}) && !hasWordIn(marks, []string{"bio", "biography", "avatar", "image"})
}

// bylineSkip marks the parts of a byline element that are not the names.
var bylineSkip = []string{"date", "time", "timestamp", "role", "title", "bio", "images", "image", "avatar",
	"headshot", "updated", "published", "follow", "share", "twitter", "email", "job", "position"}

// firstLine returns the text of n up to its first block-level break,
// skipping times, roles and images.
func firstLine(n *html.Node) string {
	var b strings.Builder
	done := false
	walk(n, func(c *html.Node) bool {
		if done {
			return false
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c == n {
				return true
			}
			if c.DataAtom == atom.Time || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Img ||
				(hasWordIn(classAndID(c), bylineSkip) && !holdsAuthorLink(c)) {
				return false
			}
			if _, _, clutter := clutterOf(c); clutter {
				return false // share and save buttons
			}
			if (isBlockElement(c) || c.DataAtom == atom.Br) && strings.TrimSpace(b.String()) != "" {
				done = true
				return false
			}
		}
		return true
	})
	return b.String()
}

// cleanByline strips the "By" and anything after a separator or a role.
func cleanByline(s string) string {
	s = collapseSpaces(normaliseSpaces(s))
	if m := bylinePrefix.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if i := strings.IndexAny(s, "|•"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(strings.TrimRight(s, " ,;:-–—"))
	// "Helena Marsh Environment correspondent": a role after the name.
	words := strings.Fields(s)
	if len(words) > 2 && roleWords[strings.ToLower(words[len(words)-1])] && !strings.Contains(s, ",") {
		// Drop the role and the desk before it ("Environment"), unless
		// that leaves less than a name.
		for _, cut := range []int{len(words) - 2, len(words) - 1} {
			if name := strings.Join(words[:cut], " "); cut >= 2 && isName(name) {
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
