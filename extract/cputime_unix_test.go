//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system: a
// measure of work that other processes on the machine do not inflate.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
