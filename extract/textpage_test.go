package extract_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/declutter/declutter/extract"
)

// page joins lines as a browser's innerText does: paragraphs with blank
// lines around them, menu entries one to a line.
func page(parts ...string) string { return strings.Join(parts, "\n") }

var (
	menu = page("Skip to content", "Home", "News", "Politics", "Business", "Sport", "Culture", "Subscribe", "")
	para = []string{
		"The council voted on Tuesday night to close the old river bridge for at least a year of repairs.",
		"Engineers found cracks in two of the five arches during an inspection in the spring, the council said.",
		"Traders on the east bank said the closure would cost them customers, and asked for a free shuttle bus.",
		"The council leader said a temporary footbridge would open before Christmas if the weather allowed it.",
	}
	mostRead = page("", "Most read", "", "Man fined after dog bites postman", "", "Storm warning for the weekend",
		"", "New café opens on the high street", "", "About us", "Contact", "Privacy policy", "© 2025 The Riverside Gazette")
)

func body(a *extract.Article) []string {
	var out []string
	for _, b := range a.Body {
		out = append(out, b.Text)
	}
	return out
}

func removedRules(a *extract.Article) map[string]string {
	m := map[string]string{}
	for _, r := range a.Removed {
		m[r.Text] = r.Rule
	}
	return m
}

