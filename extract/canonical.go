package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// canonicalURL is the address a page gives itself: its <link
// rel="canonical">, else its og:url; "" unless that is an absolute http or
// https URL, since there is nothing to resolve a relative one against. It
// stands in for Source.URL when the caller has none, as for a saved page.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Link:
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = absoluteHTTP(attr(n, "href"))
			}
		case atom.Meta:
			if og == "" && strings.EqualFold(strings.TrimSpace(attr(n, "property")), "og:url") {
				og = absoluteHTTP(attr(n, "content"))
			}
		case atom.Script, atom.Style, atom.Template:
			return false
		}
		return true
	})
	if canonical != "" {
		return canonical
	}
	return og
}

// hasToken reports whether the space-separated list holds token, ignoring case.
func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// absoluteHTTP returns s, trimmed, when it is an absolute http(s) URL with
// a host, else "".
func absoluteHTTP(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return s
}
