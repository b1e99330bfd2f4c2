package extract

import (
	"strings"

	"github.com/declutter/declutter/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page is paywalled only when it shows that the article is cut short: a
// subscription prompt where the text stops (see cutsShort). Class names are weak evidence —
// "paywall", "premium" and "locked" mark complete articles' paragraphs on
// some sites, and account menus and comment boxes carry them too — so an
// element marked as a paywall counts only when its text asks the reader to
// pay, subscribe or sign in to read on, and it is never removed when it
// holds the article's prose.

// promptWords are the vocabulary of paywall prompts, lower case.
var promptWords = []string{
	"subscribe", "subscription", "subscriber", "sign in to", "log in to", "register to", "create a free account",
	"continue reading", "keep reading", "read the full", "unlock", "free articles", "article limit",
	"abonn", "abo ", "abo-", "weiterlesen", "jetzt lesen", "registrieren", "anmelden",
	"suscr", "suscripción", "seguir leyendo", "continuer à lire", "la suite", "réservé aux",
}

// commentWords mark a prompt to sign in or subscribe to comment, which
// cuts no article short, unless it asks to read on too (readOnWords): a
// paywall's offer may list commenting among its perks.
var (
	commentWords = []string{"comment", "conversation", "discussion", "kommentar", "diskussion", "commentaire", "comentario", "comentar"}
	readOnWords  = []string{"continue reading", "keep reading", "read on", "read the full", "read this", "weiterlesen", "weiter lesen",
		"artikel lesen", "lesen sie weiter", "seguir leyendo", "continuer à lire", "la suite", "continua a leggere"}
)

// cutShortProse is how many prose paragraphs after a prompt show that the
// article goes on past it.
const cutShortProse = 2

// cutsShort reports whether an element marked as a paywall, with text,
// shows that the article is cut short: it asks the reader to pay,
// subscribe or sign in to read on, not to comment, and the article's
// prose does not go on after it (proseAfter paragraphs follow it) — unless
// the page's JSON-LD says the article is not free, when a prompt above
// the teaser counts too. An account header's "Subscribe" link, a comments
// box and an offer between paragraphs cut nothing.
func cutsShort(text string, proseAfter int, notFree bool) bool {
	if !readsAsPrompt(text) || hasAnyFold(text, commentWords) && !hasAnyFold(text, readOnWords) {
		return false
	}
	return notFree || proseAfter < cutShortProse
}

// hasAnyFold reports whether text holds one of words, lower case, in any
// case.
func hasAnyFold(text string, words []string) bool {
	t := strings.ToLower(text)
	for _, w := range words {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// maxPromptWords is the longest text read as a paywall prompt.
const maxPromptWords = 150

// readsAsPrompt reports text that asks the reader to pay, subscribe or sign
// in to read on.
func readsAsPrompt(text string) bool {
	if textutil.CountWords(text) > maxPromptWords {
		return false
	}
	t := strings.ToLower(text)
	for _, w := range promptWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// proseWords is the length of a paragraph that reads as article prose.
const proseWords = 25

// holdsProse reports an element that is, or holds, a paragraph of article
// prose rather than a prompt: a paywall class on it marks the article.
func holdsProse(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return !found
		}
		if c.DataAtom == atom.P {
			if text := textOf(c); textutil.CountWords(text) >= proseWords && !readsAsPrompt(text) {
				found = true
			}
			return false
		}
		return true
	})
	return found
}
