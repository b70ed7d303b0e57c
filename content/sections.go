package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// Each function here is one section: a pure function of the answers that
// prepares escaped values and runs the section's clause template. An empty
// result leaves the section out.

func lead(a *drafts.Answers) string {
	return exec(a, "lead", map[string]any{
		"Name":      companyName(a),
		"Effective": longDate(a.Document.Effective),
		"Version":   esc(clean(a.Document.Version)),
	})
}

func contactEmail(a *drafts.Answers) string {
	if strings.TrimSpace(a.Controller.Email) == "" {
		return gap("e-mail")
	}
	return mailLink(a.Controller.Email)
}

// summary is "Kort fortalt": what matters most to the reader, each point
// only when it applies (see summaryFacts).
func summary(a *drafts.Answers) string { return exec(a, "summary", summaryFacts(a)) }

// authorityShort names the supervisory authority the reader can complain
// to, as it reads inside a sentence: "Datatilsynet". Every section that
// mentions the authority takes it from here (the controller's country
// profile, or [authority] when given).
// homeAuthority adds, for a controller outside Denmark, that a reader who
// lives in Denmark may also complain to Datatilsynet (art. 77(1)).
func homeAuthority(a *drafts.Answers) string {
	if a.Profile().Danish {
		return ""
	}
	return " eller til Datatilsynet, hvis du bor i Danmark"
}

func authorityShort(a *drafts.Answers) string {
	p := a.Profile()
	if p.AuthorityShort == "" {
		return "tilsynsmyndigheden"
	}
	return esc(clean(p.AuthorityShort))
}

func controller(a *drafts.Answers) string {
	c := a.Controller
	data := map[string]any{
		"Name":          companyName(a),
		"LegalForm":     "",
		"CVR":           esc(clean(c.CVR)),
		"Address":       orGap(esc(clean(c.Address)), "adresse"),
		"Town":          orGap(strings.TrimSpace(esc(clean(c.Postcode))+" "+esc(clean(c.Town))), "postnummer og by"),
		"Country":       "",
		"Email":         contactEmail(a),
		"Phone":         esc(clean(c.Phone)),
		"Website":       "",
		"ContactPerson": esc(clean(c.ContactPerson)),
		"DPO":           nil,
		"Rep":           nil,
	}
	if !mentions(c.Name, c.LegalForm) {
		data["LegalForm"] = esc(clean(c.LegalForm)) // not "Tidsflow ApS (ApS)"
	}
	if strings.Contains(clean(c.ContactPerson), ",") {
		// "Jonas Ravn, teknisk direktør," closes the apposition before "på".
		data["ContactPerson"] = esc(clean(c.ContactPerson)) + ","
	}
	if c.CountryCode() != "DK" {
		data["Country"] = countryName(c.CountryCode())
	}
	if c.Website != "" {
		data["Website"] = webLink(c.Website)
	}
	if d := a.DPO; d != nil {
		dpo := map[string]string{"Name": esc(clean(d.Name)), "Email": "", "Phone": esc(clean(d.Phone))}
		if d.Email != "" {
			dpo["Email"] = mailLink(d.Email)
		}
		data["DPO"] = dpo
	}
	if r := a.Representative; r != nil {
		data["Rep"] = map[string]string{"Name": esc(clean(r.Name)), "Address": esc(clean(r.Address)), "Email": mailLink(r.Email)}
	}
	return exec(a, "controller", data)
}

func processor(a *drafts.Answers) string {
	pr := a.Processor
	if !pr.Acts {
		return ""
	}
	var groups []string
	employees := false
	for _, g := range pr.Subjects {
		groups = append(groups, groupName(a, g))
		employees = employees || g == "customer_employees"
	}
	return exec(a, "processor", map[string]any{
		"Name":        companyName(a),
		"Description": sentence(pr.Description),
		"Groups":      list(groups, "og"),
		"Data":        list(categoryNames(a, pr.Data), "og"),
		"Employees":   employees,
		"Email":       contactEmail(a),
	})
}

func dataCategories(a *drafts.Answers) string {
	type group struct{ Name, Data string }
	var groups []group
	sensitive := map[string]bool{}
	for _, s := range a.Subjects {
		if len(s.Data) == 0 {
			continue
		}
		groups = append(groups, group{upperFirst(groupName(a, s.Key())), list(categoryNames(a, s.Data), "og")})
		for _, id := range s.Data {
			if k := categoryKind(a, id); k != drafts.KindOrdinary {
				sensitive[k] = true
			}
		}
	}
	if len(groups) == 0 {
		return ""
	}
	return exec(a, "data", map[string]any{
		"Groups":    groups,
		"Sensitive": len(sensitive) > 0,
		"Processor": a.Processor.Acts,
	})
}

