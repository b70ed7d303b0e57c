package processors

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The overview as a page: the same page style, Markdown and HTML as the
// policy. Every value from the answers is escaped on its way into the
// Markdown; the words are the templates'.

func (o *Overview) term(name ...string) string { return o.texts.Term(strings.Join(name, " ")) }

func (o *Overview) termOK(name ...string) (string, bool) {
	return o.texts.TermOK(strings.Join(name, " "))
}

func (o *Overview) fill(name string, data any) string { return o.texts.Exec(name, data) }

func (o *Overview) gap(what string) string {
	return o.fill("gap", content.Esc(o.term("missing", what)))
}

// Title is the overview's heading, plain text.
func (o *Overview) Title() string {
	name := o.Name
	if strings.TrimSpace(name) == "" {
		name = o.fill("gap plain", o.term("missing name"))
	}
	return o.fill("title", name)
}

// Page is the overview as numbered sections: the processors, each in a
// section of its own, and the joint controllers, whose arrangement is
// documented too; then the other recipients.
func (o *Overview) Page() *content.Page {
	p := &content.Page{Title: o.Title(), Class: "databehandlere"}
	p.Lead = content.SqueezeBlankLines(o.fill("lead", map[string]any{
		"Made":    content.LongDate(o.Made),
		"Version": content.Esc(o.Version),
	}))
	add := func(id, title, body string) {
		if body = strings.TrimSpace(body); body != "" {
			p.Sections = append(p.Sections, content.Section{ID: id, Title: title, Number: len(p.Sections) + 1, Body: body})
		}
	}
	add("overblik", o.term("title overblik"), o.overviewTable())
	for _, e := range o.Processors {
		add(fmt.Sprintf("leverandoer-%d", e.Index+1), o.fill("title leverandoer", content.VendorName(e.Vendor)), o.fieldTable(o.fields(e)))
	}
	for _, e := range o.Others {
		if e.NeedsAgreement() {
			add(fmt.Sprintf("leverandoer-%d", e.Index+1), o.fill("title leverandoer", content.VendorName(e.Vendor)), o.fieldTable(o.fields(e)))
		}
	}
	add("andre-modtagere", o.term("title andre-modtagere"), o.othersTable())
	add("mangler", o.term("title mangler"), o.missingList())
	add("regler", o.term("title regler"), o.rules())
	return p
}

// Markdown writes the overview as CommonMark with GFM tables.
func (o *Overview) Markdown() []byte { return o.Page().Markdown() }

// HTML writes the overview as a standalone HTML5 page in the policy's
// style.
func (o *Overview) HTML() ([]byte, error) { return o.Page().HTML(content.HTMLOptions{}) }

// name is a vendor's name as Markdown.
func name(v drafts.Vendor) string { return content.Esc(content.VendorName(v)) }

func (o *Overview) overviewTable() string {
	type row struct{ Name, Role, Where, Abroad, Agreement string }
	var rows []row
	for _, e := range o.Processors {
		rows = append(rows, row{
			Name:      name(e.Vendor),
			Role:      content.UpperFirst(o.roleShort(e)),
			Where:     o.where(e.Vendor),
			Abroad:    o.abroadShort(e),
			Agreement: o.agreementShort(e),
		})
	}
	return o.fill("overview", map[string]any{"Rows": rows, "Sub": o.a.Processor.Acts})
}

// roleShort is the vendor's roles in a few words, for a table cell.
func (o *Overview) roleShort(e Entry) string {
	var roles []string
	if len(e.Processor) > 0 || (e.Vendor.Role == "processor" && !e.Sub && len(e.Vendor.Purposes) == 0) {
		roles = append(roles, o.term("short processor"))
	}
	if e.Sub {
		roles = append(roles, o.term("short sub"))
	}
	if len(e.Joint) > 0 || strings.TrimSpace(e.Vendor.JointFor) != "" {
		roles = append(roles, o.term("short joint"))
	}
	if len(e.Controller) > 0 || strings.TrimSpace(e.Vendor.ControllerFor) != "" {
		roles = append(roles, o.term("short controller"))
	}
	return o.texts.AndList(roles)
}