func TestWholePageFindsTheArticle(t *testing.T) {
	text := page(menu, "Local news", "",
		"Council to close the old river bridge for a year", "",
		"By Jane Doe", "12 March 2025", "",
		para[0], "", para[1], "", "Traders worried", "", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Council to close the old river bridge for a year", a.Title)
	assert.Equal(t, "Jane Doe", a.Byline)
	assert.Equal(t, 2025, a.Published.Year())
	// The crosshead between paragraphs stays; the menu, the "Most read"
	// list and the footer go.
	assert.Equal(t, []string{para[0], para[1], "Traders worried", para[2], para[3]}, body(a))
	removed := removedRules(a)
	assert.Equal(t, "nav/skip-to-content", removed["Skip to content"])
	for _, l := range []string{"Politics", "Most read", "Storm warning for the weekend", "Privacy policy"} {
		assert.Contains(t, removed, l, "every dropped line is reported")
	}
	for _, r := range a.Removed {
		assert.True(t, strings.HasPrefix(r.Rule, string(r.Kind)+"/"), "removal %q is of kind %q", r.Rule, r.Kind)
	}
	assert.False(t, a.Paywalled)
}

func TestWholePageHeadlineFromTheURLSlug(t *testing.T) {
	// A teaser headline stands closer to the article than the real one;
	// the URL names the real one.
	text := page(menu,
		"Riverside bridge to shut for repairs after cracks found", "",
		"Watch: the bridge in 60 seconds", "",
		para[0], "", para[1], "", para[2], mostRead)
	src := extract.Source{URL: "https://gazette.example/news/riverside-bridge-to-shut-for-repairs-after-cracks-found"}
	a, err := extract.FromText(strings.NewReader(text), src)
	require.NoError(t, err)
	assert.Equal(t, "Riverside bridge to shut for repairs after cracks found", a.Title)
}

func TestWholePageLoneVonThenName(t *testing.T) {
	text := page("Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "",
		"Stadtrat schließt die alte Brücke für ein Jahr", "",
		"Von", "Anna Berger", "", "3. Mai 2024, 17:47", "",
		"Der Stadtrat hat am Dienstagabend beschlossen, die alte Flussbrücke für mindestens ein Jahr zu sperren.", "",
		"Ingenieure hatten im Frühjahr Risse in zwei der fünf Bögen gefunden, teilte die Stadt am Mittwoch mit.", "",
		"Händler am Ostufer fürchten um ihre Kundschaft und fordern einen kostenlosen Pendelbus für die Zeit.", "",
		"Mehr zum Thema", "Brücken im Land: der große Überblick", "Impressum", "Datenschutz")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Stadtrat schließt die alte Brücke für ein Jahr", a.Title)
	assert.Equal(t, "Anna Berger", a.Byline)
	require.Len(t, a.Body, 3)
	assert.True(t, strings.HasPrefix(a.Body[2].Text, "Händler am Ostufer"))
}

func TestWholePagePaywallPromptCutsTheArticle(t *testing.T) {
	text := page("Aller au contenu", "Accueil", "International", "Politique", "Économie", "Culture", "",
		"Le conseil ferme le vieux pont pour un an de travaux", "",
		"Par Marie Dupont", "",
		"Le conseil municipal a voté mardi soir la fermeture du vieux pont pour au moins un an de travaux.", "",
		"Les ingénieurs ont découvert des fissures dans deux des cinq arches lors d'une inspection au printemps.", "",
		"Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.", "",
		"Déjà abonné ? Se connecter", "Offre spéciale", "1 € le premier mois", "",
		"Mentions légales", "Conditions générales", "Nous contacter")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.True(t, a.Paywalled)
	assert.Equal(t, "Le conseil ferme le vieux pont pour un an de travaux", a.Title)
	assert.Equal(t, "Marie Dupont", a.Byline)
	require.Len(t, a.Body, 2)
	assert.NotContains(t, a.Text(), "Il vous reste")
}

func TestWholePageCommentsAreNoPaywall(t *testing.T) {
	text := page(menu, "Council to close the old river bridge for a year", "", "By Jane Doe", "",
		para[0], "", para[1], "", para[2], "", "Comments", "Join the conversation", "Sign in to comment", "",
		"About us", "Contact", "Privacy policy")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.False(t, a.Paywalled)
	assert.Equal(t, para[:3], body(a))
}

func TestWholePageCJKHeadline(t *testing.T) {
	text := page("メインコンテンツへスキップ", "ホーム", "ニュース", "政治", "経済", "国際", "スポーツ", "",
		"市議会、老朽化した川の橋を1年間閉鎖へ　補修工事のため", "",
		"2025年3月12日 21時37分", "",
		"市議会は11日夜、老朽化した川の橋を少なくとも1年間閉鎖し、補修工事を行うことを決めた。春の点検で5つのアーチのうち2つにひびが見つかったという。", "",
		"東岸の商店主らは客足が遠のくと懸念し、無料のシャトルバスの運行を求めている。市長は年内に仮設の歩道橋を設けると述べた。", "",
		"ランキング", "天気", "お問い合わせ")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "市議会、老朽化した川の橋を1年間閉鎖へ　補修工事のため", strings.ReplaceAll(a.Title, " ", "　"))
	require.Len(t, a.Body, 2)
	assert.True(t, strings.HasPrefix(a.Body[0].Text, "市議会は11日夜"))
}

func TestTidyTextIsNotCut(t *testing.T) {
	// Just the article, as syndication gives it: every paragraph stays,
	// short ones included.
	text := page("Council to close the old river bridge for a year", "", "By Jane Doe", "",
		para[0], "", "It will not reopen soon.", "", para[1], "", para[2], "", "Read more:", "", para[3])
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Council to close the old river bridge for a year", a.Title)
	assert.Contains(t, body(a), "It will not reopen soon.")
	assert.Equal(t, para[3], a.Body[len(a.Body)-1].Text)
}

// A whole page's lines outside its article are reported under a name of
// removals.go, of the kind the name starts with.
func TestWholePageNamesItsRemovals(t *testing.T) {
	text := page(menu, "Local news", "",
		"Council to close the old river bridge for a year", "",
		"By Jane Doe", "12 March 2025", "",
		para[0], "", para[1], "", para[2], "", para[3], mostRead, "",
		"Weather today: sunny spells", "", "Tides: high water at 06:12", "", "Ferries: all sailings on time", "", "Parking: the quay car park is full")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para, body(a))
	removed := removedRules(a)
	for _, l := range []string{"Politics", "Weather today: sunny spells", "Parking: the quay car park is full"} {
		assert.Equal(t, extract.RuleOutsideArticle, removed[l], l)
	}
	for _, r := range a.Removed {
		assert.True(t, strings.HasPrefix(r.Rule, string(r.Kind)+"/"), "removal %q is of kind %q", r.Rule, r.Kind)
	}
}

