package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPaywallAndConsentInFiveLanguages: metered, registration and device
// walls, and consent text, in en, de, fr, es and it, each by the rule meant
// for it; sentences of articles that talk about such things stay.
func TestPaywallAndConsentInFiveLanguages(t *testing.T) {
	rules := mustCompile(t, Default())
	cases := []struct{ text, rule string }{
		{"You have 70% of this article left to read", "paywall/percent-left"},
		{"Il vous reste 57.09% de cet article à lire.", "paywall/percent-left-fr"},
		{"Noch 80 % des Artikels", "paywall/percent-left-de"},
		{"Te queda un 75% del artículo", "paywall/percent-left-es"},
		{"Ti resta il 60% dell'articolo da leggere", "paywall/percent-left-it"},
		{"Register for free to continue reading", "paywall/register-to-read"},
		{"Sign in to read the full article", "paywall/register-to-read"},
		{"You've reached the maximum number of devices", "paywall/device-limit"},
		{"Your account is already in use on another device", "paywall/device-limit"},
		{"Cet article est réservé aux abonnés.", "paywall/subscribers-only-fr"},
		{"La suite de cet article est réservée aux abonnés", "paywall/subscribers-only-fr"},
		{"Pour lire la suite, abonnez-vous", "paywall/read-on-fr"},
		{"Dieser Artikel ist nur für Abonnenten", "paywall/subscribers-only-de"},
		{"Jetzt weiterlesen mit Z+", "paywall/read-on-de"},
		{"Abo abschließen und weiterlesen", "paywall/subscribe-read-on-de"},
		{"Sie haben Ihr kostenloses Artikel-Kontingent erreicht", "paywall/article-limit-de"},
		{"Este artículo es exclusivo para suscriptores", "paywall/subscribers-only-es"},
		{"Suscríbete para seguir leyendo", "paywall/read-on-es"},
		{"Has alcanzado el límite de artículos gratuitos", "paywall/article-limit-es"},
		{"Articolo riservato agli abbonati", "paywall/subscribers-only-it"},
		{"Abbonati per continuare a leggere", "paywall/read-on-it"},
		{"Hai raggiunto il limite di articoli gratuiti", "paywall/article-limit-it"},
		{"Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "banner/cookies-de"},
		{"Alle akzeptieren", "banner/cookie-buttons-de"},
		{"Nous utilisons des cookies pour améliorer votre expérience.", "banner/cookies-fr"},
		{"Continuer sans accepter", "banner/cookie-buttons-fr"},
		{"Utilizamos cookies propias y de terceros.", "banner/cookies-es"},
		{"Aceptar todo", "banner/cookie-buttons-es"},
		{"Utilizziamo i cookie per personalizzare i contenuti.", "banner/cookies-it"},
		{"Rifiuta tutti", "banner/cookie-buttons-it"},
	}
	for _, c := range cases {
		res := rules.Apply([]Block{{Kind: Paragraph, Text: c.text}}, Page{})
		if assert.Len(t, res.Removed, 1, c.text) {
			assert.Equal(t, c.rule, res.Removed[0].Rule, c.text)
		}
	}
	body := []string{
		"The newspaper said 70% of the article was rewritten after the complaint.",
		"Il vous reste à comprendre pourquoi le gouvernement a changé d'avis.",
		"Die Zeitung hat ihr Kontingent an Papier für diesen Monat verbraucht.",
		"El artículo 155 de la Constitución es exclusivo del Senado, dijo el juez.",
		"Gli abbonati al servizio pubblico sono aumentati del 4 per cento.",
		"Wir verwenden seit Jahren dieselbe Methode, sagte die Forscherin.",
	}
	for _, text := range body {
		res := rules.Apply([]Block{{Kind: Paragraph, Text: text}}, Page{})
		assert.Empty(t, res.Removed, text)
	}
}