// where is the country the vendor processes the data in, and the
// contracting entity's too when it is in the EU/EEA and the data goes on
// outside it (Stripe: Ireland and the USA).
func (o *Overview) where(v drafts.Vendor) string {
	if _, ok := drafts.CountryByCode(v.Country); !ok {
		return o.gap("country")
	}
	if ec, ok := drafts.CountryByCode(v.EntityCountry); ok && ec.EEA && !drafts.InEEA(v.Country) && content.Known(v.Entity) {
		return content.AndList(o.a, []string{content.CountryName(v.EntityCountry), content.CountryName(v.Country)})
	}
	return content.CountryName(v.Country)
}

func (o *Overview) abroadShort(e Entry) string {
	switch {
	case len(e.Transfers) > 0:
		var cs []string
		for _, t := range e.Transfers {
			names := []string{o.term("countries unnamed")}
			if len(t.Countries) > 0 {
				names = nil
				for _, c := range t.Countries {
					names = append(names, content.CountryName(c))
				}
			}
			basis := o.gap("basis")
			if t.Basis != "" {
				basis = o.term("basis-short", t.Basis)
			}
			if s := o.fill("abroad country", map[string]string{"Countries": content.AndList(o.a, names), "Basis": basis}); !slices.Contains(cs, s) {
				cs = append(cs, s)
			}
		}
		return o.fill("abroad yes", strings.Join(cs, "; "))
	case slices.Contains(e.Missing, "transfer"):
		return o.term("abroad unknown")
	case e.Processes() && e.Vendor.SubProcessors.Abroad == "":
		return o.term("abroad unchecked")
	}
	return o.term("abroad no")
}

func (o *Overview) agreementShort(e Entry) string {
	v := e.Vendor
	if !e.NeedsAgreement() {
		return o.term("agreement not needed")
	}
	if v.AgreementSigned.IsZero() {
		return o.term("agreement unnoted")
	}
	return content.LongDate(v.AgreementSigned)
}

// field is one row of a vendor's table.
type field struct{ Label, Value string }

func (o *Overview) fields(e Entry) []field {
	v := e.Vendor
	var fs []field
	add := func(key, value string) {
		if strings.TrimSpace(value) != "" {
			fs = append(fs, field{o.term("label", key), value})
		}
	}
	if cat := drafts.Label(drafts.RecipientCategories, v.Category); cat != "" && strings.TrimSpace(v.Name) != "" {
		add("kind", content.Esc(cat))
	}
	add("entity", o.entity(v))
	add("role", o.roles(e))
	add("service", content.UpperFirst(content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(v.Service)), "."))))
	if len(v.Data) > 0 {
		add("given", o.purposeData(e))
	} else {
		add("data", o.purposeData(e))
	}
	add("groups", o.groups(e))
	add("health", o.health(e))
	add("customers", o.customers(e))
	add("where", o.whereLong(e))
	add("transfers", o.transfers(e))
	add("assessment", o.assessment(e))
	if e.Processes() {
		add("subprocessors", o.subProcessors(e))
	}
	if e.NeedsAgreement() {
		key := "agreement"
		if !e.Processes() {
			key = "arrangement" // joint controllers only
		}
		add(key, o.agreement(v))
	}
	if v.PrivacyURL != "" && drafts.CheckURL(v.PrivacyURL) == nil {
		add("privacy", content.WebLink(v.PrivacyURL))
	}
	return fs
}

func (o *Overview) fieldTable(fs []field) string {
	return o.fill("fields", fs)
}

// entity is the legal entity the business contracts with, and its
// country, or a gap when the answers do not say.
func (o *Overview) entity(v drafts.Vendor) string {
	if !content.Known(v.Entity) {
		return o.gap("entity")
	}
	s := content.Esc(content.Clean(v.Entity))
	if _, ok := drafts.CountryByCode(v.EntityCountry); ok {
		s += " (" + content.CountryName(v.EntityCountry) + ")"
	}
	return s
}

