package main

import (
	"strings"
	"unicode"
)

// The measures of the structured mode (-cases), as defined in the README of
// a case folder such as fundus-dev: shingle F1 for the body, exact
// paragraphs, title, byline, captions found and credits exact.

// PRF is a precision, recall and F1 triple.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// words splits s into its tokens: maximal runs of letters, numbers and '_',
// case kept. Everything else (spaces, punctuation, symbols) separates.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingleSize is the n of the n-token shingles the body is compared with.
const shingleSize = 4

// shingles is the multiset of shingleSize-token shingles of a token list.
// A text of 1 to shingleSize-1 tokens is one shingle; no tokens, none.
func shingles(tokens []string) map[string]int {
	m := make(map[string]int)
	if len(tokens) == 0 {
		return m
	}
	n := max(1, len(tokens)-shingleSize+1)
	for i := range n {
		end := min(i+shingleSize, len(tokens))
		// U+0000 cannot occur inside a token, so the key is unambiguous.
		m[strings.Join(tokens[i:end], "\x00")]++
	}
	return m
}

// bodyScore compares the output text with the expected text by multiset
// overlap of their shingles. When both are empty the output is perfect;
// when only one is, precision, recall and F1 are all 0.
func bodyScore(want, got string) PRF {
	ws, gs := shingles(words(want)), shingles(words(got))
	nw, ng := total(ws), total(gs)
	if nw == 0 && ng == 0 {
		return PRF{1, 1, 1}
	}
	overlap := 0
	for k, c := range gs {
		overlap += min(c, ws[k])
	}
	return prf(overlap, ng, nw)
}

// prf turns an overlap and the two sizes into precision, recall and F1.
func prf(overlap, got, want int) PRF {
	if overlap == 0 {
		return PRF{}
	}
	p := float64(overlap) / float64(got)
	r := float64(overlap) / float64(want)
	return PRF{p, r, 2 * p * r / (p + r)}
}

