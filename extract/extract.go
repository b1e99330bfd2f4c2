// Package extract turns a news page — its HTML, or the plain text a scraper
// or a person copied from it — into a clean Article: title, byline, site,
// body paragraphs and image captions, with promo lines, paywall prompts,
// photo credits, share and newsletter prompts and the like removed and
// reported.
//
// Configure an Extractor once with New and share it: it is immutable and safe
// for concurrent use. The package-level functions use Default, built on
// first use.
package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/declutter/declutter/clean"
)

// DefaultMaxBytes is the input cap of an Extractor made without
// WithMaxBytes: 16 MiB, several times the largest real article page. For
// HTML it counts the bytes kept once script and style bodies, inline <svg>
// drawings and the payloads of data: URIs are dropped and runs of white
// space in text shortened, which happens as the input is read.
const DefaultMaxBytes = 16 << 20

// Errors returned by the extraction functions, wrapped with details; test
// for them with errors.Is.
var (
	// ErrTooLarge: the input is longer than the Extractor's byte cap (for
	// HTML, what is left of it once scripts, styles and inline images are
	// dropped).
	ErrTooLarge = errors.New("extract: input too large")
	// ErrNoContent: the input holds no article text.
	ErrNoContent = errors.New("extract: no article content")
	// ErrNotText: the input is binary (an image, a PDF, an archive), not a page.
	ErrNotText = errors.New("extract: input is not text")
	// ErrTooDeep: the HTML nests too deeply to parse, and no text could be
	// recovered from it.
	ErrTooDeep = errors.New("extract: HTML nested too deeply")
)

// Source describes where a page came from. Both fields are optional.
type Source struct {
	// URL is the page's address; relative links resolve against it and
	// host-scoped rules use its host. When it is empty, an HTML page's own
	// canonical link (or og:url), if absolute, takes its place.
	URL string
	// ContentType is the HTTP Content-Type header; its charset parameter
	// decides how HTML bytes are decoded.
	ContentType string
}

// An Extractor holds compiled rules and options. It is immutable and safe for
// concurrent use; every call keeps its own state.
type Extractor struct {
	rules       *clean.Rules
	vocab       *vocabulary
	maxBytes    int64
	maxElements int
	logger      *slog.Logger
}

// An Option configures an Extractor.
type Option func(*config)

type config struct {
	rules       []clean.Rule
	noDefaults  bool
	without     []string
	vocabulary  []func(*vocabulary) error
	maxBytes    int64
	maxElements int
	logger      *slog.Logger
}

// WithRules adds rules to the defaults (or, with WithoutDefaultRules, to
// nothing). A rule added here overrides a default one on every block both
// match: its name and action apply (see clean.CompileLayers). Among the
// added rules, later ones lose ties to earlier ones. A rule may not take a
// default's name; turn the default off with WithoutRules to replace it.
func WithRules(rs ...clean.Rule) Option {
	return func(c *config) { c.rules = append(c.rules, rs...) }
}

// WithoutDefaultRules drops the rules the library ships with.
func WithoutDefaultRules() Option {
	return func(c *config) { c.noDefaults = true }
}

// WithoutRules turns off the default rules of these names, such as
// "share/comments"; New fails if a name is not a default rule's.
func WithoutRules(names ...string) Option {
	return func(c *config) { c.without = append(c.without, names...) }
}

// WithTimeZone adds a reading of a time-zone abbreviation printed after a
// time, such as "IST": offset from UTC, for pages whose host ends in one of
// the country domains (".in") or whose language is one of the languages
// ("hi", "en-in") in where, or with no where for pages nothing else
// settles. It comes before the built-in readings (in
// vocabulary/timezones.txt), which leave ambiguous abbreviations such as
// IST unguessed on a page that does not say where it is from.
func WithTimeZone(abbr string, offset time.Duration, where ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		if err := v.addZoneFirst(abbr, int(offset/time.Second), where); err != nil {
			return fmt.Errorf("WithTimeZone: %w", err)
		}
		return nil
	})
}

// WithLocalTime says that clock times printed without a zone on pages
// whose host is one of domains, or below one ("gazette.example" covers
// "www.gazette.example"), are in loc, such as time.LoadLocation's
// "Europe/Berlin". It comes before the built-in zones of country domains
// (in vocabulary/localzones.txt); without either, a text page's clock time
// printed without a zone is not guessed and only its date is kept.
func WithLocalTime(loc *time.Location, domains ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		if loc == nil || len(domains) == 0 {
			return errors.New("WithLocalTime: want a location and at least one domain")
		}
		for _, d := range domains {
			d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), ".")
			if d == "" || strings.ContainsAny(d, "/: ") {
				return fmt.Errorf("WithLocalTime: %q is not a domain", d)
			}
			v.localTimes = append(v.localTimes, localTimeSite{domain: d, loc: loc})
		}
		return nil
	})
}

