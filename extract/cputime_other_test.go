//go:build !unix

package extract_test

import "time"

// cpuTime is not measured here; tests that need it skip their time checks.
func cpuTime() (time.Duration, bool) { return 0, false }
