package processors

import (
	"fmt"
	"slices"
	"strings"

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

// Page is the overview as numbered sections.
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
	if len(e.Controller) > 0 || strings.TrimSpace(e.Vendor.ControllerFor) != "" {
		roles = append(roles, o.term("short controller"))
	}
	if len(e.Joint) > 0 || strings.TrimSpace(e.Vendor.JointFor) != "" {
		roles = append(roles, o.term("short joint"))
	}
	return o.texts.AndList(roles)
}

// where is the country the vendor processes the data in.
func (o *Overview) where(v drafts.Vendor) string {
	if _, ok := drafts.CountryByCode(v.Country); !ok {
		return o.gap("country")
	}
	return content.CountryName(v.Country)
}

func (o *Overview) abroadShort(e Entry) string {
	switch {
	case len(e.Transfers) > 0:
		var cs []string
		for _, t := range e.Transfers {
			if len(t.Countries) == 0 {
				cs = append(cs, o.term("countries unnamed"))
			}
			for _, c := range t.Countries {
				if n := content.CountryName(c); !slices.Contains(cs, n) {
					cs = append(cs, n)
				}
			}
		}
		return o.fill("abroad yes", content.AndList(o.a, cs))
	case slices.Contains(e.Missing, "transfer"):
		return o.term("abroad unknown")
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
	add("data", o.purposeData(e))
	add("groups", o.groups(e))
	add("where", o.where(v))
	add("transfers", o.transfers(e))
	add("assessment", o.assessment(e))
	if e.NeedsAgreement() {
		key := "agreement"
		if len(e.Processor) == 0 && !e.Sub {
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

// quoted are purposes named by id, as the policy names them.
func (o *Overview) quoted(ids []string) []string {
	var out []string
	for _, id := range ids {
		if p := o.purpose(id); p != nil {
			out = append(out, content.Quoted(p.Name))
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
		lines = append(lines, o.term("role sub"))
	}
	if len(e.Controller) > 0 {
		lines = append(lines, o.fill("role controller", o.quoted(e.Controller)))
	}
	if w := strings.TrimSuffix(strings.TrimSpace(content.Clean(v.ControllerFor)), "."); w != "" {
		lines = append(lines, o.fill("role controller for", content.Esc(w)))
	}
	if len(e.Joint) > 0 {
		lines = append(lines, o.fill("role joint", o.quoted(e.Joint)))
	}
	if w := strings.TrimSuffix(strings.TrimSpace(content.Clean(v.JointFor)), "."); w != "" {
		lines = append(lines, o.fill("role joint for", content.Esc(w)))
	}
	return joinLines(lines)
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

// purposeData is each purpose the vendor serves with the data it holds,
// and for a sub-processor the customers' data.
func (o *Overview) purposeData(e Entry) string {
	var lines []string
	for _, id := range e.Vendor.Purposes {
		if p := o.purpose(id); p != nil {
			lines = append(lines, o.fill("purpose data", map[string]string{"Name": content.Quoted(p.Name), "Data": o.categories(p.Data)}))
		}
	}
	if e.Sub && len(o.a.Processor.Data) > 0 {
		lines = append(lines, o.fill("customer data", o.categories(o.a.Processor.Data)))
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
// ground, or that the answers show none, or that they do not know.
func (o *Overview) transfers(e Entry) string {
	var lines []string
	for _, t := range e.Transfers {
		cs := o.countries(t)
		lines = append(lines, o.fill("transfer", map[string]any{
			"Remote":    t.Remote,
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
		return o.term("assessment not needed")
	}
	return o.fill("assessment needed", map[string]any{
		"Countries": content.AndList(o.a, need),
		"Bases":     o.texts.OrList(bases),
		"US":        slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Assessment && slices.Contains(t.Countries, "US") }),
		"Done":      content.LongDate(e.Vendor.TransferAssessed),
	})
}

func (o *Overview) agreement(v drafts.Vendor) string {
	return o.fill("agreement", map[string]string{
		"Signed": content.LongDate(v.AgreementSigned),
		"Kept":   content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(v.AgreementKept)), ".")),
	})
}

func (o *Overview) othersTable() string {
	type row struct{ Name, Role, Purposes, Where, Abroad string }
	var rows []row
	for _, e := range o.Others {
		rows = append(rows, row{
			Name:     name(e.Vendor),
			Role:     content.UpperFirst(o.roleShort(e)),
			Purposes: content.AndList(o.a, o.quoted(e.Vendor.Purposes)),
			Where:    o.where(e.Vendor),
			Abroad:   o.abroadShort(e),
		})
	}
	joint := slices.ContainsFunc(o.Others, func(e Entry) bool { return len(e.Joint) > 0 })
	return o.fill("others", map[string]any{"Rows": rows, "Joint": joint})
}

// missingList is what the answers do not document, vendor by vendor.
func (o *Overview) missingList() string {
	type item struct {
		Name  string
		Items []string
	}
	var items []item
	for _, e := range append(append([]Entry(nil), o.Processors...), o.Others...) {
		if len(e.Missing) == 0 {
			continue
		}
		var what []string
		for _, k := range e.Missing {
			what = append(what, o.fill("todo "+k, map[string]any{"Joint": len(e.Processor) == 0 && !e.Sub}))
		}
		items = append(items, item{name(e.Vendor), what})
	}
	return o.fill("missing", map[string]any{"Items": items, "Any": len(o.Processors)+len(o.Others) > 0})
}

func (o *Overview) rules() string {
	all := append(append([]Entry(nil), o.Processors...), o.Others...)
	return o.fill("rules", map[string]any{
		"Processors": len(o.Processors) > 0,
		"Sub":        o.a.Processor.Acts && len(o.a.SubProcessors()) > 0,
		"Joint":      slices.ContainsFunc(all, func(e Entry) bool { return len(e.Joint) > 0 }),
		"Assessment": slices.ContainsFunc(all, Entry.NeedsAssessment),
		"DPF": slices.ContainsFunc(all, func(e Entry) bool {
			return slices.ContainsFunc(e.Transfers, func(t Transfer) bool { return t.Basis == "dpf" })
		}),
	})
}
