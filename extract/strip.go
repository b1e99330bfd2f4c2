package extract

import "bytes"

// Pages saved whole ("Save page as… complete", SingleFile) carry their
// images, fonts and style sheets inline, and script bundles are most of
// many a news page: none of it is text, and it may be nearly all of the
// bytes. A stripper drops it while the input is read, before the size cap
// applies, so that the cap and the memory an extraction needs follow the
// page's markup and text, not its payload. It drops:
//
//   - the bodies of <script> elements, except JSON-LD, which the metadata
//     reads (the elements stay, empty);
//   - the bodies of <style> elements;
//   - inline <svg> drawings, tags and all;
//   - the payload of data: URIs in attribute values, wherever they sit (src,
//     srcset, a style attribute's url(…)); the "data:image/png;base64,"
//     head stays, so an image is still an image;
//   - all but the first byte of each run of white space in text outside
//     <pre>, and a line break if the run holds one (see text).
//
// <noscript>, <textarea>, <title> and the other raw-text elements are kept
// as they are. The stripper follows the HTML tokenizer's states closely
// enough to tell tags, attribute values, comments and raw text apart in one
// pass, byte by byte, whatever the chunks the input arrives in. It works on
// any ASCII-compatible encoding; UTF-16 input is not stripped.
//
// It is hand-written, not built on golang.org/x/net/html's Tokenizer, for
// two measured reasons (strip_tokenizer_test.go keeps the Tokenizer
// version to measure again). The Tokenizer holds each token whole in its
// buffer, so a 32 MB inline font costs it a peak heap of over 200 MB,
// against 0.02 MB here (TestStripMemory): on exactly the pages the
// stripper is for, memory would follow the payload. And on go-readability's
// test pages it is three to four times slower and allocates three times the
// bytes (BenchmarkStrip): it reads byte by byte where this stripper jumps
// to the next '<' or quote.

// stripState is where the stripper is in the markup.
type stripState uint8

const (
	stText        stripState = iota
	stLT                     // after '<'
	stTagName                // a start tag's name
	stEndTagOpen             // after "</"
	stEndTagName             // an end tag's name
	stBeforeAttr             // inside a tag, before an attribute name
	stAttrName               // an attribute's name
	stAfterAttr              // after an attribute's name
	stBeforeValue            // after '='
	stValueDQ                // a double-quoted value
	stValueSQ                // a single-quoted value
	stValueBare              // an unquoted value
	stMarkupOpen             // after "<!"
	stComment                // inside <!-- -->
	stBogus                  // a doctype, a processing instruction: up to '>'
	stCDATA                  // a CDATA section inside <svg>
	stRaw                    // the contents of <style>, <textarea>…
	stScript                 // the contents of <script>
	stPlaintext              // everything after <plaintext>
)

// Limits on what the stripper remembers of a tag.
const (
	stripNameMax = 10  // "plaintext" and "noframes" fit
	stripTypeMax = 64  // a script's type attribute
	dataHeadMax  = 200 // "data:" up to its comma
)

// rawTextElements are those whose contents the tokenizer reads as text up
// to their end tag.
var rawTextElements = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true,
}

// A stripper filters HTML as it arrives: write appends the bytes to keep to
// out. Writes may overlap out's free space (see readStripped): out never
// grows faster than the input is consumed.
type stripper struct {
	out   []byte
	state stripState
	svg   int // depth inside <svg>: while above 0, nothing is kept
	tagAt int // where the current tag starts in out

	svgTag bool // reading an outermost <svg> start tag
	svgEnd bool // reading the outermost drawing's end tag

	// The current tag.
	name     [stripNameMax]byte
	nameLen  int // -1 once the name is longer than fits
	endTag   bool
	lastByte byte // the tag's last byte before '>', for self-closing tags

	// The current attribute.
	attr     [4]byte
	attrLen  int
	typeAttr [stripTypeMax]byte
	typeLen  int
	inType   bool

	// data: URIs in attribute values.
	dataMatch int  // bytes of "data:" matched
	dataHead  int  // > 0: inside the head up to the comma, its length so far
	dataSkip  bool // inside the payload
	valPrev   byte // the previous byte of the value, 0 at its start

	// Raw text.
	rawEnd   []byte // "</script" and the like
	rawMatch int    // bytes of rawEnd matched
	rawKeep  bool

	// Scripts.
	sd      scriptState
	sdMatch int // bytes of "script" matched

	// White space in text.
	space spaceRun
	pre   int // depth inside <pre> and <listing>, whose white space is kept

	// Comments and CDATA.
	markup    [7]byte
	mkLen     int
	recent    [3]byte // the last bytes of a CDATA section
	dashes    int     // a comment's dashes in a row
	beginning bool    // nothing but dashes in the comment yet
	bang      bool    // "--!" just read
}

