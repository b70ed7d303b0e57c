package policy

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Each function here is one section: a pure function of the answers that
// prepares escaped values and runs the section's clause template. An empty
// result leaves the section out.

func lead(a *drafts.Answers) string {
	return exec(a, "lead", map[string]any{
		"Name":      companyName(a),
		"Effective": content.LongDate(a.Document.Effective),
		"Version":   content.Esc(content.Clean(a.Document.Version)),
	})
}

func contactEmail(a *drafts.Answers) string {
	if strings.TrimSpace(a.Controller.Email) == "" {
		return gap(a, "email")
	}
	return content.MailLink(a.Controller.Email)
}

// summary is "Kort fortalt": what matters most to the reader, each point
// only when it applies (see summaryFacts).
func summary(a *drafts.Answers) string { return exec(a, "summary", summaryFacts(a)) }

// authorityShort names the supervisory authority the reader can complain
// to, as it reads inside a sentence: "Datatilsynet". Every section that
// mentions the authority takes it from here (the controller's country
// profile, or [authority] when given).
func authorityShort(a *drafts.Answers) string {
	p := a.Profile()
	if p.AuthorityShort == "" {
		return term(a, "authority unknown")
	}
	return content.Esc(content.Clean(p.AuthorityShort))
}

// homeAuthority is, for a controller outside Denmark, the Danish authority
// a reader who lives in Denmark may also complain to (art. 77(1)); "" for a
// Danish controller.
func homeAuthority(a *drafts.Answers) string {
	dk, ok := drafts.ProfileFor("DK")
	if a.Profile().Danish || !ok {
		return ""
	}
	return content.Esc(content.Clean(dk.AuthorityShort))
}

func controller(a *drafts.Answers) string {
	c := a.Controller
	data := map[string]any{
		"Name":          companyName(a),
		"LegalForm":     "",
		"CVR":           content.Esc(content.Clean(c.CVR)),
		"RegisterLabel": registerLabel(a),
		"Address":       orGap(a, content.Esc(content.Clean(c.Address)), "address"),
		"Town":          orGap(a, strings.TrimSpace(content.Esc(content.Clean(c.Postcode))+" "+content.Esc(content.Clean(c.Town))), "town"),
		"Country":       "",
		"Email":         contactEmail(a),
		"Phone":         content.Esc(content.Clean(c.Phone)),
		"Website":       "",
		"ContactPerson": content.Esc(content.Clean(c.ContactPerson)),
		"DPO":           nil,
		"Rep":           nil,
	}
	if !content.Mentions(c.Name, c.LegalForm) {
		data["LegalForm"] = content.Esc(content.Clean(c.LegalForm)) // not "Tidsflow ApS (ApS)"
	}
	if c.CountryCode() != "DK" {
		data["Country"] = content.CountryName(c.CountryCode())
	}
	if c.Website != "" {
		data["Website"] = content.WebLink(c.Website)
	}
	if d := a.DPO; d != nil {
		dpo := map[string]string{"Name": content.Esc(content.Clean(d.Name)), "Email": "", "Phone": content.Esc(content.Clean(d.Phone))}
		if d.Email != "" {
			dpo["Email"] = content.MailLink(d.Email)
		}
		data["DPO"] = dpo
	}
	if r := a.Representative; r != nil {
		data["Rep"] = map[string]string{"Name": content.Esc(content.Clean(r.Name)), "Address": content.Esc(content.Clean(r.Address)), "Email": content.MailLink(r.Email)}
	}
	return exec(a, "controller", data)
}

// registerLabel names the controller's registration number as its
// country's register does: CVR-nr. in Denmark, org.nr. in Sweden.
func registerLabel(a *drafts.Answers) string {
	if t, ok := termOK(a, "register", a.Controller.CountryCode()); ok {
		return t
	}
	return term(a, "register other")
}

func processor(a *drafts.Answers) string {
	pr := a.Processor
	if !pr.Acts {
		return ""
	}
	var groups []string
	employees := false
	for _, g := range pr.Subjects {
		groups = append(groups, content.GroupName(a, g))
		employees = employees || g == "customer_employees"
	}
	var subs []string
	for _, v := range a.SubProcessors() {
		subs = append(subs, fill(a, "sub-processor", map[string]string{"Name": vendorName(v), "Where": vendorWhere(a, v)}))
	}
	return exec(a, "processor", map[string]any{
		"Name":        companyName(a),
		"Description": content.Sentence(pr.Description),
		"Groups":      content.AndList(a, groups),
		"Data":        content.AndList(a, categoryNames(a, pr.Data)),
		"Subs":        subs,
		"Employees":   employees,
		"Email":       contactEmail(a),
	})
}

