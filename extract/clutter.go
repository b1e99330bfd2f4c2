package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// clutterElements are removed by element; the vocabulary's roles and
// class words say what else is clutter.
var (
	clutterElements = map[atom.Atom]clean.Kind{
		atom.Nav: clean.Nav, atom.Footer: clean.Nav, atom.Aside: clean.Related, atom.Dialog: clean.Banner,
		atom.Form: clean.Newsletter, atom.Button: clean.Share, atom.Select: clean.Nav, atom.Iframe: clean.Ad,
	}
	// classPrefixes are naming-scheme prefixes skipped before the first word.
	classPrefixes = map[string]bool{"c": true, "o": true, "l": true, "js": true, "u": true, "m": true, "t": true, "is": true, "has": true}
	// negations mark a class that says the opposite: "no-ads", "non-paywall".
	negations = map[string]bool{"no": true, "non": true, "not": true, "without": true, "hide": true, "hidden": true, "disable": true, "disabled": true}
)

// clutterOf reports whether n is clutter by element, role or class, with the
// kind and a reason that names the evidence.
func (v *vocabulary) clutterOf(n *html.Node) (clean.Kind, string, bool) {
	// The role first: it says what an element is for, as a search <form>.
	if kind, ok := v.roles[strings.ToLower(attr(n, "role"))]; ok {
		return kind, rolePrefix + strings.ToLower(attr(n, "role")), true
	}
	elementKind, isElement := clutterElements[n.DataAtom]
	if kind, word, ok := v.classClutter(n); ok && (!isElement || kind != elementKind) {
		// A class word says which clutter an <aside> or a <footer>
		// holds, as a newsletter sign-up.
		return kind, classPrefix + word, true
	}
	if isElement {
		return elementKind, elementPrefix + n.Data, true
	}
	return "", "", false
}

// classClutter reports the kind of clutter a word of n's class, id or
// data-component names, and the word.
func (v *vocabulary) classClutter(n *html.Node) (clean.Kind, string, bool) {
	var buf [6]string
	for _, marks := range [...]string{attr(n, "class"), attr(n, "id"), attr(n, "data-component")} {
		for tok := range strings.FieldsSeq(marks) {
			if strings.Contains(tok, "--") || !v.mayNameClutter(tok) {
				continue // a BEM modifier says how, not what; most name no clutter
			}
			words := classWords(tok, buf[:0], v.classWords)
			if len(words) == 0 {
				continue
			}
			// Most tokens name no clutter: the first and last words
			// are looked up before the words that rule a match out.
			first, last := words[0], words[len(words)-1]
			w := first
			kind, ok := v.classWords[w]
			if !ok {
				w = last
				kind, ok = v.classWords[w]
			}
			if !ok || negations[first] || stateWords[last] {
				continue // "no-ads"; "modal-enabled", "share-button": not a container of that kind
			}
			return kind, w, true
		}
	}
	return "", "", false
}

// stateWords end class names that describe a feature or a control, not a
// container of clutter: "modal-enabled", "modal-trigger", "share-icon".
var stateWords = map[string]bool{
	"enabled": true, "disabled": true, "active": true, "open": true, "opened": true, "closed": true,
	"visible": true, "trigger": true, "toggle": true, "close": true, "icon": true, "count": true, "counter": true,
}

// contentTokens are class and id names that mark the article itself.
var contentTokens = map[string]bool{
	"article": true, "post": true, "entry": true, "story": true, "content": true, "main": true,
	"article-body": true, "articlebody": true, "article-content": true, "entry-content": true,
	"post-content": true, "post-body": true, "story-body": true, "story-content": true, "main-content": true,
}

// isContentContainer reports an element whose class or id names it as the
// article: whatever else its classes say, it is not removed.
func isContentContainer(n *html.Node) bool {
	for _, tok := range strings.Fields(classAndID(n)) {
		if contentTokens[tok] {
			return true
		}
	}
	return attr(n, "itemprop") == "articleBody"
}
