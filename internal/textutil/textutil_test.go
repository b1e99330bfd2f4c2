package textutil

import "testing"

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"":                    0,
		"   ":                 0,
		"one":                 1,
		" two  words ":        2,
		"tab\tand\nnewline":   3,
		"no\u00a0break space": 3,
	} {
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzWordsAtMost checks WordsAtMost, which stops counting early, against
// CountWords.
func FuzzWordsAtMost(f *testing.F) {
	for _, s := range []string{"", "one", " two  words ", "a b c d e f g h i j k l", "no\u00a0break\u3000space\xff"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := WordsAtMost(s, n), CountWords(s) <= n; got != want {
			t.Fatalf("WordsAtMost(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"It rained.":           true,
		"Did it rain?":         true,
		"It rained!":           true,
		`He said "it rained."`: true,
		"(It rained.)":         true,
		"“It rained.”  ":       true,
		"It rained":            false,
		"It rained:":           false,
		"":                     false,
	} {
		if got := EndsSentence(s); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestInvalidAt(t *testing.T) {
	s := "a\xffb\uFFFDc"
	for i, want := range map[int]bool{0: false, 1: true, 2: false, 3: false, 6: false} {
		if got := InvalidAt(s, i); got != want {
			t.Errorf("InvalidAt(%q, %d) = %v, want %v", s, i, got, want)
		}
	}
}

func TestListLines(t *testing.T) {
	list := "# comment\nReuters\n\n  Getty Images \r\n#another\nAP"
	var got []string
	for l := range ListLines(list) {
		got = append(got, l)
	}
	want := []string{"Reuters", "Getty Images", "AP"}
	if len(got) != len(want) {
		t.Fatalf("ListLines = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ListLines = %q, want %q", got, want)
		}
	}
	for range ListLines(list) {
		break // stopping early must not panic
	}
}
