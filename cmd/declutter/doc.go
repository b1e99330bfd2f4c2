// Declutter prints the article in news pages — saved HTML or the plain text
// copied from a browser or an aggregator — without the promo lines, paywall
// prompts, photo credits and other clutter around it.
//
// Usage:
//
//	declutter [flags] [page | directory | crawl.warc.gz | list.jsonl | URL | -] ...
//
// An argument is a page (.html, .htm or .txt, gzipped or not), a directory
// whose pages and WARC files are read recursively (directories whose names
// start with "." are skipped), a WARC file (.warc or .warc.gz, or any file
// that starts like one): every HTML response record in it, a JSON Lines list
// (.jsonl or .ndjson: see -i), an http or https URL to fetch, or "-" for
// standard input. With no argument, declutter reads standard input, and
// exits with 2 ("no input") when that is a terminal or empty. Flags may come
// before or after the arguments; "--" ends them.
//
// One page is printed as readable text by default (-o text); a batch (many
// arguments, a directory, a WARC file or a list) is printed as JSON Lines by
// default (-o json), one record per page in input order:
//
//	{"path":"a.html","article":{…}}
//	{"path":"b.txt","error":"extract: input is not text"}
//	{"path":"crawl.warc.gz","url":"https://…","content_type":"text/html",
//	 "warc":{"record_id":"urn:uuid:…","date":"…","offset":4182},"article":{…}}
//
// A single page that fails with -o json prints such an error record too.
//
// The flags are:
//
//	-o json|text|markdown   output format (default: text for one page, json for many)
//	-format auto|html|text  how to read the pages (default auto: .txt is text,
//	                        .html and .htm are HTML, anything else is sniffed)
//	-url URL                the page's address: resolves links, scopes host rules
//	                        (default: the page's own URL, else its canonical link)
//	-content-type TYPE      the page's HTTP Content-Type: its charset decodes HTML
//	-rules FILE             add the rules in FILE (repeatable)
//	-check-rules FILE       check the rules in FILE and exit: that they parse,
//	                        their regexps compile, no name is a default rule's,
//	                        and each rule matches its examples and none of its
//	                        counters (repeatable)
//	-removed                also show what the rules removed, and which rule did
//	-j N                    extract N pages at a time (default: number of CPUs)
//	-max-bytes N            the largest page read (k, M, G allowed; default 16M)
//	-warc                   read every file and standard input as WARC
//	-i FILE                 read inputs from FILE, one a line: a URL, a path, or a
//	                        JSON object {"url", "path" | "html" | "text",
//	                        "content_type", "id"} (repeatable; - is stdin)
//	-per-host N             fetch at most N pages at a time from one host (default 2)
//	-timeout D              give up a fetch after D (default 30s)
//	-page-timeout D         give up extracting one page after D: an error line,
//	                        and the batch goes on (default 1m; 0 for no bound)
//	-version                print the version and exit
//
// URLs are fetched with a timeout, at most 10 redirects, the size cap
// enforced while reading and a "declutter/VERSION (+URL)" User-Agent; the
// final URL is the page's URL and the response's Content-Type its charset.
//
// In batch, a progress bar is drawn on standard error when it is a terminal,
// and a summary line (pages, errors, skipped WARC records, seconds) ends the
// run. A batch streams, so a WARC file or list of any length runs in bounded
// memory.
//
// Ctrl-C (SIGINT) or SIGTERM stops a batch cleanly: no new page is started,
// the fetches and extractions under way are cancelled and printed as error
// lines, and the summary of what was done is printed. A second Ctrl-C ends
// the command at once.
//
// The command lives in the library's module: its WARC reader,
// github.com/nlnwa/gowarc/v3, brings four small modules, the library
// packages never import it, and module graph pruning keeps it out of a
// library user's go.sum; a module of its own would need a replace line to
// build from a clone, which "go install …@latest" refuses.
//
// The exit code is 0 when every page was extracted, 1 when any failed (the
// others are still printed), 2 for a usage error, and 130 when Ctrl-C or
// SIGTERM stopped the run. With -check-rules it
// is 0 when every file passes and 1 when any fails.
package main