// purposeName is a purpose's name in the overview: the record's, which
// speaks of everyone in the third person, when the answers give one.
func purposeName(p drafts.Purpose) string {
	if n := strings.TrimSpace(p.RecordName); n != "" {
		return content.Quoted(n)
	}
	return content.Quoted(p.Name)
}

// quoted are purposes named by id.
func (o *Overview) quoted(ids []string) []string {
	var out []string
	for _, id := range ids {
		if p := o.purpose(id); p != nil {
			out = append(out, purposeName(*p))
		}
	}
	return out
}

func (o *Overview) purpose(id string) *drafts.Purpose {
	for i := range o.a.Purposes {
		if o.a.Purposes[i].ID == id {
			return &o.a.Purposes[i]
		}
	}
	return nil
}

func (o *Overview) roles(e Entry) string {
	v := e.Vendor
	var lines []string
	if len(e.Processor) > 0 {
		lines = append(lines, o.fill("role processor", o.quoted(e.Processor)))
	} else if v.Role == "processor" && !e.Sub && len(v.Purposes) == 0 {
		lines = append(lines, o.term("role processor unused"))
	}
	if e.Sub {
		lines = append(lines, o.subRole())
	}
	if len(e.Joint) > 0 {
		lines = append(lines, o.fill("role joint", o.quoted(e.Joint)))
	}
	if w := strings.TrimSuffix(strings.TrimSpace(content.Clean(v.JointFor)), "."); w != "" {
		lines = append(lines, o.fill("role joint for", content.Esc(w)))
	}
	if len(e.Controller) > 0 {
		lines = append(lines, o.fill("role controller", o.quoted(e.Controller)))
	}
	if w := strings.TrimSuffix(strings.TrimSpace(content.Clean(v.ControllerFor)), "."); w != "" {
		lines = append(lines, o.fill("role controller for", content.Esc(w)))
	}
	return joinLines(lines)
}

// subRole is a sub-processor's role, with how the business's customers
// approved it when the answers say.
func (o *Overview) subRole() string {
	pr := o.a.Processor
	return o.fill("role sub", map[string]string{
		"Approval": pr.SubprocessorApproval,
		"Terms":    content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(pr.SubprocessorTerms)), ".")),
	})
}

// joinLines joins a cell's lines: the first keeps its capital, the rest
// follow a semicolon.
func joinLines(lines []string) string {
	for i := range lines {
		if i == 0 {
			lines[i] = content.UpperFirst(lines[i])
		} else {
			lines[i] = content.LowerFirst(lines[i])
		}
	}
	return strings.Join(lines, "; ")
}

// category is a data category in the overview's words: the business's
// own, where the shared name speaks to the policy's reader.
func (o *Overview) category(id string) string {
	if t, ok := o.termOK("category", id); ok {
		return t
	}
	return content.CategoryName(o.a, id)
}

func (o *Overview) categories(ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, o.category(id))
	}
	return content.AndList(o.a, out)
}

// given are the categories of ids the vendor gets: all of them, or those
// the answers say it gets (vendors.data).
func given(v drafts.Vendor, ids []string) []string {
	if len(v.Data) == 0 {
		return ids
	}
	var out []string
	for _, id := range ids {
		if slices.Contains(v.Data, id) {
			out = append(out, id)
		}
	}
	return out
}

// purposeData is each purpose the vendor serves with the data it gets,
// and for a sub-processor the customers' data: every category of the
// purpose unless the answers name the ones it gets.
func (o *Overview) purposeData(e Entry) string {
	var lines []string
	for _, id := range e.Vendor.Purposes {
		if p := o.purpose(id); p != nil {
			if ids := given(e.Vendor, p.Data); len(ids) > 0 {
				lines = append(lines, o.fill("purpose data", map[string]string{"Name": purposeName(*p), "Data": o.categories(ids)}))
			}
		}
	}
	if e.Sub {
		if ids := given(e.Vendor, o.a.Processor.Data); len(ids) > 0 {
			lines = append(lines, o.fill("customer data", o.categories(ids)))
		}
	}
	return strings.Join(lines, "; ")
}

