package content

import (
	"fmt"

	"github.com/privatliv/privatliv/drafts"
)

// A policy whose answers have errors is a draft: it may be saved and
// previewed, but it says so at the top of every format, and every answer it
// lacks shows as a visible gap instead of as empty text.

// MarkDraft marks p as a draft when findings hold errors.
func (p *Policy) MarkDraft(findings []Finding) {
	p.Errors, _ = Count(findings)
}

// DraftNotice is the line at the top of a draft, "" for a finished policy.
func (p *Policy) DraftNotice() string {
	if p.Errors == 0 {
		return ""
	}
	n := "1 fejl"
	if p.Errors > 1 {
		n = fmt.Sprintf("%d fejl", p.Errors)
	}
	return "UDKAST – ikke klar til offentliggørelse: " + n + ". Ret dem i guiden, eller se dem med »privatliv check«."
}

// gap is the Markdown for a missing answer, named as the user knows it,
// in bold behind a warning sign so it stands out in every format and in
// the wizard's preview: "⚠ [mangler: e-mail]".
func gap(what string) string {
	return `**⚠ \[mangler: ` + esc(what) + `\]**`
}

// orGap is s, or a gap for what when s is empty.
func orGap(s, what string) string {
	if s == "" {
		return gap(what)
	}
	return s
}

// companyName is the controller's name for the text, or a gap.
func companyName(a *drafts.Answers) string {
	if n := clean(orDefault(a.Controller.Name, "")); n != "" {
		return esc(n)
	}
	return gap("virksomhedens navn")
}