func TestWholePageSlugPicksAShortArticleOverLongerProse(t *testing.T) {
	// The site's "about us" block is longer prose than the short article;
	// the URL's slug names the headline above the article, and a byline
	// stands there too.
	about := []string{
		"The Riverside Gazette has served the towns of the valley since 1881, when a printer from the coast set up a press above the old corn exchange and began to sell a weekly sheet of four pages.",
		"Today our newsroom of twelve reporters and editors covers councils, courts, schools, sport and culture across the valley, and we publish every day on the web and every Thursday in print.",
		"We are owned by a charitable trust, which means that every penny we earn is spent on journalism, and no shareholder or proprietor can tell us what to write about the people we serve.",
		"If you have a story for us, or if we got something wrong, write to the editor at the address below; we read every letter and we publish corrections on this page within a day.",
	}
	text := page(menu,
		"Bridge to close for a year after cracks found", "", "By Jane Doe", "",
		para[0], "", para[1], "",
		"Newsletter", "Sign up", "Our other titles", "The Valley Echo", "The Hill Times", "Jobs", "Property", "Motors", "Dating", "Puzzles",
		"Weather", "Traffic", "Obituaries", "Family notices", "Events", "Competitions", "Advertise with us", "Contact us", "Help", "Archive", "",
		"About the Gazette", "", about[0], "", about[1], "", about[2], "", about[3], "",
		"Privacy policy", "Terms")
	src := extract.Source{URL: "https://gazette.example/news/bridge-to-close-for-a-year-after-cracks-found"}
	a, err := extract.FromText(strings.NewReader(text), src)
	require.NoError(t, err)
	assert.Equal(t, "Bridge to close for a year after cracks found", a.Title)
	assert.Equal(t, para[:2], body(a))

	// Without the URL, the byline just above the article is the evidence.
	a, err = extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:2], body(a))

	// With neither, the longer block wins.
	text = strings.Replace(text, "By Jane Doe", "Read the latest", 1)
	a, err = extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.NotEqual(t, para[:2], body(a))
}

func TestWholePageKoreanByline(t *testing.T) {
	text := page("본문 바로가기", "정치", "경제", "사회", "국제", "",
		"시의회, 낡은 다리 1년간 폐쇄 결정", "",
		"박준석 기자 외 1명", "",
		"시의회는 11일 밤 낡은 강 다리를 최소 1년간 폐쇄하고 보수 공사를 하기로 결정했다고 밝혔다. 봄 점검에서 아치 다섯 개 가운데 두 개에서 균열이 발견됐다.", "",
		"동쪽 강변 상인들은 손님이 줄어들 것을 걱정하며 무료 셔틀버스 운행을 요구했다. 시장은 연내에 임시 보도교를 설치하겠다고 말했다.", "",
		"많이 본 뉴스", "다리 보수 공사 어디까지 왔나", "폭우 예보에 비상", "", "회사소개", "광고안내", "개인정보처리방침", "청소년보호정책")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "시의회, 낡은 다리 1년간 폐쇄 결정", a.Title)
	assert.Equal(t, "박준석 기자 외 1명", a.Byline)
	assert.Len(t, a.Body, 2)
}

func TestWholePageWithoutBlankLines(t *testing.T) {
	// Other renderers, and many copies, set no blank lines between
	// paragraphs: the article is found without that signal.
	text := page(menu, "Local news",
		"Council to close the old river bridge for a year",
		"By Jane Doe", "12 March 2025",
		para[0], para[1], "Traders worried", para[2], para[3], mostRead)
	text = strings.ReplaceAll(text, "\n\n", "\n")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Council to close the old river bridge for a year", a.Title)
	assert.Equal(t, "Jane Doe", a.Byline)
	assert.Equal(t, []string{para[0], para[1], "Traders worried", para[2], para[3]}, body(a))
}

