// Beam runs declutter over WARC files or JSON Lines as an Apache Beam
// pipeline: on this machine with the in-process prism runner, or on Flink,
// Spark or Dataflow with their runner's flags.
//
//	go run . --warc 'crawl/*.warc.gz' --output articles.jsonl
//	go run . --jsonl 'pages/*.jsonl' --output articles.jsonl --runner=prism
//
// Each output line is the command's JSON Lines record: the page's path, URL,
// WARC record ID, date and Content-Type, and its article or error. The
// counters declutter/pages, declutter/errors and declutter/removed-KIND say
// how the run went.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	warcGlob  = flag.String("warc", "", "WARC files to read (a glob; .warc or .warc.gz)")
	jsonlGlob = flag.String("jsonl", "", `JSON Lines files to read (a glob): {"url": …, "html": …} or {"url": …, "text": …} a line`)
	output    = flag.String("output", "", "the JSON Lines file to write")
)

func main() {
	flag.Parse()
	beam.Init()
	if (*warcGlob == "" && *jsonlGlob == "") || *output == "" {
		log.Fatal("give --warc or --jsonl, and --output")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, *warcGlob, *jsonlGlob, *output)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
