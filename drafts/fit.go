package drafts

import (
	"slices"
	"strings"
)

// A vendor added from the catalogue joins the purpose it serves that the
// answers already have: MobilePay the payments and bookkeeping, Planway the
// booking. It is never given a purpose the business did not choose.

// purposeAliases are the ids purposes are known by: a block's purpose, a
// typical purpose's, and the ids the examples and older starting points
// used for the same thing.
var purposeAliases = map[string][]string{
	"betaling":     {"betaling", "bogfoering", "fakturering", "kontingent"},
	"booking":      {"booking", "tidsbestilling", "bordbestilling"},
	"webshop":      {"webshop", "ordre", "ordrer"},
	"annoncer":     {"annoncer", "markedsfoering"},
	"statistik":    {"statistik"},
	"nyhedsbrev":   {"nyhedsbrev"},
	"samtykkelog":  {"samtykkelog"},
	"henvendelser": {"henvendelser"},
	"support":      {"support", "kundeservice"},
	"aftaler":      {"aftaler", "opgaver"},
}

// FittingPurposes are the ids of a's purposes that the catalogue vendor cv
// serves: the purpose its usual one was made from, by id (or an id it is
// known by), and otherwise a purpose that does that work (bookkeeping
// under the bookkeeping act for a payment provider or accounting program;
// newsletters to subscribers; statistics or ads on consent for the
// visitors). More than one means the business chooses; none, that it is
// asked.
func FittingPurposes(a *Answers, cv CatalogVendor) []string {
	var out []string
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	aliases := purposeAliases[cv.Purpose]
	if len(aliases) == 0 && cv.Purpose != "" {
		aliases = []string{cv.Purpose}
	}
	for _, p := range a.Purposes {
		for _, al := range aliases {
			if p.ID == al || strings.HasPrefix(p.ID, al+"-") {
				add(p.ID)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, p := range a.Purposes {
		name := strings.ToLower(p.Name)
		visitorsOnConsent := slices.Contains(p.Subjects, "visitors") && slices.Contains(p.AllBases(), "6.1.a")
		switch cv.Category {
		case "payments", "accounting":
			if bookkeepingLaw(p.Law) {
				add(p.ID)
			}
		case "newsletter":
			if slices.Contains(p.Subjects, "subscribers") || slices.Contains(p.Data, "newsletter") {
				add(p.ID)
			}
		case "analytics":
			if visitorsOnConsent && strings.Contains(name, "statistik") {
				add(p.ID)
			}
		case "ads":
			if visitorsOnConsent && (strings.Contains(name, "annonc") || strings.Contains(name, "markedsf")) {
				add(p.ID)
			}
		}
	}
	return out
}

func bookkeepingLaw(law string) bool {
	l := strings.ToLower(law)
	return strings.Contains(l, "bogføringslov") || strings.Contains(l, "bokföringslag")
}

// PurposeTemplate is the typical purpose a catalogue vendor usually
// serves, in the voice of a, if there is one.
func (cv CatalogVendor) PurposeTemplate(a *Answers) (PurposeTemplate, bool) {
	for _, t := range PurposeTemplatesFor(a) {
		if t.Purpose.ID != "" && t.Purpose.ID == cv.Purpose {
			return t, true
		}
	}
	return PurposeTemplate{}, false
}