func TestWholePageEveryLineAccountedFor(t *testing.T) {
	text := page(menu, "Local news", "",
		"Council to close the old river bridge for a year", "",
		"By Jane Doe", "12 March 2025", "",
		para[0], "", para[1], "", "Traders worried", "", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	var out []string
	out = append(out, a.Title, "By "+a.Byline, a.Lead)
	out = append(out, body(a)...)
	for _, c := range a.Captions {
		out = append(out, c.Text, c.Credit)
	}
	for _, r := range a.Removed {
		out = append(out, r.Text)
	}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line == "12 March 2025" { // the date is a.Published
			continue
		}
		assert.Contains(t, out, line, "every line is in the article or in Removed")
	}
}

func TestWholePageFooterOfferIsNoPaywall(t *testing.T) {
	// An offer in the footer, far below a complete article, cut nothing.
	text := page(menu, "Council to close the old river bridge for a year", "", "By Jane Doe", "",
		para[0], "", para[1], "", para[2], "", para[3], mostRead,
		"Newsletters", "Podcasts", "Puzzles", "Archive", "Weather", "Jobs",
		"Subscribe to continue reading the Gazette in print and online", "Terms of use")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para, body(a))
	assert.False(t, a.Paywalled)
}

func TestWholePageTruncatedTeasersAreNoArticle(t *testing.T) {
	// Teasers after the article: long prose, but cut short with "…".
	text := page(menu, "Council to close the old river bridge for a year", "", "By Jane Doe", "",
		para[0], "", para[1], "", para[2], "",
		"The mayor said on Monday that the town's budget for roads would be cut by a tenth next year, and that the savings would go to the schools, which…", "",
		"Residents of the east bank have complained for years about the noise of the lorries that cross the bridge at night, and now they say that…", "",
		"About us", "Contact", "Privacy policy")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:3], body(a))
}

// lastPara closes an article of some length.
const lastPara = "A public meeting on the footbridge, the shuttle bus and the detour for lorries will be held at the town hall on the first Monday of next month."

func TestWholePageCrossheadAfterATeaserBox(t *testing.T) {
	// The box's entries stand together; the crosshead after it stands
	// between blank lines over a paragraph.
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", para[1], "",
		"Related stories", "Man fined after dog bites postman", "Storm warning for the weekend", "",
		"Traders worried", "", para[2], "", para[3], "", lastPara, mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, []string{para[0], para[1], "Traders worried", para[2], para[3], lastPara}, body(a))
	require.Len(t, a.Body, 6)
	assert.Equal(t, extract.Heading, a.Body[2].Kind, "a crosshead is a heading")
	assert.Equal(t, extract.Paragraph, a.Body[3].Kind)
	removed := removedRules(a)
	assert.Contains(t, removed, "Storm warning for the weekend")
	assert.NotContains(t, removed, "Traders worried")
}

func TestWholePageTeasersBetweenParagraphs(t *testing.T) {
	// A teaser of a past story, set as paragraphs: a kicker with a date,
	// a headline, a blurb that ends in a link.
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", para[1], "",
		"Analysis 11.04.2024", "", "Bridges Why the old arches crack", "",
		"Engineers have warned for years that the stone arches need more than patching, the report found more", "",
		para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, []string{para[0], para[1], para[2], para[3]}, body(a))
}

func TestWholePageAuthorBioIsNoArticle(t *testing.T) {
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		"By Jane Doe", "", para[0], "", para[1], "", para[2], "", para[3], "",
		"Jane Doe", "", "More articles", "",
		"Reporter on the transport desk since 2019, before that at the county radio.", "",
		"About us", "Contact", "Privacy policy")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:], body(a))
	assert.Contains(t, removedRules(a), "Reporter on the transport desk since 2019, before that at the county radio.")
}

