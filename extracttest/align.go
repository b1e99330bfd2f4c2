package extracttest

// maxCells bounds the alignment table of listDiff (4 bytes a cell); lists
// longer than any article fall back to comparing entries by position.
const maxCells = 1 << 22

// A step of an alignment: i and j index want and got, -1 when the entry
// has no partner.
type step struct{ i, j int }

// align pairs equal entries of want and got, in order, keeping as many
// pairs as possible; unpaired entries come out deletions first.
func align(want, got []string) []step {
	// Equal ends need no table, and trimming them keeps it small.
	pre := 0
	for pre < len(want) && pre < len(got) && want[pre] == got[pre] {
		pre++
	}
	suf := 0
	for suf < len(want)-pre && suf < len(got)-pre && want[len(want)-1-suf] == got[len(got)-1-suf] {
		suf++
	}
	var steps []step
	for k := range pre {
		steps = append(steps, step{k, k})
	}
	w, g := want[pre:len(want)-suf], got[pre:len(got)-suf]
	if (len(w)+1)*(len(g)+1) > maxCells {
		for k := range w {
			steps = append(steps, step{pre + k, -1})
		}
		for k := range g {
			steps = append(steps, step{-1, pre + k})
		}
	} else {
		// lcs[i*cols+j] is the length of the common subsequence of w[i:] and g[j:].
		cols := len(g) + 1
		lcs := make([]int32, (len(w)+1)*cols)
		for i := len(w) - 1; i >= 0; i-- {
			for j := len(g) - 1; j >= 0; j-- {
				if w[i] == g[j] {
					lcs[i*cols+j] = lcs[(i+1)*cols+j+1] + 1
				} else {
					lcs[i*cols+j] = max(lcs[(i+1)*cols+j], lcs[i*cols+j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(w) || j < len(g) {
			switch {
			case i < len(w) && j < len(g) && w[i] == g[j]:
				steps = append(steps, step{pre + i, pre + j})
				i, j = i+1, j+1
			case i < len(w) && (j == len(g) || lcs[(i+1)*cols+j] >= lcs[i*cols+j+1]):
				steps = append(steps, step{pre + i, -1})
				i++
			default:
				steps = append(steps, step{-1, pre + j})
				j++
			}
		}
	}
	for k := range suf {
		steps = append(steps, step{len(want) - suf + k, len(got) - suf + k})
	}
	return steps
}
