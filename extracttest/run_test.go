package extracttest

import "testing"

// TestRun runs the package on its own pages, as a user's test would.
func TestRun(t *testing.T) {
	Run(t, "testdata/pages", nil)
}