func TestWholePageBioUnderTheNameIsNoArticle(t *testing.T) {
	bio := "Doe covers transport and the county council for the Gazette. She is based in Riverside."
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		"By Jane Doe", "", para[0], "", para[1], "", para[2], "", para[3], "",
		"JANE DOE", bio, "",
		"About us", "Contact", "Privacy policy")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:], body(a))
	assert.Contains(t, removedRules(a), bio)
}

func TestWholePageKeepsTheArticlesOwnList(t *testing.T) {
	// Entries set as paragraphs between paragraphs are the article's; the
	// menu's entries stand together.
	list := []string{"Monday: east footpath closed", "Tuesday: west footpath closed", "Wednesday: lorries diverted via the bypass", "Friday: bus stops moved to Mill Lane"}
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", para[1], "", list[0], "", list[1], "", list[2], "", list[3], "", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, []string{para[0], para[1], list[0], list[1], list[2], list[3], para[2], para[3]}, body(a))
	for _, b := range a.Body {
		assert.Equal(t, extract.Paragraph, b.Kind, "%q", b.Text)
	}
}

func TestWholePageLiveTimeStamps(t *testing.T) {
	text := page(menu, "Local news", "", "Bridge closure: live updates", "",
		"20:42Key event", para[0], "", "20:15Jane Doe", para[1], "", "19:58", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:], body(a))
	assert.Equal(t, extract.RuleDateLine, removedRules(a)["20:15Jane Doe"])
}

func TestWholePageLastParagraphAfterABox(t *testing.T) {
	// One paragraph after a box near the end is the article's own end,
	// however short next to what came before.
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", para[1], "", para[2], "", para[3], "", lastPara, "",
		"Related stories", "Man fined after dog bites postman", "Storm warning for the weekend", "",
		para[0][:60]+" again, the council said.", "",
		"About us", "Contact", "Privacy policy")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[0][:60]+" again, the council said.", a.Body[len(a.Body)-1].Text)
}

func TestWholePageLabelledCreditUnderAParagraphCaption(t *testing.T) {
	// Longer than a caption line on its own is taken to be: the label
	// under it says what it is.
	caption := "Engineers from the county council, second left, and inspectors from the national rail agency look at the cracked second arch of the old river bridge during a visit on Monday, as traders from the east bank watch from the towpath below the bridge."
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", caption, "", "Photo: Jane Doe", "", para[1], "", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, para[:], body(a))
	assert.Equal(t, []extract.Caption{{Text: caption, Credit: "Jane Doe"}}, a.Captions)
}

func TestWholePageKickerRunIntoTheHeadline(t *testing.T) {
	for _, tc := range []struct{ headline, title string }{
		// The kicker's last word and the headline's first run together.
		{"Harbour plansCouncil to close the old river bridge for a year", "Council to close the old river bridge for a year"},
		{"EXCLUSIVECouncil to close the old river bridge for a year", "Council to close the old river bridge for a year"},
		// A name of two capitalised parts that the article uses again is
		// no kicker.
		{"YouTube channel films the old river bridge for a year", "YouTube channel films the old river bridge for a year"},
		// Nor is one that opens with a short part, printed nowhere else.
		{"OnePlus phone films the old river bridge for a year", "OnePlus phone films the old river bridge for a year"},
	} {
		text := page(menu, "Local news", "",
			tc.headline, "",
			"By Jane Doe", "12 March 2025", "",
			para[0], "", "A YouTube channel has filmed the arches every week since the spring.", "", para[1], "", para[2], mostRead)
		a, err := extract.FromText(strings.NewReader(text), extract.Source{})
		require.NoError(t, err)
		assert.Equal(t, tc.title, a.Title, tc.headline)
	}
}

