package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
)

// checkRules checks each rule file as -check-rules asks: that it parses,
// that its regexps compile, that no rule takes the name of a default one
// (which -rules refuses), and that every rule matches its examples and
// none of its counters. It prints one line per failure, naming the file and
// line, and returns exitFailed if any.
func checkRules(paths []string, stdout, stderr io.Writer) int {
	code := exitOK
	for _, path := range paths {
		rs, err := clean.ParseFile(path)
		if err == nil {
			_, taken := extract.New(extract.WithRules(rs...))
			err = errors.Join(taken, clean.Check(rs))
		}
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Fprintf(stderr, "declutter: %s\n", strings.TrimPrefix(strings.TrimPrefix(line, "extract: "), "clean: "))
			}
			code = exitFailed
			continue
		}
		fmt.Fprintf(stdout, "%s: %d rules, %d examples and counters pass\n", path, len(rs), countExamples(rs))
	}
	return code
}

func countExamples(rs []clean.Rule) int {
	n := 0
	for _, r := range rs {
		n += len(r.Examples) + len(r.Counters)
	}
	return n
}