// basisNamesFor writes art. 6 bases as a phrase. "Aftale med dig" is only
// for people who can be party to the contract; for the others the letter
// is named without saying whose contract it is.
func basisNamesFor(p drafts.Purpose, bases []string, party bool) string {
	var parts []string
	// The legal obligation, with its »jf. loven«, goes last: »retlig
	// forpligtelse, jf. bogføringsloven og legitim interesse« would read
	// as if the interest were in the law.
	if i := slices.Index(bases, "6.1.c"); i >= 0 && i < len(bases)-1 && strings.TrimSpace(p.Law) != "" {
		bases = append(append(slices.Clone(bases[:i]), bases[i+1:]...), "6.1.c")
	}
	for _, b := range bases {
		t := basisNames[b]
		switch {
		case t == "":
			t = esc(b)
		case b == "6.1.b" && !party:
			t = "aftale (art. 6, stk. 1, litra b)"
		}
		if b == "6.1.c" && strings.TrimSpace(p.Law) != "" {
			t += ", jf. " + esc(clean(p.Law))
		}
		parts = append(parts, t)
	}
	return list(parts, "og")
}

// partyGroups reports whether every group in gs can be party to a contract.
func partyGroups(gs []string) bool {
	for _, g := range gs {
		if drafts.NotParty[g] {
			return false
		}
	}
	return true
}

// employed are the groups whose contract is their employer's.
var employed = map[string]bool{"business_customers": true, "suppliers": true, "customer_employees": true}

// contractParty is whom the contract of a purpose is with, for its
// groups: "dig", "din arbejdsgiver", both, or, for people who are no
// party and have no employer in it (visitors), just "parterne".
func contractParty(groups []string) string {
	self, employer, other := false, false, false
	for _, g := range groups {
		switch {
		case employed[g]:
			employer = true
		case drafts.NotParty[g]:
			other = true
		default:
			self = true
		}
	}
	switch {
	case other:
		return "parterne"
	case self && employer:
		return "dig eller din arbejdsgiver"
	case employer:
		return "din arbejdsgiver"
	}
	return "dig"
}

// basisText is a purpose's legal bases as one table cell: the purpose's own
// basis, then each group with a basis of its own.
func basisText(a *drafts.Answers, p drafts.Purpose) string {
	var rest []string
	for _, g := range p.Subjects {
		if !hasOwnBasis(p, g) {
			rest = append(rest, g)
		}
	}
	var s string
	if len(p.ByGroup) == 0 || len(rest) > 0 {
		s = upperFirst(basisNamesFor(p, p.Basis, partyGroups(rest)))
	}
	for _, gb := range p.ByGroup {
		t := "for " + groupName(a, gb.Group) + ": " + basisNamesFor(p, gb.Basis, !drafts.NotParty[gb.Group])
		if s == "" {
			s = upperFirst(t)
		} else {
			s += "; " + t
		}
	}
	// Sensitive categories by their art. 9(2) exception, in data order. With
	// more than one exception, each names its categories, so the reader
	// sees which exception covers what.
	var bases []string
	cats := map[string][]string{}
	for _, id := range p.Data {
		if categoryKind(a, id) != drafts.KindSpecial {
			continue
		}
		if b := p.SensitiveBasisFor(id).Basis; b != "" {
			if cats[b] == nil {
				bases = append(bases, b)
			}
			cats[b] = append(cats[b], categoryName(a, id))
		}
	}
	for _, b := range bases {
		what := "særligt beskyttede oplysninger"
		if len(bases) > 1 {
			what = list(cats[b], "og")
		}
		s += "; for " + what + ": " + specialBasisNames[b]
	}
	if t := cprBasisNames[p.CPRBasis]; t != "" && hasKind(a, p, drafts.KindCPR) {
		s += "; for CPR-nummer: " + t
	}
	if t := criminalBasisNames[p.CriminalBasis]; t != "" && hasKind(a, p, drafts.KindCriminal) {
		s += "; for oplysninger om strafbare forhold: " + t
	}
	return s
}

func hasOwnBasis(p drafts.Purpose, g string) bool {
	for _, gb := range p.ByGroup {
		if gb.Group == g {
			return true
		}
	}
	return false
}

func hasKind(a *drafts.Answers, p drafts.Purpose, kind string) bool {
	for _, id := range p.Data {
		if categoryKind(a, id) == kind {
			return true
		}
	}
	return false
}

