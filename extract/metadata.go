package extract

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself in JSON-LD and <meta> tags,
// read before readability changes the document. Readability reads title,
// byline, site, dates and language itself; this adds what it does not keep.
type pageMeta struct {
	authors     []string          // JSON-LD author names
	metaAuthor  string            // <meta name="author"> and its kin
	authorRank  int               // the precedence of the tag metaAuthor came from
	tagAuthors  []string          // every author tag's name, in document order
	dataLabel   string            // the last twitter:labelN, lower-cased, and its N
	labelled    map[string]string // twitter:dataN by its twitter:labelN, lower-cased
	description string            // og:description, description or JSON-LD description
	articleBody string            // JSON-LD articleBody
	notFree     bool              // JSON-LD isAccessibleForFree is false
	provider    string            // JSON-LD provider name: the original publisher of a syndicated article

	// The titles and site names the page states, for chooseTitle.
	headline     string // JSON-LD headline (its name only when it has no headline)
	ogTitle      string
	twitterTitle string
	docTitle     string // <title>
	siteName     string // og:site_name or application-name
	publisher    string // JSON-LD publisher name
}

// authorKeys are the <meta> names and properties that give an author, in
// order of precedence (Dublin Core first, as readability reads them).
var authorKeys = map[string]int{
	"dc:creator": 0, "dcterm:creator": 1, "dcterms:creator": 1, "author": 2, "parsely-author": 3,
	"article:author": 4, "byl": 5, "sailthru:author": 6, "cxenseparse:author": 7,
}

// maxTagAuthors bounds how many author tags are kept.
const maxTagAuthors = 8

// maxJSONLD caps how much of one JSON-LD script is decoded.
const maxJSONLD = 1 << 20

// readMeta collects pageMeta from the document's <head> and JSON-LD scripts.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if m.docTitle == "" && n.Namespace == "" {
				m.docTitle = textOf(n)
			}
			return false
		case atom.Svg, atom.Math:
			return false
		case atom.Meta:
			content := collapseSpaces(attr(n, "content"))
			// property may hold several names: "dc:creator twitter:site_name".
			for _, key := range strings.Fields(strings.ToLower(attr(n, "property") + " " + attr(n, "name"))) {
				m.readMetaTag(strings.ReplaceAll(key, ".", ":"), content)
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				m.readJSONLD(n.FirstChild.Data)
			}
			return false
		}
		return true
	})
	return m
}

// readMetaTag takes the description and the author from one <meta> key.
// Of several author tags the highest in authorKeys wins, and of equals the
// last, as in readability.
func (m *pageMeta) readMetaTag(key, content string) {
	switch key {
	case "og:description", "description", "twitter:description":
		if m.description == "" {
			m.description = content
		}
		return
	case "og:title":
		m.ogTitle = firstNonEmpty(m.ogTitle, content)
		return
	case "twitter:title":
		m.twitterTitle = firstNonEmpty(m.twitterTitle, content)
		return
	case "og:site_name", "application-name":
		m.siteName = firstNonEmpty(m.siteName, content)
		return
	}
	// Yoast's "twitter:label1 Written by", then "twitter:data1 Jane Doe".
	if n, ok := strings.CutPrefix(key, "twitter:label"); ok {
		m.dataLabel = n + " " + strings.ToLower(content)
		return
	}
	if n, ok := strings.CutPrefix(key, "twitter:data"); ok && content != "" {
		if label, found := strings.CutPrefix(m.dataLabel, n+" "); found {
			if m.labelled == nil {
				m.labelled = map[string]string{}
			}
			m.labelled[label] = content
		}
		return
	}
	if len(content) > 2 && (content[0] == '\'' || content[0] == '"') && content[len(content)-1] == content[0] {
		content = content[1 : len(content)-1] // "'Luana Patriolino, Raphael Felice'"
	}
	if rank, ok := authorKeys[key]; ok && content != "" && !strings.Contains(content, "://") {
		if m.metaAuthor == "" || rank <= m.authorRank {
			m.metaAuthor, m.authorRank = content, rank
		}
		if len(m.tagAuthors) < maxTagAuthors {
			m.tagAuthors = append(m.tagAuthors, content)
		}
	}
}