func (o *Overview) groups(e Entry) string {
	var gs []string
	add := func(g string) {
		if n := o.group(g); !slices.Contains(gs, n) {
			gs = append(gs, n)
		}
	}
	for _, id := range e.Vendor.Purposes {
		if p := o.purpose(id); p != nil {
			for _, g := range p.Subjects {
				add(g)
			}
		}
	}
	if e.Sub {
		for _, g := range o.a.Processor.Subjects {
			add(g)
		}
	}
	return content.UpperFirst(content.AndList(o.a, gs))
}

// health says which of the vendor's purposes hold health data although
// the answers do not list any: a booking or an enquiry at a health
// practice tells that the person is, or wants to become, a patient.
func (o *Overview) health(e Entry) string {
	var ps []string
	var groups []string
	for _, id := range e.Vendor.Purposes {
		if p := o.purpose(id); p != nil {
			if gs := content.RevealsHealth(o.a, *p); len(gs) > 0 {
				ps = append(ps, purposeName(*p))
				for _, g := range gs {
					if !slices.Contains(groups, g) {
						groups = append(groups, g)
					}
				}
			}
		}
	}
	if len(ps) == 0 {
		return ""
	}
	return o.fill("health", map[string]any{"Purposes": ps, "Patients": slices.Contains(groups, "patients"), "Enquiries": slices.Contains(groups, "enquiries")})
}

// customers warns that a processor which is no sub-processor may get only
// the data the business controls about people it also processes data
// about for its customers (a support tool that sees customers' employees).
func (o *Overview) customers(e Entry) string {
	if len(e.Customers) == 0 {
		return ""
	}
	var gs []string
	for _, g := range e.Customers {
		gs = append(gs, o.group(g))
	}
	return o.fill("customers", map[string]string{
		"Name":   name(e.Vendor),
		"Groups": content.AndList(o.a, gs),
		"Data":   o.categories(o.a.Processor.Data),
	})
}

// group is a group of people in the overview's words.
func (o *Overview) group(g string) string {
	for _, s := range o.a.Subjects {
		if s.Key() == g && strings.TrimSpace(s.Name) != "" {
			return content.GroupName(o.a, g)
		}
	}
	if t, ok := o.termOK("group", g); ok {
		return t
	}
	return content.GroupName(o.a, g)
}

// whereLong is where the vendor processes the data, with what the answers
// add about it when nothing leaves the EU/EEA (»datacentre i Irland og
// Nederlandene«).
func (o *Overview) whereLong(e Entry) string {
	w := o.where(e.Vendor)
	if note := content.Sentence(e.Vendor.TransferNote); note != "" && len(e.Transfers) == 0 {
		w += ". " + note
	}
	return w
}

func (o *Overview) safeguard(t Transfer, countries string) string {
	if t.Basis == "" {
		return o.gap("basis")
	}
	return o.fill("safeguard "+t.Basis, countries)
}

func (o *Overview) countries(t Transfer) string {
	var cs []string
	for _, c := range t.Countries {
		cs = append(cs, content.CountryName(c))
	}
	return content.AndList(o.a, cs)
}

// transfers says where the data goes outside the EU/EEA and on what
// ground, or that none is known, or that it is not known.
func (o *Overview) transfers(e Entry) string {
	var lines []string
	for _, t := range e.Transfers {
		cs := o.countries(t)
		lines = append(lines, o.fill("transfer", map[string]any{
			"Remote":    t.Remote,
			"Sub":       t.Sub,
			"Countries": cs,
			"To":        content.Esc(t.To),
			"Safeguard": o.safeguard(t, cs),
		}))
	}
	if note := content.Sentence(e.Vendor.TransferNote); note != "" && len(lines) > 0 {
		lines[len(lines)-1] += " " + note
	}
	switch {
	case len(lines) > 0:
		return strings.Join(lines, " ")
	case slices.Contains(e.Missing, "transfer"):
		return o.term("transfer unknown")
	case e.Processes() && e.Vendor.SubProcessors.Abroad == "":
		return o.term("transfer unchecked")
	}
	return o.term("transfer none")
}

