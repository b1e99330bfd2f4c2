package extracttest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// changeContext is how many characters of unchanged text changeAt shows on
// each side of a change.
const changeContext = 25

// changeAt shows where w and g differ: their common beginning and end cut to
// a little context around the changed middle, "[-old-]{+new+}", widened to
// whole words. It reports false when the two have too little in common for
// that to help, as when one paragraph took the place of another.
func changeAt(w, g string) (string, bool) {
	if w == "" || g == "" || w == g {
		return "", false
	}
	pre := commonPrefix(w, g)
	suf := commonSuffix(w[pre:], g[pre:])
	shorter := min(utf8.RuneCountInString(w), utf8.RuneCountInString(g))
	if 2*utf8.RuneCountInString(w[:pre]+w[len(w)-suf:]) < shorter {
		return "", false
	}
	// A change inside a word shows the whole word: [-six-]{+seven+}, not
	// s[-ix-]{+even+}.
	for pre > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:pre])
		if !wordRune(r) || !(startsWord(w[pre:len(w)-suf]) || startsWord(g[pre:len(g)-suf])) {
			break
		}
		pre -= size
	}
	for suf > 0 {
		r, size := utf8.DecodeRuneInString(w[len(w)-suf:])
		if !wordRune(r) || !(endsWord(w[pre:len(w)-suf]) || endsWord(g[pre:len(g)-suf])) {
			break
		}
		suf -= size
	}
	before, after := []rune(w[:pre]), []rune(w[len(w)-suf:])
	var b strings.Builder
	if len(before) > changeContext {
		// Start the context at a word, not inside one.
		ctx := string(before[len(before)-changeContext:])
		if _, rest, ok := strings.Cut(ctx, " "); ok && before[len(before)-changeContext-1] != ' ' {
			ctx = rest
		}
		b.WriteString("…" + ctx)
	} else {
		b.WriteString(string(before))
	}
	if old := w[pre : len(w)-suf]; old != "" {
		b.WriteString("[-" + visible(old) + "-]")
	}
	if added := g[pre : len(g)-suf]; added != "" {
		b.WriteString("{+" + visible(added) + "+}")
	}
	if len(after) > changeContext {
		ctx := string(after[:changeContext])
		if i := strings.LastIndex(ctx, " "); i > 0 && after[changeContext] != ' ' {
			ctx = ctx[:i]
		}
		b.WriteString(ctx + "…")
	} else {
		b.WriteString(string(after))
	}
	return b.String(), true
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && wordRune(r)
}

func endsWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && wordRune(r)
}

// commonPrefix returns the length in bytes of the longest common prefix of
// a and b that ends on a character boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		ra, size := utf8.DecodeRuneInString(a[n:])
		rb, _ := utf8.DecodeRuneInString(b[n:])
		if ra != rb {
			break
		}
		n += size
	}
	return n
}

// commonSuffix is commonPrefix from the end.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		ra, size := utf8.DecodeLastRuneInString(a[:len(a)-n])
		rb, _ := utf8.DecodeLastRuneInString(b[:len(b)-n])
		if ra != rb {
			break
		}
		n += size
	}
	return n
}

// visible marks characters a reader could not see or tell from a space (a
// no-break space, a tab, a zero-width joiner) with Go escapes such as
// \u00a0, so that a change in them shows; it quotes s when it does.
func visible(s string) string {
	if !strings.ContainsFunc(s, invisible) {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case invisible(r):
			q := strconv.QuoteRuneToASCII(r) // '\u00a0'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func invisible(r rune) bool {
	return r != ' ' && (unicode.IsSpace(r) || !unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r))
}
