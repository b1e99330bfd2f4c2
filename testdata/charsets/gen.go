//go:build ignore

// gen writes the pages under testdata/charsets: the same kind of short
// news page in many encodings, each declared one way or not at all, with a
// NAME.expect file beside it. Pages under http/ are declared only by the
// Content-Type the tests send with them (see extract/charset_test.go).
//
// Run it from the repository root once, after changing it:
//
//	go run testdata/charsets/gen.go
//
// then rewrite the golden files with go test ./extract -update.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// A story is a page's content, in its language.
type story struct {
	lang, title string
	paras       []string
	// with are snippets the body must hold: the characters the encoding is
	// tested for.
	with []string
}

var (
	english = story{"en", "Café owners count the cost of the “summer of roadworks”",
		[]string{
			"Owners of the cafés on Market Street say the roadworks that began in June have cut their takings by a third — and that the council’s offer of €500 in compensation “barely covers a week’s rent”.",
			"“We’ve had builders’ lorries parked outside our door since the first of June,” said Zoë Marchetti, who has run the Piccolo Café for eleven years. “People simply stopped coming.”",
			"The council said the work, which will replace a Victorian water main, was “unavoidable” and should be finished by the end of September, two weeks later than first planned.",
			"Traders will meet council officers on Thursday to discuss whether business rates could be reduced for the months the street was closed to traffic.",
		},
		[]string{"€500", "“barely covers a week’s rent”", "Zoë Marchetti", "cafés on Market Street say the roadworks that began in June have cut their takings by a third — and"}}
	german = story{"de", "Brücke über die Saale bleibt für Lkw gesperrt",
		[]string{
			"Die marode Brücke über die Saale bleibt für Lastwagen über 7,5 Tonnen bis auf Weiteres gesperrt. Das teilte das Straßenbauamt am Dienstag in Halle mit.",
			"Bei einer Prüfung im Frühjahr hatten Gutachter Risse in zwei Pfeilern gefunden. »Die Sicherheit der Verkehrsteilnehmer hat Vorrang«, sagte eine Sprecherin des Amtes.",
			"Für Anwohner und Pendler bedeutet die Sperrung weiterhin Umwege von bis zu zwölf Kilometern. Die Stadt prüft nun, ob eine Behelfsbrücke gebaut werden kann.",
			"Eine Entscheidung über den Neubau soll im Herbst fallen; die Kosten werden auf rund 40 Millionen Euro geschätzt.",
		},
		[]string{"Brücke über die Saale", "Frühjahr", "Straßenbauamt", "zwölf Kilometern"}}
	french = story{"fr", "Le cœur du vieux port rouvre après deux ans de travaux",
		[]string{
			"Après deux ans de travaux, le cœur du vieux port a rouvert samedi aux piétons. Le chantier, estimé à 14 millions d'euros, a finalement coûté 15,2 millions €.",
			"« C'est un soulagement pour les commerçants », a déclaré la maire, qui a coupé le ruban devant une foule nombreuse. Les terrasses des restaurants ont été réinstallées dès l'œuvre achevée.",
			"Les associations de riverains regrettent toutefois la disparition de plusieurs platanes centenaires, abattus au début du chantier.",
			"Une seconde tranche de travaux, consacrée aux quais nord, doit débuter au printemps prochain à L'Haÿ-les-Roses, selon la préfecture.",
		},
		[]string{"le cœur du vieux port", "15,2 millions €", "l'œuvre achevée", "L'Haÿ-les-Roses"}}
	japanese_ = story{"ja", "老朽化した橋、修繕のため通行止めに",
		[]string{
			"市議会は火曜日、老朽化した旧市街の橋を修繕のため通行止めにすることを決めた。春の定期点検で、橋を支える柱二本にひびが見つかったという。",
			"市によると、工事は来年の春まで続く見通しで、住民には下流の仮設橋を利用するよう呼びかけている。",
			"橋の両岸で店を営む商店主らは「客足が遠のくのではないか」と不安を口にし、家賃の補助などの支援を市に求めている。",
			"市は夏の間に管内のほかの三つの橋も点検し、秋に結果を公表する予定だ。",
		},
		[]string{"老朽化した旧市街の橋", "「客足が遠のくのではないか」", "仮設橋"}}
	korean_ = story{"ko", "낡은 다리, 보수 공사로 통행 금지",
		[]string{
			"시의회는 화요일 구시가지의 낡은 다리를 보수 공사를 위해 통행 금지하기로 결정했다. 봄철 정기 점검에서 다리를 받치는 기둥 두 개에 균열이 발견됐다.",
			"시에 따르면 공사는 내년 봄까지 이어질 전망이며, 주민들에게는 하류의 임시 다리를 이용해 달라고 당부했다.",
			"다리 양쪽에서 가게를 운영하는 상인들은 \"손님이 줄어들까 걱정\"이라며 임대료 지원 등을 시에 요청했다.",
			"시는 여름 동안 관내 다른 다리 세 곳도 점검하고 가을에 결과를 발표할 예정이다.",
		},
		[]string{"구시가지의 낡은 다리", "임시 다리", "손님이 줄어들까 걱정"}}
	chinese = story{"zh", "老桥出现裂缝 将封闭维修",
		[]string{
			"市议会周二决定，对老城区一座老旧桥梁实施封闭维修。今年春季例行检查时，工程人员在桥梁的两根支柱上发现了裂缝。",
			"据市政府介绍，维修工程预计持续到明年春天，市民可暂时使用下游的临时便桥通行。",
			"桥两岸的商户担心客流减少，“生意会受到很大影响”，希望政府在租金等方面给予帮助。",
			"市政府表示，将在夏季对辖区内另外三座桥梁进行检查，并于秋季公布结果。",
		},
		[]string{"老城区一座老旧桥梁", "临时便桥", "“生意会受到很大影响”"}}
	// chinese18030 holds 𠮷, which GBK lacks and GB18030 has.
	chinese18030 = story{"zh", "“𠮷野家”老店重新开业",
		[]string{
			"位于老城区的“𠮷野家”老店周六重新开业。这家店经营了三十多年，去年因房屋维修暂停营业。",
			"店主表示，店里保留了原来的招牌和桌椅，菜单上的价格也没有变化，希望老顾客能够回来。",
			"开业当天，店门口排起了长队，不少市民专程赶来品尝熟悉的味道。",
		},
		[]string{"“𠮷野家”老店", "熟悉的味道"}}
	russian = story{"ru", "Старый мост закроют на ремонт",
		[]string{
			"Городской совет во вторник решил закрыть старый мост в историческом центре на ремонт. Весной инженеры обнаружили трещины в двух опорах моста.",
			"По словам представителей мэрии, работы продлятся до следующей весны. Жителям предлагают пользоваться временной переправой ниже по течению.",
			"Владельцы магазинов на обоих берегах опасаются, что \"покупателей станет меньше\", и просят город помочь с арендной платой.",
			"Летом специалисты осмотрят ещё три моста в районе, а результаты опубликуют осенью.",
		},
		[]string{"старый мост в историческом центре", "\"покупателей станет меньше\"", "ещё три моста"}}
	greek = story{"el", "Κλειστή για επισκευές η παλιά γέφυρα",
		[]string{
			"Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα στο ιστορικό κέντρο για επισκευές, αφού βρέθηκαν ρωγμές σε δύο από τις κολόνες της.",
			"Σύμφωνα με τον δήμο, οι εργασίες θα διαρκέσουν έως την επόμενη άνοιξη. Οι κάτοικοι καλούνται να χρησιμοποιούν την προσωρινή διάβαση.",
			"Οι καταστηματάρχες στις δύο όχθες φοβούνται ότι θα χάσουν πελάτες και ζητούν βοήθεια για τα ενοίκια.",
		},
		[]string{"την παλιά γέφυρα", "προσωρινή διάβαση"}}
)

