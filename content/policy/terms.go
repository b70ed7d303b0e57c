package policy

import (
	"regexp"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

var variablePartRE = regexp.MustCompile(`^(.+?)(?:<[^<>]+>|\*)$`)

// cookieName writes a cookie's name, and whether it is only the start of
// the name. A name whose end varies, written in the answers as a pattern
// ("_ga_*") or as "_ga_<container-id>", must not look like a placeholder
// left unfilled, so the template says the pattern in words.
func cookieName(name string) (string, bool) {
	name = content.Clean(name)
	if m := variablePartRE.FindStringSubmatch(name); m != nil {
		return content.Esc(m[1]), true
	}
	return content.Esc(name), false
}

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
	var data any = content.Period(r.Period)
	if name != "retention" && after == "fiscal_calendar_year_end" {
		data = content.OrdinalYear(a, r.Period)
	}
	s := fill(a, name, data)
	if n := content.Esc(strings.TrimSpace(content.Clean(r.Note))); n != "" {
		s = fill(a, "with note", struct{ Text, Note string }{s, n})
	}
	return s
}

// shortCategoryNames are the categories as the purposes' table names them:
// a built-in category without the examples in brackets that the list of
// data above gives ("kontaktoplysninger", not "kontaktoplysninger (navn,
// e-mail, telefon)"); the business's own categories as it named them.
func shortCategoryNames(a *drafts.Answers, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		name := content.CategoryName(a, id)
		if builtinCategory(id) {
			if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
				name = name[:i]
			}
		}
		out = append(out, name)
	}
	return out
}

func builtinCategory(id string) bool {
	for _, c := range drafts.Categories {
		if c.ID == id {
			return true
		}
	}
	return false
}

func categoryNames(a *drafts.Answers, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, content.CategoryName(a, id))
	}
	return out
}

// purposeName finds a purpose's name by id.
func purposeName(a *drafts.Answers, id string) string {
	for _, p := range a.Purposes {
		if p.ID == id {
			return content.Esc(content.Clean(p.Name))
		}
	}
	return content.Esc(id)
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