func newStripper(out []byte) *stripper {
	return &stripper{out: out}
}

// put keeps b unless it is inside an <svg>.
func (s *stripper) put(b byte) {
	if s.svg == 0 {
		s.out = append(s.out, b)
	}
}

func (s *stripper) putAll(p []byte) {
	if s.svg == 0 {
		s.out = append(s.out, p...)
	}
}

// write filters p.
func (s *stripper) write(p []byte) {
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch s.state {
		case stText:
			j := bytes.IndexByte(p[i:], '<')
			if j < 0 {
				s.text(p[i:])
				return
			}
			s.text(p[i : i+j])
			i += j
			s.state, s.space = stLT, spaceNone
		case stLT:
			s.afterLT(c)
		case stTagName, stEndTagName:
			if isTagSpace(c) || c == '/' || c == '>' {
				s.nameDone()
				s.inTag(c)
				continue
			}
			s.put(c)
			s.addName(c)
		case stEndTagOpen:
			switch {
			case isLetter(c):
				s.put(c)
				s.startName(true)
				s.addName(c)
				s.state = stEndTagName
			case c == '>':
				s.put(c) // "</>" is nothing
				s.state = stText
			default:
				s.put(c)
				s.state = stBogus
			}
		case stBeforeAttr, stAttrName, stAfterAttr, stBeforeValue:
			i += s.attrs(p[i:]) - 1
		case stValueDQ, stValueSQ, stValueBare:
			i += s.value(p[i:]) - 1
		case stMarkupOpen:
			s.markupOpen(c)
		case stComment:
			s.put(c)
			s.comment(c)
		case stBogus:
			j := bytes.IndexByte(p[i:], '>')
			if j < 0 {
				s.putAll(p[i:])
				return
			}
			s.putAll(p[i : i+j+1])
			i += j
			s.state = stText
		case stCDATA:
			s.put(c)
			if c == '>' && s.recent[1] == ']' && s.recent[2] == ']' {
				s.state = stText
			}
			s.recent = [3]byte{s.recent[1], s.recent[2], c}
		case stRaw:
			i += s.raw(p[i:]) - 1
		case stScript:
			i += s.script(p[i:]) - 1
		case stPlaintext:
			s.putAll(p[i:])
			return
		}
	}
}

// spaceRun is where the stripper is in a run of white space in text.
type spaceRun uint8

const (
	spaceNone    spaceRun = iota
	spaceFirst            // the run's first byte, not a line break, was kept
	spaceNewline          // a line break of the run was kept
)

// text keeps text outside tags, each run of white space shortened to its
// first byte and, when a line break follows in the run, one line break:
// the tree builder, readability and the block writer all read a run as
// one space, and a line break as a line break, and nothing counts them;
// on indented markup they are a tenth of the page. Inside <pre> white
// space is kept as it is.
func (s *stripper) text(p []byte) {
	if s.pre > 0 {
		s.putAll(p)
		return
	}
	from, space := 0, s.space
	for i, c := range p {
		if c > ' ' || !isTagSpace(c) { // most bytes: one comparison
			space = spaceNone
			continue
		}
		newline := c == '\n' || c == '\r' // the tree builder reads a lone CR as LF
		switch {
		case space == spaceNone && newline:
			space = spaceNewline
			continue
		case space == spaceNone:
			space = spaceFirst
			continue
		case space == spaceFirst && newline:
			space = spaceNewline
			continue
		}
		s.putAll(p[from:i])
		from = i + 1
	}
	s.putAll(p[from:])
	s.space = space
}

