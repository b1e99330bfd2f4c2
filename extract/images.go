package extract

import (
	"net/url"
	"strings"

	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The image a figure shows: its address among the lazy loaders' attributes,
// and the credit its title may hold.

// isImage reports an image element: <img>, <picture>, or AMP's <amp-img>.
func isImage(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Img || n.DataAtom == atom.Picture || n.Data == "amp-img")
}

// isImageAddress reports a URL that names an image file.
func isImageAddress(u string) bool {
	u, _, _ = strings.Cut(strings.TrimSpace(u), "?")
	u = strings.ToLower(u)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"} {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// imageAttrs hold an image's address, the lazy loaders' first: their src is
// often a placeholder.
var imageAttrs = []string{"data-src", "data-lazy-src", "data-original", "src"}

// srcsetAttrs hold candidate lists ("URL 640w, URL 1280w"), of which the
// first address serves.
var srcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// imageURL returns the address of the image n is or holds, absolute: the
// <img>'s own, else the first a <picture>'s sources offer; "" when there is
// none but a data: placeholder.
func imageURL(n *html.Node, base *url.URL) string {
	if n == nil {
		return ""
	}
	var found string
	for _, want := range []func(*html.Node) bool{isImage, isSource} {
		walk(n, func(c *html.Node) bool {
			if found == "" && c.Type == html.ElementNode && want(c) {
				found = ownImageURL(c, base)
			}
			return found == ""
		})
		if found != "" {
			return found
		}
	}
	return noscriptImageURL(n, base)
}

// noscriptImageURL returns the address of the image a <noscript> inside n
// holds as markup, which the parser leaves as text: a lazy <picture> whose
// only <img> is its copy for readers without scripts.
func noscriptImageURL(n *html.Node, base *url.URL) string {
	var found string
	walk(n, func(c *html.Node) bool {
		if found != "" {
			return false
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Noscript {
			return true
		}
		if t := c.FirstChild; t != nil && t.Type == html.TextNode && strings.Contains(t.Data, "<img") {
			ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			if nodes, err := html.ParseFragment(strings.NewReader(t.Data), ctx); err == nil {
				for _, x := range nodes {
					walk(x, func(k *html.Node) bool {
						if found == "" && k.Type == html.ElementNode && k.DataAtom == atom.Img {
							found = ownImageURL(k, base)
						}
						return found == ""
					})
				}
			}
		}
		return false
	})
	return found
}

func isSource(n *html.Node) bool { return n.DataAtom == atom.Source }

// ownImageURL returns the address n's own attributes give.
func ownImageURL(n *html.Node, base *url.URL) string {
	for _, key := range imageAttrs {
		if u := resolve(base, strings.TrimSpace(attr(n, key))); u != "" {
			return u
		}
	}
	for _, key := range srcsetAttrs {
		if u := resolve(base, firstCandidate(attr(n, key))); u != "" {
			return u
		}
	}
	// Another lazy loader's own attribute: "data-flickity-lazyload",
	// "data-hi-res-src", "data-lazyload-srcset".
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		if !strings.HasPrefix(key, "data-") || !strings.Contains(key, "lazy") && !strings.HasSuffix(key, "src") && !strings.HasSuffix(key, "srcset") {
			continue
		}
		ref, _, _ := strings.Cut(strings.TrimSpace(a.Val), " ")
		if strings.HasSuffix(key, "srcset") {
			ref = firstCandidate(a.Val)
		}
		// A class name or a JSON setting is no address.
		if !strings.Contains(ref, "/") || strings.ContainsAny(ref, "{}<>\"'") {
			continue
		}
		if u := resolve(base, ref); u != "" {
			return u
		}
	}
	return ""
}

// firstCandidate returns the first address of a candidate list ("URL 1x,
// URL 2x"), or of a single address.
func firstCandidate(list string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(list), ",")
	first, _, _ = strings.Cut(first, " ")
	return first
}

// imageTitleSeparators set a credit off the end of an image's title: "Caption |
// AP", "Caption © Jane Doe".
var imageTitleSeparators = []string{" | ", " © ", "©", " / "}

// maxTitleCreditWords is the longest credit read off an image's title.
const maxTitleCreditWords = 8

// titleCredit returns the credit an image's title attribute holds after its
// alt text, as "The bridge after the flood | AP" with the alt "The bridge
// after the flood"; or a title that is only "© Name". A title that merely
// repeats the alt, or says something else, has no credit.
func titleCredit(img *html.Node) string {
	for c := img; c != nil; c = c.FirstChild {
		if c.DataAtom == atom.Img || c.Data == "amp-img" {
			img = c
			break
		}
		if c.DataAtom == atom.Picture {
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				if k.DataAtom == atom.Img {
					c = k
					break
				}
			}
			img = c
			break
		}
	}
	title := strings.TrimSpace(attr(img, "title"))
	alt := strings.TrimSpace(attr(img, "alt"))
	var rest string
	switch {
	case strings.HasPrefix(title, "©"):
		rest = title
	case alt != "" && len(title) > len(alt) && strings.HasPrefix(title, alt):
		rest = title[len(alt):]
	default:
		return ""
	}
	for _, sep := range imageTitleSeparators {
		if c, ok := strings.CutPrefix(rest, sep); ok {
			c = strings.TrimSpace(c)
			if c != "" && textutil.CountWords(c) <= maxTitleCreditWords {
				return cleanCredit(c)
			}
		}
	}
	return ""
}

// resolve makes ref absolute against base; it drops data: and javascript:
// URLs, which never belong in output.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "":
		return u.String()
	}
	return ""
}

// lastImageURL returns the address of the last image n is or holds, the
// one a caption after n captions, or "" for no n.
func lastImageURL(n *html.Node, base *url.URL) string {
	if n == nil {
		return ""
	}
	var last *html.Node
	walk(n, func(c *html.Node) bool {
		if isImage(c) {
			last = c
			return false // a <picture>'s <img> is the same image
		}
		return true
	})
	return imageURL(last, base)
}