func dataCategories(a *drafts.Answers) string {
	// A standard category's examples in brackets are given the first
	// time only: »kontaktoplysninger (navn, e-mail, telefon)« once, then
	// »kontaktoplysninger«.
	type group struct{ Name, Data string }
	var groups []group
	explained := map[string]bool{}
	for _, s := range a.Subjects {
		if len(s.Data) == 0 {
			continue
		}
		var names []string
		for _, id := range s.Data {
			if explained[id] {
				names = append(names, shortCategoryNames(a, []string{id})...)
			} else {
				names = append(names, content.CategoryName(a, id))
				explained[id] = true
			}
		}
		groups = append(groups, group{content.UpperFirst(content.GroupName(a, s.Key())), content.AndList(a, names)})
	}
	if len(groups) == 0 {
		return ""
	}
	return exec(a, "data", map[string]any{
		"Groups":    groups,
		"Processor": a.Processor.Acts,
	})
}

// basisNamesFor writes art. 6 bases as a phrase. "Aftale med dig" is only
// for people who can be party to the contract; for the others the letter
// is named without saying whose contract it is.
func basisNamesFor(a *drafts.Answers, p drafts.Purpose, bases []string, party bool) string {
	var parts []string
	law := content.Esc(strings.TrimSpace(content.Clean(p.Law)))
	// The legal obligation, with its »jf. loven«, goes last: »retlig
	// forpligtelse, jf. bogføringsloven og legitim interesse« would read
	// as if the interest were in the law.
	if i := slices.Index(bases, "6.1.c"); i >= 0 && i < len(bases)-1 && law != "" {
		bases = append(append(slices.Clone(bases[:i]), bases[i+1:]...), "6.1.c")
	}
	for _, b := range bases {
		// The table names a basis in words; its letter of art. 6(1) is in
		// the legend below the table, once (basisLegend).
		t, ok := termOK(a, "basis short", b)
		switch {
		case !ok:
			t = content.Esc(b)
		case b == "6.1.b" && !party:
			t = term(a, "basis short 6.1.b others")
		}
		if b == "6.1.c" && law != "" {
			t = fill(a, "basis with law", map[string]string{"Basis": t, "Law": law})
		}
		parts = append(parts, t)
	}
	return content.AndList(a, parts)
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
// groups: you, your employer, both, or, for people who are no party and
// have no employer in it (visitors), just the parties.
func contractParty(a *drafts.Answers, groups []string) string {
	self, employer, other, parents := false, false, false, false
	for _, g := range groups {
		switch {
		case groupKind(a, g) == "children":
			// A child cannot bind itself by a contract (værgemålsloven
			// § 1, stk. 2): its parents make it.
			parents = true
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
		return term(a, "party others")
	case self && employer:
		return term(a, "party you or employer")
	case employer:
		return term(a, "party employer")
	case parents && self:
		return term(a, "party you or parents")
	case parents:
		return term(a, "party parents")
	}
	return term(a, "party you")
}

// groupKind is the kind of the group with key g (children, employees …).
func groupKind(a *drafts.Answers, g string) string {
	for _, s := range a.Subjects {
		if s.Key() == g {
			return s.Group
		}
	}
	return ""
}

// basisText is a purpose's art. 6 bases as one table cell: the purpose's
// own basis, then each group with a basis of its own. The grounds for
// sensitive data, CPR numbers and criminal records are in their own
// section (specialData), once per ground, not repeated here.
func basisText(a *drafts.Answers, p drafts.Purpose) string {
	type groupBasis struct{ Group, Bases string }
	var rest []string
	for _, g := range p.Subjects {
		if !content.HasOwnBasis(p, g) {
			rest = append(rest, g)
		}
	}
	main := ""
	if len(p.ByGroup) == 0 || len(rest) > 0 {
		main = basisNamesFor(a, p, p.Basis, partyGroups(rest))
	}
	var groups []groupBasis
	for _, gb := range p.ByGroup {
		groups = append(groups, groupBasis{content.GroupName(a, gb.Group), basisNamesFor(a, p, gb.Basis, !drafts.NotParty[gb.Group])})
	}
	if groups == nil {
		return content.UpperFirst(main) // the cell is only the purpose's own basis
	}
	return fill(a, "basis cell", struct {
		Main   string
		Groups []groupBasis
	}{main, groups})
}

func purposes(a *drafts.Answers) string {
	type row struct{ Name, Data, Basis, Retention string }
	type desc struct{ Name, Text string }
	var rows []row
	var descs []desc
	for _, p := range a.Purposes {
		rows = append(rows, row{
			Name:      content.Esc(content.Clean(p.Name)),
			Data:      content.UpperFirst(content.AndList(a, shortCategoryNames(a, p.Data))),
			Basis:     basisText(a, p),
			Retention: retentionFor(a, p),
		})
		d := content.Sentence(p.Description)
		if t := newsletterTracking(a, p); t != "" {
			d = strings.TrimSpace(d + " " + t)
		}
		if d != "" {
			descs = append(descs, desc{content.Esc(content.Clean(p.Name)), d})
		}
	}
	if len(rows) == 0 {
		return ""
	}
	return exec(a, "purposes", map[string]any{"Rows": rows, "Descriptions": descs, "Legend": basisLegend(a)})
}

// basisLegend names, in art. 6(1)'s order, the letter of each basis the
// purposes' table uses: "samtykke (litra a)".
func basisLegend(a *drafts.Answers) []string {
	var out []string
	for _, b := range drafts.LegalBases {
		if usesBasis(a, b.ID) {
			if t, ok := termOK(a, "basis legend", b.ID); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// newsletterTracking says, for a purpose that processes newsletter
// activity (opens and clicks), where they are measured: in the newsletter
// system of the vendors that serve the purpose. "" for other purposes.
func newsletterTracking(a *drafts.Answers, p drafts.Purpose) string {
	if !slices.Contains(p.Data, "newsletter") {
		return ""
	}
	var systems []string
	for _, v := range a.ResolvedVendors() {
		if slices.Contains(v.Purposes, p.ID) && isNewsletterSystem(v) {
			systems = append(systems, vendorName(v))
		}
	}
	return fill(a, "newsletter tracking", content.AndList(a, systems))
}

// isNewsletterSystem reports whether a vendor sends newsletters: a
// catalogue vendor of that kind, or a recipient of that category.
func isNewsletterSystem(v drafts.Vendor) bool {
	if v.Category == "newsletter" {
		return true
	}
	cv, ok := drafts.LookupVendor(v.Catalog)
	return ok && cv.Category == "newsletter"
}

func interests(a *drafts.Answers) string {
	type item struct{ Name, Group, Interest string }
	var items []item
	for _, p := range a.Purposes {
		name := content.Esc(content.Clean(p.Name))
		var rest []string
		for _, g := range p.Subjects {
			if !content.HasOwnBasis(p, g) {
				rest = append(rest, g)
			}
		}
		if (len(p.ByGroup) == 0 || len(rest) > 0) && slices.Contains(p.Basis, "6.1.f") && strings.TrimSpace(p.Interest) != "" {
			items = append(items, item{name, "", content.Phrase(p.Interest)})
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
				items = append(items, item{name, content.GroupName(a, gb.Group), content.Phrase(in)})
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
		key      string   // the ground, the Danish rule and the note
		CPR      bool     // the ground is for CPR numbers
		Criminal bool     // the ground is for criminal records
		Cats     []string // the special categories
		Basis    string   // the exception's text
		Law      string   // the Danish rule that goes with it
		Note     string
		Purposes []string
	}
	var uses []*use
	add := func(u use, purpose string) {
		for _, o := range uses {
			if o.key == u.key {
				if !slices.Contains(o.Purposes, purpose) {
					o.Purposes = append(o.Purposes, purpose)
				}
				return
			}
		}
		u.Purposes = []string{purpose}
		uses = append(uses, &u)
	}
	association := false
	for _, p := range a.Purposes {
		name := content.Quoted(p.Name)
		// Sensitive categories grouped by their exception, in data order.
		type group struct {
			basis drafts.SensitiveBasis
			cats  []string
		}
		var groups []group
		var cpr, criminal bool
		for _, id := range p.Data {
			switch content.CategoryKind(a, id) {
			case drafts.KindSpecial:
				sb := p.SensitiveBasisFor(id)
				if _, ok := termOK(a, "special-basis", sb.Basis); !ok {
					continue
				}
				found := false
				for i := range groups {
					if groups[i].basis.Basis == sb.Basis && groups[i].basis.Law == sb.Law && groups[i].basis.Note == sb.Note {
						groups[i].cats = append(groups[i].cats, content.CategoryName(a, id))
						found = true
					}
				}
				if !found {
					groups = append(groups, group{sb, []string{content.CategoryName(a, id)}})
				}
				association = association || sb.Basis == "9.2.d"
			case drafts.KindCPR:
				cpr = true
			case drafts.KindCriminal:
				criminal = true
			}
		}
		for _, g := range groups {
			law := ""
			if a.Profile().Danish {
				law = term(a, "sensitive-law", g.basis.Law)
			}
			key := strings.Join([]string{"special", strings.Join(g.cats, "|"), g.basis.Basis, law, g.basis.Note}, "\x00")
			add(use{key: key, Cats: g.cats, Basis: term(a, "special-basis", g.basis.Basis), Law: law, Note: content.Sentence(g.basis.Note)}, name)
		}
		if t := term(a, "cpr-basis", p.CPRBasis); cpr && t != "" {
			add(use{key: "cpr|" + p.CPRBasis, CPR: true, Basis: t}, name)
		}
		if t := term(a, "criminal-basis", p.CriminalBasis); criminal && t != "" {
			add(use{key: "criminal|" + p.CriminalBasis, Criminal: true, Basis: t}, name)
		}
	}
	if len(uses) == 0 {
		return ""
	}
	return exec(a, "special", map[string]any{"Items": uses, "Association": association})
}

func sources(a *drafts.Answers) string {
	type item struct {
		Name, Kind, Data      string
		Register, SocialMedia bool // a public register; social media
		For                   bool // "for" instead of "om" before the groups
		Groups                []string
		Note                  string
	}
	var items []item
	for _, s := range a.Sources {
		var groups []string
		for _, g := range s.Subjects {
			groups = append(groups, content.GroupName(a, g))
		}
		kind := term(a, "source-kind", s.Kind)
		if content.Mentions(s.Name, kind) || s.Kind == "other" {
			// »anden kilde« tells the reader nothing the name does not;
			// "Din arbejdsgiver", not "Din arbejdsgiver (arbejdsgiver)".
			kind = ""
		}
		data := content.AndList(a, categoryNames(a, s.Data))
		items = append(items, item{
			Name:        content.Esc(content.Clean(s.Name)),
			Kind:        kind,
			Register:    s.Kind == "public_register",
			SocialMedia: s.Kind == "social_media",
			Data:        data,
			// Not "oplysninger om strafbare forhold om jobansøgere"; the CVR
			// register's data is the employer's, for the contact person.
			For:    strings.Contains(data, " om ") || companyRegister(s),
			Groups: groups,
			Note:   content.Sentence(s.Note),
		})
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "sources", map[string]any{"Items": items})
}

// requirements says, per purpose, whether the data must be given (art.
// 13(2)(e)): a line for each purpose where it must, or where giving it is
// voluntary but not giving it has a consequence the answers state, and one
// line naming the purposes where it is simply voluntary. An unanswered
// purpose, or one whose data comes from others, says nothing.
func requirements(a *drafts.Answers) string {
	type item struct {
		Name        string
		Voluntary   bool
		Contract    bool
		Law         bool
		Party       string // whom the contract is with
		Act         string // the law that requires the data
		Consequence string
		// An answer of only spaces is no consequence, but it is an answer.
		Answered bool
	}
	var items []item
	var voluntary, cookies []string
	for _, p := range a.Purposes {
		name := content.Esc(content.Clean(p.Name))
		if cookiePurpose(a, p) {
			// Nobody gives these data; the browser does, once the visitor
			// has said yes to the cookies, or for the necessary ones.
			if p.Required == "voluntary" && slices.Contains(p.Basis, "6.1.a") {
				cookies = append(cookies, content.Quoted(p.Name))
			}
			continue
		}
		switch p.Required {
		case "voluntary", "contract", "law":
		default:
			// Unanswered, or the data comes from others (art. 14), where
			// there is nothing to say: the policy asserts nothing.
			continue
		}
		it := item{Name: name, Consequence: content.Sentence(p.Consequence), Answered: p.Consequence != ""}
		switch p.Required {
		case "voluntary":
			if it.Consequence == "" {
				voluntary = append(voluntary, content.Quoted(p.Name))
				continue
			}
			it.Voluntary = true
		case "contract":
			it.Contract, it.Party = true, contractParty(a, p.Subjects)
		case "law":
			it.Law, it.Act = true, content.Esc(strings.TrimSpace(content.Clean(p.Law)))
		}
		items = append(items, it)
	}
	if len(items) == 0 && len(voluntary) == 0 && len(cookies) == 0 {
		return ""
	}
	return exec(a, "requirements", map[string]any{"Items": items, "Voluntary": voluntary, "Cookies": cookies})
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

// recipient is one line in the recipients section: a vendor in one role.
type recipient struct {
	Name, Where, Service string
	Purposes             []string // quoted purpose names
	Link                 string   // the vendor's privacy policy
	Note                 string
	Extra                *recipientExtra // facts on the vendor's main line
}

// recipientExtra are the facts about a vendor beyond its service: its own
// control, joint control and where it processes the data.
type recipientExtra struct {
	Actor, ControllerFor, JointFor string
	Joint                          bool // the vendor's role is joint control
	Email                          string
}

func (e *recipientExtra) empty() bool {
	return e.ControllerFor == "" && e.JointFor == ""
}

// vendorName is how the policy names a vendor: its name, or the kind of
// recipient when the answers name only the kind.
func vendorName(v drafts.Vendor) string {
	if strings.TrimSpace(content.Clean(v.Name)) != "" {
		return content.Esc(content.Clean(v.Name))
	}
	return content.Esc(drafts.Label(drafts.RecipientCategories, v.Category))
}

// vendorEntity is the legal entity behind a vendor, or "" when not known or
// the same as its name.
func vendorEntity(v drafts.Vendor) string {
	if !content.Known(v.Entity) || v.Entity == v.Name {
		return ""
	}
	return content.Esc(content.Clean(v.Entity))
}

// vendorWhere says who the vendor is and where it processes the data, in
// one parenthesis: "Google Ireland Ltd, Irland; oplysningerne behandles i
// USA". The entity's country and the processing country are different
// facts and never stand in for each other; the entity's country is left
// out only where the data is processed in the same country.
func vendorWhere(a *drafts.Answers, v drafts.Vendor) string {
	var data struct{ Entity, EntityCountry, Country string }
	data.Entity = vendorEntity(v)
	if _, ok := drafts.CountryByCode(v.EntityCountry); ok && v.EntityCountry != v.Country {
		data.EntityCountry = content.CountryName(v.EntityCountry)
	}
	if _, ok := drafts.CountryByCode(v.Country); ok {
		data.Country = content.CountryName(v.Country)
	}
	where := data.Entity // a name alone, or nothing
	if data.EntityCountry != "" || data.Country != "" {
		where = fill(a, "vendor where", data)
	}
	if v.Country == drafts.Unknown {
		// Not known to the catalogue and not answered: a visible gap in a
		// policy that check marks as a draft.
		g := fill(a, "gap", content.Esc(fill(a, "missing where", vendorName(v))))
		if where == "" {
			return g
		}
		return where + "; " + g
	}
	return where
}

func recipients(a *drafts.Answers) string {
	byRole := map[string][]recipient{}
	ownUse := false
	quote := func(ids []string) []string {
		var ps []string
		for _, id := range ids {
			ps = append(ps, "»"+purposeName(a, id)+"«")
		}
		return ps
	}
	email := contactEmail(a)
	// A vendor used only for the processing done for customers is a
	// sub-processor: the processor section names it, not this one.
	for _, v := range content.OwnVendors(a) {
		name := vendorName(v)
		extra := &recipientExtra{Actor: vendorEntity(v), Joint: v.Role == "joint", Email: email}
		if extra.Actor == "" {
			extra.Actor = name
		}
		extra.ControllerFor = content.Esc(content.Clean(strings.TrimSpace(v.ControllerFor)))
		// Joint control (art. 26) is often only a part of the processing,
		// as with a pixel: collection and transmission.
		extra.JointFor = content.Esc(content.Clean(strings.TrimSpace(v.JointFor)))
		base := recipient{
			Name:    name,
			Where:   vendorWhere(a, v),
			Service: content.Esc(content.Clean(v.Service)),
		}
		if !extra.empty() {
			base.Extra = extra
		}
		if !transfersFor(v) {
			// Otherwise the note is shown with the transfer.
			base.Note = content.Sentence(v.TransferNote)
		}
		if v.PrivacyURL != "" && drafts.CheckURL(v.PrivacyURL) == nil {
			base.Link = v.PrivacyURL
		}
		if !slices.Contains([]string{"processor", "controller", "joint"}, v.Role) && len(v.PurposeRoles) == 0 {
			// The role is not known (the catalogue does not know it, and
			// the answers do not say): listed apart, with a gap, in a
			// policy check marks as a draft.
			r := base
			r.Extra, r.Purposes = nil, quote(v.Purposes)
			byRole["unknown"] = append(byRole["unknown"], r)
			continue
		}
		// A vendor with different roles for different purposes is listed
		// once under each role, with the purposes it has that role for.
		// A vendor with one role and a service says what it does; the
		// purposes it serves are in the record of processing.
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
			if len(v.PurposeRoles) > 0 || base.Service == "" {
				r.Purposes = quote(ids)
			}
			if role != v.Role && len(v.PurposeRoles) > 0 {
				// The extras and note belong to the vendor's main line.
				r.Extra, r.Note = nil, ""
			}
			if role == "joint" && vendorEntity(v) != "" {
				// A joint controller is a company, not its product: »Meta
				// Platforms Ireland Ltd (Meta Pixel, Irland; …)«.
				r.Name, r.Where = vendorEntity(v), jointWhere(a, v)
			}
			if role == "processor" && r.Extra != nil {
				ownUse = true
			}
			byRole[role] = append(byRole[role], r)
		}
	}
	type disclosure struct{ Recipient, Reason string }
	var ds []disclosure
	for _, d := range a.Disclosures {
		ds = append(ds, disclosure{content.Esc(content.Clean(d.Recipient)), content.Phrase(d.Reason)})
	}
	return exec(a, "recipients", map[string]any{
		"Processors":  byRole["processor"],
		"Controllers": byRole["controller"],
		"Joint":       byRole["joint"],
		"NoRole":      byRole["unknown"],
		"RoleGap":     gap(a, "role"),
		"OwnUse":      ownUse,
		"Disclosures": ds,
		"Email":       email,
	})
}

// jointWhere is, for a joint controller named by its entity, what follows
// the entity: the product's name and where the data is processed.
func jointWhere(a *drafts.Answers, v drafts.Vendor) string {
	e := v
	e.Entity = v.Name // the product stands where the entity would
	if e.Name == "" {
		e.Entity = drafts.Label(drafts.RecipientCategories, v.Category)
	}
	e.Name, e.EntityCountry = "", "" // the entity's country is in its name or no matter here
	return vendorWhere(a, e)
}

// transfersFor reports whether a vendor has a transfer to list: processing
// outside the EU/EEA, or access from there.
func transfersFor(v drafts.Vendor) bool {
	return !content.InEEA(v.Country) || content.Known(v.RemoteAccess)
}

func transfers(a *drafts.Answers) string {
	// transfer is one vendor's transfer, or its access from outside the
	// EU/EEA (Remote); templates/transfers.md says what it means.
	type transfer struct {
		Name      string
		Remote    bool
		To        string   // the receiving entity, when known
		Country   string   // where the data is processed
		Countries []string // where access comes from (Remote)
		// The basis: DPF, an adequacy decision, standard contractual
		// clauses, binding corporate rules, or none given.
		DPF, Adequacy, SCC, BCR bool
		Note                    string
	}
	withBasis := func(t transfer, basis string) transfer {
		t.DPF, t.Adequacy, t.SCC, t.BCR = basis == "dpf", basis == "adequacy", basis == "scc", basis == "bcr"
		return t
	}
	var items []transfer
	copies, dpf := false, false
	for _, v := range content.OwnVendors(a) {
		if !transfersFor(v) {
			continue
		}
		name := vendorName(v)
		note := content.Sentence(v.TransferNote)
		if !content.InEEA(v.Country) {
			to := ""
			switch {
			case content.Known(v.TransferTo):
				to = content.Esc(content.Clean(v.TransferTo))
			case vendorEntity(v) != "" && v.EntityCountry == v.Country:
				to = vendorEntity(v)
			}
			items = append(items, withBasis(transfer{Name: name, To: to, Country: content.CountryName(v.Country), Note: note}, v.Transfer))
			note = ""
			dpf = dpf || v.Transfer == "dpf"
			copies = copies || v.Transfer == "scc" || v.Transfer == "bcr"
		}
		if content.Known(v.RemoteAccess) {
			var cs []string
			for _, c := range v.RemoteCountries {
				cs = append(cs, content.CountryName(c))
			}
			to := ""
			if content.Known(v.TransferTo) {
				to = content.Esc(content.Clean(v.TransferTo))
			}
			items = append(items, withBasis(transfer{Name: name, Remote: true, To: to, Countries: cs, Note: note}, v.RemoteAccess))
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
	type row struct {
		Name     string
		Prefix   bool // the name varies after Name: "_ga_*"
		Provider string
		Purpose  string
		Lifetime string // "" with Session
		Session  bool   // deleted when the browser closes
	}
	// group is a kind of cookie described without naming each one.
	type group struct {
		Purpose, Provider string // Provider "" is the business itself
		Lifetime          string
		Session           bool
	}
	type category struct {
		Title    string
		Text     string
		Purposes []string
		Groups   []group
		Rows     []row
	}
	var cats []category
	consent := false
	for _, t := range drafts.CookieCategories {
		var rows []row
		var groups []group
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
			gr := group{Purpose: content.Sentence(g.Purpose), Provider: content.Esc(strings.TrimSpace(content.Clean(g.Provider)))}
			switch {
			case g.Lifetime == "":
			case drafts.IsSessionLifetime(g.Lifetime):
				gr.Session = true
			default:
				gr.Lifetime = content.Period(g.Lifetime)
			}
			groups = append(groups, gr)
			addID(g.PurposeID)
		}
		for _, k := range c.List {
			if k.Category != t.ID {
				continue
			}
			name, prefix := cookieName(k.Name)
			r := row{Name: name, Prefix: prefix, Provider: content.Esc(content.Clean(k.Provider)), Purpose: content.Sentence(k.Purpose)}
			if drafts.IsSessionLifetime(k.Lifetime) {
				r.Session = true
			} else {
				r.Lifetime = content.Period(k.Lifetime)
			}
			rows = append(rows, r)
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
		cats = append(cats, category{term(a, "cookie-title", t.ID), term(a, "cookie-text", t.ID), ps, groups, rows})
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
		"EasyReject":  c.Banner && c.EasyReject,
		"Tool":        content.Esc(content.Clean(c.BannerTool)),
		"Lifetime":    "",
		"SettingsURL": "",
		"Categories":  cats,
	}
	if c.ConsentLifetime != "" {
		data["Lifetime"] = content.Period(c.ConsentLifetime)
	}
	if c.SettingsURL != "" && drafts.CheckURL(c.SettingsURL) == nil {
		data["SettingsURL"] = c.SettingsURL
	}
	return exec(a, "cookies", data)
}

func websiteLink(a *drafts.Answers) string {
	if a.Controller.Website != "" {
		return content.WebLink(a.Controller.Website)
	}
	return ""
}

func security(a *drafts.Answers) string {
	var items []string
	// The measures as they read for this business: whether it has a
	// website, and, for one person, whether vendors share the access.
	data := struct{ Website, Vendors, Association bool }{strings.TrimSpace(a.Controller.Website) != "", len(a.Vendors) > 0, a.Controller.Kind == "association"}
	for _, m := range a.Security.Measures {
		if has(a, "security", m) {
			items = append(items, fill(a, "security "+m, data))
		}
	}
	for _, o := range a.Security.Other {
		if s := content.Sentence(o); s != "" {
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
		"Exception":    term(a, "automated-exception", au.Exception),
		"ByLaw":        au.Exception == "law",
		"Description":  content.Sentence(au.Description),
		"Logic":        content.Sentence(au.Logic),
		"Consequences": content.Sentence(au.Consequences),
		"Profiling":    au.Profiling,
		"Profile":      content.Sentence(au.ProfilingDescription),
		"Cookies":      content.MarketingCookies(a),
		"Email":        contactEmail(a),
	})
}

// children speaks only when the answers say the business deals with
// children: its services are aimed at them, or children are a subject
// group. Databeskyttelseslovens § 6, stk. 2 is about information society
// services offered directly to a child, so a business that does not aim at
// children, such as a B2B service, has nothing to say here.
func children(a *drafts.Answers) string {
	if !a.Children.Targeted && !content.HasGroup(a, "children") {
		return ""
	}
	// Only art. 6(1)(a) consent: the age rule is about a child's consent
	// to online services, not explicit consent under art. 9 or § 8.
	var consent []string
	for _, p := range a.Purposes {
		if slices.Contains(p.AllBases(), "6.1.a") {
			consent = append(consent, content.Quoted(p.Name))
		}
	}
	law := a.Profile().ChildLaw
	if law == "" {
		law = term(a, "child-law default")
	}
	return exec(a, "children", map[string]any{
		"Patients": childPatients(a),
		"Targeted": a.Children.Targeted,
		"Age":      a.ChildAge(),
		"Law":      law,
		"Consent":  content.AndList(a, consent),
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
			if content.CategoryKind(a, id) == drafts.KindSpecial && p.SensitiveBasisFor(id).Basis == "9.2.h" {
				return true
			}
		}
	}
	return false
}

// keptRecords names the purposes whose data the law requires kept, grouped
// by the law that requires the keeping when the answers name it, so the
// rights section can say they are not deleted on request, and names each
// law once.
func keptRecords(a *drafts.Answers) []string {
	type kept struct {
		Names []string
		Law   string
	}
	var groups []*kept
	for _, p := range a.Purposes {
		if !p.Retention.ByLaw {
			continue
		}
		law := content.Esc(content.KeepingLaw(p))
		i := slices.IndexFunc(groups, func(k *kept) bool { return k.Law == law })
		if i < 0 {
			groups = append(groups, &kept{Law: law})
			i = len(groups) - 1
		}
		groups[i].Names = append(groups[i].Names, content.Quoted(p.Name))
	}
	var out []string
	for _, k := range groups {
		out = append(out, fill(a, "kept record", k))
	}
	return out
}

// marketing reports whether the answers show direct marketing, where the
// right to object is absolute (art. 21(2)).
func marketing(a *drafts.Answers) bool {
	if content.HasGroup(a, "subscribers") {
		return true
	}
	for _, p := range a.Purposes {
		if slices.Contains(p.Data, "newsletter") || slices.Contains(p.Subjects, "subscribers") {
			return true
		}
	}
	// Targeted ads are direct marketing too: the art. 21(2) objection
	// covers them and the profiling behind them.
	return content.Advertises(a) || a.Automated.Profiling == "marketing"
}

func rights(a *drafts.Answers) string {
	p := a.Profile()
	website := ""
	if p.Authority.Website != "" {
		website = content.WebLink(p.Authority.Website)
	}
	return exec(a, "rights", map[string]any{
		"Email":     contactEmail(a),
		"Phone":     content.Esc(content.Clean(a.Controller.Phone)),
		"Interest":  usesBasis(a, "6.1.f") || usesBasis(a, "6.1.e"),
		"Marketing": marketing(a),
		"Portable":  usesBasis(a, "6.1.a") || usesBasis(a, "6.1.b"),
		"Kept":      content.AndList(a, keptRecords(a)),
		"Processor": a.Processor.Acts,
		"Authority": authorityShort(a),
		"Website":   website,
	})
}

// consent is the withdrawal section (art. 7(3) and 13(2)(c)): every
// purpose that rests on consent, with the way to withdraw it. Consent given
// through the cookie banner, whether the cookies are named or described by
// category, is withdrawn where it was given; a newsletter by its link; the
// rest by writing.
func consent(a *drafts.Answers) string {
	type way struct {
		Cookies, Newsletter bool
		Names               []string // quoted purposes, with the categories that rest on explicit consent
	}
	var cookieWay, newsletterWay, writeWay way
	cookieWay.Cookies, newsletterWay.Newsletter = true, true
	byCookies := consentCookiePurposes(a)
	anyCookies := false
	for _, c := range a.Cookies.List {
		anyCookies = anyCookies || c.Category != "necessary"
	}
	for _, c := range a.Cookies.Categories {
		anyCookies = anyCookies || c.Category != "necessary"
	}
	for _, p := range a.Purposes {
		consent6 := slices.Contains(p.AllBases(), "6.1.a")
		cats := content.ExplicitConsent(a, p)
		switch {
		case !consent6 && len(cats) == 0:
		case consent6 && byCookies[p.ID]:
			cookieWay.Names = append(cookieWay.Names, content.Quoted(p.Name))
		case consent6 && newsletterPurpose(p):
			newsletterWay.Names = append(newsletterWay.Names, content.Quoted(p.Name))
		case consent6:
			writeWay.Names = append(writeWay.Names, content.Quoted(p.Name))
		default:
			writeWay.Names = append(writeWay.Names, fill(a, "consent purpose", map[string]any{"Name": content.Quoted(p.Name), "Cats": cats}))
		}
	}
	var ways []way
	if anyCookies || len(cookieWay.Names) > 0 {
		ways = append(ways, cookieWay)
	}
	for _, w := range []way{newsletterWay, writeWay} {
		if len(w.Names) > 0 {
			ways = append(ways, w)
		}
	}
	if len(ways) == 0 {
		return ""
	}
	data := map[string]any{
		"Ways":        ways,
		"Email":       contactEmail(a),
		"Phone":       content.Esc(content.Clean(a.Controller.Phone)),
		"SettingsURL": "",
	}
	if u := a.Cookies.SettingsURL; u != "" && drafts.CheckURL(u) == nil {
		data["SettingsURL"] = u
	}
	return exec(a, "consent", data)
}

// consentCookiePurposes are the ids of the purposes that cookies needing
// consent serve, named one by one or described by category.
func consentCookiePurposes(a *drafts.Answers) map[string]bool {
	out := map[string]bool{}
	for _, c := range a.Cookies.List {
		if c.Category != "necessary" && c.PurposeID != "" {
			out[c.PurposeID] = true
		}
	}
	for _, c := range a.Cookies.Categories {
		if c.Category != "necessary" && c.PurposeID != "" {
			out[c.PurposeID] = true
		}
	}
	return out
}

// newsletterPurpose reports whether a purpose sends a newsletter: its
// people are subscribers, or it processes newsletter activity.
func newsletterPurpose(p drafts.Purpose) bool {
	return slices.Contains(p.Subjects, "subscribers") || slices.Contains(p.Data, "newsletter")
}

func complaint(a *drafts.Answers) string {
	au := a.Profile().Authority
	data := map[string]any{
		"Name":    content.Esc(content.Clean(au.Name)),
		"Address": content.Esc(content.Clean(au.Address)),
		"Phone":   content.Esc(content.Clean(au.Phone)),
		"Email":   content.MailLink(au.Email),
		"Website": content.WebLink(au.Website),
	}
	if au.Name == "" {
		// No known authority: validation asks for [authority].
		data = map[string]any{"Name": term(a, "authority unknown"), "Address": "", "Phone": "", "Email": "", "Website": ""}
	}
	// Art. 77(1): a complaint may also go to the authority where the
	// reader lives. The policy is in Danish, so its readers live in
	// Denmark: a foreign controller's policy names Datatilsynet too.
	data["Home"] = nil
	if dk, ok := drafts.ProfileFor("DK"); ok && !a.Profile().Danish {
		data["Home"] = map[string]string{"Name": content.Esc(content.Clean(dk.Authority.Name)), "Website": content.WebLink(dk.Authority.Website)}
	}
	return exec(a, "complaint", data)
}

func changes(a *drafts.Answers) string {
	type change struct{ Date, Text string }
	var cs []change
	for _, c := range a.Document.Changes {
		cs = append(cs, change{content.LongDate(c.Date), content.Sentence(c.Text)})
	}
	data := map[string]any{
		"Effective": content.LongDate(a.Document.Effective),
		"Version":   content.Esc(content.Clean(a.Document.Version)),
		"Website":   "",
		"Changes":   cs,
	}
	if a.Controller.Website != "" {
		data["Website"] = content.WebLink(a.Controller.Website)
	}
	return exec(a, "changes", data)
}
