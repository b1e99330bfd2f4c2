package clean

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplitCredit checks what holds for any caption: without a credit the
// caption comes back unchanged; with one, the credit is not empty, both parts
// are trimmed pieces of the caption, the text before the credit, and valid
// UTF-8 stays valid.
func FuzzSplitCredit(f *testing.F) {
	seedCaptions(f)
	for _, s := range []string{
		"Crowds in Kyiv (AP Photo/Efrem Lukatsky)",
		"Photograph: Jane Doe/Reuters",
		"The old harbour at dawn © Jane Smith",
		"He waved at the crowd (and they waved back)",
		"Image source, Getty Images",
		"A gas hob. REUTERS/Hannah Whitlock/File Photo",
		"Foto: dpa",
		"(",
		"©",
		"/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, caption string) {
		text, credit, ok := SplitCredit(caption)
		if !ok {
			if text != caption || credit != "" {
				t.Fatalf("no credit, yet the caption changed: %q -> %q, %q", caption, text, credit)
			}
			return
		}
		if credit == "" {
			t.Fatalf("a credit found but empty in %q", caption)
		}
		if text != strings.TrimSpace(text) || credit != strings.TrimSpace(credit) {
			t.Errorf("untrimmed parts of %q: %q, %q", caption, text, credit)
		}
		at := strings.LastIndex(caption, credit)
		if at < 0 {
			t.Fatalf("credit %q is not in %q", credit, caption)
		}
		if !strings.Contains(caption[:at], text) {
			t.Errorf("text %q is not in %q before the credit %q", text, caption, credit)
		}
		if utf8.ValidString(caption) && (!utf8.ValidString(text) || !utf8.ValidString(credit)) {
			t.Errorf("invalid UTF-8 out of a valid caption %q: %q, %q", caption, text, credit)
		}
	})
}

// seedCaptions adds the captions of the golden pages, with their credits
// put back, and the short lines of the saved text pages, where credits sit.
func seedCaptions(f *testing.F) {
	f.Helper()
	goldens, err := filepath.Glob("../testdata/*/*.golden.json")
	if err != nil || len(goldens) == 0 {
		f.Fatalf("no golden pages under ../testdata: %v", err)
	}
	for _, path := range goldens {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		var a struct {
			Captions []struct{ Text, Credit string }
		}
		if err := json.Unmarshal(data, &a); err != nil {
			f.Fatalf("%s: %v", path, err)
		}
		for _, c := range a.Captions {
			f.Add(c.Text)
			if c.Credit != "" {
				f.Add(c.Text + " (" + c.Credit + ")")
				f.Add(c.Text + " Photograph: " + c.Credit)
			}
		}
	}
	texts, _ := filepath.Glob("../testdata/text/*.txt")
	for _, path := range texts {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && len(line) < 300 {
				f.Add(line)
			}
		}
	}
}
