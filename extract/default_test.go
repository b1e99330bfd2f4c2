package extract_test

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"

	"github.com/declutter/declutter/extract"
)

// initCost finds the runtime's report of a package's initialisation:
// "init github.com/declutter/declutter/extract @8.2 ms, 20 ms clock,
// 4658264 bytes, 38548 allocs".
var initCost = regexp.MustCompile(`init github\.com/declutter/declutter/(clean|extract) @\S+ ms, \S+ ms clock, (\d+) bytes`)

// Importing extract must not build the default Extractor: building it (the
// default rules, the vocabularies) allocates about 9 MB, which every program
// importing the package would pay at start-up. The package's own patterns
// and tables take about 1 MB, a little more under the race detector, so the
// limit of 2 MiB tells the two apart. The test binary runs itself with no
// tests and reports its packages' initialisation.
func TestDefaultIsBuiltOnFirstUse(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("running the test binary: %v\n%s", err, out)
	}
	const limit = 2 << 20
	seen := map[string]bool{}
	for _, m := range initCost.FindAllSubmatch(out, -1) {
		pkg := string(m[1])
		bytes, _ := strconv.Atoi(string(m[2]))
		seen[pkg] = true
		if bytes > limit {
			t.Errorf("initialising %s allocates %d bytes, more than %d: is something built at import?", pkg, bytes, limit)
		}
	}
	if !seen["clean"] || !seen["extract"] {
		t.Fatalf("no init trace for clean and extract in:\n%s", out)
	}
}

func TestDefaultIsOneExtractor(t *testing.T) {
	first := extract.Default()
	if again := extract.Default(); again != first {
		t.Error("Default returns a new Extractor on each call")
	}
}
