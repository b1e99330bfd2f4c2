package extract

import (
	"strings"
	"testing"

	"github.com/declutter/declutter/clean"
)

func TestArticleBodyFallbackPlainTextOnly(t *testing.T) {
	sentence := "The harbour plan was approved on Tuesday after a long debate in the council chamber. "
	plain := strings.Repeat(sentence, 3) + "\n" + strings.Repeat(sentence, 3)
	thin := []clean.Block{{Kind: clean.Paragraph, Text: "Share this story"}}
	e := Default()
	if got, ok := e.articleBodyFallback(plain, thin, clean.Page{}); !ok || len(got.Kept) != 2 {
		t.Errorf("plain articleBody: %d blocks, want 2", len(got.Kept))
	}
	for _, marked := range []string{
		"+++dropcap T+++" + plain,
		plain + "\n[#image: /photos/harbour.jpg]",
		"<p>" + plain + "</p>",
	} {
		if got, ok := e.articleBodyFallback(marked, thin, clean.Page{}); ok {
			t.Errorf("articleBody with markup %.30q used: %q", marked, got.Kept)
		}
	}
}
