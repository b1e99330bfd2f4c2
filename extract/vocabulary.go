package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/declutter/declutter/clean"
)

// A vocabulary holds the words the extractor knows page furniture by: the
// class and id words and ARIA roles of clutter, the names of publishers and
// of aggregators, caption labels and time-zone abbreviations. The defaults
// are data, in vocabulary/*.txt. An Extractor's vocabulary is built in New
// and never changed after, so Extractors may share one.
type vocabulary struct {
	classWords    map[string]clean.Kind
	classIndex    *classIndex // of classWords, built once they are read or edited
	roles         map[string]clean.Kind
	publishers    map[string]bool // normalised names
	aggregators   map[string]bool // normalised names
	captionLabels []string        // each with the space that follows it
	zones         map[string][]zoneReading
	seasons       map[string]season // zones printed without their season: "ET"
	localZones    map[string]season // by country domain: the zone of clock times printed without one
	localTimes    []localTimeSite   // from WithLocalTime, tried before localZones
	bylines       bylineWords
	bylineLabels  bylineLabels
}

// bylineWords are the words of printed bylines, from vocabulary/bylines.txt.
type bylineWords struct {
	dateWords  map[string]bool // left where a date was cut off
	contacts   []string        // contact links' words
	skip       []string        // class words of what is not the names
	furniture  []string        // class and id words of page furniture
	comments   []string        // class and id words of readers' comments
	joiners    []string        // words and marks between two names
	notNames   map[string]bool // words no byline holds
	dataLabels map[string]bool // twitter:labelN values naming the author
	degrees    map[string]bool // academic degrees after a name, lower case without full stops
	weekdays   map[string]bool // day names left before a cut date, lower case

	// Compiled from the lists above by compile.
	contact *regexp.Regexp // a contact word after a name
	joiner  *regexp.Regexp // a joiner between spaces
}

// add adds one line of bylines.txt.
func (b *bylineWords) add(fields []string) error {
	if len(fields) < 2 {
		return fmt.Errorf("want LIST WORD..., got %q", strings.Join(fields, " "))
	}
	word := strings.ToLower(strings.Join(fields[1:], " "))
	switch fields[0] {
	case "dateword":
		if b.dateWords == nil {
			b.dateWords = map[string]bool{}
		}
		b.dateWords[word] = true
	case "contact":
		b.contacts = append(b.contacts, word)
	case "skip":
		b.skip = append(b.skip, word)
	case "furniture":
		b.furniture = append(b.furniture, word)
	case "comment":
		b.comments = append(b.comments, word)
	case "joiner":
		b.joiners = append(b.joiners, word)
	case "datalabel":
		if b.dataLabels == nil {
			b.dataLabels = map[string]bool{}
		}
		b.dataLabels[word] = true
	case "weekday":
		if b.weekdays == nil {
			b.weekdays = map[string]bool{}
		}
		b.weekdays[word] = true
	case "degree":
		if b.degrees == nil {
			b.degrees = map[string]bool{}
		}
		b.degrees[strings.ReplaceAll(word, ".", "")] = true
	case "notname":
		if b.notNames == nil {
			b.notNames = map[string]bool{}
		}
		b.notNames[word] = true
	default:
		return fmt.Errorf("unknown list %q: want dateword, weekday, contact, skip, furniture, comment, joiner, notname, datalabel or degree", fields[0])
	}
	return nil
}

// compile builds the expressions the lists stand for.
func (b *bylineWords) compile() {
	b.contact = regexp.MustCompile(`(?i)\s+(?:` + alternatives(b.contacts, `\s+`) + `)\b`)
	// Joiners as written and, of two letters or more, in capitals ("JANE
	// DOE AND JOHN ROE"); a capital "E" or "I" is an initial.
	joiners := slices.Clone(b.joiners)
	for _, j := range b.joiners {
		if up := strings.ToUpper(j); up != j && utf8.RuneCountInString(j) >= 2 {
			joiners = append(joiners, up)
		}
	}
	b.joiner = regexp.MustCompile(`\s+(?:` + alternatives(joiners, `\s+`) + `)\s+`)
}

// alternatives joins phrases into a regular expression's alternatives,
// longest first so that "autorin" is tried before "autor", each quoted,
// with space between words matched by space.
func alternatives(phrases []string, space string) string {
	sorted := slices.Clone(phrases)
	slices.SortStableFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	quoted := make([]string, len(sorted))
	for i, p := range sorted {
		words := strings.Fields(p)
		for j, w := range words {
			words[j] = regexp.QuoteMeta(w)
		}
		quoted[i] = strings.Join(words, space)
	}
	if len(quoted) == 0 {
		return `[^\s\S]` // matches nothing
	}
	return strings.Join(quoted, "|")
}

// A zoneReading is one meaning of a time-zone abbreviation.
type zoneReading struct {
	offset int      // seconds east of UTC
	where  []string // country domains (".in") and languages ("hi") it is read for; none: the default
}

//go:embed vocabulary/*.txt
var vocabularyFiles embed.FS

