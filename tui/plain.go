package tui

import (
	"regexp"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// The wizard speaks the user's language: "legitim interesse", not "litra
// f"; articles stay available on a second line for consultants.

// articleRE matches a reference in brackets: "(art. 6, stk. 1, litra f)",
// "(databeskyttelseslovens § 11)".
var articleRE = regexp.MustCompile(`\s*\((?:art\.|artikel|databeskyttelses|§|litra)[^)]*\)`)

// plain is s without references to articles, with a lower-case start when
// it is a label ("Legitim interesse (art. 6 …)" -> "legitim interesse").
func plain(s string) string {
	s = strings.TrimSpace(articleRE.ReplaceAllString(s, ""))
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'a' && r[1] <= 'z' || len(r) > 1 && strings.ContainsRune("æøå", r[1]) {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}

// plainSentence is s without references to articles, as a sentence, with
// a standard data category quoted by its id (a value problem's "order")
// named as the questions name it (»ordrer …«).
func plainSentence(s string) string {
	s = quotedIDRE.ReplaceAllStringFunc(s, func(q string) string {
		id := strings.Trim(q, `"`)
		for _, c := range drafts.Categories {
			if c.ID == id {
				return "»" + c.Label + "«"
			}
		}
		return q
	})
	return strings.TrimSpace(articleRE.ReplaceAllString(s, ""))
}

// quotedIDRE matches an id in double quotes.
var quotedIDRE = regexp.MustCompile(`"[a-z][a-z0-9_]*"`)