// assessment says whether the transfers need an assessment of the
// receiving country's law, and whether it is made.
func (o *Overview) assessment(e Entry) string {
	if len(e.Transfers) == 0 {
		return ""
	}
	var need, bases []string
	for _, t := range e.Transfers {
		if t.Basis == "" {
			return o.term("assessment no basis")
		}
		if t.Assessment {
			if b := o.term("basis-name", t.Basis); !slices.Contains(bases, b) {
				bases = append(bases, b)
			}
			cs := o.countries(t)
			if cs == "" {
				cs = o.term("countries unnamed")
			}
			need = append(need, cs)
		}
	}
	if len(need) == 0 {
		// A DPF transfer needs no assessment only while the recipient is
		// on the list; the answers say which basis, the list says whether
		// it still holds.
		var dpf []string
		for _, t := range e.Transfers {
			if t.Basis == "dpf" {
				to := content.Esc(content.Clean(t.To))
				if !content.Known(t.To) {
					to = o.term("recipient unnamed")
				}
				if !slices.Contains(dpf, to) {
					dpf = append(dpf, to)
				}
			}
		}
		if len(dpf) > 0 {
			return o.fill("assessment dpf", content.AndList(o.a, dpf))
		}
		return o.term("assessment not needed")
	}
	var usTo []string
	for _, t := range e.Transfers {
		if t.Assessment && slices.Contains(t.Countries, "US") && content.Known(t.To) {
			if to := content.Esc(content.Clean(t.To)); !slices.Contains(usTo, to) {
				usTo = append(usTo, to)
			}
		}
	}
	return o.fill("assessment needed", map[string]any{
		"Countries": content.AndList(o.a, need),
		"Bases":     o.texts.OrList(bases),
		"US":        slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Assessment && slices.Contains(t.Countries, "US") }),
		"Sub":       slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Assessment && t.Sub }),
		"Own":       slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Assessment && !t.Sub }),
		"Done":      content.LongDate(e.Vendor.TransferAssessed),
		"To":        content.AndList(o.a, usTo),
	})
}

// subProcessors is what the answers say of the vendor's own processors:
// where their list is, how they are approved, and whether any is outside
// the EU/EEA (the transfer itself is in the row above).
func (o *Overview) subProcessors(e Entry) string {
	s := e.Vendor.SubProcessors
	list := ""
	if l := strings.TrimSuffix(strings.TrimSpace(content.Clean(s.List)), "."); l != "" {
		if drafts.CheckURL(l) == nil && (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) {
			list = o.fill("sub list link", content.WebLink(l))
		} else {
			list = o.fill("sub list", content.Esc(l))
		}
	}
	return o.fill("subprocessors", map[string]string{
		"List":     list,
		"Approval": s.Approval,
		"Abroad":   s.Abroad,
	})
}

func (o *Overview) agreement(v drafts.Vendor) string {
	return o.fill("agreement", map[string]string{
		"Signed": content.LongDate(v.AgreementSigned),
		"Kept":   content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(v.AgreementKept)), ".")),
	})
}

func (o *Overview) othersTable() string {
	type row struct{ Name, Entity, Role, Purposes, Where, Abroad string }
	var rows []row
	for _, e := range o.Others {
		entity := o.term("entity none")
		if content.Known(e.Vendor.Entity) {
			entity = o.entity(e.Vendor)
		} else if strings.TrimSpace(e.Vendor.Name) != "" {
			entity = o.gap("entity")
		}
		rows = append(rows, row{
			Name:     name(e.Vendor),
			Entity:   entity,
			Role:     content.UpperFirst(o.roleShort(e)),
			Purposes: content.AndList(o.a, o.quoted(e.Vendor.Purposes)),
			Where:    o.where(e.Vendor),
			Abroad:   o.abroadShort(e),
		})
	}
	type disclosure struct{ Name, Why, Purposes string }
	var ds []disclosure
	for _, d := range o.a.Disclosures {
		ds = append(ds, disclosure{
			Name:     content.Esc(content.UpperFirst(o.said(content.Clean(d.Recipient)))),
			Why:      o.words(d.RecordReason, d.Reason),
			Purposes: content.AndList(o.a, o.quoted(d.Purposes)),
		})
	}
	joint := slices.ContainsFunc(o.Others, func(e Entry) bool { return len(e.Joint) > 0 })
	return o.fill("others", map[string]any{"Rows": rows, "Joint": joint, "Disclosures": ds})
}

