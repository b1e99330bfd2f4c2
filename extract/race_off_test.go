//go:build !race

package extract_test

// raceEnabled reports a -race build, whose instrumentation multiplies time
// and allocation: tests that measure either skip under it.
const raceEnabled = false
