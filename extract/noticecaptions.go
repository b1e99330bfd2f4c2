package extract

import (
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// noticeShapes are the notices a box beside or without a picture holds,
// taken for its caption, each read from the lower-cased caption. They are
// compiled on first use.
type noticeShapes struct {
	// "Bitte aktivieren Sie Javascript", "JavaScript is disabled in your
	// browser"; not a photo of JavaScript's creator.
	javascriptRequest *regexp.Regexp
	// "Mit dem Laden des Beitrags akzeptieren Sie die
	// Datenschutzerklärung von Instagram", "Please accept cookies to
	// watch this video".
	consentRequest *regexp.Regexp
	// "Für Links auf dieser Seite erhält CHIP ggf. eine Provision", "We
	// may earn a commission from links on this page": an earning, and
	// the links it is earned by.
	affiliateEarning, linkWord *regexp.Regexp
	// "Preisvergleich alle anzeigen ANZEIGE" in a box with no picture.
	priceComparison *regexp.Regexp
	// The words of a copyright notice.
	copyrightLine *regexp.Regexp
}

var notices = sync.OnceValue(func() *noticeShapes {
	return &noticeShapes{
		javascriptRequest: regexp.MustCompile(`\b(bitte|please)\b.{0,40}\bjavascript\b|\bjavascript( is| ist| muss| must be)? .{0,25}(aktivier|enable|erforderlich|required|disabled|deaktiviert|benötigt|ausgeschaltet|turned off)`),
		consentRequest:    regexp.MustCompile(`\b(akzeptieren sie|akzeptierst du|stimmen sie|stimmst du|you accept|you agree|you consent)\b.{0,80}(datenschutz|privacy|cookie)|\b(accept|allow|enable|akzeptieren|zulassen|erlauben|aktivieren)\b .{0,20}\bcookies\b|\bcookies? (akzeptieren|zulassen|erlauben|accept|allow|enable)\b`),
		affiliateEarning:  regexp.MustCompile(`\b(erhält|erhalten|erhalte|bekommt|bekommen|verdien\w*|earn\w*|receive\w*|get)\b.{0,40}\b(provision|commission)`),
		linkWord:          regexp.MustCompile(`\blinks?\b`),
		priceComparison:   regexp.MustCompile(`\b(preisvergleich|preise vergleichen|price comparison|compare prices)\b`),
		copyrightLine:     regexp.MustCompile(`©|\(c\)|\bcopyright\b|\brights reserved\b|\balle rechte\b|\bdroits réservés\b|\bderechos reservados\b`),
	}
})

// isNoticeCaption reports a caption that is a notice rather than words
// about a picture: a request to turn JavaScript on, a consent to cookies
// or a privacy policy, an affiliate-link disclaimer, or, beside no
// picture, a price comparison.
func isNoticeCaption(c Caption) bool {
	t := strings.ToLower(c.Text)
	if placeholderCaptions[strings.TrimRight(strings.TrimSpace(t), ".… ")] {
		return true
	}
	if !strings.Contains(t, "javascript") && !strings.Contains(t, "cookie") && !strings.Contains(t, "datenschutz") &&
		!strings.Contains(t, "privacy") && !strings.Contains(t, "provision") && !strings.Contains(t, "commission") &&
		!strings.Contains(t, "prei") && !strings.Contains(t, "price") {
		return false // most captions: no word a notice needs
	}
	n := notices()
	return n.javascriptRequest.MatchString(t) || n.consentRequest.MatchString(t) || isConsentText(t) ||
		n.affiliateEarning.MatchString(t) && n.linkWord.MatchString(t) ||
		c.Image == "" && n.priceComparison.MatchString(t)
}

// placeholderCaptions are the whole captions, lower-cased and without
// their closing dots, that a script's placeholder or a sponsor's label
// prints beside a picture: "Laden...", "Loading…", "PARTNER".
var placeholderCaptions = map[string]bool{
	"laden": true, "wird geladen": true, "lädt": true, "loading": true, "chargement": true, "cargando": true,
	"caricamento": true, "carregando": true,
	"partner": true, "anzeige": true, "werbung": true, "sponsored": true, "advertisement": true, "promoted": true,
}

// isFileNameCaption reports a caption that is the image's file name, one
// word with an underscore or a digit, alone or before a size or a number:
// "radtour_berlin_8" under radtour_berlin_8.jpg, a name the page printed
// where it had no caption.
func isFileNameCaption(c Caption) bool {
	t := strings.ToLower(strings.TrimSpace(c.Text))
	if len(t) < 4 || strings.ContainsAny(t, " \t\n") || c.Image == "" {
		return false
	}
	u, err := url.Parse(c.Image)
	if err != nil {
		return false
	}
	stem := strings.ToLower(path.Base(u.Path))
	stem = strings.TrimSuffix(stem, path.Ext(stem))
	rest, ok := strings.CutPrefix(stem, t)
	if !ok || strings.Trim(rest, "-_x0123456789") != "" {
		return false // "Berlin" under berlin-skyline.jpg
	}
	// A name only a file would have: "Berlin" under berlin.jpg, or a
	// book's title under its cover, leandra-lou.jpg, may be a caption.
	return strings.ContainsAny(t, "_0123456789")
}

// hasNoWord reports text with no letter: a "©" left where the caption
// would be, or the count beside an icon.
func hasNoWord(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) < 0
}

// isLogoCopyright reports a copyright line beside the site's logo, an
// image whose file name has the word "logo" ("/img/site-logo.svg"): the
// site's notice, not a picture's credit. A photo of logos,
// "App-Logos-auf-Smartphone.jpeg", or a credit that names no copyright,
// is not one.
func isLogoCopyright(c Caption) bool {
	if !notices().copyrightLine.MatchString(strings.ToLower(c.Credit)) {
		return false
	}
	u, err := url.Parse(c.Image)
	if err != nil {
		return false
	}
	name := strings.ToLower(path.Base(u.Path))
	return slices.Contains(strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }), "logo")
}
