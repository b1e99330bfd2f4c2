package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitCredit(t *testing.T) {
	tests := []struct {
		in, text, credit string
		ok               bool
	}{
		{"Sir Keir Starmer and Ukrainian president Volodymyr Zelensky met on Thursday ahead of the talks (PA Wire)",
			"Sir Keir Starmer and Ukrainian president Volodymyr Zelensky met on Thursday ahead of the talks", "PA Wire", true},
		{"Trump met with Putin for nearly three hours on Friday at a U.S. military base in Anchorage, Alaska (Andrew Caballero-Reynolds/AFP via Getty Images)",
			"Trump met with Putin for nearly three hours on Friday at a U.S. military base in Anchorage, Alaska", "Andrew Caballero-Reynolds/AFP via Getty Images", true},
		{"Protesters gathered outside parliament last year. Photograph: Guy Smallman/Getty Images",
			"Protesters gathered outside parliament last year.", "Guy Smallman/Getty Images", true},
		{"Photograph: Jane Doe/Reuters", "", "Jane Doe/Reuters", true},
		{"A nova cabina tem capacidade para 20 pessoas. | Foto: Nuno Ferreira/Lusa",
			"A nova cabina tem capacidade para 20 pessoas.", "Nuno Ferreira/Lusa", true},
		{"Image source, Getty Images", "", "Getty Images", true},
		{"Rescue workers search the rubble (Image: Getty)", "Rescue workers search the rubble", "Getty", true},
		{"Vertreter der Jugendverbände sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend )", "Vertreter der Jugendverbände sprachen mit der Ministerin.", "Ring der Landjugend", true},
		{"Der Hof im Winter. Bildnachweis: Jo Lind", "Der Hof im Winter.", "Jo Lind", true},
		{"President Biden speaks in the Rose Garden. AP Photo/Evan Vucci", "President Biden speaks in the Rose Garden.", "AP Photo/Evan Vucci", true},
		{"Crowds in Kyiv (AP Photo/Efrem Lukatsky)", "Crowds in Kyiv", "AP Photo/Efrem Lukatsky", true},
		{"Will Smith mit seinem ältesten Sohn Trey Judy Eddy/WENN.com", "Will Smith mit seinem ältesten Sohn Trey", "Judy Eddy/WENN.com", true},
		{"Le président à l'Élysée. Photo : AFP", "Le président à l'Élysée.", "AFP", true},
		{"Die Kanzlerin in Berlin. Foto: dpa", "Die Kanzlerin in Berlin.", "dpa", true},
		{"El alcalde inaugura el puente. Fotografía: Ana Ruiz", "El alcalde inaugura el puente.", "Ana Ruiz", true},
		{"O ministro visita a obra. Fonte: Agência Pública", "O ministro visita a obra.", "Agência Pública", true},
		{"Köprü törenle açıldı. Fotoğraf: Ayşe Demir", "Köprü törenle açıldı.", "Ayşe Demir", true},
		{"Most otwarto w poniedziałek. Zdjęcie: Jan Nowak", "Most otwarto w poniedziałek.", "Jan Nowak", true},
		{"A hídat hétfőn adták át. Fotó: Kiss Anna", "A hídat hétfőn adták át.", "Kiss Anna", true},
		{"© Harbour Board / Fotograf: Jo Lind", "© Harbour Board", "Jo Lind", true},
		// No label: the photographer named in the sentence.
		{"La fotografía de Ana Ruiz ganó el premio", "La fotografía de Ana Ruiz ganó el premio", "", false},
		{"Am Abend liegen die Boote am Ufer. / Foto: Jan Oster", "Am Abend liegen die Boote am Ufer.", "Jan Oster", true},
		{"The old harbour at dawn © Jane Smith", "The old harbour at dawn", "Jane Smith", true},
		{"Jordan Keyes/Getty Images", "", "Jordan Keyes/Getty Images", true},
		{"Crews clear mud near Val Vista Drive on Aug. 15, 2025. (Mark Henle/The Republic)", "Crews clear mud near Val Vista Drive on Aug. 15, 2025.", "Mark Henle/The Republic", true},
		{"A water tanker in the main square on Friday. Copyright AP Photo/Emma Rius", "A water tanker in the main square on Friday.", "AP Photo/Emma Rius", true},
		{"Shipping containers at Felixstowe, August 14, 2025. REUTERS/Jonas Whitcombe/File Photo", "Shipping containers at Felixstowe, August 14, 2025.", "REUTERS/Jonas Whitcombe/File Photo", true},
		{"A gas hob burns in a kitchen in London, Britain, January 12, 2025. REUTERS/Hannah Whitlock", "A gas hob burns in a kitchen in London, Britain, January 12, 2025.", "REUTERS/Hannah Whitlock", true},
		{"Photograph by Ed Marshall, Redonda Restoration Programme", "", "Ed Marshall, Redonda Restoration Programme", true},
		{"Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", "Schneeräumpflicht - was man darüber wissen muss", "Rike/pixelio.de", true},
		{"She said the photo by a friend was fake", "She said the photo by a friend was fake", "", false},
		{"Angus Barbieri mając 27 lat, ważył 206 kilogramów /domena publiczna", "Angus Barbieri mając 27 lat, ważył 206 kilogramów", "domena publiczna", true},
		{"aja/PAP", "", "aja/PAP", true},
		{"Source: China Statistical Yearbook", "", "China Statistical Yearbook", true},
		// The New York Times and NPR.
		{"Crews work through the night to restore power.Credit…Jane Doe for The New York Times", "Crews work through the night to restore power.", "Jane Doe for The New York Times", true},
		{"Crews work through the night. Credit...Jon Ruiz/Reuters", "Crews work through the night.", "Jon Ruiz/Reuters", true},
		{"Enlarge this image Supporters gather outside the courthouse. hide caption toggle caption Jo Lind/AP", "Supporters gather outside the courthouse.", "Jo Lind/AP", true},
		// A bare agency after the last sentence is for captions only.
		{"The company said so in a statement. Reuters", "The company said so in a statement. Reuters", "", false},
		// Not credits: acronyms, asides and sentences in parentheses.
		{"The alliance will meet in Brussels next week (Nato)", "The alliance will meet in Brussels next week (Nato)", "", false},
		{"said Dr Neil Melvin of the Royal United Services Institute (Rusi)", "said Dr Neil Melvin of the Royal United Services Institute (Rusi)", "", false},
		{"He waved at the crowd (and they waved back)", "He waved at the crowd (and they waved back)", "", false},
		{"The image: a country at war.", "The image: a country at war.", "", false},
		{"She said the photo was taken in 2019 by a friend of hers.", "She said the photo was taken in 2019 by a friend of hers.", "", false},
		{"Prices rose 3% in/out of season", "Prices rose 3% in/out of season", "", false},
	}
	for _, tt := range tests {
		text, credit, ok := SplitCredit(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.text, text, tt.in)
		assert.Equal(t, tt.credit, credit, tt.in)
	}
}