// declaration says how a page names its charset.
type declaration int

const (
	none declaration = iota
	metaCharset
	httpEquiv
)

type page struct {
	name  string
	story story
	enc   encoding.Encoding
	label string // the charset as the page declares it
	decl  declaration
	bom   []byte
	// longHead pads the head past the 1024 bytes a <meta> prescan reads.
	longHead bool
	// notes go into the .expect file as comments.
	notes string
}

func main() {
	utf16LE := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16BE := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	pages := []page{
		{name: "windows-1252-meta", story: english, enc: charmap.Windows1252, label: "windows-1252", decl: metaCharset},
		{name: "iso-8859-1-http-equiv", story: german, enc: charmap.ISO8859_1, label: "iso-8859-1", decl: httpEquiv},
		{name: "iso-8859-15-meta", story: french, enc: charmap.ISO8859_15, label: "iso-8859-15", decl: metaCharset,
			notes: "€ is 0xA4 and œ 0xBD here, not as in windows-1252."},
		{name: "shift_jis-meta", story: japanese_, enc: japanese.ShiftJIS, label: "Shift_JIS", decl: metaCharset},
		{name: "euc-kr-http-equiv", story: korean_, enc: korean.EUCKR, label: "euc-kr", decl: httpEquiv},
		{name: "gbk-meta", story: chinese, enc: simplifiedchinese.GBK, label: "gbk", decl: metaCharset},
		{name: "gb18030-meta", story: chinese18030, enc: simplifiedchinese.GB18030, label: "gb18030", decl: metaCharset,
			notes: "𠮷 (U+20BB7) is four bytes in GB18030 and missing from GBK."},
		{name: "koi8-r-meta", story: russian, enc: charmap.KOI8R, label: "koi8-r", decl: metaCharset},
		{name: "utf-16le-bom", story: greek, enc: utf16LE, bom: []byte{0xff, 0xfe}},
		{name: "utf-16be-bom", story: russian, enc: utf16BE, bom: []byte{0xfe, 0xff}},
		{name: "utf-16le-no-bom", story: english, enc: utf16LE, label: "utf-16", decl: metaCharset,
			notes: "No byte-order mark: recognised by the NUL bytes of its ASCII; its <meta> is unreadable to an ASCII prescan."},
		{name: "utf-16be-no-bom", story: chinese, enc: utf16BE,
			notes: "No byte-order mark and no declaration: recognised by the NUL bytes of its ASCII."},
		{name: "windows-1252-undeclared", story: german, enc: charmap.Windows1252,
			notes: "Undeclared and not UTF-8: read as windows-1252, which is right for Western European pages."},
		{name: "utf-8-undeclared-long-head", story: french, enc: encoding.Nop, longHead: true,
			notes: "Undeclared UTF-8 whose first 1024 bytes are ASCII: read as UTF-8, not windows-1252."},
		{name: "utf-8-declared-latin1", story: german, enc: encoding.Nop, label: "iso-8859-1", decl: metaCharset,
			notes: "Declares ISO-8859-1 but is valid UTF-8 throughout: read as UTF-8."},
	}
	// Declared only by the Content-Type sent with them.
	httpPages := []page{
		{name: "http/shift_jis", story: japanese_, enc: japanese.ShiftJIS},
		{name: "http/euc-kr", story: korean_, enc: korean.EUCKR},
		{name: "http/gb18030", story: chinese18030, enc: simplifiedchinese.GB18030},
		{name: "http/koi8-r", story: russian, enc: charmap.KOI8R},
		{name: "http/iso-8859-15", story: french, enc: charmap.ISO8859_15},
		{name: "http/utf-16le", story: greek, enc: utf16LE},
		{name: "http/koi8-r-meta-says-windows-1252", story: russian, enc: charmap.KOI8R, label: "windows-1252", decl: metaCharset,
			notes: "The Content-Type (koi8-r) wins over the page's wrong <meta>."},
	}
	for _, p := range append(pages, httpPages...) {
		write(p)
	}
	// Plain text has no <meta> and no language. Without a byte-order mark
	// or a Content-Type, only UTF-16 text in a Latin script shows the NUL
	// bytes it is recognised by.
	writeText("http/koi8-r-text", russian, charmap.KOI8R, nil)
	writeText("http/utf-16le-greek-text", greek, utf16LE, nil)
	writeText("utf-16le-text-no-bom", english, utf16LE, nil)
	writeText("utf-16be-text-bom", russian, utf16BE, []byte{0xfe, 0xff})
}