// WithClutterClasses adds words that, as the first or last word of an
// element's class or id ("promo-box", "article-promo"), mark it as clutter
// of kind, to the built-in ones (in vocabulary/classwords.txt). The HTML
// pre-pass removes such elements and names the removal KIND/class-WORD.
func WithClutterClasses(kind clean.Kind, words ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		return addClutterWords(v.classWords, "WithClutterClasses", kind, words)
	})
}

// WithClutterRoles adds ARIA roles that mark an element as clutter of
// kind, to the built-in ones (in vocabulary/roles.txt).
func WithClutterRoles(kind clean.Kind, roles ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		return addClutterWords(v.roles, "WithClutterRoles", kind, roles)
	})
}

// WithPublishers adds names of publishers, such as "Harbour Gazette", to
// the built-in ones (in vocabulary/publishers.txt). A line of a text page's
// header that is such a name is read as the article's Site, and is never
// taken for a headline or an author's name. Names are compared after
// normalisation, so case and punctuation do not matter.
func WithPublishers(names ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		return addNames(v.publishers, "WithPublishers", names)
	})
}

// WithAggregators adds names of platforms that republish other publishers'
// articles, such as "Flipboard", to the built-in ones (in
// vocabulary/aggregators.txt). Such a name on a page is not the article's
// Site: a text page's header line that is one is dropped, and on an HTML
// page the publisher the metadata names is taken instead.
func WithAggregators(names ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		return addNames(v.aggregators, "WithAggregators", names)
	})
}

// WithCaptionLabels adds labels some sites print before a caption, such as
// "Photo:", to the built-in ones (in vocabulary/captionlabels.txt). A
// paragraph that starts with a label and a space is read as a caption: the
// text after the label.
func WithCaptionLabels(labels ...string) Option {
	return vocabularyOption(func(v *vocabulary) error {
		for _, l := range labels {
			if err := v.addCaptionLabel(l, false); err != nil {
				return fmt.Errorf("WithCaptionLabels: %w", err)
			}
		}
		return nil
	})
}

func addNames(into map[string]bool, option string, names []string) error {
	for _, n := range names {
		if err := addName(into, n, false); err != nil {
			return fmt.Errorf("%s: %w", option, err)
		}
	}
	return nil
}

func addClutterWords(into map[string]clean.Kind, option string, kind clean.Kind, words []string) error {
	if !kind.Valid() {
		return fmt.Errorf("%s: unknown kind %q", option, kind)
	}
	for _, w := range words {
		if w = strings.ToLower(strings.TrimSpace(w)); w == "" || strings.ContainsAny(w, " \t-_") {
			return fmt.Errorf("%s: %q is not one word", option, w)
		}
		into[w] = kind
	}
	return nil
}

// vocabularyOption is an Option that edits the Extractor's own copy of the
// vocabulary.
func vocabularyOption(edit func(*vocabulary) error) Option {
	return func(c *config) { c.vocabulary = append(c.vocabulary, edit) }
}

// WithMaxBytes caps the input size; a longer input fails with ErrTooLarge.
// n <= 0 means DefaultMaxBytes. For HTML the cap counts the bytes kept after
// script and style bodies, <svg> drawings and data: URI payloads are dropped
// and runs of white space in text shortened as the page is read, so a page
// saved with its images inline passes; the raw HTML read is bounded too, at
// 16 times the cap.
func WithMaxBytes(n int64) Option {
	return func(c *config) { c.maxBytes = n }
}

// WithLogger sets where the Extractor logs its decisions (at debug level)
// and the repairs it makes to broken input, such as invalid UTF-8 or HTML
// nested too deeply to parse (at warn level). The default discards them.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// New returns an Extractor configured by opts. It fails only when a rule is
// invalid, WithoutRules names no default rule, or a vocabulary option is
// given a word it cannot use (a blank name, an unknown kind).
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, opt := range opts {
		opt(&c)
	}
	var defaults []clean.Rule
	if !c.noDefaults {
		defaults = clean.Default()
	}
	defaults, err := withoutRules(defaults, c.without)
	if err != nil {
		return nil, err
	}
	compiled, err := clean.CompileLayers(c.rules, defaults)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	vocab := defaultVocabulary()
	if len(c.vocabulary) > 0 {
		vocab = vocab.clone()
		for _, edit := range c.vocabulary {
			if err := edit(vocab); err != nil {
				return nil, fmt.Errorf("extract: %w", err)
			}
		}
		vocab.classIndex = newClassIndex(vocab.classWords)
	}
	e := &Extractor{rules: compiled, vocab: vocab, maxBytes: c.maxBytes, logger: c.logger}
	if e.maxBytes <= 0 {
		e.maxBytes = DefaultMaxBytes
	}
	e.maxElements = c.maxElements
	if e.maxElements <= 0 {
		e.maxElements = DefaultMaxElements
	}
	if e.logger == nil {
		e.logger = slog.New(slog.DiscardHandler)
	}
	return e, nil
}

