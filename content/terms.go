package content

import (
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// How a document names each term from the answer file. The labels in
// package drafts are short captions for the wizard; the words that read
// well inside a sentence are in templates/da/terms.md, and here is only
// which to choose.

// CategoryName is how a data category reads in the policy.
func CategoryName(a *drafts.Answers, id string) string { return Esc(CategoryText(a, id)) }

// CategoryText is a data category's name as plain text, not escaped.
func CategoryText(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			// A category whose words follow the voice has a term of its own.
			if t, ok := sharedTexts(a).TermOK("category " + id); ok {
				return t
			}
			if id == "company" && a.Controller.CountryCode() != "DK" {
				// A foreign business's customers have other registers'
				// numbers, such as a Swedish organisationsnummer.
				return sharedTexts(a).Term("category company abroad")
			}
			return c.Label
		}
	}
	for _, c := range a.Categories {
		if c.ID == id {
			return LowerFirst(Clean(c.Name))
		}
	}
	return id
}

// CategoryKind is the kind of a data category: ordinary, cpr, special, criminal.
func CategoryKind(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			return c.Kind
		}
	}
	for _, c := range a.Categories {
		if c.ID == id && c.Kind != "" {
			return c.Kind
		}
	}
	return drafts.KindOrdinary
}

// GroupName is how a subject group reads in the policy; id is a built-in
// group or an own group's id.
func GroupName(a *drafts.Answers, id string) string { return Esc(GroupText(a, id)) }

// GroupText is a subject group's name as plain text, not escaped.
func GroupText(a *drafts.Answers, id string) string {
	for _, s := range a.Subjects {
		if s.Key() == id && strings.TrimSpace(s.Name) != "" {
			return LowerFirst(Clean(s.Name))
		}
	}
	if n, ok := sharedTexts(a).TermOK("group " + id); ok {
		return n
	}
	return id
}

// CountryName is a country's Danish name as Markdown, or the code.
func CountryName(code string) string { return Esc(CountryText(code)) }

// CountryText is a country's Danish name as plain text, or the code.
func CountryText(code string) string {
	if c, ok := drafts.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

// InEEA reports whether a country is in the EU/EØS; an unknown code
// counts as inside, as it is a validation error, not a transfer.
func InEEA(code string) bool {
	c, ok := drafts.CountryByCode(code)
	return !ok || c.EEA
}

// OrdinalYear is a period of whole years as the ordinal the Swedish
// bookkeeping rule counts in: "7 år" is the seventh year, in words up to
// ten and as a number with a full stop after that ("12.").
func OrdinalYear(a *drafts.Answers, s string) string {
	p, err := drafts.ParsePeriod(s)
	if err != nil {
		return Esc(s) // validation reports it
	}
	if w, ok := sharedTexts(a).TermOK("ordinal " + strconv.Itoa(p.N)); ok {
		return w
	}
	return strconv.Itoa(p.N) + "."
}