func total(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// invisible drops zero-width characters and soft hyphens.
var invisible = strings.NewReplacer(
	"\u00AD", "", "\u200B", "", "\u200C", "", "\u200D", "", "\u2060", "", "\uFEFF", "",
)

// normalizeBlock is the key under which paragraphs and titles are compared:
// zero-width characters and soft hyphens dropped, whitespace runs collapsed
// to one space, trimmed.
func normalizeBlock(s string) string {
	return strings.Join(strings.Fields(invisible.Replace(s)), " ")
}

// paragraphsExact counts the expected paragraphs that equal an output block
// after normalizeBlock; each output block is used at most once.
func paragraphsExact(want, got []string) int {
	pool := make(map[string]int, len(got))
	for _, g := range got {
		pool[normalizeBlock(g)]++
	}
	n := 0
	for _, w := range want {
		k := normalizeBlock(w)
		if pool[k] > 0 {
			pool[k]--
			n++
		}
	}
	return n
}

// titleMatch reports whether two titles are equal after normalizeBlock and
// lower-casing.
func titleMatch(want, got string) bool {
	return strings.EqualFold(normalizeBlock(want), normalizeBlock(got))
}

// bylineMatch reports whether an output byline matches the expected one:
// equal lower-cased word tokens once "by" and "and" are dropped, where a
// short tail after the last separator may be dropped from either side
// ("Jane Doe, CNN" matches "Jane Doe"). authors, when given, is a second
// chance: the author list joined.
func bylineMatch(want, got string, authors []string) bool {
	wants := bylineForms(want)
	for _, g := range []string{got, strings.Join(authors, ", ")} {
		for _, gf := range bylineForms(g) {
			for _, wf := range wants {
				if gf == wf {
					return true
				}
			}
		}
	}
	return false
}

// bylineTailMax is the most words a droppable byline tail may have.
const bylineTailMax = 4

// bylineForms returns the comparison keys of a byline: its filtered tokens,
// and the tokens before its tail when it has a droppable one. An empty
// byline has no forms, so it never matches.
func bylineForms(s string) []string {
	full := bylineKey(s)
	if full == "" {
		return nil
	}
	forms := []string{full}
	if cut := lastBylineSeparator(s); cut >= 0 {
		tail := strings.ToLower(s[cut:])
		tailWords := words(tail)
		hasAnd := false
		for _, w := range tailWords {
			hasAnd = hasAnd || w == "and"
		}
		if head := bylineKey(s[:cut]); head != "" && len(tailWords) <= bylineTailMax && !hasAnd {
			forms = append(forms, head)
		}
	}
	return forms
}

// bylineKey is the lower-cased word tokens of s without "by" and "and".
func bylineKey(s string) string {
	var kept []string
	for _, w := range words(strings.ToLower(s)) {
		if w != "by" && w != "and" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// bylineSeparators end a byline's name part: a comma, a bar, " for ",
// " in ", or a dash (a hyphen only between spaces, so double-barrelled
// names stay whole).
var bylineSeparators = []string{",", "|", " for ", " in ", " - ", "\u2013", "\u2014"}

// lastBylineSeparator returns the byte offset of the last separator in s,
// or -1.
func lastBylineSeparator(s string) int {
	lower := strings.ToLower(s)
	best := -1
	for _, sep := range bylineSeparators {
		if i := strings.LastIndex(lower, sep); i > best {
			best = i
		}
	}
	return best
}

// bagF1 is the F1 of two texts' lower-cased word multisets.
func bagF1(a, b string) float64 {
	wa, wb := words(strings.ToLower(a)), words(strings.ToLower(b))
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	bag := make(map[string]int, len(wa))
	for _, w := range wa {
		bag[w]++
	}
	overlap := 0
	for _, w := range wb {
		if bag[w] > 0 {
			bag[w]--
			overlap++
		}
	}
	return prf(overlap, len(wb), len(wa)).F1
}

// captionFoundMin is the bag-of-words F1 at which an output caption counts
// as the expected one.
const captionFoundMin = 0.8

// CaptionScore counts how an output's captions match the expected ones.
type CaptionScore struct {
	Want  int `json:"want"`  // expected captions
	Found int `json:"found"` // of which an output caption matched
	// Credited counts found captions with an expected credit; Exact those
	// whose output credit has the same words in the same order.
	Credited int `json:"credited"`
	Exact    int `json:"exact"`
	// Missed lists the expected captions not found (text, or credit for a
	// credit-only image); WrongCredits the found ones whose credit differs,
	// as "want → got".
	Missed       []string `json:"missed,omitempty"`
	WrongCredits []string `json:"wrong_credits,omitempty"`
}

// captionsScore matches expected captions to output captions. An expected
// caption is found when an unused output caption's text has a bag-of-words
// F1 of at least captionFoundMin with it (the best such caption is used); a
// credit-only image is found by its credit, in a caption's credit or text.
func captionsScore(want []Caption, got []Caption) CaptionScore {
	s := CaptionScore{Want: len(want)}
	used := make([]bool, len(got))
	for _, w := range want {
		best, bestF := -1, captionFoundMin
		for i, g := range got {
			if used[i] {
				continue
			}
			var f float64
			if strings.TrimSpace(w.Text) == "" {
				f = max(bagF1(w.Credit, g.Credit), bagF1(w.Credit, g.Text))
			} else {
				f = bagF1(w.Text, g.Text)
			}
			if f >= bestF {
				best, bestF = i, f
				if f == 1 {
					break
				}
			}
		}
		if best < 0 {
			miss := w.Text
			if strings.TrimSpace(miss) == "" {
				miss = "[credit] " + w.Credit
			}
			s.Missed = append(s.Missed, miss)
			continue
		}
		used[best] = true
		s.Found++
		if strings.TrimSpace(w.Credit) != "" {
			s.Credited++
			if creditMatch(w.Credit, got[best].Credit) {
				s.Exact++
			} else {
				s.WrongCredits = append(s.WrongCredits, w.Credit+" → "+got[best].Credit)
			}
		}
	}
	return s
}

// creditMatch reports whether two credits have the same lower-cased word
// tokens in the same order, separators and brackets aside.
func creditMatch(want, got string) bool {
	w, g := words(strings.ToLower(want)), words(strings.ToLower(got))
	return len(w) > 0 && strings.Join(w, " ") == strings.Join(g, " ")
}