func TestSplitTrailingAgency(t *testing.T) {
	tests := []struct {
		in, text, credit string
		ok               bool
	}{
		{"The lobby has been redesigned from the ground up. Supplied", "The lobby has been redesigned from the ground up.", "Supplied", true},
		{"A woman takes a picture of the refinery dock. AP Photo", "A woman takes a picture of the refinery dock.", "AP Photo", true},
		{"후보가 순천시에서 연설하고 있다. 연합뉴스", "후보가 순천시에서 연설하고 있다.", "연합뉴스", true},
		// Near misses: an agency inside the sentence stays caption text.
		{"The minister spoke to Reuters", "The minister spoke to Reuters", "", false},
		{"Supplied", "Supplied", "", false},
		{"The harbour the council supplied. Then", "The harbour the council supplied. Then", "", false},
	}
	for _, tt := range tests {
		text, credit, ok := SplitTrailingAgency(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.text, text, tt.in)
		assert.Equal(t, tt.credit, credit, tt.in)
	}
}

func TestIsAgency(t *testing.T) {
	assert.True(t, IsAgency("Getty Images"))
	assert.True(t, IsAgency("reuters"))
	assert.True(t, IsAgency("PA Wire"))
	assert.False(t, IsAgency("Nato"))
	assert.False(t, IsAgency("Rusi"))
}

// TestHasLabelWord: the pre-filter lets through every label creditLabel
// knows, in any case, and keeps plain prose away from the regexp.
func TestHasLabelWord(t *testing.T) {
	for _, s := range []string{"Photo: AFP", "PHOTOGRAPH: Jane Doe", "Picture by Jo", "Image source, Getty", "Illustration: X",
		"Credits: Y", "Crédit photo : Z", "Fotos: W", "Bild: V"} {
		if !hasLabelWord(s) {
			t.Errorf("hasLabelWord(%q) = false", s)
		}
	}
	for _, s := range []string{"The council voted, officials said, to close the bridge.", "Residents will use a crossing: the old ferry."} {
		if hasLabelWord(s) {
			t.Errorf("hasLabelWord(%q) = true", s)
		}
	}
}