func purposes(a *drafts.Answers) string {
	type row struct{ Name, Data, Basis, Retention string }
	type desc struct{ Name, Text string }
	var rows []row
	var descs []desc
	for _, p := range a.Purposes {
		rows = append(rows, row{
			Name:      esc(clean(p.Name)),
			Data:      upperFirst(list(categoryNames(a, p.Data), "og")),
			Basis:     basisText(a, p),
			Retention: retentionFor(p),
		})
		if d := sentence(p.Description); d != "" {
			descs = append(descs, desc{esc(clean(p.Name)), d})
		}
	}
	if len(rows) == 0 {
		return ""
	}
	return exec(a, "purposes", map[string]any{"Rows": rows, "Descriptions": descs})
}

func interests(a *drafts.Answers) string {
	type item struct{ Name, Interest string }
	var items []item
	for _, p := range a.Purposes {
		name := esc(clean(p.Name))
		var rest []string
		for _, g := range p.Subjects {
			if !hasOwnBasis(p, g) {
				rest = append(rest, g)
			}
		}
		if (len(p.ByGroup) == 0 || len(rest) > 0) && slices.Contains(p.Basis, "6.1.f") && strings.TrimSpace(p.Interest) != "" {
			items = append(items, item{name, phrase(p.Interest)})
		}
		for _, gb := range p.ByGroup {
			if !slices.Contains(gb.Basis, "6.1.f") {
				continue
			}
			in := gb.Interest
			if strings.TrimSpace(in) == "" {
				in = p.Interest
			}
			if strings.TrimSpace(in) != "" {
				items = append(items, item{name + " (" + groupName(a, gb.Group) + ")", phrase(in)})
			}
		}
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "interests", map[string]any{"Items": items})
}

// specialData says, once per exception, which sensitive data, CPR numbers
// or criminal records the business processes, for which purposes and on
// what ground: one sentence per ground, never one per purpose repeating it.
func specialData(a *drafts.Answers) string {
	type use struct {
		key      string // the ground, the Danish rule and the note
		text     string // the sentence after the purposes
		note     string
		purposes []string
	}
	var uses []*use
	add := func(key, text, note, purpose string) {
		for _, u := range uses {
			if u.key == key {
				if !slices.Contains(u.purposes, purpose) {
					u.purposes = append(u.purposes, purpose)
				}
				return
			}
		}
		uses = append(uses, &use{key, text, note, []string{purpose}})
	}
	association := false
	for _, p := range a.Purposes {
		name := quoted(p.Name)
		// Sensitive categories grouped by their exception, in data order.
		type group struct {
			basis drafts.SensitiveBasis
			cats  []string
		}
		var groups []group
		var cpr, criminal bool
		for _, id := range p.Data {
			switch categoryKind(a, id) {
			case drafts.KindSpecial:
				sb := p.SensitiveBasisFor(id)
				if specialBasisNames[sb.Basis] == "" {
					continue
				}
				found := false
				for i := range groups {
					if groups[i].basis.Basis == sb.Basis && groups[i].basis.Law == sb.Law && groups[i].basis.Note == sb.Note {
						groups[i].cats = append(groups[i].cats, categoryName(a, id))
						found = true
					}
				}
				if !found {
					groups = append(groups, group{sb, []string{categoryName(a, id)}})
				}
				association = association || sb.Basis == "9.2.d"
			case drafts.KindCPR:
				cpr = true
			case drafts.KindCriminal:
				criminal = true
			}
		}
		for _, g := range groups {
			t := list(g.cats, "og") + " på grundlag af " + specialBasisNames[g.basis.Basis]
			if l := sensitiveLawNames[g.basis.Law]; l != "" && a.Profile().Danish {
				t += " og " + l
			}
			add("special|"+t+"|"+g.basis.Note, t, sentence(g.basis.Note), name)
		}
		if t := cprBasisNames[p.CPRBasis]; cpr && t != "" {
			add("cpr|"+p.CPRBasis, "dit CPR-nummer, fordi "+t, "", name)
		}
		if t := criminalBasisNames[p.CriminalBasis]; criminal && t != "" {
			add("criminal|"+p.CriminalBasis, "oplysninger om strafbare forhold på grundlag af "+t, "", name)
		}
	}
	if len(uses) == 0 {
		return ""
	}
	var items []string
	for _, u := range uses {
		t := fmt.Sprintf(say(a, "Til %s %s behandler {{vi}} %s."), purposeWord(len(u.purposes)), list(u.purposes, "og"), u.text)
		if u.note != "" {
			t += " " + u.note
		}
		items = append(items, t)
	}
	return exec(a, "special", map[string]any{"Items": items, "Association": association})
}

