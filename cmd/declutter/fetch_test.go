package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
)

// latinPage is an article in windows-1252 that says so only in the HTTP
// header.
const latinPage = "<html><head><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 opens</h1>" +
	"<p>The caf\xe9 on the corner opened its doors on Monday, and the queue ran round the block by nine in the morning.</p>" +
	"<p>Its owner said the first week had gone better than she had dared to hope, with regulars already asking for a loyalty card.</p>" +
	"<p>The council granted the licence in March after a year of delays over the terrace and the opening hours.</p>" +
	"</article></body></html>"

// newSite serves pages, redirects and failures as the web does, and
// records the User-Agent of the last request.
func newSite(t *testing.T) (*httptest.Server, *atomic.Value) {
	t.Helper()
	bbc, text := read(t, htmlPage), read(t, textPage)
	var agent atomic.Value
	agent.Store("")
	mux := http.NewServeMux()
	mux.HandleFunc("/news/story", func(w http.ResponseWriter, r *http.Request) {
		agent.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, bbc)
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, latinPage)
	})
	mux.HandleFunc("/copied.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, text)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "100000000")
		fmt.Fprint(w, "<p>", strings.Repeat("x", 1000))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		// No length, and a body that never ends: the cap must stop the read.
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte("<p>" + strings.Repeat("endless text ", 1000) + "</p>\n")
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &agent
}

func TestFetchOnePage(t *testing.T) {
	srv, agent := newSite(t)
	res := declutter(t, "", "", "-o", "json", srv.URL+"/old").want(t, exitOK)
	final := srv.URL + "/news/story"
	want, err := extract.Default().FromHTML(strings.NewReader(read(t, htmlPage)), extract.Source{URL: final, ContentType: "text/html; charset=utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if res.stdout != libraryJSON(t, want) {
		t.Errorf("fetched page after a redirect: got\n%s\nwant the library's Article with the final URL\n%s", res.stdout, libraryJSON(t, want))
	}
	if got := agent.Load().(string); !strings.HasPrefix(got, "declutter/") || !strings.HasSuffix(got, " (+https://github.com/declutter/declutter)") {
		t.Errorf("User-Agent %q", got)
	}

	res = declutter(t, "", "", srv.URL+"/latin").want(t, exitOK)
	if !strings.HasPrefix(res.stdout, "Café news") && !strings.HasPrefix(res.stdout, "Café opens") {
		t.Errorf("the response's charset was not used:\n%s", res.stdout)
	}
	res = declutter(t, "", "", "-o", "json", srv.URL+"/copied.txt").want(t, exitOK)
	wantText := libraryJSON(t, library(t, textPage, (*extract.Extractor).FromText, extract.Source{URL: srv.URL + "/copied.txt"}))
	if res.stdout != wantText {
		t.Errorf("a text/plain response is read as text: got\n%.400s", res.stdout)
	}
}

func TestFetchErrors(t *testing.T) {
	srv, _ := newSite(t)
	for _, tc := range []struct {
		path string
		args []string
		want string
	}{
		{"/gone", nil, "HTTP 404 Not Found"},
		{"/loop", nil, "stopped after 10 redirects"},
		{"/report.pdf", nil, `content type "application/pdf": not an HTML or text page`},
		{"/huge", nil, "input too large: Content-Length 100000000"},
		{"/endless", []string{"-max-bytes", "1M"}, "input too large: more than 1048576 bytes"},
		{"/slow", []string{"-timeout", "300ms"}, "Timeout"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			start := time.Now()
			res := declutter(t, "", "", append(tc.args, "-o", "json", srv.URL+tc.path)...).want(t, exitFailed)
			if !strings.Contains(res.stderr, tc.want) || !strings.Contains(res.stderr, srv.URL+tc.path) {
				t.Errorf("stderr %q, want the URL and %q", res.stderr, tc.want)
			}
			// -o json: the error as a record on stdout too.
			recs := jsonLines(t, res.stdout)
			if len(recs) != 1 || recs[0].Path != srv.URL+tc.path || !strings.Contains(recs[0].Error, tc.want) {
				t.Errorf("stdout %q, want one error record", res.stdout)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}

// TestFetchPolitely checks that a batch of URLs never has more than
// -per-host requests in flight to one host, however many workers.
func TestFetchPolitely(t *testing.T) {
	page := read(t, htmlPage)
	var (
		mu             sync.Mutex
		inFlight, most int
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(300 * time.Millisecond) // long enough for the requests to overlap on a busy machine
		mu.Lock()
		inFlight--
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	var urls []string
	for i := range 8 {
		urls = append(urls, fmt.Sprintf("%s/story/%d", srv.URL, i))
	}
	for _, perHost := range []int{1, 3} {
		mu.Lock()
		most = 0
		mu.Unlock()
		args := append([]string{"-j", "8", "-per-host", fmt.Sprint(perHost)}, urls...)
		res := declutter(t, "", "", args...).want(t, exitOK)
		recs := jsonLines(t, res.stdout)
		if len(recs) != len(urls) {
			t.Fatalf("%d records for %d URLs", len(recs), len(urls))
		}
		for i, r := range recs {
			if r.Path != urls[i] || r.URL != urls[i] || r.Article == nil || r.ContentType != "text/html" {
				t.Errorf("record %d: %+v", i, r)
			}
		}
		mu.Lock()
		got := most
		mu.Unlock()
		if got != perHost {
			t.Errorf("-per-host %d: %d requests at a time", perHost, got)
		}
	}
}
