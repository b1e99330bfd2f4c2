package main

import (
	"errors"
	"io"
	"iter"

	"github.com/declutter/declutter/extract"
)

// A feeder turns inputs into jobs: a page or a URL is one job, a WARC file
// or a list many, read as the batch draws them so that memory does not
// grow with their length.
type feeder struct {
	opts    options
	stdin   io.Reader
	fetch   *fetcher
	skipped int // WARC records that hold no page: requests, metadata, images, redirects
}

// jobs is the sequence of every input's jobs, in order.
func (f *feeder) jobs(inputs []input) iter.Seq[job] {
	return func(yield func(job) bool) {
		for _, in := range inputs {
			if !f.expand(in, true, yield) {
				return
			}
		}
	}
}

// errNestedList is the error of a list that names another list.
var errNestedList = errors.New("a list cannot name another list")

// expand yields the jobs of one input; lists says whether it may be a list
// (lists do not nest). It returns false when yield asked to stop.
func (f *feeder) expand(in input, lists bool, yield func(job) bool) bool {
	rec := record{Path: in.path}
	switch {
	case in.err != nil:
		return yield(failed(rec, in.err))
	case in.kind == urlInput:
		return yield(f.urlJob(in.path, rec))
	case in.kind == warcInput:
		return f.warcJobs(in.path, yield)
	case in.kind == listInput && !lists:
		return yield(failed(rec, errNestedList))
	case in.kind == listInput:
		return f.listJobs(in.path, yield)
	}
	src := extract.Source{URL: f.opts.url, ContentType: f.opts.contentType}
	return yield(pageJob(in.path, src, rec, f.stdin, f.opts.format))
}

// count is the number of jobs the inputs make when it is known before
// reading them, else 0.
func count(inputs []input) int {
	for _, in := range inputs {
		if in.err == nil && (in.kind == warcInput || in.kind == listInput) {
			return 0
		}
	}
	return len(inputs)
}