// defaultVocabulary is read from the embedded files on first use.
var defaultVocabulary = sync.OnceValue(func() *vocabulary {
	v, err := readVocabulary(vocabularyFiles)
	if err != nil {
		panic(err) // the embedded files are tested; this cannot happen
	}
	return v
})

// readVocabulary reads the vocabulary files of fsys.
func readVocabulary(fsys fs.FS) (*vocabulary, error) {
	v := &vocabulary{
		classWords:  map[string]clean.Kind{},
		roles:       map[string]clean.Kind{},
		publishers:  map[string]bool{},
		aggregators: map[string]bool{},
		zones:       map[string][]zoneReading{},
		seasons:     map[string]season{},
		localZones:  map[string]season{},
	}
	err := eachLine(fsys, "vocabulary/classwords.txt", func(fields []string) error {
		return addKindWords(v.classWords, fields)
	})
	v.classIndex = newClassIndex(v.classWords)
	if err == nil {
		err = eachLine(fsys, "vocabulary/roles.txt", func(fields []string) error {
			return addKindWords(v.roles, fields)
		})
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/publishers.txt", func(fields []string) error {
			return addName(v.publishers, strings.Join(fields, " "), true)
		})
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/aggregators.txt", func(fields []string) error {
			return addName(v.aggregators, strings.Join(fields, " "), true)
		})
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/captionlabels.txt", func(fields []string) error {
			return v.addCaptionLabel(strings.Join(fields, " "), true)
		})
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/bylines.txt", v.bylines.add)
		v.bylines.compile()
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/bylinelabels.txt", v.bylineLabels.add)
		v.bylineLabels.compile()
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/timezones.txt", func(fields []string) error {
			if len(fields) < 2 {
				return fmt.Errorf("want ABBR OFFSET [WHERE...], got %q", strings.Join(fields, " "))
			}
			if strings.Contains(fields[1], "/") {
				if len(fields) != 3 {
					return fmt.Errorf("want ABBR STD/DST RULE, got %q", strings.Join(fields, " "))
				}
				z, err := v.parseSeason(fields[1], fields[2])
				v.seasons[fields[0]] = z
				return err
			}
			offset, err := parseOffset(fields[1])
			if err != nil {
				return err
			}
			return v.addZone(fields[0], offset, fields[2:])
		})
	}
	if err == nil {
		err = eachLine(fsys, "vocabulary/localzones.txt", func(fields []string) error {
			zone, rule, domains := fields[0], "", fields[1:]
			if strings.Contains(zone, "/") && len(fields) > 1 {
				rule, domains = fields[1], fields[2:]
			}
			z, err := v.parseSeason(zone, rule)
			if err != nil {
				return err
			}
			if len(domains) == 0 {
				return fmt.Errorf("want ZONE [RULE] DOMAIN..., got %q", strings.Join(fields, " "))
			}
			for _, d := range domains {
				if !strings.HasPrefix(d, ".") {
					return fmt.Errorf("domain %q: want a country domain such as .de", d)
				}
				v.localZones[strings.ToLower(d)] = z
			}
			return nil
		})
	}
	return v, err
}

// parseSeason reads a zone as the vocabulary files write it: an
// abbreviation, or STD/DST with the RULE that switches them. Each
// abbreviation must have a reading.
func (v *vocabulary) parseSeason(zone, rule string) (season, error) {
	std, dst, _ := strings.Cut(zone, "/")
	z := season{std: std, dst: dst, rule: rule}
	if (dst == "") != (rule == "") || rule != "" && rule != "us" && rule != "eu" {
		return z, fmt.Errorf("zone %q: want ABBR, or STD/DST and a rule, us or eu", strings.TrimSpace(zone+" "+rule))
	}
	for _, abbr := range []string{std, dst} {
		if abbr != "" && len(v.zones[abbr]) == 0 {
			return z, fmt.Errorf("zone %q: no reading of %s", zone, abbr)
		}
	}
	return z, nil
}

