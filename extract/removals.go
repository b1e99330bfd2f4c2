package extract

// Removal names. Each Removal in Article.Removed names what dropped it:
// one of clean's rules (clean.Default lists the defaults, such as
// "share/comments"), or one of the extractor's own steps below. These are
// every name the extractor gives, kind first as in clean's rules.
const (
	// RuleDateLine: a body block that is only a date, such as "Sat 16 Aug
	// 2025 10.22 BST", or the time stamp of a live page's entry.
	RuleDateLine = "nav/date-line"
	// RuleSectionLabel: a short label, such as "World news", above the
	// headline of a text.
	RuleSectionLabel = "nav/section-label"
	// RuleBylineLine: a byline line in a text's header, once the byline is
	// known.
	RuleBylineLine = "nav/byline-line"
	// RuleFieldLabel: a header field's label alone on its line, such as
	// "Autor" or "Stand" over the byline or date it names.
	RuleFieldLabel = "nav/field-label"
	// RuleBylineRole: an author's role, such as "Political editor", under
	// the byline.
	RuleBylineRole = "nav/byline-role"
	// RuleAggregatorName: the name of a platform that republished the
	// article, such as MSN, in a text's header.
	RuleAggregatorName = "promo/aggregator-name"
	// RuleStrayCredit: a photo credit with no caption to belong to.
	RuleStrayCredit = "credit/standalone"
	// RuleBylineCaption: an author's byline and date under the author's
	// photo, taken for an image caption.
	RuleBylineCaption = "nav/byline-caption"
	// RuleLinkHeading: a heading that is a link, as teasers have.
	RuleLinkHeading = "related/link-heading"
	// RuleLinkList: a list made mostly of links.
	RuleLinkList = "related/link-list"
	// RuleLinkRun: one of a run of short lines made mostly of links.
	RuleLinkRun = "related/link-run"
	// RuleTrailingLinks: link lines and headings after the last paragraph.
	RuleTrailingLinks = "related/trailing-links"
	// RuleTeaserFigure: a figure whose class says it shows another story
	// or a sign-up box, such as "inline-teaser", taken for an image.
	RuleTeaserFigure = "related/teaser-figure"
	// RuleVideoFigure: a figure that plays a video or gives its running
	// time, taken for an image.
	RuleVideoFigure = "promo/video-figure"
	// RuleNoticeCaption: a notice taken for an image caption: a request to
	// turn JavaScript on, a consent to cookies or a privacy policy, an
	// affiliate-link disclaimer, a price comparison beside no picture.
	RuleNoticeCaption = "promo/notice-caption"
	// RuleFileNameCaption: an image's file name printed as its caption.
	RuleFileNameCaption = "nav/file-name-caption"
	// RuleImagelessFigure: a figure with no picture, no caption element
	// and no credit, whose text captions nothing: an author's box, a
	// notice, a card for another story.
	RuleImagelessFigure = "nav/imageless-figure"
	// RuleLinkFigure: a figure whose caption is a link to another page.
	RuleLinkFigure = "related/link-figure"
	// RulePullQuote: a pull quote, a sentence of the story printed again
	// between its paragraphs.
	RulePullQuote = "nav/pull-quote"

	// Readability keeps one container of an HTML page; the blocks it left
	// out are reported under these names when no rule matches them (and
	// under RuleTrailingLinks, RuleLinkHeading, RuleLinkList,
	// RuleOutsideArticle, RuleBylineLine or RuleDateLine when those fit).

	// RulePageLinks: a block of links above the article, such as a skip
	// link, a menu or the account links of the page's header.
	RulePageLinks = "nav/page-links"
	// RuleLinkLine: a line made mostly of links among the article's
	// paragraphs, such as a teaser of another story.
	RuleLinkLine = "related/link-line"
	// RuleNotProse: a block among the article's paragraphs that reads as
	// no prose, such as a label, a button's text or a line with no
	// sentence in it.
	RuleNotProse = "nav/not-prose"
	// RuleSkimNotProse: a run of text, or a heading, of a page over the
	// element budget that the skim dropped as no prose, such as a menu's
	// entry; past the first hundred, one entry counts the rest.
	RuleSkimNotProse = "nav/skim-not-prose"
	// RuleNotInArticleBody: a block read as the body until the page's
	// JSON-LD articleBody showed that the article is elsewhere.
	RuleNotInArticleBody = "nav/not-in-article-body"

	// The text of a whole page, as a browser shows it, holds the article
	// among menus, teasers and footers; these name the lines around it.

	// RuleOutsideArticle: a line of a whole page, or a block of an HTML
	// page, outside its article.
	RuleOutsideArticle = "nav/outside-article"
	// RuleHeaderClutter: a line between a whole page's headline and its
	// body that is no header field, such as a "Share" button.
	RuleHeaderClutter = "nav/header-clutter"
	// RuleMenuLine: a short line of a run of them, such as a menu or a
	// list of topics, inside a whole page's article.
	RuleMenuLine = "nav/menu-line"
	// RuleRepeatedLine: a line the page prints elsewhere too, such as a
	// teaser of a story it links to.
	RuleRepeatedLine = "nav/repeated-line"
	// RuleTeaserBox: a box of teasers inside a whole page's article.
	RuleTeaserBox = "related/teaser-box"
	// RuleReaderComments: a reader's comment on a whole page, one of a list
	// of entries that each carry a name or time and end on the same short
	// line, such as "Reply".
	RuleReaderComments = "share/reader-comments"
)

// The pre-pass on HTML removes whole elements, before the body is read,
// under a name made from the kind of clutter and the evidence:
//
//	KIND/element-TAG   an element that holds clutter: <nav>, <footer>, <aside>…
//	KIND/role-ROLE     an ARIA role: navigation, dialog, complementary…
//	KIND/class-WORD    a word of the element's class or id: share, newsletter…
//
// such as "nav/element-footer", "banner/role-dialog" or "share/class-social".
// The tags, roles and words are those of the Extractor's vocabulary.
const (
	elementPrefix = "element-"
	rolePrefix    = "role-"
	classPrefix   = "class-"
)

// fixedRemovalNames are the names above, for tests and tools.
var fixedRemovalNames = []string{
	RuleDateLine, RuleSectionLabel, RuleBylineLine, RuleFieldLabel, RuleBylineRole, RuleAggregatorName,
	RuleStrayCredit, RuleBylineCaption, RuleLinkHeading, RuleLinkList, RuleLinkRun, RuleTrailingLinks,
	RuleTeaserFigure, RuleVideoFigure, RuleNoticeCaption, RuleImagelessFigure, RuleFileNameCaption, RuleLinkFigure, RulePullQuote,
	RuleOutsideArticle, RuleHeaderClutter, RuleMenuLine, RuleRepeatedLine, RuleTeaserBox, RuleReaderComments,
	RulePageLinks, RuleLinkLine, RuleNotProse, RuleSkimNotProse, RuleNotInArticleBody,
}
