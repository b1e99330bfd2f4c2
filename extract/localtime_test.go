package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// localTimePage is a whole page's text whose date line prints a clock time
// without a zone.
const localTimePage = `Skip to main content
Harbour Gazette
Subscribe
News
Sport
Business
Ferry terminal at Port Carrow to close for six weeks of repairs

The harbour board says the work on the worn ramp cannot wait until winter

By Jane Doe
12 May 2026, 17:42
Share

The ferry terminal at Port Carrow will close for six weeks from Monday while engineers replace the worn ramp, the harbour board said on Tuesday.

Passengers will be taken by bus to the north quay, where a temporary pontoon has been built for the crossings to the islands.

The board said the ramp had been patched twice since the spring and could not be trusted through another season of storms.

Local businesses have asked for the work to be done in stages so that the terminal's cafe and shops can stay open.

Most read
Council to close old river bridge
© 2026 Harbour Gazette
`

func TestWithLocalTime(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	src := extract.Source{URL: "https://www.gazette.example/news/ferry-terminal-port-carrow-close"}

	// Without the option the page's domain says nothing: the date alone.
	a, err := extract.FromText(strings.NewReader(localTimePage), src)
	require.NoError(t, err)
	assert.Equal(t, "2026-05-12T00:00:00Z", a.Published.Format(time.RFC3339))

	e, err := extract.New(extract.WithLocalTime(berlin, "gazette.example"))
	require.NoError(t, err)
	a, err = e.FromText(strings.NewReader(localTimePage), src)
	require.NoError(t, err)
	assert.Equal(t, "2026-05-12T17:42:00+02:00", a.Published.Format(time.RFC3339), "summer time in Berlin")

	// A host that only ends in the same letters is another site.
	a, err = e.FromText(strings.NewReader(localTimePage), extract.Source{URL: "https://othergazette.example/news/ferry-terminal-port-carrow-close"})
	require.NoError(t, err)
	assert.Equal(t, "2026-05-12T00:00:00Z", a.Published.Format(time.RFC3339))

	// The option comes before the zone of the country domain.
	e, err = extract.New(extract.WithLocalTime(time.FixedZone("", -4*3600), "rheinblick.de"))
	require.NoError(t, err)
	a, err = e.FromText(strings.NewReader(localTimePage), extract.Source{URL: "https://www.rheinblick.de/news/ferry-terminal-port-carrow-close"})
	require.NoError(t, err)
	assert.Equal(t, "2026-05-12T17:42:00-04:00", a.Published.Format(time.RFC3339))
}

func TestWithLocalTimeErrors(t *testing.T) {
	for _, opt := range []extract.Option{
		extract.WithLocalTime(nil, "gazette.example"),
		extract.WithLocalTime(time.UTC),
		extract.WithLocalTime(time.UTC, "https://gazette.example/"),
		extract.WithLocalTime(time.UTC, " . "),
	} {
		_, err := extract.New(opt)
		assert.ErrorContains(t, err, "WithLocalTime")
	}
}