// eachLine calls f with the fields of each line of the named file that is
// neither blank nor a comment.
func eachLine(fsys fs.FS, name string, f func([]string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if err := f(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func addKindWords(into map[string]clean.Kind, fields []string) error {
	kind := clean.Kind(fields[0])
	if !kind.Valid() || len(fields) < 2 {
		return fmt.Errorf("want KIND WORD..., got %q", strings.Join(fields, " "))
	}
	for _, w := range fields[1:] {
		into[strings.ToLower(w)] = kind
	}
	return nil
}

// addName adds a publisher's or aggregator's name to a set of normalised
// names. A name without a letter or digit is an error, since it would
// match lines of punctuation, and so, when unique is set (in a vocabulary
// file), is one the set holds already.
func addName(into map[string]bool, name string, unique bool) error {
	key := clean.Normalize(name)
	switch {
	case !strings.ContainsFunc(key, isAlnum):
		return fmt.Errorf("name %q: want letters or digits", name)
	case unique && into[key]:
		return fmt.Errorf("duplicate name %q", name)
	}
	into[key] = true
	return nil
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// addCaptionLabel adds a label printed before a caption, such as "Image
// caption,". A blank label is an error, and so, when unique is set (in a
// vocabulary file), is one v has already.
func (v *vocabulary) addCaptionLabel(label string, unique bool) error {
	label = strings.Join(strings.Fields(label), " ")
	if label == "" {
		return fmt.Errorf("caption label %q: want a word or mark", label)
	}
	label += " "
	if slices.Contains(v.captionLabels, label) {
		if unique {
			return fmt.Errorf("duplicate caption label %q", strings.TrimSpace(label))
		}
		return nil
	}
	v.captionLabels = append(v.captionLabels, label)
	return nil
}

// isPublisher reports a known publisher's name.
func (v *vocabulary) isPublisher(s string) bool { return v.publishers[clean.Normalize(s)] }

// isAggregator reports the name of a platform that republishes articles,
// such as MSN or Flipboard: shown on the page, but not the article's site.
func (v *vocabulary) isAggregator(s string) bool { return v.aggregators[clean.Normalize(s)] }

// captionLabel strips a label such as the BBC's "Image caption, " off the
// front of s and reports whether it had one.
func (v *vocabulary) captionLabel(s string) (string, bool) {
	for _, label := range v.captionLabels {
		if rest, ok := strings.CutPrefix(s, label); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

func (v *vocabulary) hasCaptionLabel(s string) bool {
	_, ok := v.captionLabel(s)
	return ok
}

// parseOffset reads an offset from UTC written "+05:30" or "-06:00".
func parseOffset(s string) (int, error) {
	t, err := time.Parse("-07:00", s)
	if err != nil {
		return 0, fmt.Errorf("offset %q: want a sign, hours and minutes, such as +05:30", s)
	}
	_, offset := t.Zone()
	return offset, nil
}

func (v *vocabulary) addZone(abbr string, offset int, where []string) error {
	if abbr == "" || strings.ToUpper(abbr) != abbr {
		return fmt.Errorf("time-zone abbreviation %q: want capitals, such as IST", abbr)
	}
	for i, w := range where {
		where[i] = strings.ToLower(w)
	}
	v.zones[abbr] = append(v.zones[abbr], zoneReading{offset: offset, where: where})
	return nil
}

// clone returns a copy of v that shares nothing with it.
func (v *vocabulary) clone() *vocabulary {
	c := &vocabulary{
		classWords:    maps.Clone(v.classWords),
		roles:         maps.Clone(v.roles),
		publishers:    maps.Clone(v.publishers),
		aggregators:   maps.Clone(v.aggregators),
		captionLabels: slices.Clone(v.captionLabels),
		zones:         make(map[string][]zoneReading, len(v.zones)),
		seasons:       maps.Clone(v.seasons),
		localZones:    maps.Clone(v.localZones),
		localTimes:    slices.Clone(v.localTimes),
		bylines:       v.bylines, // never changed after New
		bylineLabels:  v.bylineLabels,
	}
	for k, rs := range v.zones {
		c.zones[k] = slices.Clone(rs)
	}
	return c
}

// addZoneFirst adds a reading of abbr before the ones v has.
func (v *vocabulary) addZoneFirst(abbr string, offset int, where []string) error {
	old := v.zones[abbr]
	delete(v.zones, abbr)
	if err := v.addZone(abbr, offset, slices.Clone(where)); err != nil {
		v.zones[abbr] = old
		return err
	}
	v.zones[abbr] = append(v.zones[abbr], old...)
	return nil
}

// inZone returns t, read with a time-zone abbreviation, at the same clock
// time in the zone the abbreviation names on a page from host in language
// lang: the first reading whose country domain or language fits the page,
// else the default reading. With neither, an ambiguous abbreviation is not
// guessed and t is returned as it is. A time whose zone has no
// abbreviation the vocabulary knows, such as one read with a numeric
// offset, is returned as it is.
func (v *vocabulary) inZone(t time.Time, host, lang string) time.Time {
	name, offset := t.Zone()
	readings := v.zones[name]
	if len(readings) == 0 {
		return t
	}
	host, lang = strings.ToLower(host), strings.ToLower(lang)
	chosen, found := 0, false
	for _, r := range readings {
		if slices.ContainsFunc(r.where, func(w string) bool { return pageIs(w, host, lang) }) {
			chosen, found = r.offset, true
			break
		}
	}
	if !found {
		i := slices.IndexFunc(readings, func(r zoneReading) bool { return len(r.where) == 0 })
		if i < 0 {
			return t
		}
		chosen = readings[i].offset
	}
	if chosen == offset {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, chosen))
}

// pageIs reports whether a page from host in language lang is one of
// where's: a country domain (".in") the host ends in, or a language ("hi",
// "en-in") the page's language is or refines.
func pageIs(where, host, lang string) bool {
	if strings.HasPrefix(where, ".") {
		return host != "" && strings.HasSuffix(host, where)
	}
	return lang != "" && (lang == where || strings.HasPrefix(lang, where+"-"))
}
