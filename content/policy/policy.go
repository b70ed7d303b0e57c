// Package policy writes the privacy policy (privatlivspolitik) of an
// answer file as Markdown, HTML or the wizard's preview. Every word of it is
// in its templates (templates/da/*.md, one file per section and the policy's
// own terms in terms.md), added to the shared terms of package content.
//
// Every section is a small pure function of the answers. A section with
// nothing to say is left out, and the rest are numbered without gaps. All
// text a user typed is escaped on its way in, so it can never change the
// document's structure.
package policy

import (
	"embed"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates
var templateFS embed.FS

// Policy is a generated privacy policy.
type Policy struct {
	Title     string // plain text, not escaped
	Effective drafts.Date
	Lead      string            // Markdown: effective date and a sentence on what this is
	Sections  []content.Section // the summary first, then the numbered sections
	Errors    int               // errors check finds in the answers, which the caller counts: a draft when above 0
	texts     *content.Texts    // the templates in the policy's voice
	kind      string            // the page's class: the policy's, or kindNotice
}

// kindNotice is the page class of a separate notice.
const kindNotice = "orientering"

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
	{"orienteringer", separateNotices},
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
// always give the same policy. Groups with a notice of their own
// (document.notices) are left out of it (notice.go).
func Generate(a *drafts.Answers) *Policy {
	a = content.WebsiteSubset(a).Answers
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
		sec := content.Section{ID: s.id, Title: fill(a, "title "+s.id, titles), Body: body}
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
	name := content.Clean(a.Controller.Name)
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
		authority = content.Clean(a.Profile().AuthorityShort)
	}
	special, cpr, criminal := specialKinds(a)
	return map[string]any{"Authority": authority, "Profiling": a.Automated.Profiling != "", "Notices": len(a.Document.Notices),
		"Special": special, "CPR": cpr, "Criminal": criminal}
}

// specialKinds reports which kinds of protected data the purposes use:
// special categories (art. 9), CPR numbers (§ 11), criminal records (art.
// 10, § 8), so the section on them is named after what it holds.
func specialKinds(a *drafts.Answers) (special, cpr, criminal bool) {
	for _, p := range a.Purposes {
		for _, id := range p.Data {
			switch content.CategoryKind(a, id) {
			case drafts.KindSpecial:
				special = true
			case drafts.KindCPR:
				cpr = true
			case drafts.KindCriminal:
				criminal = true
			}
		}
	}
	return special, cpr, criminal
}

// SectionIDs lists the ids of every section the generator knows, in order.
func SectionIDs() []string {
	out := make([]string, len(sections))
	for i, s := range sections {
		out[i] = s.id
	}
	return out
}