// FuzzCreditMarks checks the byte scans that stand in for
// strings.ContainsAny and strings.Contains on the credit path, and that
// mayNameSlash rules out no line agencySlashName matches.
func FuzzCreditMarks(f *testing.F) {
	for _, s := range []string{"Foto: dpa", "a/b", "© Jane", "Credit…", "one, two", "plain text", "\xc2", "\xe2\x80", "\xa9\xc2", "Photo by Jane", "Bild von Max", "foto de Ana", "foto di Luca", "von", "xvon y", "baby shower", "Image source, AFP", "Credit...Jane Doe", "Credit..", "toggle caption", "toggle  caption", "(AP)", "REUTERS/Jane Doe", "dpa/Jane Doe/File Photo", "a-/É", "and/or", "x\xe2\x80/A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasLabelMark(s), strings.ContainsAny(s, ":,…"); got != want {
			t.Fatalf("hasLabelMark(%q) = %v, want %v", s, got, want)
		}
		want := false
		for _, w := range []string{"by ", "von ", "de ", "di "} {
			want = want || strings.Contains(s, w)
		}
		if got := byLabel(s); got != want {
			t.Fatalf("byLabel(%q) = %v, want %v", s, got, want)
		}
		want = strings.HasSuffix(s, ")") || strings.ContainsAny(s, ":/©…") || strings.Contains(s, "source,") || want ||
			strings.Contains(s, "Credit...") || strings.Contains(s, "toggle caption")
		if got := mayHoldCredit(s); got != want {
			t.Fatalf("mayHoldCredit(%q) = %v, want %v", s, got, want)
		}
		if agencySlashName.MatchString(s) && !mayNameSlash(s) {
			t.Fatalf("agencySlashName matches %q, mayNameSlash says it cannot", s)
		}
	})
}

// FuzzCreditLabel checks that findCreditLabel finds what creditLabel
// finds, and that hasLabelWord is a case-blind search for labelWords.
func FuzzCreditLabel(f *testing.F) {
	for _, s := range []string{"Photo: AFP", "The bridge. Photograph: Jane Doe/Reuters", " Photo: A", "Photo: a: b", "x.Image source, Getty",
		"ſource: Jane", "CRÉDIT: Jo", "Crédit photo : Z", "hide caption toggle caption Jane Doe/NPR", "Credit...Jane Doe", "credits … X",
		"photographs by Ana", "Bilder von Max", "pic:x", "Pic: a\nb", "?foto: x", "a\fbild: y", "ph", "The photo: by", "Pictures by: X",
		"apic: x", "image\u017fource, y", "Illustration: \xff", "\xc5\xbfource: x",
		// One line for each label of creditLabels, so that a label whose
		// opening labelOpenings lacks fails here.
		"Photo credit: X", "Picture: X", "Images: X", "Photo illustration: X", "Credits: X", "Fotos: X", "Fotó: X",
		"Fotografía: X", "Fotografia: X", "Fotografie: X", "Fotografi: X", "Fotograf: X", "Fotoğraf: X", "Imagem: X",
		"Immagine: X", "Zdjęcie: X", "Fonte: X", "Bild: X", "Bildquellen: X", "Bildnachweis: X", "Crédits photos: X",
		"Photos crédits: X", "Sources: X", "Quellen: X", "Fuente: X", "Image source, X", "Foto de X", "Bilder von X", "Photo di X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findCreditLabel(s), creditLabel.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("findCreditLabel(%q) = %v, creditLabel finds %v", s, got, want)
		}
		want := false
		for _, w := range labelWords {
			want = want || asciiFoldContains(s, w)
		}
		if got := hasLabelWord(s); got != want {
			t.Fatalf("hasLabelWord(%q) = %v, want %v", s, got, want)
		}
	})
}

// asciiFoldContains reports whether s holds w, ASCII letters in either case.
func asciiFoldContains(s, w string) bool {
	for i := range len(s) {
		if hasFoldPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// FuzzTrailingParen checks findTrailingParen against trailingParen.
func FuzzTrailingParen(f *testing.F) {
	for _, s := range []string{"A bridge (Photo: AFP)", "x (a)", "x (ab) ", "x\t(ab)\n", "(ab)", "a (b (cd)", "a (b) c (de)", "a (b)c)", "(\xff\xfe)", "  (éé)  ", "a ()", "x (" + strings.Repeat("é", 120) + ")", "x (" + strings.Repeat("é", 121) + ")", "x\v(ab)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findTrailingParen(s), trailingParen.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("findTrailingParen(%q) = %v, trailingParen finds %v", s, got, want)
		}
	})
}
