// Package content is what every document privatliv writes shares: the
// Danish vocabulary for what an answer file holds (groups of people, data,
// legal bases, exceptions, periods, countries), the voice a document speaks
// in (vi or jeg), escaping of the user's text, the Danish text helpers
// (joining with og/samt/eller, dates, quotes), and the page layout and
// stylesheet every HTML document uses.
//
// Each document or tool over the answers is a package below this one:
// policy (the privacy policy), record (the art. 30 record), check (the
// findings) and diff (the change log). They import content and drafts, and
// never each other. Their words are in templates by language: the shared
// terms in templates/da/terms.md here, and each document's own in its
// package's templates/da/; a document's template set is a copy of the
// shared terms with its own templates added (NewTexts).
//
// All text a user typed is escaped on its way in (Esc), so it can never
// change a document's structure.
package content
