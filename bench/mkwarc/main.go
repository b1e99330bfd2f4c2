// Mkwarc writes a WARC file of real news pages for throughput runs of the
// declutter command and the Beam example: the go-trafilatura comparison
// corpus and go-readability's test pages, read from the module cache (the
// bench module requires both), each an HTTP response record in its own
// gzip member, repeated until there are at least -n records.
//
//	cd bench && go run ./mkwarc -n 2000 -o /tmp/corpus.warc.gz
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	out := flag.String("o", "corpus.warc.gz", "the WARC file to write")
	n := flag.Int("n", 2000, "write at least `N` records, repeating the pages as needed")
	flag.Parse()

	pages, err := corpusPages()
	if err != nil {
		log.Fatal(err)
	}
	if len(pages) == 0 {
		log.Fatal("no pages found in the module cache; run go mod download in bench first")
	}
	var buf bytes.Buffer
	records := 0
	for copyN := 0; records < *n; copyN++ {
		for _, p := range pages {
			body, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			target := fmt.Sprintf("https://corpus.example/%d/%s", copyN, filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p))
			if err := writeRecord(&buf, records, target, body); err != nil {
				log.Fatal(err)
			}
			records++
		}
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d records (%d distinct pages), %.1f MB\n", *out, records, len(pages), float64(buf.Len())/1e6)
}

// corpusPages lists the HTML pages of both corpora, in a stable order.
func corpusPages() ([]string, error) {
	var pages []string
	for _, c := range []struct{ module, glob string }{
		{"github.com/markusmobius/go-trafilatura", "test-files/comparison/*.html"},
		{"codeberg.org/readeck/go-readability/v2", "test-pages/*/source.html"},
	} {
		dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", c.module).Output()
		if err != nil {
			return nil, fmt.Errorf("go list -m %s: %w", c.module, err)
		}
		found, err := filepath.Glob(filepath.Join(strings.TrimSpace(string(dir)), c.glob))
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		pages = append(pages, found...)
	}
	return pages, nil
}

// writeRecord appends one response record, gzipped on its own as crawlers
// write them.
func writeRecord(w *bytes.Buffer, i int, target string, body []byte) error {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + string(body)
	header := "WARC/1.1\r\n" +
		"WARC-Type: response\r\n" +
		fmt.Sprintf("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", i) +
		"WARC-Date: 2026-01-01T00:00:00Z\r\n" +
		"WARC-Target-URI: " + target + "\r\n" +
		"Content-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block))
	zw := gzip.NewWriter(w)
	if _, err := zw.Write([]byte(header + block + "\r\n\r\n")); err != nil {
		return err
	}
	return zw.Close()
}