// readJSONLD takes authors, description, body and access from the first
// article-like object in a JSON-LD script, looking inside @graph and arrays.
func (m *pageMeta) readJSONLD(src string) {
	if len(src) > maxJSONLD {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return
	}
	article := findArticleObject(v, 0)
	if article == nil {
		// A page typed otherwise (Yoast's WebPage, a Recipe) may still
		// name the person who wrote it.
		if len(m.authors) == 0 {
			m.authors = personNames(resolveRefs(findAuthorObject(v, 0)["author"], v))
		}
		return
	}
	if len(m.authors) == 0 {
		m.authors = jsonNames(resolveRefs(article["author"], v))
	}
	if m.headline == "" {
		// The headline, not the name: some papers put their own name there.
		for _, key := range []string{"headline", "name"} {
			if s, ok := article[key].(string); ok && collapseSpaces(s) != "" {
				m.headline = collapseSpaces(normaliseSpaces(html.UnescapeString(s)))
				break
			}
		}
	}
	if p, ok := article["publisher"].(map[string]any); ok && m.publisher == "" {
		if name, ok := p["name"].(string); ok {
			m.publisher = collapseSpaces(name)
		}
	}
	if s, ok := article["description"].(string); ok && m.description == "" {
		m.description = collapseSpaces(s)
	}
	if s, ok := article["articleBody"].(string); ok && m.articleBody == "" {
		m.articleBody = s
	}
	if p, ok := article["provider"].(map[string]any); ok && m.provider == "" {
		if name, ok := p["name"].(string); ok {
			m.provider = collapseSpaces(name)
		}
	}
	switch free := article["isAccessibleForFree"].(type) {
	case bool:
		m.notFree = m.notFree || !free
	case string:
		m.notFree = m.notFree || strings.EqualFold(free, "false")
	}
}

// findArticleObject returns the first object whose @type is an article type.
func findArticleObject(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, item := range x {
			if found := findArticleObject(item, depth+1); found != nil {
				return found
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		if graph, ok := x["@graph"]; ok {
			return findArticleObject(graph, depth+1)
		}
	}
	return nil
}

// findAuthorObject returns the first object that names an author, or nil.
func findAuthorObject(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, item := range x {
			if found := findAuthorObject(item, depth+1); found != nil {
				return found
			}
		}
	case map[string]any:
		if x["author"] != nil {
			return x
		}
		if graph, ok := x["@graph"]; ok {
			return findAuthorObject(graph, depth+1)
		}
	}
	return nil
}

// personNames is jsonNames of the author objects typed Person: a page
// that is no article names its publisher as its author as often as a
// person.
func personNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		if x["@type"] == "Person" {
			out = append(out, jsonNames(x["name"])...)
		}
	case []any:
		for _, item := range x {
			out = append(out, personNames(item)...)
		}
	}
	return out
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting" || x == "Report"
	case []any:
		for _, item := range x {
			if isArticleType(item) {
				return true
			}
		}
	}
	return false
}

// resolveRefs replaces references such as {"@id": "#/schema/person/1"}
// in an author value by the objects of the same @id elsewhere in doc, as
// Yoast's @graph writes them.
func resolveRefs(v, doc any) any {
	ref := func(x any) any {
		obj, ok := x.(map[string]any)
		if !ok || obj["name"] != nil {
			return x
		}
		id, _ := obj["@id"].(string)
		if id == "" {
			return x
		}
		if found := findByID(doc, id, 0); found != nil {
			return found
		}
		return x
	}
	if list, ok := v.([]any); ok {
		out := make([]any, len(list))
		for i, x := range list {
			out[i] = ref(x)
		}
		return out
	}
	return ref(v)
}

// findByID returns the object in v with the given @id and a name.
func findByID(v any, id string, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, item := range x {
			if found := findByID(item, id, depth+1); found != nil {
				return found
			}
		}
	case map[string]any:
		if x["@id"] == id && x["name"] != nil {
			return x
		}
		if graph, ok := x["@graph"]; ok {
			return findByID(graph, id, depth+1)
		}
	}
	return nil
}

// jsonNames reads person names from a JSON-LD author value: a string, an
// object with a name, or a list of either.
func jsonNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := collapseSpaces(x); s != "" {
			out = append(out, s)
		}
	case map[string]any:
		out = append(out, jsonNames(x["name"])...)
	case []any:
		for _, item := range x {
			out = append(out, jsonNames(item)...)
		}
	}
	return out
}

// byline returns the author names the page's metadata gives, as one line:
// the JSON-LD authors joined by commas, else the author <meta> tag.
func (m pageMeta) byline() string {
	if len(m.authors) > 0 {
		return strings.Join(m.authors, ", ")
	}
	return m.metaAuthor
}

// metaByline is m.byline, else the twitter:dataN whose twitter:labelN says
// it is the author ("Written by", "Verfasst von"), as Yoast writes them.
// When m.byline names only the site or a publisher, an author tag that
// names a person is taken instead: "<meta name=author content="Badische
// Zeitung">" beside "<meta property="cXenseParse:author" content="Lisa
// Petrich">".
func (v *vocabulary) metaByline(m pageMeta, sites []string) string {
	if b := m.byline(); b != "" {
		if names := v.authorsOf(b); len(names) == 0 || v.allPublishers(names, sites) {
			for _, a := range m.tagAuthors {
				if v.namesIn(a) != nil && !v.allPublishers(v.authorsOf(a), sites) {
					return a
				}
			}
		}
		return b
	}
	for _, label := range slices.Sorted(maps.Keys(m.labelled)) {
		if v.bylines.dataLabels[label] {
			return m.labelled[label]
		}
	}
	return ""
}