func TestWholePageBylineRunOntoTheHeadline(t *testing.T) {
	text := page(menu, "",
		"Council to close the old river bridge by Jane Doe, on 12 March 2025", "",
		para[0], "", para[1], "", para[2], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Council to close the old river bridge", a.Title)
	assert.Equal(t, "Jane Doe", a.Byline)
	assert.Equal(t, "2025-03-12", a.Published.Format("2006-01-02"))
	// A label in a headline with no date after the names is no byline's.
	text = page(menu, "",
		"Old river bridge closed by Storm Ciara for a year", "", "By Jane Doe", "",
		para[0], "", para[1], "", para[2], mostRead)
	a, err = extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, "Old river bridge closed by Storm Ciara for a year", a.Title)
	assert.Equal(t, "Jane Doe", a.Byline)
}

func TestWholePageStandfirstLittleLongerThanItsHeadline(t *testing.T) {
	// The standfirst under a long headline runs only two words longer;
	// the headline above it is the title, with no URL to tell.
	headline := "Council votes to close the old river bridge for a year of repairs to its arches"
	standfirst := "Engineers found cracks in two of the five arches, and traders on the east bank fear losing customers"
	text := page(menu, "Local news", "",
		headline, standfirst, "",
		"By Jane Doe", "12 March 2025", "",
		para[0], "", para[1], "", para[2], "", para[3], mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, headline, a.Title)
	assert.Equal(t, standfirst, a.Lead)
	assert.Equal(t, "Jane Doe", a.Byline)
}

func TestWholePageRelatedArticleBox(t *testing.T) {
	// A box under "Related Article" (singular) between paragraphs holds
	// one teaser headline, a question; a body paragraph that opens with
	// "Related" is no marker.
	related := "Related articles in the engineering press had warned of cracks in bridges of the same age for a decade."
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		para[0], "", para[1], "",
		"Related Article", "Can the old arches be saved?", "",
		para[2], "", related, "", para[3], "", lastPara, mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, []string{para[0], para[1], para[2], related, para[3], lastPara}, body(a))
	assert.Equal(t, extract.RuleTeaserBox, removedRules(a)["Can the old arches be saved?"])
}

