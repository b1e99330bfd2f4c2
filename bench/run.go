package main

import (
	"runtime"
	"sync"
	"time"
)

// RunStats is the outcome of one pass of an extractor over the corpus.
type RunStats struct {
	Workers int
	Score   Confusion
	Errors  int
	// Empty counts pages extracted without error but with no text.
	Empty int
	// FirstError is one failure message, to help debugging.
	FirstError string
	Duration   time.Duration
	// CPU is the process's CPU time over the pass, user and system,
	// collector included.
	CPU time.Duration
	// Bytes and Allocs are runtime.MemStats TotalAlloc and Mallocs deltas
	// over the pass (process-wide, so they include the tiny scoring work).
	Bytes  uint64
	Allocs uint64
	// Meta scores the titles and authors against the corpus's annotations.
	Meta CorpusMeta
}

// runCorpus runs ex over pages with the given number of workers and scores
// every output. Following go-trafilatura's comparison, a page whose
// extraction fails (error or panic) adds nothing to the score unless
// errorsAsEmpty is set, in which case it is scored as an empty output.
func runCorpus(ex Extractor, pages []Page, workers int, errorsAsEmpty bool) RunStats {
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan *Page)
	results := make(chan RunStats, workers)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start, startCPU := time.Now(), cpuTime()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var part RunStats
			for p := range jobs {
				out, err := safeExtract(ex, Input{URL: p.Parsed, HTML: p.HTML})
				part.Meta.add(p.File, scoreCorpusMeta(p.Entry, out, err != nil))
				switch {
				case err == nil:
					if out.Text == "" {
						part.Empty++
					}
					part.Score.Add(Evaluate(p.With, p.Without, out.Text))
				default:
					part.Errors++
					if part.FirstError == "" {
						part.FirstError = p.File + ": " + err.Error()
					}
					if errorsAsEmpty {
						part.Score.Add(Evaluate(p.With, p.Without, ""))
					}
				}
			}
			results <- part
		}()
	}
	for i := range pages {
		jobs <- &pages[i]
	}
	close(jobs)
	wg.Wait()

	elapsed, cpu := time.Since(start), cpuTime()-startCPU
	runtime.ReadMemStats(&after)
	close(results)

	total := RunStats{
		Workers:  workers,
		Duration: elapsed,
		CPU:      cpu,
		Bytes:    after.TotalAlloc - before.TotalAlloc,
		Allocs:   after.Mallocs - before.Mallocs,
	}
	for part := range results {
		total.Score.Add(part.Score)
		total.Errors += part.Errors
		total.Empty += part.Empty
		total.Meta.merge(part.Meta)
		if total.FirstError == "" {
			total.FirstError = part.FirstError
		}
	}
	return total
}
