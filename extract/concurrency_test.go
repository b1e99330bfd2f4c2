package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/declutter/declutter/clean"
	"github.com/declutter/declutter/extract"
	"github.com/declutter/declutter/extracttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrentUse runs every saved page through one Extractor from many
// goroutines at once, each page several times, and expects exactly what a
// sequential run gives. Run it with -race to check that an extraction
// keeps its state to itself.
func TestConcurrentUse(t *testing.T) {
	var pages []string
	for _, dir := range []string{"../testdata/html", "../testdata/text", "../testdata/charsets", "../testdata/charsets/http"} {
		ps, err := extracttest.Pages(dir)
		require.NoError(t, err)
		pages = append(pages, ps...)
	}
	e, err := extract.New(extract.WithRules(clean.Rule{
		Name: "promo/test-only", Kind: clean.Promo, Match: clean.Prefix, Pattern: "Sponsored by", Action: clean.Drop,
	}))
	require.NoError(t, err)

	type result struct {
		json []byte
		err  error
	}
	run := func(page string) result {
		data, err := os.ReadFile(page)
		if err != nil {
			return result{err: err}
		}
		src := extract.Source{URL: "https://pages.declutter.test/" + filepath.Base(page)}
		var a *extract.Article
		if strings.HasSuffix(page, ".txt") {
			a, err = e.FromText(bytes.NewReader(data), src)
		} else {
			a, err = e.FromHTML(bytes.NewReader(data), src)
		}
		if err != nil {
			return result{err: err}
		}
		out, err := extracttest.Marshal(a)
		return result{json: out, err: err}
	}

	want := make(map[string]result, len(pages))
	for _, page := range pages {
		want[page] = run(page)
	}

	const rounds = 4
	var wg sync.WaitGroup
	got := make([][]result, rounds)
	for r := range rounds {
		got[r] = make([]result, len(pages))
		for i, page := range pages {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[r][i] = run(page)
			}()
		}
	}
	wg.Wait()
	for r := range rounds {
		for i, page := range pages {
			w, g := want[page], got[r][i]
			assert.Equal(t, w.err, g.err, page)
			assert.Equal(t, string(w.json), string(g.json), "%s differs when run concurrently", page)
		}
	}
}

// TestArticleOutlivesInputBuffer extracts every saved page in turn, each
// reading into the input buffer the one before it gave back, and checks that an
// Article is the same after the others ran as when it was made: nothing
// in it refers to the reused bytes.
func TestArticleOutlivesInputBuffer(t *testing.T) {
	pages, err := extracttest.Pages("../testdata/html")
	require.NoError(t, err)
	type made struct {
		a    *extract.Article
		json []byte
	}
	var all []made
	for _, page := range pages {
		data, err := os.ReadFile(page)
		require.NoError(t, err)
		a, err := extract.FromHTML(bytes.NewReader(data), extract.Source{URL: "https://pages.declutter.test/" + filepath.Base(page)})
		if err != nil {
			continue
		}
		out, err := extracttest.Marshal(a)
		require.NoError(t, err)
		all = append(all, made{a, out})
	}
	require.NotEmpty(t, all)
	for _, m := range all {
		out, err := extracttest.Marshal(m.a)
		require.NoError(t, err)
		assert.Equal(t, string(m.json), string(out))
	}
}
