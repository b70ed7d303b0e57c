package content

import (
	"slices"
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// How the policy names each term from the answer file. The labels in
// package drafts are short captions for the wizard; the words that read
// well inside the policy's sentences are in templates/terms.md, and here is
// only which to choose.

// retentionFor is a purpose's retention period as the policy writes it,
// to fit a table cell: "5 år fra udgangen af det regnskabsår,
// oplysningerne vedrører". A purpose only for volunteers counts from when
// they stop; »hverv« is the board's word.
func retentionFor(a *drafts.Answers, p drafts.Purpose) string {
	r := p.Retention
	after := r.After
	if after == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		after = "volunteering_end"
	}
	name := "retention " + after
	if after == "" || !has(a, name) {
		// No start point was given: the policy does not invent one, and
		// check asks for it.
		name = "retention"
	}
	var data any = period(r.Period)
	if name != "retention" && after == "fiscal_calendar_year_end" {
		data = ordinalYear(a, r.Period)
	}
	s := fill(a, name, data)
	if n := esc(strings.TrimSpace(clean(r.Note))); n != "" {
		s = fill(a, "with note", struct{ Text, Note string }{s, n})
	}
	return s
}

// categoryName is how a data category reads in the policy.
func categoryName(a *drafts.Answers, id string) string { return esc(categoryText(a, id)) }

// categoryText is a data category's name as plain text, not escaped.
func categoryText(a *drafts.Answers, id string) string {
	for _, c := range drafts.Categories {
		if c.ID == id {
			if id == "company" && a.Controller.CountryCode() != "DK" {
				// A foreign business's customers have other registers'
				// numbers, such as a Swedish organisationsnummer.
				return term(a, "category company abroad")
			}
			return c.Label
		}
	}
	for _, c := range a.Categories {
		if c.ID == id {
			return lowerFirst(clean(c.Name))
		}
	}
	return id
}

// categoryKind is the kind of a data category: ordinary, cpr, special, criminal.
func categoryKind(a *drafts.Answers, id string) string {
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

func categoryNames(a *drafts.Answers, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, categoryName(a, id))
	}
	return out
}

// groupName is how a subject group reads in the policy; id is a built-in
// group or an own group's id.
func groupName(a *drafts.Answers, id string) string { return esc(groupText(a, id)) }

// groupText is a subject group's name as plain text, not escaped.
func groupText(a *drafts.Answers, id string) string {
	for _, s := range a.Subjects {
		if s.Key() == id && strings.TrimSpace(s.Name) != "" {
			return lowerFirst(clean(s.Name))
		}
	}
	if n, ok := termOK(a, "group", id); ok {
		return n
	}
	return id
}

func countryName(code string) string { return esc(countryText(code)) }

// countryText is a country's Danish name as plain text, or the code.
func countryText(code string) string {
	if c, ok := drafts.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

func inEEA(code string) bool {
	c, ok := drafts.CountryByCode(code)
	return !ok || c.EEA // an unknown code is a validation error, not a transfer
}

// purposeName finds a purpose's name by id.
func purposeName(a *drafts.Answers, id string) string {
	for _, p := range a.Purposes {
		if p.ID == id {
			return esc(clean(p.Name))
		}
	}
	return esc(id)
}

// usesBasis reports whether any purpose uses basis for any group.
func usesBasis(a *drafts.Answers, basis string) bool {
	for _, p := range a.Purposes {
		if slices.Contains(p.AllBases(), basis) {
			return true
		}
	}
	return false
}

// ordinalYear is a period of whole years as the ordinal the Swedish
// bookkeeping rule counts in: "7 år" is the seventh year, in words up to
// ten and as a number with a full stop after that ("12.").
func ordinalYear(a *drafts.Answers, s string) string {
	p, err := drafts.ParsePeriod(s)
	if err != nil {
		return esc(s) // validation reports it
	}
	if w, ok := termOK(a, "ordinal", strconv.Itoa(p.N)); ok {
		return w
	}
	return strconv.Itoa(p.N) + "."
}