func sources(a *drafts.Answers) string {
	type item struct{ Name, Kind, Data, Groups, Note string }
	var items []item
	public := false
	for _, s := range a.Sources {
		var groups []string
		for _, g := range s.Subjects {
			groups = append(groups, groupName(a, g))
		}
		kind := say(a, sourceKindNames[s.Kind])
		switch s.Kind {
		case "public_register":
			kind += ", offentligt tilgængeligt"
			public = true
		case "social_media":
			kind += ", offentligt tilgængelige"
			public = true
		}
		if mentions(s.Name, say(a, sourceKindNames[s.Kind])) || s.Kind == "other" {
			// »anden kilde« tells the reader nothing the name does not.
			kind = "" // "Din arbejdsgiver", not "Din arbejdsgiver (arbejdsgiver)"
		}
		data := list(categoryNames(a, s.Data), "og")
		about := "om " // "kreditoplysninger om kunder"
		if strings.Contains(data, " om ") {
			about = "for " // not "oplysninger om strafbare forhold om jobansøgere"
		}
		if len(groups) > 0 {
			groups[0] = about + groups[0]
		}
		items = append(items, item{
			Name:   esc(clean(s.Name)),
			Kind:   kind,
			Data:   data,
			Groups: list(groups, "og"),
			Note:   sentence(s.Note),
		})
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "sources", map[string]any{"Items": items, "Public": public})
}

func requirements(a *drafts.Answers) string {
	type item struct{ Name, Text string }
	var items []item
	for _, p := range a.Purposes {
		var t string
		if cookiePurpose(a, p) {
			// Nobody gives these data; the browser does, once the visitor
			// has said yes to the cookies, or for the necessary ones.
			if p.Required != "voluntary" || !slices.Contains(p.Basis, "6.1.a") {
				continue
			}
			items = append(items, item{esc(clean(p.Name)), say(a, "Du vælger selv, om du siger ja til cookierne. Siger du nej, sætter {{vi}} dem ikke.")})
			continue
		}
		switch p.Required {
		case "voluntary":
			t = say(a, "Det er frivilligt at give {{os}} oplysningerne.")
		case "contract":
			t = "Oplysningerne er nødvendige for at indgå eller opfylde aftalen med " + contractParty(p.Subjects) + "."
			if p.Consequence == "" {
				t += say(a, " Uden dem kan {{vi}} ikke indgå aftalen.")
			}
		case "law":
			t = say(a, "Loven kræver, at {{vi}} har oplysningerne")
			if l := strings.TrimSpace(clean(p.Law)); l != "" {
				t += " (" + esc(l) + ")"
			}
			t += "."
		default:
			// Unanswered, or the data comes from others (art. 14), where
			// there is nothing to say: the policy asserts nothing.
			continue
		}
		if c := sentence(p.Consequence); c != "" {
			t += " " + c
		}
		items = append(items, item{esc(clean(p.Name)), t})
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "requirements", map[string]any{"Items": items})
}

