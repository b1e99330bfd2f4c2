package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"net/url"
	"os"
	"testing"
)

// corpusEvery keeps every n-th page of the corpus in BenchmarkCorpus: an
// instruction count under valgrind over the whole corpus takes long.
var corpusEvery = flag.Int("corpus-every", 1, "BenchmarkCorpus: keep every n-th corpus page")

// corpusCache is a file that holds the pages BenchmarkCorpus runs on: it
// writes it when it does not exist, and reads it, rather than the corpus,
// when it does. Under valgrind, loading the corpus takes minutes, and the
// go command run to find it ends with a signal valgrind stops at.
var corpusCache = flag.String("corpus-cache", "", "BenchmarkCorpus: a file to keep the loaded pages in")

// BenchmarkCorpus runs declutter and readability v2 over the same corpus
// pages, one page at a time, in one process: the cost comparison of the
// README's table, for -benchmem, benchstat and callgrind.
//
//	go test -run '^$' -bench Corpus -benchmem -count 6 | tee /tmp/new.txt
//	go test -c -o /tmp/bench.test
//	/tmp/bench.test -test.run '^$' -test.bench 'Corpus/none' -corpus-every 4 -corpus-cache /tmp/pages.gob
//	for name in none declutter readability-v2; do
//	    GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind /tmp/bench.test -test.run '^$' \
//	        -test.bench "Corpus/$name\$" -test.benchtime 1x -corpus-cache /tmp/pages.gob
//	done
//
// (valgrind needs asynchronous preemption off: it stops at its signals.) The
// count of the "none" run, which only loads the pages, is the floor to
// subtract from the others.
func BenchmarkCorpus(b *testing.B) {
	pages, err := benchPages()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, p := range pages {
		size += len(p.HTML)
	}
	for _, x := range []Extractor{declutterExtractor(), {Name: referenceName, Extract: readabilityV2}} {
		b.Run(x.Name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					x.Extract(Input{URL: p.Parsed, HTML: p.HTML})
				}
			}
		})
	}
	// The pages loaded and nothing run: what a process's count holds
	// besides the extraction.
	b.Run("none", func(b *testing.B) {
		for b.Loop() {
		}
	})
}

// benchPages loads the corpus pages, or reads them from corpusCache.
func benchPages() ([]Page, error) {
	if *corpusCache != "" {
		if f, err := os.Open(*corpusCache); err == nil {
			defer f.Close()
			var pages []Page
			if err := gob.NewDecoder(f).Decode(&pages); err != nil {
				return nil, err
			}
			for i := range pages {
				pages[i].Parsed, _ = url.ParseRequestURI(pages[i].URL)
			}
			return pages, nil
		}
	}
	dir, err := moduleDir(trafilaturaModule, trafilaturaVer)
	if err != nil {
		return nil, err
	}
	entries, err := corpusEntries(dir, 0)
	if err != nil {
		return nil, err
	}
	var pages []Page
	for i, e := range entries {
		u, err := url.ParseRequestURI(e.URL)
		if i%max(*corpusEvery, 1) != 0 || err != nil {
			continue
		}
		raw, err := readTestFile(dir, e.File)
		if err != nil {
			return nil, err
		}
		text, err := decodeHTML(raw)
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{Entry: e, Parsed: u, HTML: text})
	}
	if *corpusCache != "" {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(pages); err != nil {
			return nil, err
		}
		if err := os.WriteFile(*corpusCache, buf.Bytes(), 0o644); err != nil {
			return nil, err
		}
	}
	return pages, nil
}
