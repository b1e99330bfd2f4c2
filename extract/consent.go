package extract

import "strings"

// consentWords are the vocabulary of cookie-consent dialogs.
var consentWords = []string{"cookie", "consent", "partners", "legitimate interest", "privacy", "personal data",
	"your device", "advertising", "personalised", "personalized", "tracking", "preferences"}

// isConsentText reports text that reads as a cookie-consent notice. Such a
// dialog may hold more text than a short article, so size alone must not
// protect it.
func isConsentText(text string) bool {
	text = strings.ToLower(text)
	hits := 0
	for _, w := range consentWords {
		if strings.Contains(text, w) {
			hits++
		}
	}
	return hits >= 4
}
