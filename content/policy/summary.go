package policy

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Facts about the answers that several sections and check rules need.

// summaryFacts gathers what "Kort fortalt" tells the reader: in one line
// what the data is used for (the purposes by name), the sensitive data and
// CPR numbers and whose they are, ads and profiling, automated decisions,
// transfers outside the EU/EEA, data from others, the processor role,
// consent cookies, the contact and the authority to complain to.
func summaryFacts(a *drafts.Answers) map[string]any {
	var purposes []string
	for _, p := range a.Purposes {
		purposes = append(purposes, content.Quoted(p.Name))
	}
	sensitive := sensitiveByGroup(a)
	var abroad []string
	countries := map[string]bool{}
	remote := false // support staff outside the EU/EEA reach data kept inside it
	for _, v := range content.OwnVendors(a) {
		if c := content.CountryName(v.Country); !content.InEEA(v.Country) && !countries[c] {
			abroad = append(abroad, c)
			countries[c] = true
		}
		remote = remote || (content.Known(v.RemoteAccess) && content.InEEA(v.Country))
	}
	// With several groups of people, each source says whom its data is
	// about: "mine klienter" alone reads as data about the reader. Sources
	// about the same groups share them: "dine referencer og Rigspolitiet,
	// som udsteder børneattesten, om jobansøgere". The CVR register holds
	// company data: it is about the employer, not the contact person.
	several := len(a.Subjects) > 1
	type sourceGroup struct{ names []string }
	var order []string
	byGroups := map[string]*sourceGroup{}
	for _, s := range a.Sources {
		var groups []string
		for _, g := range s.Subjects {
			if several {
				groups = append(groups, content.GroupName(a, g))
			}
		}
		about := content.AndList(a, groups)
		if companyRegister(s) && about != "" {
			about = term(a, "summary employer")
		}
		if byGroups[about] == nil {
			byGroups[about] = &sourceGroup{}
			order = append(order, about)
		}
		byGroups[about].names = append(byGroups[about].names, content.Esc(content.PronounLower(content.Clean(s.Name))))
	}
	var sources []string
	for _, about := range order {
		names := content.AndList(a, byGroups[about].names)
		// "Rigspolitiet, som udsteder børneattesten, om jobansøgere": the
		// comma closes the name's relative clause.
		sources = append(sources, fill(a, "summary source", map[string]any{"Name": names, "Groups": about, "Clause": content.HasRelativeClause(names)}))
	}
	// Disclosures of sensitive data or CPR numbers, such as a clinic's to
	// the region and the GP, matter to the reader; routine ones do not.
	var disclosed []string
	for _, d := range a.Disclosures {
		if purposesHoldSensitive(a, d.Purposes) {
			disclosed = append(disclosed, content.Esc(content.PronounLower(content.Clean(d.Recipient))))
		}
	}
	var ads []string
	for _, n := range content.AdVendors(a) {
		ads = append(ads, content.Esc(content.Clean(n)))
	}
	consentCookies := false
	for _, c := range a.Cookies.List {
		consentCookies = consentCookies || c.Category != "necessary"
	}
	for _, c := range a.Cookies.Categories {
		consentCookies = consentCookies || c.Category != "necessary"
	}
	return map[string]any{
		"Purposes":       purposes,
		"Sensitive":      sensitive,
		"SpecialSection": specialData(a) != "",
		"SpecialTitle":   fill(a, "title saerlige", titleData(a)),
		"Ads":            content.AndList(a, ads),
		"Marketing":      content.MarketingCookies(a),
		"Profiling":      a.Automated.Profiling,
		"Automated":      a.Automated.Used,
		"Abroad":         content.AndList(a, abroad),
		"Remote":         remote,
		"Sources":        content.AndList(a, sources),
		"Disclosed":      content.AndList(a, disclosed),
		"Processor":      a.Processor.Acts,
		"ConsentCookies": consentCookies,
		"Email":          contactEmail(a),
		"Authority":      authorityShort(a),
		"Home":           homeAuthority(a),
	}
}

// purposesHoldSensitive reports whether any of the purposes with these ids
// processes special categories, CPR numbers or criminal records.
func purposesHoldSensitive(a *drafts.Answers, ids []string) bool {
	for _, p := range a.Purposes {
		for _, id := range ids {
			if p.ID != id {
				continue
			}
			for _, d := range p.Data {
				if content.CategoryKind(a, d) != drafts.KindOrdinary {
					return true
				}
			}
		}
	}
	return false
}

// sensitiveUse is sensitive data the business processes about some groups
// of people: "Om medarbejdere behandler vi helbredsoplysninger og
// CPR-numre".
type sensitiveUse struct {
	Groups, Data string
	Clause       bool // the groups end in a relative clause, closed by a comma
}

// sensitiveByGroup says whose the sensitive data, criminal records and CPR
// numbers are: the kinds of data by the groups of people they are about,
// groups with the same kinds together, in the answers' order. A summary
// that names health data without saying it is only about employees would
// tell every customer it holds theirs.
func sensitiveByGroup(a *drafts.Answers) []sensitiveUse {
	type entry struct {
		data   []string
		groups []string
	}
	var entries []*entry
	for _, s := range a.Subjects {
		var data []string
		add := func(d string) {
			if !slices.Contains(data, d) {
				data = append(data, d)
			}
		}
		cpr := false
		for _, id := range s.Data {
			switch content.CategoryKind(a, id) {
			case drafts.KindSpecial:
				add(content.CategoryName(a, id))
			case drafts.KindCriminal:
				add(term(a, "data criminal"))
			case drafts.KindCPR:
				cpr = true
			}
		}
		if cpr {
			add(term(a, "data cpr"))
		}
		if len(data) == 0 {
			continue
		}
		key := strings.Join(data, "\x00")
		i := slices.IndexFunc(entries, func(e *entry) bool { return strings.Join(e.data, "\x00") == key })
		if i < 0 {
			entries = append(entries, &entry{data: data})
			i = len(entries) - 1
		}
		entries[i].groups = append(entries[i].groups, content.GroupName(a, s.Key()))
	}
	var out []sensitiveUse
	for _, e := range entries {
		groups := content.AndList(a, e.groups)
		out = append(out, sensitiveUse{groups, content.AndList(a, e.data), content.HasRelativeClause(groups)})
	}
	return out
}

// companyRegister reports whether a source is the CVR register, which
// holds data about companies: what it gives about a contact person is
// their employer's.
func companyRegister(s drafts.Source) bool {
	return s.Kind == "public_register" && strings.Contains(strings.ToUpper(s.Name), "CVR")
}