func TestWholePageLastParagraphAfterABoxTheRulesRemoved(t *testing.T) {
	// A box of three teasers, each a kicker over its headline, under a
	// heading the rules know, and then the last paragraph, short beside
	// the article above the box: seven lines, more than a box inside an
	// article is read to hold, but every one removed by the rules, so the
	// paragraph under them is still the article's.
	paras := []string{
		"Der Stadtrat hat am Dienstagabend beschlossen, die alte Flussbrücke für mindestens ein Jahr zu sperren, nachdem Gutachter vor Rissen in zwei der fünf Bögen gewarnt hatten.",
		"Die Risse seien seit der letzten Prüfung im Herbst um ein Drittel gewachsen, sagte die Baudezernentin, und Lastwagen dürften die Brücke schon seit dem Frühjahr nicht mehr befahren.",
		"Händler am Ostufer fürchten, dass ihnen die Kundschaft wegbleibt, und verlangen einen kostenlosen Pendelbus zwischen den beiden Hälften der Stadt, solange die Brücke gesperrt ist.",
		"Die Brücke wurde im Jahr 1889 gebaut und zuletzt vor vierzig Jahren saniert; damals wurden die Fahrbahn erneuert und die Geländer ersetzt, die Bögen aber nur ausgebessert.",
		"Für den Umweg über die Autobahnbrücke im Norden brauchen Pendler nach Schätzungen der Verwaltung in der Hauptverkehrszeit zwanzig Minuten länger als bisher über die Altstadt.",
		"Die Feuerwehr will auf dem Ostufer vorübergehend ein zweites Löschfahrzeug stationieren, damit sie im Notfall nicht auf den Umweg angewiesen ist, wie der Kommandant mitteilte.",
		"Die Kosten der Sanierung schätzt das Bauamt auf gut zwölf Millionen Euro, von denen das Land nach den bisherigen Zusagen etwa die Hälfte übernehmen will.",
		"In der Sitzung stimmten alle Fraktionen für die Sperrung, stritten aber lange darüber, ob die Stadt schon früher hätte handeln müssen, als erste Risse gemeldet wurden.",
		"Anwohner der Altstadt begrüßten dagegen, dass der Durchgangsverkehr für ein Jahr aus ihren engen Gassen verschwindet, und baten darum, die Sperrung danach nicht ganz aufzuheben.",
		"Die Schulen auf dem Ostufer wollen ihre Busse neu planen; Kinder aus der Altstadt sollen an den ersten Tagen von Lotsen über die Behelfswege begleitet werden, kündigte das Schulamt an.",
	}
	last := "Der Oberbürgermeister kündigte an, dass vor Weihnachten eine Behelfsbrücke für Fußgänger öffnen soll, wenn das Wetter es zulässt, und dass die Stadt an Markttagen einen Pendelbus bezahlt. Die Sanierung selbst soll im Frühjahr beginnen, sobald der Fluss wieder weniger Wasser führt und die Taucher die Fundamente der beiden beschädigten Pfeiler untersuchen können."
	text := page("Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "",
		"Lokales", "", "Stadtrat sperrt die alte Flussbrücke für ein Jahr", "",
		paras[0], "", paras[1], "", paras[2], "", paras[3], "", paras[4], "", paras[5], "", paras[6], "", paras[7], "", paras[8], "", paras[9], "",
		"Mehr zum Thema", "HOCHWASSERSCHUTZ", "Warum das Wehr im März brach", "SCHIFFFAHRT",
		"Lastkähne kehren auf den oberen Kanal zurück", "INNENSTADT", "Neues Parkhaus hinter dem Markt", "",
		last, "", "Meistgelesen", "", "Hund beißt Briefträger", "", "Sturmwarnung für das Wochenende", "Impressum", "Kontakt")
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, append(paras, last), body(a))
	removed := removedRules(a)
	assert.Equal(t, "related/more-stories-intl", removed["Warum das Wehr im März brach"])
	assert.Equal(t, "related/more-stories-intl", removed["Neues Parkhaus hinter dem Markt"])
}

func TestWholePageStandfirstAboveTheToolbar(t *testing.T) {
	// The standfirst stands right under the headline, a paragraph of its
	// own; the toolbar, the picture's caption, the time and the byline
	// part it from the body.
	standfirst := "Engineers say two of the five arches of the old river bridge cannot carry lorries through another winter."
	text := page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		standfirst, "", "Save Listen Print", "", "The old river bridge seen from the towpath.", "(Picture: Jane Doe)", "",
		"13:37", "Reading time: 2 min.", "By", "Marta Lind", "",
		para[0], "", para[1], "", para[2], "", para[3], "", lastPara, mostRead)
	a, err := extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, standfirst, a.Lead)
	assert.Equal(t, []string{para[0], para[1], para[2], para[3], lastPara}, body(a))

	// Under the date and author's line, over a long table of details.
	text = page(menu, "Local news", "", "Council to close the old river bridge for a year", "",
		"September 17, 2025 Marta Lind", "", standfirst, "", "Details", "Category: Bridges", "Span: 40 m", "Arches: 5", "Built: 1889", "Material: sandstone",
		"Last repair: 1985", "Owner: the county", "Traffic: 9,000 vehicles a day", "Speed limit: 20 mph", "Weight limit: 7.5 t", "Listed: Grade II", "",
		para[0], "", para[1], "", para[2], "", para[3], "", lastPara, mostRead)
	a, err = extract.FromText(strings.NewReader(text), extract.Source{})
	require.NoError(t, err)
	assert.Equal(t, standfirst, a.Lead)
	assert.Equal(t, []string{para[0], para[1], para[2], para[3], lastPara}, body(a))
}
