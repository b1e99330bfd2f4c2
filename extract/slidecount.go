package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A gallery prints where a slide stands ("1/6", "11 of 12 |") before its
// caption, and how many pictures it holds ("6 Bilder", "12 photos") where
// a caption would be. Neither is caption text.

// slideCountWords join a slide's number to the gallery's size: "1 of 12".
var slideCountWords = map[string]bool{"/": true, "of": true, "von": true, "de": true, "sur": true, "di": true, "från": true, "av": true}

// pictureWords name pictures, as a gallery counts them.
var pictureWords = map[string]bool{"bilder": true, "fotos": true, "photos": true, "images": true, "pictures": true,
	"imágenes": true, "immagini": true, "foto": true, "bild": true, "photo": true, "image": true, "picture": true}

// trimSlideCount cuts a slide's number off the start of a caption, and
// returns "" for a caption that is only a count of pictures.
func trimSlideCount(s string) string {
	t := strings.TrimSpace(s)
	n := leadingDigits(t)
	if n == 0 {
		return s
	}
	rest := strings.TrimSpace(t[n:])
	if word, after, _ := strings.Cut(rest, " "); pictureWords[strings.ToLower(word)] && strings.TrimSpace(after) == "" {
		return "" // "6 Bilder"
	}
	var sep string
	switch {
	case strings.HasPrefix(rest, "/"):
		sep, rest = "/", strings.TrimSpace(rest[1:])
	default:
		word, after, _ := strings.Cut(rest, " ")
		sep, rest = strings.ToLower(word), strings.TrimSpace(after)
	}
	m := leadingDigits(rest)
	if !slideCountWords[sep] || m == 0 || m < len(rest) && rest[m] != ' ' && rest[m] != '|' && rest[m] != ':' {
		return s
	}
	after := strings.TrimLeft(rest[m:], " ")
	rest = strings.TrimLeft(after, " |:")
	if rest == "" {
		return s // "1/6" alone could be a score or a date
	}
	if r, _ := utf8.DecodeRuneInString(rest); len(rest) == len(after) && (!unicode.IsUpper(r) || strings.Count(rest, " ") < 2) {
		return s // "2/3 of the town": a share; "5 von 5 Punkten": a rating
	}
	return rest
}

// leadingDigits returns how many ASCII digits open s, at most three: a
// gallery's numbers are small, and "2024 of" is a year.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}
