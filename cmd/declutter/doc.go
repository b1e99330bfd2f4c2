// Declutter prints the article in news pages — saved HTML or the plain text
// copied from a browser or an aggregator — without the promo lines, paywall
// prompts, photo credits and other clutter around it.
//
// Usage:
//
//	declutter [flags] [path ...]
//
// A path is a page (.html, .htm or .txt), a directory whose .html, .htm and
// .txt files are read recursively (directories whose names start with "."
// are skipped), or "-" for standard input. With no path, declutter reads
// standard input. Flags may come before or after the paths; "--" ends them.
//
// One page is printed as readable text by default (-o text); many pages, or
// any directory, are printed as JSON Lines by default (-o json), one record
// per page in the order given:
//
//	{"path":"a.html","article":{…}}
//	{"path":"b.txt","error":"extract: input is not text"}
//
// The flags are:
//
//	-o json|text|markdown   output format (default: text for one page, json for many)
//	-format auto|html|text  how to read the pages (default auto: .txt is text,
//	                        .html and .htm are HTML, anything else is sniffed)
//	-url URL                the page's address: resolves links, scopes host rules
//	-content-type TYPE      the page's HTTP Content-Type: its charset decodes HTML
//	-rules FILE             add the rules in FILE (repeatable)
//	-check-rules FILE       check the rules in FILE and exit: that they parse,
//	                        their regexps compile, and each rule matches its
//	                        examples and none of its counters (repeatable)
//	-removed                also show what the rules removed, and which rule did
//	-j N                    extract N pages at a time (default: number of CPUs)
//	-version                print the version and exit
//
// In batch, a progress bar is drawn on standard error when it is a terminal,
// and a summary line (pages, errors, seconds) ends the run.
//
// The exit code is 0 when every page was extracted, 1 when any failed (the
// others are still printed), and 2 for a usage error. With -check-rules it
// is 0 when every file passes and 1 when any fails.
package main
