package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/warcpage"
)

// maxRedirects is how many redirects a fetch follows, as browsers and curl
// -L do in practice.
const maxRedirects = 10

// projectURL is named in the User-Agent so that a site's operator can learn
// what is fetching their pages.
const projectURL = "https://github.com/declutter/declutter"

// A fetcher gets pages over HTTP for extraction: with a timeout, a limit
// on redirects and on the size read, an honest User-Agent, and at most
// perHost requests at a time to one host.
type fetcher struct {
	client    *http.Client
	userAgent string
	maxBytes  int64
	perHost   int

	mu    sync.Mutex
	hosts map[string]chan struct{} // a slot per request in flight to the host
}

func newFetcher(opts options) *fetcher {
	maxBytes := opts.maxBytes
	if maxBytes <= 0 {
		maxBytes = extract.DefaultMaxBytes
	}
	return &fetcher{
		client: &http.Client{
			Timeout: opts.timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		userAgent: "declutter/" + version() + " (+" + projectURL + ")",
		maxBytes:  maxBytes,
		perHost:   opts.perHost,
		hosts:     map[string]chan struct{}{},
	}
}

// errNotAPage is the error of a response whose Content-Type is neither
// HTML nor text.
var errNotAPage = errors.New("not an HTML or text page")

// urlJob is the job of a page to fetch.
func (f *feeder) urlJob(rawURL string, rec record) job {
	return job{rec: rec, run: func(ctx context.Context, e *extractor, rec *record) (*extract.Article, error) {
		return f.fetch.extract(ctx, e, rawURL, rec, f.opts.format)
	}}
}

// extract fetches rawURL and extracts its page, recording the final URL and
// the Content-Type in rec.
func (f *fetcher) extract(ctx context.Context, e *extractor, rawURL string, rec *record, format string) (*extract.Article, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	release, err := f.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	rec.URL = resp.Request.URL.String()
	rec.ContentType = resp.Header.Get("Content-Type")
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	as, ok := readAsType(rec.ContentType, format)
	if !ok {
		return nil, fmt.Errorf("content type %q: %w", rec.ContentType, errNotAPage)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, fmt.Errorf("%w: Content-Length %d is over the cap of %d bytes", extract.ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	// The extractor stops one byte past its cap; the limit makes sure no
	// more is read whatever cap it was built with.
	body := io.LimitReader(resp.Body, f.maxBytes+1)
	return e.extractAs(ctx, body, as, extract.Source{URL: rec.URL, ContentType: rec.ContentType})
}

// acquire waits for a slot of host and returns its release, or ctx's error
// when it is done first.
func (f *fetcher) acquire(ctx context.Context, host string) (release func(), err error) {
	f.mu.Lock()
	slots, ok := f.hosts[host]
	if !ok {
		slots = make(chan struct{}, f.perHost)
		f.hosts[host] = slots
	}
	f.mu.Unlock()
	select {
	case slots <- struct{}{}:
		return func() { <-slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readAsType decides how to read a page by its Content-Type: HTML or XHTML
// as HTML, plain text as text, no type at all sniffed; false for anything
// else. A -format other than auto reads every page so.
func readAsType(contentType, format string) (string, bool) {
	if format != "auto" {
		return format, true
	}
	as := warcpage.MediaType(contentType)
	return as, as != "other"
}