// withoutRules returns rs without the rules named in names, and an error
// naming any name none of rs has.
func withoutRules(rs []clean.Rule, names []string) ([]clean.Rule, error) {
	if len(names) == 0 {
		return rs, nil
	}
	off := make(map[string]bool, len(names))
	for _, name := range names {
		off[name] = true
	}
	kept := rs[:0]
	for _, r := range rs {
		if off[r.Name] {
			delete(off, r.Name)
			continue
		}
		kept = append(kept, r)
	}
	for _, name := range names {
		if off[name] {
			return nil, fmt.Errorf("extract: WithoutRules: no default rule is named %q", name)
		}
	}
	return kept, nil
}

// Default returns the Extractor the package-level functions use: default
// rules and options. It is built on first use, so importing the package
// compiles no rules, and every call returns the same Extractor.
func Default() *Extractor { return defaultExtractor() }

var defaultExtractor = sync.OnceValue(func() *Extractor {
	e, err := New()
	if err != nil {
		panic(err) // the embedded rules are tested; this cannot happen
	}
	return e
})

// FromHTML extracts the article from an HTML page with [Default].
func FromHTML(r io.Reader, src Source) (*Article, error) { return Default().FromHTML(r, src) }

// FromText extracts the article from a page's plain text with [Default].
func FromText(r io.Reader, src Source) (*Article, error) { return Default().FromText(r, src) }

// From extracts the article from HTML or plain text, whichever r holds,
// with [Default].
func From(r io.Reader, src Source) (*Article, error) { return Default().From(r, src) }

// From extracts the article from HTML or plain text, whichever r holds: an
// HTML or text/plain Content-Type decides, and otherwise the first bytes
// do, as net/http.DetectContentType reads them: after any byte-order mark
// and white space, a comment, a doctype or the start tag of a common HTML
// element ("<p>", "<h1 class=…>", "<section>") means HTML.
func (e *Extractor) From(r io.Reader, src Source) (*Article, error) {
	return e.FromContext(context.Background(), r, src)
}

// FromHTML extracts the article from an HTML page. The charset comes from a
// byte-order mark, src.ContentType or the page's own <meta> declaration, in
// that order; UTF-16 without a byte-order mark is recognised by its NUL
// bytes, a page that is valid UTF-8 throughout is read as UTF-8, and other
// undeclared pages as windows-1252. A page nested too deeply to parse is
// flattened and read; ErrTooDeep means it held no text.
func (e *Extractor) FromHTML(r io.Reader, src Source) (*Article, error) {
	return e.FromHTMLContext(context.Background(), r, src)
}

// FromText extracts the article from a page's plain text: lines separated by
// newlines, paragraphs usually by blank lines, as copied from a browser or
// an aggregator. It is UTF-8 unless a byte-order mark, UTF-16's NUL bytes
// or src.ContentType say otherwise; invalid UTF-8 is replaced with U+FFFD
// and logged at warn level.
func (e *Extractor) FromText(r io.Reader, src Source) (*Article, error) {
	return e.FromTextContext(context.Background(), r, src)
}

// FromContext is From, stopped when ctx is done: it then returns an error
// wrapping ctx.Err(). Extraction checks ctx while the input is read and
// parsed, between its steps and along its longer loops, so it returns
// within milliseconds of ctx ending; go-readability, which cannot be
// stopped, is left to finish its pass over the page in the background.
func (e *Extractor) FromContext(ctx context.Context, r io.Reader, src Source) (*Article, error) {
	head, err := e.readHead(r)
	if err != nil {
		return nil, err
	}
	if looksLikeHTML(head, src.ContentType) {
		return e.fromHTMLReader(ctx, r, head, src)
	}
	data, err := e.readRest(ctx, r, head)
	if err != nil {
		return nil, err
	}
	return e.fromTextBytes(ctx, data, src)
}

// FromHTMLContext is FromHTML, stopped when ctx is done, as FromContext is.
func (e *Extractor) FromHTMLContext(ctx context.Context, r io.Reader, src Source) (*Article, error) {
	head, err := e.readHead(r)
	if err != nil {
		return nil, err
	}
	return e.fromHTMLReader(ctx, r, head, src)
}

// fromHTMLReader reads the rest of an HTML page after head and extracts
// its article. fromHTMLBytes gives the buffer the page was read into back.
func (e *Extractor) fromHTMLReader(ctx context.Context, r io.Reader, head []byte, src Source) (*Article, error) {
	data, err := e.readHTML(ctx, r, head)
	if err != nil {
		putInputBuf(head)
		return nil, err
	}
	return e.fromHTMLBytes(ctx, data, src)
}

// FromTextContext is FromText, stopped when ctx is done, as FromContext is.
func (e *Extractor) FromTextContext(ctx context.Context, r io.Reader, src Source) (*Article, error) {
	data, err := e.read(ctx, r)
	if err != nil {
		return nil, err
	}
	return e.fromTextBytes(ctx, data, src)
}

// stopped returns ctx's error, wrapped, once ctx is done, else nil.
func stopped(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract: stopped: %w", err)
	}
	return nil
}

// hostOf returns the host of a page URL, or "".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