// cookiePurpose reports whether a purpose's data come only from the
// website's cookies: a cookie serves it and all its people are visitors.
func cookiePurpose(a *drafts.Answers, p drafts.Purpose) bool {
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

type recipient struct{ Name, Where, Service, Purposes, Extra, Link, Note string }

// vendorName is how the policy names a vendor: its name, or the kind of
// recipient when the answers name only the kind.
func vendorName(v drafts.Vendor) string {
	if strings.TrimSpace(clean(v.Name)) != "" {
		return esc(clean(v.Name))
	}
	return esc(drafts.Label(drafts.RecipientCategories, v.Category))
}

// known reports whether a catalogue or answer fact is given and not "unknown".
func known(s string) bool { return s != "" && s != drafts.Unknown }

// vendorEntity is the legal entity behind a vendor, or "" when not known or
// the same as its name.
func vendorEntity(v drafts.Vendor) string {
	if !known(v.Entity) || v.Entity == v.Name {
		return ""
	}
	return esc(clean(v.Entity))
}

// vendorWhere says who the vendor is and where it processes the data, in
// one parenthesis: "Google Ireland Ltd, Irland; oplysningerne behandles i
// USA". The entity's country and the processing country are different
// facts and never stand in for each other.
func vendorWhere(v drafts.Vendor) string {
	var parts []string
	entity := vendorEntity(v)
	ec := ""
	if _, ok := drafts.CountryByCode(v.EntityCountry); ok {
		ec = countryName(v.EntityCountry)
	}
	switch {
	case entity != "" && ec != "":
		parts = append(parts, entity+", "+ec)
	case entity != "":
		parts = append(parts, entity)
	case ec != "":
		parts = append(parts, "med hjemsted i "+ec)
	}
	if _, ok := drafts.CountryByCode(v.Country); ok && v.Country != v.EntityCountry {
		where := countryName(v.Country)
		if len(parts) == 0 {
			parts = append(parts, "behandler oplysningerne i "+where)
		} else {
			parts = append(parts, "oplysningerne behandles i "+where)
		}
	}
	return strings.Join(parts, "; ")
}

func recipients(a *drafts.Answers) string {
	byRole := map[string][]recipient{}
	ownUse := false
	quote := func(ids []string) string {
		var ps []string
		for _, id := range ids {
			ps = append(ps, "»"+purposeName(a, id)+"«")
		}
		return list(ps, "og")
	}
	for _, v := range a.ResolvedVendors() {
		name := vendorName(v)
		actor := vendorEntity(v)
		if actor == "" {
			actor = name
		}
		var extra []string
		if strings.TrimSpace(v.ControllerFor) != "" {
			extra = append(extra, fmt.Sprintf("%s er selvstændigt dataansvarlig for %s.", actor, esc(clean(strings.TrimSpace(v.ControllerFor)))))
		}
		if strings.TrimSpace(v.JointFor) != "" && v.Role == "joint" {
			// Joint control (art. 26) is often only a part of the
			// processing, as with a pixel: collection and transmission.
			extra = append(extra, fmt.Sprintf("Det fælles ansvar omfatter kun %s.", esc(clean(strings.TrimSpace(v.JointFor)))))
		}
		if strings.TrimSpace(v.JointFor) != "" && v.Role != "joint" {
			extra = append(extra, fmt.Sprintf(say(a, "{{Vi}} er fælles dataansvarlige med %s (art. 26) for %s; skriv til %s, hvis du vil have de væsentligste dele af {{min}} aftale."), actor, esc(clean(strings.TrimSpace(v.JointFor))), contactEmail(a)))
		}
		if _, ok := drafts.CountryByCode(v.Country); ok && v.Country == v.EntityCountry {
			// vendorWhere names the processing country only where it
			// differs from the entity's; it is a fact of its own, so the
			// line says it also when they are the same.
			extra = append(extra, "Oplysningerne behandles i "+countryName(v.Country)+".")
		}
		base := recipient{
			Name:    name,
			Where:   vendorWhere(v),
			Service: esc(clean(v.Service)),
			Extra:   strings.Join(extra, " "),
		}
		if !transfersFor(v) {
			// Otherwise the note is shown with the transfer.
			base.Note = sentence(v.TransferNote)
		}
		if v.PrivacyURL != "" && drafts.CheckURL(v.PrivacyURL) == nil {
			base.Link = fmt.Sprintf("[privatlivspolitik](<%s>)", v.PrivacyURL)
		}
		// A vendor with different roles for different purposes is listed
		// once under each role, with the purposes it has that role for.
		for _, role := range []string{"processor", "controller", "joint"} {
			var ids []string
			for _, id := range v.Purposes {
				if v.RoleFor(id) == role {
					ids = append(ids, id)
				}
			}
			if len(ids) == 0 && !(role == v.Role && len(v.Purposes) == 0) {
				continue
			}
			r := base
			r.Purposes = quote(ids)
			if r.Service == "" && r.Purposes != "" {
				// A recipient named by category may have no service text.
				r.Service, r.Purposes = "får oplysninger til "+purposeWord(len(ids))+" "+r.Purposes, ""
			}
			if role != v.Role && len(v.PurposeRoles) > 0 {
				// The extras and note belong to the vendor's main line.
				r.Extra, r.Note = "", ""
			}
			if role == "processor" && r.Extra != "" {
				ownUse = true
			}
			byRole[role] = append(byRole[role], r)
		}
	}
	type disclosure struct{ Recipient, Reason string }
	var ds []disclosure
	for _, d := range a.Disclosures {
		ds = append(ds, disclosure{esc(clean(d.Recipient)), phrase(d.Reason)})
	}
	return exec(a, "recipients", map[string]any{
		"Processors":  byRole["processor"],
		"Controllers": byRole["controller"],
		"Joint":       byRole["joint"],
		"OwnUse":      ownUse,
		"Disclosures": ds,
		"Email":       contactEmail(a),
	})
}

// transfersFor reports whether a vendor has a transfer to list: processing
// outside the EU/EEA, or access from there.
func transfersFor(v drafts.Vendor) bool {
	return !inEEA(v.Country) || known(v.RemoteAccess)
}

// transferMechanism is the sentence that names the basis for a transfer.
// what is "Overførslen" or "Adgangen"; certified names the DPF entity.
func transferMechanism(basis, what, certified, country string) string {
	switch basis {
	case "dpf":
		return certified + " er certificeret under EU-US Data Privacy Framework, som EU-Kommissionen har godkendt som et tilstrækkeligt beskyttelsesniveau (afgørelse (EU) 2023/1795)."
	case "adequacy":
		return fmt.Sprintf("EU-Kommissionen har vurderet, at %s har et tilstrækkeligt beskyttelsesniveau (en tilstrækkelighedsafgørelse).", country)
	case "scc":
		return what + " sker på grundlag af EU-Kommissionens standardkontraktbestemmelser, som forpligter modtageren til at beskytte oplysningerne som i EU."
	case "bcr":
		return what + " sker på grundlag af bindende virksomhedsregler (BCR), som en europæisk tilsynsmyndighed har godkendt."
	}
	// The caller puts the marker in the controller's voice (say).
	return "{{Vi}} har ikke angivet et grundlag for " + strings.ToLower(what[:1]) + what[1:] + "."
}

func transfers(a *drafts.Answers) string {
	type item struct{ Name, Where, Mechanism, Note string }
	var items []item
	copies, dpf := false, false
	for _, v := range a.ResolvedVendors() {
		if !transfersFor(v) {
			continue
		}
		name := vendorName(v)
		note := sentence(v.TransferNote)
		if !inEEA(v.Country) {
			country := countryName(v.Country)
			to := ""
			switch {
			case known(v.TransferTo):
				to = esc(clean(v.TransferTo))
			case vendorEntity(v) != "" && v.EntityCountry == v.Country:
				to = vendorEntity(v)
			}
			where := country
			certified := "Modtageren i " + country
			if to != "" {
				where = "til " + to + " i " + country
				certified = to
			}
			items = append(items, item{name, where, say(a, transferMechanism(v.Transfer, "Overførslen", certified, country)), note})
			note = ""
			dpf = dpf || v.Transfer == "dpf"
			copies = copies || v.Transfer == "scc" || v.Transfer == "bcr"
		}
		if known(v.RemoteAccess) {
			var cs []string
			for _, c := range v.RemoteCountries {
				cs = append(cs, countryName(c))
			}
			from := "uden for EU/EØS"
			if len(cs) > 0 {
				from = "i " + list(cs, "og")
			}
			certified := "Modtageren"
			if known(v.TransferTo) {
				certified = esc(clean(v.TransferTo))
			}
			m := fmt.Sprintf("Oplysningerne opbevares i EU/EØS, men medarbejdere eller underleverandører %s kan få adgang til dem, fx ved support. %s", from, say(a, transferMechanism(v.RemoteAccess, "Adgangen", certified, list(cs, "og"))))
			items = append(items, item{name, "adgang " + from, m, note})
			dpf = dpf || v.RemoteAccess == "dpf"
			copies = copies || v.RemoteAccess == "scc" || v.RemoteAccess == "bcr"
		}
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "transfers", map[string]any{"Items": items, "Copies": copies, "DPF": dpf, "Email": contactEmail(a)})
}

func cookies(a *drafts.Answers) string {
	c := a.Cookies
	if c.None {
		return exec(a, "cookies", map[string]any{"None": true, "Website": websiteLink(a)})
	}
	if !c.Any() {
		// Nothing is known about the cookies; check warns instead of the
		// policy guessing.
		return ""
	}
	type row struct{ Name, Provider, Purpose, Lifetime string }
	type category struct {
		Title, Text, Purposes string
		Groups                []string
		Rows                  []row
	}
	var cats []category
	consent := false
	for _, t := range drafts.CookieCategories {
		var rows []row
		var groups []string
		seen := map[string]bool{}
		var ids []string
		addID := func(id string) {
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		for _, g := range c.Categories {
			if g.Category != t.ID {
				continue
			}
			who := say(a, "{{os}}")
			if strings.TrimSpace(g.Provider) != "" {
				who = esc(clean(g.Provider))
			}
			line := sentence(g.Purpose) + " Sættes af " + who
			switch {
			case g.Lifetime == "":
			case drafts.IsSessionLifetime(g.Lifetime):
				line += " og slettes, når du lukker browseren"
			default:
				line += " og gemmes typisk i op til " + period(g.Lifetime)
			}
			groups = append(groups, line+".")
			addID(g.PurposeID)
		}
		for _, k := range c.List {
			if k.Category != t.ID {
				continue
			}
			life := period(k.Lifetime)
			if drafts.IsSessionLifetime(k.Lifetime) {
				life = "Indtil browseren lukkes"
			}
			rows = append(rows, row{cookieName(k.Name), esc(clean(k.Provider)), sentence(k.Purpose), life})
			addID(k.PurposeID)
		}
		if len(rows) == 0 && len(groups) == 0 {
			continue
		}
		if t.ID != "necessary" {
			consent = true
		}
		var ps []string
		for _, id := range ids {
			ps = append(ps, "»"+purposeName(a, id)+"«")
		}
		used := ""
		if len(ps) > 0 {
			used = purposeWord(len(ps)) + " " + list(ps, "og")
		}
		cats = append(cats, category{cookieCategoryTitles[t.ID], say(a, cookieCategoryText[t.ID]), used, groups, rows})
	}
	// Only when every lifetime is known to end with the browser may the
	// policy say that no cookie recognises the visitor next time.
	session := true
	for _, k := range c.List {
		session = session && drafts.IsSessionLifetime(k.Lifetime)
	}
	for _, g := range c.Categories {
		session = session && drafts.IsSessionLifetime(g.Lifetime)
	}
	data := map[string]any{
		"Session":     session,
		"None":        false,
		"Website":     websiteLink(a),
		"Consent":     consent,
		"Banner":      c.Banner,
		"Tool":        esc(clean(c.BannerTool)),
		"Lifetime":    "",
		"SettingsURL": "",
		"Categories":  cats,
	}
	if c.ConsentLifetime != "" {
		data["Lifetime"] = period(c.ConsentLifetime)
	}
	if c.SettingsURL != "" && drafts.CheckURL(c.SettingsURL) == nil {
		data["SettingsURL"] = c.SettingsURL
	}
	return exec(a, "cookies", data)
}

// purposeWord is "formålet" or "formålene".
func purposeWord(n int) string {
	if n == 1 {
		return "formålet"
	}
	return "formålene"
}

func websiteLink(a *drafts.Answers) string {
	if a.Controller.Website != "" {
		return webLink(a.Controller.Website)
	}
	return ""
}

func security(a *drafts.Answers) string {
	var items []string
	for _, m := range a.Security.Measures {
		if t, ok := securityText(a, m); ok {
			items = append(items, upperFirst(t)+".")
		}
	}
	for _, o := range a.Security.Other {
		if s := sentence(o); s != "" {
			items = append(items, s)
		}
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "security", map[string]any{"Items": items})
}

func automated(a *drafts.Answers) string {
	au := a.Automated
	return exec(a, "automated", map[string]any{
		"Used":         au.Used,
		"Exception":    automatedExceptionText[au.Exception],
		"ByLaw":        au.Exception == "law",
		"Description":  sentence(au.Description),
		"Logic":        sentence(au.Logic),
		"Consequences": sentence(au.Consequences),
		"Profiling":    au.Profiling,
		"Profile":      sentence(au.ProfilingDescription),
		"Cookies":      marketingCookies(a),
		"Email":        contactEmail(a),
	})
}

// consentPurposes names the purposes that rest on consent of any kind:
// art. 6(1)(a), explicit consent under art. 9(2)(a), or consent under
// databeskyttelsesloven § 8 or § 11.
func consentPurposes(a *drafts.Answers) []string {
	var out []string
	for _, p := range a.Purposes {
		if slices.Contains(p.AllBases(), "6.1.a") {
			out = append(out, quoted(p.Name))
		} else if cats := explicitConsent(a, p); len(cats) > 0 {
			out = append(out, quoted(p.Name)+" (for "+list(cats, "og")+")")
		}
	}
	return out
}

// explicitConsent lists the categories in p that rest on explicit consent
// under art. 9(2)(a) or databeskyttelsesloven § 8 or § 11.
func explicitConsent(a *drafts.Answers, p drafts.Purpose) []string {
	var out []string
	for _, id := range p.Data {
		consent := false
		switch categoryKind(a, id) {
		case drafts.KindSpecial:
			consent = p.SensitiveBasisFor(id).Basis == "9.2.a"
		case drafts.KindCPR:
			consent = p.CPRBasis == "11.2.2"
		case drafts.KindCriminal:
			consent = p.CriminalBasis == "8.3.1"
		}
		if consent {
			out = append(out, categoryName(a, id))
		}
	}
	return out
}

func hasGroup(a *drafts.Answers, id string) bool {
	for _, s := range a.Subjects {
		if s.Key() == id {
			return true
		}
	}
	return false
}

// children speaks only when the answers say the business deals with
// children: its services are aimed at them, or children are a subject
// group. Databeskyttelseslovens § 6, stk. 2 is about information society
// services offered directly to a child, so a business that does not aim at
// children, such as a B2B service, has nothing to say here.
func children(a *drafts.Answers) string {
	if !a.Children.Targeted && !hasGroup(a, "children") {
		return ""
	}
	// Only art. 6(1)(a) consent: the age rule is about a child's consent
	// to online services, not explicit consent under art. 9 or § 8.
	var consent []string
	for _, p := range a.Purposes {
		if slices.Contains(p.AllBases(), "6.1.a") {
			consent = append(consent, quoted(p.Name))
		}
	}
	law := a.Profile().ChildLaw
	if law == "" {
		law = "databeskyttelsesforordningens art. 8, stk. 1"
	}
	return exec(a, "children", map[string]any{
		"Patients": childPatients(a),
		"Targeted": a.Children.Targeted,
		"Age":      a.ChildAge(),
		"Law":      law,
		"Consent":  list(consent, "og"),
		"Email":    contactEmail(a),
	})
}

// childPatients reports whether the business treats children as a Danish
// health professional: children are a group of a purpose with health data
// on art. 9(2)(h). Then sundhedsloven decides who consents to treatment and
// gets the information, not the age rule for online services.
func childPatients(a *drafts.Answers) bool {
	if !a.Profile().Danish {
		return false
	}
	for _, p := range a.Purposes {
		if !slices.Contains(p.Subjects, "children") {
			continue
		}
		for _, id := range p.Data {
			if categoryKind(a, id) == drafts.KindSpecial && p.SensitiveBasisFor(id).Basis == "9.2.h" {
				return true
			}
		}
	}
	return false
}

// keptRecords names the purposes whose data the law requires kept, so
// the rights section can say they are not deleted on request.
func keptRecords(a *drafts.Answers) []string {
	var out []string
	for _, p := range a.Purposes {
		if p.Retention.ByLaw {
			n := quoted(p.Name)
			if l := strings.TrimSpace(clean(p.Law)); l != "" {
				n += " (" + esc(l) + ")"
			}
			out = append(out, n)
		}
	}
	return out
}

// marketing reports whether the answers show direct marketing, where the
// right to object is absolute (art. 21(2)).
func marketing(a *drafts.Answers) bool {
	if hasGroup(a, "subscribers") {
		return true
	}
	for _, p := range a.Purposes {
		if slices.Contains(p.Data, "newsletter") || slices.Contains(p.Subjects, "subscribers") {
			return true
		}
	}
	// Targeted ads are direct marketing too: the art. 21(2) objection
	// covers them and the profiling behind them.
	return advertises(a) || a.Automated.Profiling == "marketing"
}

func rights(a *drafts.Answers) string {
	p := a.Profile()
	website := ""
	if p.Authority.Website != "" {
		website = webLink(p.Authority.Website)
	}
	return exec(a, "rights", map[string]any{
		"Email":     contactEmail(a),
		"Phone":     esc(clean(a.Controller.Phone)),
		"Interest":  usesBasis(a, "6.1.f") || usesBasis(a, "6.1.e"),
		"Marketing": marketing(a),
		"Portable":  usesBasis(a, "6.1.a") || usesBasis(a, "6.1.b"),
		"Kept":      list(keptRecords(a), "og"),
		"Processor": a.Processor.Acts,
		"Authority": authorityShort(a),
		"Website":   website,
	})
}

func consent(a *drafts.Answers) string {
	ps := consentPurposes(a)
	cookieConsent := false
	for _, c := range a.Cookies.List {
		cookieConsent = cookieConsent || c.Category != "necessary"
	}
	if len(ps) == 0 && !cookieConsent {
		return ""
	}
	return exec(a, "consent", map[string]any{
		"Purposes":   list(ps, "og"),
		"Email":      contactEmail(a),
		"Cookies":    cookieConsent,
		"Newsletter": hasGroup(a, "subscribers"),
	})
}

func complaint(a *drafts.Answers) string {
	au := a.Profile().Authority
	data := map[string]any{
		"Name":    esc(clean(au.Name)),
		"Address": esc(clean(au.Address)),
		"Phone":   esc(clean(au.Phone)),
		"Email":   mailLink(au.Email),
		"Website": webLink(au.Website),
	}
	if au.Name == "" {
		// No known authority: validation asks for [authority].
		data = map[string]any{"Name": "tilsynsmyndigheden", "Address": "", "Phone": "", "Email": "", "Website": ""}
	}
	// Art. 77(1): a complaint may also go to the authority where the
	// reader lives. The policy is in Danish, so its readers live in
	// Denmark: a foreign controller's policy names Datatilsynet too.
	data["Home"] = nil
	if dk, ok := drafts.ProfileFor("DK"); ok && !a.Profile().Danish {
		data["Home"] = map[string]string{"Name": esc(clean(dk.Authority.Name)), "Website": webLink(dk.Authority.Website)}
	}
	return exec(a, "complaint", data)
}

func changes(a *drafts.Answers) string {
	type change struct{ Date, Text string }
	var cs []change
	for _, c := range a.Document.Changes {
		cs = append(cs, change{longDate(c.Date), sentence(c.Text)})
	}
	data := map[string]any{
		"Effective": longDate(a.Document.Effective),
		"Version":   esc(clean(a.Document.Version)),
		"Website":   "",
		"Changes":   cs,
	}
	if a.Controller.Website != "" {
		data["Website"] = webLink(a.Controller.Website)
	}
	return exec(a, "changes", data)
}