// afterLT reads the byte after '<'.
func (s *stripper) afterLT(c byte) {
	switch {
	case isLetter(c):
		s.tagAt = len(s.out)
		s.put('<')
		s.put(c)
		s.startName(false)
		s.addName(c)
		s.state = stTagName
	case c == '/':
		s.put('<')
		s.put(c)
		s.state = stEndTagOpen
	case c == '!':
		s.put('<')
		s.put(c)
		s.mkLen = 0
		s.state = stMarkupOpen
	case c == '?':
		s.put('<')
		s.put(c)
		s.state = stBogus
	default:
		s.put('<')
		s.state = stText
		s.write([]byte{c})
	}
}

func (s *stripper) startName(end bool) {
	s.nameLen, s.endTag, s.typeLen, s.lastByte = 0, end, 0, 0
}

func (s *stripper) addName(c byte) {
	if s.nameLen < 0 {
		return
	}
	if s.nameLen == len(s.name) {
		s.nameLen = -1
		return
	}
	s.name[s.nameLen] = lower(c)
	s.nameLen++
}

func (s *stripper) tagName() []byte {
	return s.name[:max(s.nameLen, 0)]
}

// nameDone runs when a tag's name is complete. A drawing is dropped with
// its own tags: what was written of its start tag is taken back here, and
// the rest of its end tag is dropped up to tagDone.
func (s *stripper) nameDone() {
	s.state = stBeforeAttr
	name := s.tagName()
	if s.svg == 0 {
		if !s.endTag && string(name) == "svg" {
			s.out = s.out[:s.tagAt]
			s.svg, s.svgTag = 1, true
		}
		return
	}
	switch {
	case s.endTag && string(name) == "svg":
		if s.svg--; s.svg == 0 {
			s.svg, s.svgEnd = 1, true
		}
	case breaksOutOfSVG[string(name)]:
		// An HTML tag inside an unclosed drawing ends it, as the tree
		// builder ends foreign content: the page goes on from here.
		s.svg = 0
		s.out = append(s.out, '<')
		if s.endTag {
			s.out = append(s.out, '/')
		}
		s.out = append(s.out, name...)
	}
}

// breaksOutOfSVG are the HTML tags that end foreign content when they
// start (the HTML standard's list, less <font>) or, for those that cannot
// be SVG elements, when they end.
var breaksOutOfSVG = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true, "center": true, "code": true,
	"dd": true, "div": true, "dl": true, "dt": true, "em": true, "embed": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "head": true, "hr": true, "i": true, "img": true,
	"li": true, "listing": true, "menu": true, "meta": true, "nobr": true, "ol": true, "p": true,
	"pre": true, "ruby": true, "s": true, "small": true, "span": true, "strong": true, "strike": true,
	"sub": true, "sup": true, "table": true, "tt": true, "u": true, "ul": true, "var": true,
	"section": true, "article": true, "header": true, "footer": true, "nav": true, "main": true,
	"aside": true, "figure": true, "td": true, "tr": true, "button": true, "form": true, "label": true,
}

// inTag reads a byte between a tag's name and its '>'.
func (s *stripper) inTag(c byte) {
	if c == '>' {
		s.put(c)
		s.tagDone()
		return
	}
	if s.state == stBeforeValue && !isTagSpace(c) {
		s.startValue()
		switch c {
		case '"':
			s.state = stValueDQ
		case '\'':
			s.state = stValueSQ
		default:
			s.state = stValueBare
			s.value([]byte{c})
			return
		}
	}
	s.put(c)
	s.attrByte(c)
}

// attrs reads the bytes of a tag around its attribute names from the start
// of p, up to a value or the tag's end, and returns how many it consumed.
func (s *stripper) attrs(p []byte) int {
	for i, c := range p {
		if c == '>' || s.state == stBeforeValue && !isTagSpace(c) {
			s.putAll(p[:i])
			s.inTag(c)
			return i + 1
		}
		s.attrByte(c)
	}
	s.putAll(p)
	return len(p)
}

// attrByte moves the tag's state on by c, a byte kept that neither ends
// the tag nor starts a value.
func (s *stripper) attrByte(c byte) {
	s.lastByte = c
	switch s.state {
	case stBeforeAttr:
		if isTagSpace(c) || c == '/' {
			return
		}
		s.startAttr(c)
	case stAttrName:
		switch {
		case c == '=':
			s.state = stBeforeValue
		case isTagSpace(c):
			s.state = stAfterAttr
		case c == '/':
			s.state = stBeforeAttr
		default:
			s.addAttr(c)
		}
	case stAfterAttr:
		switch {
		case c == '=':
			s.state = stBeforeValue
		case isTagSpace(c):
		case c == '/':
			s.state = stBeforeAttr
		default:
			s.startAttr(c)
		}
	}
}

