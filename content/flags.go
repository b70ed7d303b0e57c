package content

import (
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// Facts about the answers that several sections and check rules need.

// adVendors names the vendors whose catalogue category is "ads".
func adVendors(a *drafts.Answers) []string {
	var out []string
	for _, v := range a.ResolvedVendors() {
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && cv.Category == "ads" {
			out = append(out, v.Name)
		}
	}
	return out
}

func marketingCookies(a *drafts.Answers) bool {
	for _, c := range a.Cookies.List {
		if c.Category == "marketing" {
			return true
		}
	}
	for _, c := range a.Cookies.Categories {
		if c.Category == "marketing" {
			return true
		}
	}
	return false
}

// advertises reports whether the answers show targeted advertising: an ads
// vendor or marketing cookies. Such advertising is usually profiling.
func advertises(a *drafts.Answers) bool {
	return marketingCookies(a) || len(adVendors(a)) > 0
}

// summaryFacts gathers what "Kort fortalt" tells the reader: sensitive
// data and CPR numbers, ads and profiling, automated decisions, transfers
// outside the EU/EEA, data from others, the processor role, consent
// cookies, the contact and the authority to complain to. No purpose names
// and no vendor count: those are in the sections below.
func summaryFacts(a *drafts.Answers) map[string]any {
	var sensitive []string
	cpr := false
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			sensitive = append(sensitive, s)
		}
	}
	for _, s := range a.Subjects {
		for _, id := range s.Data {
			switch categoryKind(a, id) {
			case drafts.KindSpecial:
				add(categoryName(a, id))
			case drafts.KindCPR:
				cpr = true
			case drafts.KindCriminal:
				add(term(a, "data criminal"))
			}
		}
	}
	var abroad []string
	countries := map[string]bool{}
	remote := false // support staff outside the EU/EEA reach data kept inside it
	for _, v := range a.ResolvedVendors() {
		if c := countryName(v.Country); !inEEA(v.Country) && !countries[c] {
			abroad = append(abroad, c)
			countries[c] = true
		}
		remote = remote || (known(v.RemoteAccess) && inEEA(v.Country))
	}
	// With several groups of people, each source says whom its data is
	// about: "mine klienter" alone reads as data about the reader.
	several := len(a.Subjects) > 1
	var sources []string
	for _, s := range a.Sources {
		var groups []string
		for _, g := range s.Subjects {
			if several {
				groups = append(groups, groupName(a, g))
			}
		}
		name := esc(pronounLower(clean(s.Name)))
		// "Rigspolitiet, som udsteder børneattesten, om jobansøgere": the
		// comma closes the name's relative clause.
		sources = append(sources, fill(a, "summary source", map[string]any{"Name": name, "Groups": andList(a, groups), "Clause": hasRelativeClause(name)}))
	}
	// Disclosures of sensitive data or CPR numbers, such as a clinic's to
	// the region and the GP, matter to the reader; routine ones do not.
	var disclosed []string
	for _, d := range a.Disclosures {
		if purposesHoldSensitive(a, d.Purposes) {
			disclosed = append(disclosed, esc(pronounLower(clean(d.Recipient))))
		}
	}
	var ads []string
	for _, n := range adVendors(a) {
		ads = append(ads, esc(clean(n)))
	}
	consentCookies := false
	for _, c := range a.Cookies.List {
		consentCookies = consentCookies || c.Category != "necessary"
	}
	for _, c := range a.Cookies.Categories {
		consentCookies = consentCookies || c.Category != "necessary"
	}
	return map[string]any{
		"Sensitive":      andList(a, sensitive),
		"CPR":            cpr,
		"SpecialSection": specialData(a) != "",
		"Ads":            andList(a, ads),
		"Marketing":      marketingCookies(a),
		"Profiling":      a.Automated.Profiling,
		"Automated":      a.Automated.Used,
		"Abroad":         andList(a, abroad),
		"Remote":         remote,
		"Sources":        andList(a, sources),
		"Disclosed":      andList(a, disclosed),
		"Processor":      a.Processor.Acts,
		"ConsentCookies": consentCookies,
		"Email":          contactEmail(a),
		"Authority":      authorityShort(a),
		"Home":           homeAuthority(a),
	}
}

// pronounLower lowercases a name that starts with a possessive pronoun or
// is a common noun written as a label, so it reads well inside a sentence:
// "din praktiserende læge", "kommunen". Other names keep their capitals:
// "Politiets Udlændinge- og Straffeattestkontor", "Region Sjælland".
func pronounLower(s string) string {
	first, _, _ := strings.Cut(s, " ")
	switch first {
	case "Din", "Dit", "Dine", "Vores", "Jeres", "Min", "Mit", "Mine":
		return lowerFirst(s)
	}
	// A genitive works as a pronoun does before a common noun: "barnets
	// kommune", but "Barnets Hus" is a name.
	if g, ok := strings.CutSuffix(first, "s"); ok && first != s && commonGenitives[g] && s[len(first):] == strings.ToLower(s[len(first):]) {
		return lowerFirst(s)
	}
	if commonNouns[first] && first == s {
		return lowerFirst(s)
	}
	// A kind of supplier described in lower case after its first word:
	// "Leverandør af journalprogram", but "Leverandør Service ApS" is a name.
	if kindNouns[first] && s[len(first):] == strings.ToLower(s[len(first):]) {
		return lowerFirst(s)
	}
	return s
}

// kindNouns start a description of a recipient by what it does.
var kindNouns = map[string]bool{"Leverandør": true, "Leverandøren": true, "Udbyder": true, "Udbyderen": true}

// commonNouns are recipients and sources named by what they are, not by a
// name: "Kommunen" is "kommunen" inside a sentence.
var commonNouns = map[string]bool{
	"Kommunen": true, "Regionen": true, "Banken": true, "Politiet": true, "Arbejdsgiveren": true,
	"Fagforeningen": true, "Skolen": true, "Lægen": true, "Revisoren": true, "Forsikringsselskabet": true,
	"Offentligheden": true,
}

// commonGenitives are common nouns whose genitive starts a recipient's or
// source's name: "Barnets kommune".
var commonGenitives = map[string]bool{"Barnet": true, "Kunden": true, "Patienten": true, "Klienten": true, "Medlemmet": true, "Foreningen": true}

// purposesHoldSensitive reports whether any of the purposes with these ids
// processes special categories, CPR numbers or criminal records.
func purposesHoldSensitive(a *drafts.Answers, ids []string) bool {
	for _, p := range a.Purposes {
		for _, id := range ids {
			if p.ID != id {
				continue
			}
			for _, d := range p.Data {
				if categoryKind(a, d) != drafts.KindOrdinary {
					return true
				}
			}
		}
	}
	return false
}
