package extract

import (
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/internal/textutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A figure may be a teaser: a card that leads to another story, a video,
// a sign-up box. It gives no caption; the pre-pass reports it in Removed.

// inTeaser reports whether n sits in a link to another page or in a list
// item: a card that leads to another story, whose image and headline read
// like a figure and its caption. A link to the image itself, as lightboxes
// make, leads nowhere else, and a list item that holds the page's headline
// and paragraphs of prose is the page's layout around the story, not a
// card; a comment in a list of comments holds no headline.
func inTeaser(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Li:
			if !holds(a, func(h *html.Node) bool { return h.DataAtom == atom.H1 }) || longParagraphs(a) < protectParagraphs {
				return true
			}
		case atom.A:
			if href := attr(a, "href"); href != "" && !isImageAddress(href) {
				return true
			}
		}
	}
	return false
}

// teaserWords, in a figure's class, say it shows another story or a
// sign-up box rather than a picture of this one. "video" is not among them:
// "article-image-video" is the slot for the story's own picture.
var teaserWords = map[string]bool{
	"teaser": true, "promo": true, "podcast": true, "newsletter": true, "related": true,
	"recirc": true, "advert": true, "sponsored": true,
}

// endsInVideoLength reports a video's running time closing a caption:
// "(1:24:10)", "(3:05)".
func endsInVideoLength(s string) bool {
	open := strings.LastIndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") {
		return false
	}
	parts := strings.Split(s[open+1:len(s)-1], ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 || i > 0 && len(p) != 2 {
			return false
		}
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// hasVideoLabel reports a caption that credits a video: "Video: watson/Jo
// Lind", "Vidéo : AFP".
func hasVideoLabel(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	label = strings.ToLower(strings.TrimSpace(label))
	return ok && (label == "video" || label == "vidéo" || label == "vídeo")
}

// isMediaPlayer reports an element a script turns into a video or audio
// player, which its class names by its last word: BBC's "media-player",
// "video-player", "jw-player".
func isMediaPlayer(n *html.Node) bool {
	var buf [6]string
	for tok := range strings.FieldsSeq(attr(n, "class")) {
		if words := classWords(tok, buf[:0], nil); len(words) > 1 && strings.EqualFold(words[len(words)-1], "player") {
			return true
		}
	}
	return false
}

// teaserLinkShare is the share of a figure's text inside links to other
// pages above which the figure is a teaser card.
const teaserLinkShare = 0.8

// figureTeaser reports a figure that is a teaser — of a video, another
// story or a newsletter — and the rule that says so: its class names it,
// it plays a video or gives a video's length, or its caption is a link to
// another page.
func figureTeaser(f *html.Node) (string, bool) {
	var buf [6]string
	for tok := range strings.FieldsSeq(attr(f, "class")) {
		// The last word says what the element is: "inline-teaser" is a
		// teaser, "teaser-image" the story's own picture.
		if words := classWords(tok, buf[:0], nil); len(words) > 0 && teaserWords[strings.ToLower(words[len(words)-1])] {
			return RuleTeaserFigure, true
		}
	}
	if holds(f, isVideo) || holds(f, isMediaPlayer) {
		return RuleVideoFigure, true
	}
	text, links := textAndLinks(f, nil)
	if endsInVideoLength(text) || hasVideoLabel(text) {
		return RuleVideoFigure, true
	}
	if text != "" && linkedAway(f) && textutil.CountWords(text) <= maxBadgeWords && !isCredit(text) {
		// A card's badge over its picture: "Newsletter", "Werbung".
		return RuleLinkFigure, true
	}
	if text != "" && float64(links) >= teaserLinkShare*float64(len(text)) &&
		holds(f, func(n *html.Node) bool { return n.DataAtom == atom.A && leadsAway(attr(n, "href")) }) {
		return RuleLinkFigure, true
	}
	return "", false
}

// maxBadgeWords is the most words of a label a card prints over its
// picture.
const maxBadgeWords = 3

// linkedAway reports an element inside a link to another page: a card
// that leads to another story or a sign-up page.
func linkedAway(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.A {
			return leadsAway(attr(a, "href"))
		}
	}
	return false
}

// leadsAway reports a link's address that leads to another page: not the
// picture itself, which a lightbox opens, nor a script's or an anchor's
// address, which a gallery's arrows and buttons carry, nor none.
func leadsAway(href string) bool {
	href = strings.TrimSpace(href)
	return href != "" && !strings.HasPrefix(href, "#") &&
		!strings.HasPrefix(strings.ToLower(href), "javascript:") && !isImageAddress(href)
}

// isCredit reports a text that is a labelled credit alone: "Foto: dpa".
func isCredit(s string) bool {
	t, _, ok := clean.SplitCredit(s)
	return ok && t == ""
}