func (s *stripper) startAttr(c byte) {
	s.state = stAttrName
	s.attrLen = 0
	s.addAttr(c)
}

func (s *stripper) addAttr(c byte) {
	if s.attrLen < len(s.attr) {
		s.attr[s.attrLen] = lower(c)
	}
	s.attrLen++
}

func (s *stripper) startValue() {
	s.inType = !s.endTag && s.attrLen == 4 && string(s.attr[:]) == "type"
	s.dataMatch, s.dataHead, s.dataSkip, s.valPrev = 0, 0, false, 0
}

// value reads an attribute value from the start of p and returns how many
// bytes it consumed: up to the value's end, or all of p.
func (s *stripper) value(p []byte) int {
	skipped := 0
	if s.state != stValueBare && !s.dataSkip && s.dataHead == 0 && s.dataMatch == 0 && !s.inType {
		// Fast path: the value up to its first "data:" that can start a
		// URI is kept as it is.
		quote := byte('"')
		if s.state == stValueSQ {
			quote = '\''
		}
		seg, j := p, bytes.IndexByte(p, quote)
		if j >= 0 {
			seg = p[:j]
		}
		cut := dataURIAt(seg, s.valPrev)
		if cut == len(seg) && j < 0 {
			cut = max(len(seg)-len("data"), 0) // a "data" the next chunk may end with ':'
		}
		seg = seg[:cut]
		if len(seg) > 0 {
			s.putAll(seg)
			s.valPrev, s.lastByte = seg[len(seg)-1], seg[len(seg)-1]
			skipped = len(seg)
			p = p[skipped:]
		}
	}
	for i, c := range p {
		end := false
		switch s.state {
		case stValueDQ:
			end = c == '"'
		case stValueSQ:
			end = c == '\''
		default:
			end = isTagSpace(c) || c == '>'
		}
		if end {
			s.dataSkip, s.dataHead = false, 0
			if c == '>' {
				s.put(c)
				s.tagDone()
			} else {
				s.put(c)
				s.lastByte = c
				s.state = stBeforeAttr
			}
			return skipped + i + 1
		}
		if s.dataSkip {
			if !isDataEnd(c) {
				continue // the payload
			}
			s.dataSkip = false
		}
		s.put(c)
		s.lastByte = c
		if s.inType && s.typeLen < len(s.typeAttr) {
			s.typeAttr[s.typeLen] = c
			s.typeLen++
		}
		switch {
		case s.dataHead > 0:
			s.dataHead++
			if c == ',' {
				s.dataHead, s.dataSkip = 0, true
			} else if s.dataHead > dataHeadMax {
				s.dataHead = 0 // not a data: URI after all
			}
		case s.dataMatch > 0 && lower(c) == "data:"[s.dataMatch]:
			if s.dataMatch++; s.dataMatch == len("data:") {
				s.dataMatch, s.dataHead = 0, 1
			}
		case lower(c) == 'd' && isDataStart(s.valPrev):
			s.dataMatch = 1
		default:
			s.dataMatch = 0
		}
		s.valPrev = c
	}
	return skipped + len(p)
}

// dataURIAt returns where the first "data:" in a value's bytes that can
// start a URI begins, or len(seg). prev is the byte before seg, 0 at the
// value's start.
func dataURIAt(seg []byte, prev byte) int {
	for from := 0; ; {
		k := bytes.IndexByte(seg[from:], ':')
		if k < 0 {
			return len(seg)
		}
		at := from + k - len("data")
		if at >= 0 && lower(seg[at]) == 'd' && lower(seg[at+1]) == 'a' && lower(seg[at+2]) == 't' && lower(seg[at+3]) == 'a' {
			before := prev
			if at > 0 {
				before = seg[at-1]
			}
			if isDataStart(before) {
				return at
			}
		}
		from += k + 1
	}
}

// isDataStart reports a byte after which "data:" starts a URI: the start
// of the value, a space, or the punctuation around URIs in srcset and CSS.
func isDataStart(prev byte) bool {
	switch prev {
	case 0, ' ', '\t', '\n', '\r', '\f', '(', '\'', '"', ',', ';':
		return true
	}
	return false
}

