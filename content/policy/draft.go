package policy

import (
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// A policy whose answers have errors is a draft: it may be saved and
// previewed, but it says so at the top of every format, and every answer it
// lacks shows as a visible gap instead of as empty text.

// DraftNotice is the line at the top of a draft, "" for a finished policy.
func (p *Policy) DraftNotice() string {
	if p.Errors == 0 {
		return ""
	}
	ts := p.texts
	if ts == nil {
		ts = textSets[content.We]()
	}
	return ts.Exec("draft notice", p.Errors)
}

// gap is the Markdown for a missing answer, named as the user knows it
// (the term "missing <what>"), in bold behind a warning sign so it stands
// out in every format and in the wizard's preview: "⚠ [mangler: e-mail]".
func gap(a *drafts.Answers, what string) string {
	return fill(a, "gap", content.Esc(term(a, "missing", what)))
}

// orGap is s, or a gap for what when s is empty.
func orGap(a *drafts.Answers, s, what string) string {
	if s == "" {
		return gap(a, what)
	}
	return s
}

// companyName is the controller's name for the text, or a gap.
func companyName(a *drafts.Answers) string {
	if n := content.Clean(content.OrDefault(a.Controller.Name, "")); n != "" {
		return content.Esc(n)
	}
	return gap(a, "name")
}