func write(p page) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + p.story.lang + "\">\n<head>\n")
	switch p.decl {
	case metaCharset:
		b.WriteString("<meta charset=\"" + p.label + "\">\n")
	case httpEquiv:
		b.WriteString("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + p.label + "\">\n")
	}
	b.WriteString("<title>" + p.story.title + "</title>\n")
	if p.longHead {
		b.WriteString("<style>\n" + strings.Repeat("  .article-body p { margin: 0 0 1em; line-height: 1.5; }\n", 24) + "</style>\n")
	}
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n<body>\n")
	b.WriteString("<header><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav></header>\n")
	b.WriteString("<article>\n<h1>" + p.story.title + "</h1>\n")
	for _, para := range p.story.paras {
		b.WriteString("<p>" + para + "</p>\n")
	}
	b.WriteString("</article>\n<footer><p>The Local Paper</p></footer>\n</body>\n</html>\n")
	save(p.name+".html", encode(b.String(), p.enc, p.bom))
	// The nav links and the footer go, and say so.
	saveExpect(p.name, p.story, p.notes, "nav=2")
}

func writeText(name string, s story, enc encoding.Encoding, bom []byte) {
	text := s.title + "\n\n" + strings.Join(s.paras, "\n\n") + "\n"
	save(name+".txt", encode(text, enc, bom))
	s.lang = ""
	saveExpect(name, s, "", "none")
}

func encode(s string, enc encoding.Encoding, bom []byte) []byte {
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		log.Fatalf("encoding %q: %v", s[:20], err)
	}
	return append(bytes.Clone(bom), out...)
}

// saveExpect writes the page's NAME.expect; removed is its removed-count.
func saveExpect(name string, s story, notes, removed string) {
	var b strings.Builder
	if notes != "" {
		b.WriteString("# " + notes + "\n")
	}
	b.WriteString("title: " + s.title + "\n")
	if s.lang != "" {
		b.WriteString("language: " + s.lang + "\n")
	}
	b.WriteString(fmt.Sprintf("body-count: %d\n", len(s.paras)))
	b.WriteString(fmt.Sprintf("paragraphs: %d\n", len(s.paras)))
	b.WriteString("captions: 0\n")
	b.WriteString("removed-count: " + removed + "\n")
	b.WriteString("body-first: " + s.paras[0] + "\n")
	b.WriteString("body-last: " + s.paras[len(s.paras)-1] + "\n")
	for _, w := range s.with {
		b.WriteString("with: " + w + "\n")
	}
	b.WriteString("without: \uFFFD\n")
	save(name+".expect", []byte(b.String()))
}

func save(name string, data []byte) {
	path := filepath.Join("testdata", "charsets", name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
