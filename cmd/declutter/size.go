package main

import (
	"fmt"
	"strconv"
	"strings"
)

// parseSize reads a byte count for -max-bytes: a whole number, perhaps
// followed by k, M or G (powers of 1024, an optional "iB" or "B" after).
func parseSize(s string) (int64, error) {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "B"), "i")
	shift := 0
	if t != "" {
		switch t[len(t)-1] {
		case 'k', 'K':
			shift = 10
		case 'm', 'M':
			shift = 20
		case 'g', 'G':
			shift = 30
		}
		if shift > 0 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 || n > (1<<62)>>shift {
		return 0, fmt.Errorf("%q: want a positive size such as 20000000, 512k or 32M", s)
	}
	return n << shift, nil
}
