package tui

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// Questions inside a purpose that are asked once per group of people or
// per data category: another legal basis for a group (contact persons at
// business customers are not party to the contract), and the art. 9
// exception for each sensitive category. They are built for the groups and
// categories the business has; each shows while the purpose uses it. The
// answers are written only when the user changes one.

func byGroupQuestions(m *Model, q *questions, p *drafts.Purpose) {
	a := m.a
	seen := map[string]bool{}
	for _, s := range a.Subjects {
		g := s.Key()
		if g == "" || seen[g] {
			continue
		}
		seen[g] = true
		var basis []string
		interest := ""
		for _, gb := range p.ByGroup {
			if gb.Group == g {
				basis, interest = append([]string(nil), gb.Basis...), gb.Interest
			}
		}
		origBasis, origInterest := slices.Clone(basis), interest
		name := groupLabel(a, g)
		// Asked when the purpose is about several groups, and for a group
		// that is no party to a contract when the purpose rests on one.
		// An own basis already given stays to be seen.
		given := len(basis) > 0
		show := func() bool {
			return contains(p.Subjects, g) && (len(p.Subjects) > 1 || given || drafts.NotParty[g] && contains(p.Basis, "6.1.b"))
		}
		desc := ownBasisWhy(g)
		key := "purposes.by_group." + g
		q.groupIf("Retsgrundlag for "+name, show,
			q.multi(key+".basis", "Gælder et andet retsgrundlag for "+strings.ToLower(name)+"?", desc, termOptions(drafts.LegalBases), &basis),
		)
		q.groupIf("Retsgrundlag for "+name, func() bool { return show() && contains(basis, "6.1.f") },
			q.input(key+".interest", "Hvilken legitim interesse har I over for "+strings.ToLower(name)+"?",
				"Lad stå tomt, hvis det er den samme som for formålet.", &interest, nil),
		)
		prev := q.sync
		q.sync = func() {
			if prev != nil {
				prev()
			}
			if slices.Equal(basis, origBasis) && interest == origInterest {
				return
			}
			origBasis, origInterest = slices.Clone(basis), interest
			p.ByGroup = slices.DeleteFunc(p.ByGroup, func(gb drafts.GroupBasis) bool { return gb.Group == g })
			if len(basis) > 0 {
				p.ByGroup = append(p.ByGroup, drafts.GroupBasis{Group: g, Basis: slices.Clone(basis), Interest: strings.TrimSpace(interest)})
			}
			if len(p.ByGroup) == 0 {
				p.ByGroup = nil
			}
		}
	}
}

// ownBasisWhy says why a group may need a basis of its own, in words that
// fit the group: visitors are no one's employees.
func ownBasisWhy(g string) string {
	const keep = " Lad stå tomt, hvis formålets retsgrundlag også gælder for dem."
	switch g {
	case "business_customers", "suppliers":
		return "Kontaktpersonerne er ikke selv part i aftalen – det er deres arbejdsgiver – så for dem er det normalt legitim interesse, ikke aftale."
	case "customer_employees":
		return "Jeres kunders medarbejdere er ikke selv part i aftalen – det er jeres kunde – så for dem er det normalt legitim interesse, ikke aftale."
	case "visitors":
		return "Besøgende på hjemmesiden har ingen aftale med jer, så aftale kan ikke være grundlaget for dem." + keep
	}
	return strings.TrimSpace(keep)
}

func sensitiveQuestions(m *Model, q *questions, p *drafts.Purpose) {
	a := m.a
	var special []drafts.Category
	// The categories the business uses anywhere: asking about every kind
	// of sensitive data in every purpose would make the form slow to open.
	used := map[string]bool{}
	for _, id := range p.Data {
		used[id] = true
	}
	for _, s := range a.Subjects {
		for _, id := range s.Data {
			used[id] = true
		}
	}
	for _, o := range a.Purposes {
		for _, id := range o.Data {
			used[id] = true
		}
	}
	for _, c := range drafts.Categories {
		if c.Kind == drafts.KindSpecial && used[c.ID] {
			special = append(special, c)
		}
	}
	for _, c := range a.Categories {
		if c.Kind == drafts.KindSpecial && c.ID != "" {
			special = append(special, drafts.Category{ID: c.ID, Label: c.Name, Kind: c.Kind})
		}
	}
	danish := func() bool { return strings.EqualFold(strings.TrimSpace(m.b.country), "DK") }
	for _, c := range special {
		id := c.ID
		var sb drafts.SensitiveBasis
		for _, s := range p.Sensitive {
			if s.Data == id {
				sb = s
			}
		}
		orig := sb
		show := func() bool { return contains(p.Data, id) }
		empty := ""
		if p.SpecialBasis != "" {
			empty = "Som formålets grundlag: " + plain(drafts.Label(drafts.SpecialBases, p.SpecialBasis))
		}
		key := "purposes.sensitive." + id
		q.groupIf("Følsomme oplysninger: "+c.Label, show,
			q.pick(key+".basis", "Hvad giver jer lov til at behandle "+c.Label+"?",
				"Følsomme oplysninger kræver en undtagelse i art. 9, stk. 2.", termOptions(drafts.SpecialBases), &sb.Basis, empty),
			q.input(key+".note", "Den konkrete regel eller situation", "Valgfrit, fx \"serviceloven § 153\".", &sb.Note, nil),
		)
		lawSet := sb.Law != "" // a Danish rule given abroad can be taken back
		q.groupIf("Følsomme oplysninger: "+c.Label, func() bool { return show() && (danish() || lawSet) },
			q.pick(key+".law", "Hvilken regel i databeskyttelsesloven hører til?",
				"Sundhedspersoner: § 7, stk. 3. Arbejdsgivere: § 12.", termOptions(drafts.SensitiveLaws), &sb.Law, "Ingen af dem"),
		)
		prev := q.sync
		q.sync = func() {
			if prev != nil {
				prev()
			}
			if sb == orig {
				return
			}
			orig = sb
			i := slices.IndexFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == id })
			switch {
			case sb.Basis == "" && sb.Law == "" && strings.TrimSpace(sb.Note) == "":
				if i >= 0 {
					p.Sensitive = slices.Delete(p.Sensitive, i, i+1)
				}
			case i >= 0:
				p.Sensitive[i] = drafts.SensitiveBasis{Data: id, Basis: sb.Basis, Law: sb.Law, Note: strings.TrimSpace(sb.Note)}
			default:
				p.Sensitive = append(p.Sensitive, drafts.SensitiveBasis{Data: id, Basis: sb.Basis, Law: sb.Law, Note: strings.TrimSpace(sb.Note)})
			}
			if len(p.Sensitive) == 0 {
				p.Sensitive = nil
			}
		}
	}
}
