// Package content is privatliv's Danish text: the templates that hold
// every word of the policy (templates/*.md, with the terms in terms.md), and
// the generator that turns an answer file into a privacy policy
// (privatlivspolitik) as Markdown or HTML.
//
// Every section is a small pure function of the answers. A section with
// nothing to say is left out, and the rest are numbered without gaps. All
// text a user typed is escaped on its way in, so it can never change the
// document's structure.
package content

import (
	"embed"
	"fmt"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates/*.md
var templateFS embed.FS

// Section is one part of the policy.
type Section struct {
	ID     string // anchor in HTML, stable across versions: "rettigheder"
	Title  string // heading without its number
	Number int    // 1, 2, 3 … ; 0 for the unnumbered summary
	Body   string // Markdown, without the heading
}

// Heading is the section's heading text with its number.
func (s Section) Heading() string {
	if s.Number == 0 {
		return s.Title
	}
	return fmt.Sprintf("%d. %s", s.Number, s.Title)
}

// Policy is a generated privacy policy.
type Policy struct {
	Title     string // plain text, not escaped
	Effective drafts.Date
	Lead      string    // Markdown: effective date and a sentence on what this is
	Sections  []Section // the summary first, then the numbered sections
	Errors    int       // errors in the answers: a draft when above 0 (MarkDraft)
	class     string    // the HTML article's class; "privatlivspolitik" when empty
	texts     *textSet  // the templates in the policy's voice
}

// section is a generator for one part of the policy: it returns the body,
// or "" when the section does not apply to these answers. Its title is the
// template "title <id>".
type section struct {
	id   string
	body func(*drafts.Answers) string
}

// sections is the policy's outline, in order.
var sections = []section{
	{"kort-fortalt", summary},
	{"ansvarlig", controller},
	{"databehandler", processor},
	{"oplysninger", dataCategories},
	{"formaal", purposes},
	{"interesser", interests},
	{"saerlige", specialData},
	{"kilder", sources},
	{"krav", requirements},
	{"modtagere", recipients},
	{"overfoersel", transfers},
	{"cookies", cookies},
	{"sikkerhed", security},
	{"automatiske-afgoerelser", automated},
	{"boern", children},
	{"rettigheder", rights},
	{"samtykke", consent},
	{"klage", complaint},
	{"aendringer", changes},
}

// Generate builds the policy for a. It is deterministic: the same answers
// always give the same policy.
func Generate(a *drafts.Answers) *Policy {
	p := &Policy{
		Title:     policyTitle(a),
		Effective: a.Document.Effective,
		Lead:      lead(a),
		texts:     textsFor(a),
	}
	titles := titleData(a)
	n := 0
	for _, s := range sections {
		body := strings.TrimSpace(s.body(a))
		if body == "" {
			continue
		}
		sec := Section{ID: s.id, Title: fill(a, "title "+s.id, titles), Body: body}
		if s.id != "kort-fortalt" {
			n++
			sec.Number = n
		}
		p.Sections = append(p.Sections, sec)
	}
	return p
}

// policyTitle is the document's title as plain text, with a plain gap for
// a missing name.
func policyTitle(a *drafts.Answers) string {
	name := clean(a.Controller.Name)
	if strings.TrimSpace(name) == "" {
		name = fill(a, "gap plain", term(a, "missing name"))
	}
	return fill(a, "policy title", name)
}

// titleData is what the section titles depend on: the authority is named
// in the heading when it is a country's own, known one (one given by hand
// is "tilsynsmyndigheden"), and profiling only once it is answered.
func titleData(a *drafts.Answers) map[string]any {
	authority := ""
	if _, ok := drafts.ProfileFor(a.Controller.CountryCode()); ok && a.Authority == nil {
		authority = clean(a.Profile().AuthorityShort)
	}
	return map[string]any{"Authority": authority, "Profiling": a.Automated.Profiling != ""}
}

// SectionIDs lists the ids of every section the generator knows, in order.
func SectionIDs() []string {
	out := make([]string, len(sections))
	for i, s := range sections {
		out[i] = s.id
	}
	return out
}

// squeezeBlankLines keeps template output tidy: no runs of blank lines, no
// trailing spaces.
func squeezeBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// orDefault is s, or def when s holds nothing printable: a name of only
// control characters must not leave "****" behind, which Markdown reads as a
// thematic break.
func orDefault(s, def string) string {
	if strings.TrimSpace(clean(s)) == "" {
		return def
	}
	return s
}