// words is a text of the answers as the overview shows it: the record's
// own words when given, else the policy's when they speak of everyone in
// the third person, else the policy's cited. Nothing is rewritten.
func (o *Overview) words(record, policy string) string {
	if t := strings.TrimSuffix(strings.TrimSpace(content.Clean(record)), "."); t != "" {
		return content.UpperFirst(content.Esc(t))
	}
	t := strings.TrimSuffix(strings.TrimSpace(content.Clean(policy)), ".")
	if t == "" || drafts.PolicyVoice(t) == "" {
		return content.UpperFirst(content.Esc(t))
	}
	return o.fill("cited", content.Esc(t))
}

// said is a recipient's name with the policy's possessive pronouns said
// of the person the data is about: »Din fagforening« is »personens
// fagforening«. Other words are kept.
func (o *Overview) said(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '-' {
				break
			}
			j += sz
		}
		word := s[i:j]
		if w, ok := o.termOK("whose", strings.ToLower(word)); ok {
			if unicode.IsUpper(r) {
				w = content.UpperFirst(w)
			}
			word = w
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}

// missingList is what the answers do not document, vendor by vendor and
// then for the business as a whole, in the business's words; the answers
// to give in privatliv follow apart.
func (o *Overview) missingList() string {
	type item struct{ Name, Items string }
	var items []item
	var keys []string
	for _, e := range append(append([]Entry(nil), o.Processors...), o.Others...) {
		if len(e.Missing) == 0 {
			continue
		}
		var what []string
		all := slices.Contains(e.Missing, "subprocessors_list") && slices.Contains(e.Missing, "subprocessors_approval") && slices.Contains(e.Missing, "subprocessors_abroad")
		for _, k := range e.Missing {
			switch {
			case all && k == "subprocessors_list":
				what = append(what, o.term("todo subprocessors"))
			case all && strings.HasPrefix(k, "subprocessors_"):
			default:
				what = append(what, o.fill("todo "+k, map[string]any{"Joint": !e.Processes()}))
			}
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		items = append(items, item{name(e.Vendor), strings.Join(what, "; ")})
	}
	var gaps []string
	customer := false
	for _, k := range o.Gaps {
		customer = customer || strings.HasPrefix(k, "customer_")
		gaps = append(gaps, o.fill("gap "+k, content.AndList(o.a, o.quoted(o.Books))))
	}
	var fields []string
	for _, k := range append(keys, o.Gaps...) {
		fields = append(fields, o.term("field", k))
	}
	return o.fill("missing", map[string]any{
		"Items":    items,
		"Gaps":     gaps,
		"Fields":   fields,
		"Vendors":  len(items) > 0 || slices.Contains(o.Gaps, "bookkeeping"),
		"Customer": customer,
		"Any":      len(o.Processors)+len(o.Others) > 0,
	})
}

func (o *Overview) rules() string {
	all := append(append([]Entry(nil), o.Processors...), o.Others...)
	return o.fill("rules", map[string]any{
		"Processors": len(o.Processors) > 0,
		"Sub":        o.a.Processor.Acts && len(o.a.SubProcessors()) > 0,
		"Acts":       o.a.Processor.Acts,
		"Deletion":   content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(o.a.Processor.Deletion)), ".")),
		"Worktime":   o.a.Processor.Acts && slices.Contains(o.a.Processor.Data, "worktime") && o.a.Profile().Danish,
		"Joint":      slices.ContainsFunc(all, func(e Entry) bool { return len(e.Joint) > 0 }),
		"Assessment": slices.ContainsFunc(all, Entry.NeedsAssessment),
		"DPF": slices.ContainsFunc(all, func(e Entry) bool {
			return slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Basis == "dpf" })
		}),
	})
}