// isDataEnd reports a byte that ends a data: URI's payload: base64 and
// percent-encoding use none of these.
func isDataEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\'', '"', ')', '&':
		return true
	}
	return false
}

// tagDone runs after a tag's '>': it decides what follows.
func (s *stripper) tagDone() {
	s.state = stText
	if s.svgEnd {
		s.svg, s.svgEnd = 0, false
		return
	}
	name := s.tagName()
	if s.svg == 0 && (string(name) == "pre" || string(name) == "listing") {
		if s.endTag {
			s.pre = max(s.pre-1, 0)
		} else {
			s.pre++
		}
	}
	if s.endTag {
		return
	}
	selfClosing := s.lastByte == '/'
	if s.svgTag {
		s.svgTag = false
		if selfClosing {
			s.svg = 0
		}
		return
	}
	if s.svg > 0 {
		// Foreign content: no raw text, only nested drawings.
		if string(name) == "svg" && !selfClosing {
			s.svg++
		}
		return
	}
	switch {
	case string(name) == "plaintext":
		s.state = stPlaintext
	case rawTextElements[string(name)]:
		s.state = stRaw
		s.rawEnd = append(append(s.rawEnd[:0], "</"...), name...)
		s.rawMatch = 0
		s.rawKeep = string(name) != "style" && (string(name) != "script" || s.isJSONLD())
		if string(name) == "script" {
			s.state, s.sd = stScript, sdData
		}
	}
}

// isJSONLD reports a script start tag whose type is JSON-LD.
func (s *stripper) isJSONLD() bool {
	t := bytes.TrimSpace(s.typeAttr[:s.typeLen])
	return bytes.EqualFold(t, []byte("application/ld+json"))
}

// raw reads raw text from the start of p, up to its end tag, and returns
// how many bytes it consumed.
func (s *stripper) raw(p []byte) int {
	for i := 0; i < len(p); i++ {
		if s.rawMatch == 0 {
			j := bytes.IndexByte(p[i:], '<')
			if j < 0 {
				if s.rawKeep {
					s.putAll(p[i:])
				}
				return len(p)
			}
			if s.rawKeep {
				s.putAll(p[i : i+j])
			}
			i += j
		}
		c := p[i]
		if s.rawMatch == len(s.rawEnd) {
			if isTagSpace(c) || c == '/' || c == '>' {
				if !s.rawKeep {
					s.putAll(s.rawEnd)
				}
				s.startName(true)
				for _, b := range s.rawEnd[2:] {
					s.addName(b)
				}
				s.state = stBeforeAttr
				s.inTag(c)
				return i + 1
			}
			s.rawMatch = 0
		}
		switch {
		case lower(c) == s.rawEnd[s.rawMatch]:
			s.rawMatch++
		case c == '<':
			s.rawMatch = 1
		default:
			s.rawMatch = 0
		}
		if s.rawKeep {
			s.put(c)
		}
	}
	return len(p)
}

// markupOpen reads the bytes after "<!": a comment, a CDATA section inside
// <svg>, or anything else up to '>'.
func (s *stripper) markupOpen(c byte) {
	s.put(c)
	s.markup[s.mkLen] = c
	s.mkLen++
	want := "--"
	if s.svg > 0 && s.markup[0] == '[' {
		want = "[CDATA["
	}
	if c != want[s.mkLen-1] {
		s.state = stBogus
		if c == '>' {
			s.state = stText
		}
		return
	}
	if s.mkLen == len(want) {
		s.recent, s.dashes, s.beginning, s.bang = [3]byte{}, 0, true, false
		s.state = stComment
		if want != "--" {
			s.state = stCDATA
		}
	}
}

// comment reads a byte of a comment as the tokenizer does: "-->" or
// "--!>" ends it, and so do "<!-->" and "<!--->".
func (s *stripper) comment(c byte) {
	switch {
	case c == '-':
		if s.bang {
			s.bang, s.dashes, s.beginning = false, 1, false
			return
		}
		s.dashes++
		return
	case c == '>' && (s.bang || s.dashes >= 2 || s.beginning):
		s.state = stText
		return
	case c == '!' && s.dashes >= 2 && !s.bang:
		s.bang = true
		return
	}
	s.dashes, s.beginning, s.bang = 0, false, false
}

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// scriptState follows the tokenizer through a script's contents, whose
// "<!--" escapes can hide a "</script>" (see golang.org/x/net/html's
// readScript, whose states these are).
type scriptState uint8

