package content

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// CookiePurpose reports whether p is the purpose of cookies on the
// website: a purpose only for visitors that a cookie or cookie category
// names as the one it serves. Its consent is given in the cookie banner,
// and the browser gives its data.
func CookiePurpose(a *drafts.Answers, p drafts.Purpose) bool {
	if len(p.Subjects) == 0 || slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "visitors" }) {
		return false
	}
	for _, k := range a.Cookies.List {
		if k.PurposeID == p.ID {
			return true
		}
	}
	for _, g := range a.Cookies.Categories {
		if g.PurposeID == p.ID {
			return true
		}
	}
	return false
}

// ConsentPurpose reports whether p rests on consent of any kind: art.
// 6(1)(a), or explicit consent under art. 9(2)(a) or databeskyttelsesloven
// § 8 or § 11 for some of its data.
func ConsentPurpose(a *drafts.Answers, p drafts.Purpose) bool {
	return slices.Contains(p.AllBases(), "6.1.a") || len(ExplicitConsent(a, p)) > 0
}

// ConsentCookieCategories are the cookie categories on the website that
// need consent (all but the strictly necessary), in the order of
// drafts.CookieCategories.
func ConsentCookieCategories(a *drafts.Answers) []string {
	var out []string
	for _, t := range drafts.CookieCategories {
		if t.ID == "necessary" {
			continue
		}
		used := slices.ContainsFunc(a.Cookies.List, func(c drafts.Cookie) bool { return c.Category == t.ID }) ||
			slices.ContainsFunc(a.Cookies.Categories, func(c drafts.CookieGroup) bool { return c.Category == t.ID })
		if used {
			out = append(out, t.ID)
		}
	}
	return out
}

// RetentionText is a purpose's retention as it reads to the person the
// data is about, in the shared terms ("5 år fra udgangen af det
// regnskabsår, oplysningerne vedrører"), with the answers' note: the
// policy's wording, for the texts that stand beside it.
func RetentionText(a *drafts.Answers, p drafts.Purpose) string {
	ts := sharedTexts(a)
	r := p.Retention
	after := r.After
	if after == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		after = "volunteering_end"
	}
	name := "retention " + after
	if after == "" || !ts.Has(name) {
		name = "retention"
	}
	var data any = Period(r.Period)
	if name != "retention" && after == "fiscal_calendar_year_end" {
		data = OrdinalYear(a, r.Period)
	}
	s := ts.Exec(name, data)
	if n := Esc(strings.TrimSpace(Clean(r.Note))); n != "" {
		s = ts.Exec("with note", struct{ Text, Note string }{s, n})
	}
	return s
}
