package extract_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contextEntryPoints are the context-aware ways into an Extractor.
var contextEntryPoints = map[string]func(*extract.Extractor, context.Context, io.Reader, extract.Source) (*extract.Article, error){
	"FromHTMLContext": (*extract.Extractor).FromHTMLContext,
	"FromTextContext": (*extract.Extractor).FromTextContext,
	"FromContext":     (*extract.Extractor).FromContext,
}

func TestContextDoneBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, run := range contextEntryPoints {
		t.Run(name, func(t *testing.T) {
			_, err := run(extract.Default(), ctx, strings.NewReader(article), extract.Source{})
			assert.ErrorIs(t, err, context.Canceled)
		})
	}
}

func TestContextNotDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for name, run := range contextEntryPoints {
		t.Run(name, func(t *testing.T) {
			a, err := run(extract.Default(), ctx, strings.NewReader(article), extract.Source{})
			require.NoError(t, err)
			assert.Contains(t, a.Text(), "temporary crossing downstream")
		})
	}
}

// promptly is how soon an extraction must return once its context ends.
// The aim is a few milliseconds; the bound leaves room for a loaded
// machine and the race detector, and still fails a call that runs on.
const promptly = time.Second

// TestContextStopsHostilePage cancels pages that take seconds at several
// points of their extraction (reading, parsing, flattening, readability)
// and checks that control comes back promptly with the context's error.
func TestContextStopsHostilePage(t *testing.T) {
	pages := map[string][]byte{
		"unclosed li":   bytes.Repeat([]byte("<li>x "), 1000000),
		"unclosed div":  deepPage("div", 1000000),
		"table soup":    deepPage("table", 300000),
		"many sections": bytes.Repeat([]byte(`<section class="a b c"><p>The council voted on Tuesday to close the old bridge for repairs.</p></section>`), 100000),
		// Under the element budget: parsed, pre-passed and given to
		// go-readability, which is cancelled while it runs.
		"long page": bytes.Repeat([]byte(`<div class="x"><p>The council voted on Tuesday to close the old bridge for repairs.</p></div>`), 40000),
	}
	before := runtime.NumGoroutine()
	t.Cleanup(func() { awaitGoroutines(t, before) })
	for name, page := range pages {
		for _, after := range []time.Duration{time.Millisecond, 30 * time.Millisecond, 300 * time.Millisecond} {
			t.Run(name+"/"+after.String(), func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				type result struct {
					err error
					at  time.Time
				}
				done := make(chan result, 1)
				go func() {
					_, err := extract.Default().FromHTMLContext(ctx, bytes.NewReader(page), extract.Source{})
					done <- result{err, time.Now()}
				}()
				time.Sleep(after)
				cancel()
				cancelled := time.Now()
				select {
				case r := <-done:
					if r.err == nil || !errors.Is(r.err, context.Canceled) {
						// It finished before the cancellation.
						assert.True(t, r.at.Before(cancelled) || r.err == nil, "err %v", r.err)
						return
					}
					t.Logf("returned %v after the cancellation", r.at.Sub(cancelled))
				case <-time.After(promptly):
					t.Fatalf("still running %v after the cancellation", promptly)
				}
			})
		}
	}
}

func TestContextDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := extract.Default().FromHTMLContext(ctx, bytes.NewReader(bytes.Repeat([]byte("<li>x "), 1000000)), extract.Source{})
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// awaitGoroutines waits until no more than n goroutines run: a cancelled
// go-readability pass finishes in the background, and a later test that
// measures allocations must not count its work.
func awaitGoroutines(t *testing.T, n int) {
	deadline := time.Now().Add(time.Minute)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			t.Errorf("%d goroutines still run a minute after the test, want at most %d", runtime.NumGoroutine(), n)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