const (
	sdData scriptState = iota
	sdLT
	sdEndOpen
	sdEscStart
	sdEscStartDash
	sdEsc
	sdEscDash
	sdEscDashDash
	sdEscLT
	sdEscEndOpen
	sdDblStart
	sdDbl
	sdDblDash
	sdDblDashDash
	sdDblLT
	sdDblEnd
)

// script reads a script's contents from the start of p, up to its end tag,
// and returns how many bytes it consumed.
func (s *stripper) script(p []byte) int {
	for i := 0; i < len(p); i++ {
		if s.sd == sdData {
			j := bytes.IndexByte(p[i:], '<')
			if j < 0 {
				if s.rawKeep {
					s.putAll(p[i:])
				}
				return len(p)
			}
			if s.rawKeep {
				s.putAll(p[i : i+j+1])
			}
			i += j
			s.sd = sdLT
			continue
		}
		c := p[i]
		if s.scriptByte(c) {
			if !s.rawKeep {
				s.putAll(s.rawEnd)
			}
			s.startName(true)
			s.nameLen = copy(s.name[:], "script")
			s.state = stBeforeAttr
			s.inTag(c)
			return i + 1
		}
		if s.rawKeep {
			s.put(c)
		}
	}
	return len(p)
}

// scriptByte moves the script state on by c, and reports the byte that
// ends the script's end tag name.
func (s *stripper) scriptByte(c byte) bool {
	for {
		switch s.sd {
		case sdLT:
			switch c {
			case '/':
				s.sd, s.sdMatch = sdEndOpen, 0
			case '!':
				s.sd = sdEscStart
			default:
				s.sd = sdData
				continue
			}
		case sdEndOpen, sdEscEndOpen, sdDblEnd:
			if s.sdMatch < len("script") && lower(c) == "script"[s.sdMatch] {
				s.sdMatch++
				return false
			}
			if s.sdMatch == len("script") && (isTagSpace(c) || c == '/' || c == '>') {
				if s.sd == sdDblEnd {
					s.sd = sdEsc
					return false
				}
				return true
			}
			switch s.sd { // not the end tag: read c where "</" was read
			case sdEndOpen:
				s.sd = sdData
			case sdEscEndOpen:
				s.sd = sdEsc
			default:
				s.sd = sdDbl
			}
			continue
		case sdEscStart, sdEscStartDash:
			if c != '-' {
				s.sd = sdData
				continue
			}
			s.sd++
			if s.sd == sdEsc {
				s.sd = sdEscDashDash
			}
		case sdEsc, sdEscDash, sdEscDashDash:
			switch {
			case c == '-':
				s.sd = min(s.sd+1, sdEscDashDash)
			case c == '<':
				s.sd = sdEscLT
			case c == '>' && s.sd == sdEscDashDash:
				s.sd = sdData
			default:
				s.sd = sdEsc
			}
		case sdEscLT:
			switch {
			case c == '/':
				s.sd, s.sdMatch = sdEscEndOpen, 0
			case isLetter(c):
				s.sd, s.sdMatch = sdDblStart, 0
				continue
			default:
				s.sd = sdData
				continue
			}
		case sdDblStart:
			if s.sdMatch < len("script") && lower(c) == "script"[s.sdMatch] {
				s.sdMatch++
				return false
			}
			if s.sdMatch == len("script") && (isTagSpace(c) || c == '/' || c == '>') {
				s.sd = sdDbl
				return false
			}
			s.sd = sdEsc
			continue
		case sdDbl, sdDblDash, sdDblDashDash:
			switch {
			case c == '-':
				s.sd = min(s.sd+1, sdDblDashDash)
			case c == '<':
				s.sd = sdDblLT
			case c == '>' && s.sd == sdDblDashDash:
				s.sd = sdData
			default:
				s.sd = sdDbl
			}
		case sdDblLT:
			if c == '/' {
				s.sd, s.sdMatch = sdDblEnd, 0
				return false
			}
			s.sd = sdDbl
			continue
		}
		return false
	}
}
