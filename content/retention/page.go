package retention

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The schedule as a page, in the policy's page style. Values from the
// answers are escaped on their way into the Markdown; the words are the
// templates'.

func (s *Schedule) term(name ...string) string { return s.texts.Term(strings.Join(name, " ")) }

func (s *Schedule) termOK(name ...string) (string, bool) {
	return s.texts.TermOK(strings.Join(name, " "))
}

func (s *Schedule) has(name ...string) bool { return s.texts.Has(strings.Join(name, " ")) }

func (s *Schedule) fill(name string, data any) string { return s.texts.Exec(name, data) }

func (s *Schedule) gap(what string) string {
	return s.fill("gap", content.Esc(s.term("missing", what)))
}

// Title is the schedule's heading, plain text.
func (s *Schedule) Title() string {
	name := s.Name
	if strings.TrimSpace(name) == "" {
		name = s.fill("gap plain", s.term("missing name"))
	}
	return s.fill("title", name)
}

// Page is the schedule as numbered sections.
func (s *Schedule) Page() *content.Page {
	p := &content.Page{Title: s.Title(), Class: "sletteplan"}
	p.Lead = content.SqueezeBlankLines(s.fill("lead", map[string]any{
		"Made":    content.LongDate(s.Made),
		"Version": content.Esc(s.Version),
	}))
	add := func(id, title, body string) {
		if body = strings.TrimSpace(body); body != "" {
			p.Sections = append(p.Sections, content.Section{ID: id, Title: title, Number: len(p.Sections) + 1, Body: body})
		}
	}
	add("overblik", s.term("title overblik"), s.overview())
	for _, r := range s.Rows {
		add("formaal-"+r.Purpose.ID, s.fill("title formaal", content.Clean(r.Purpose.Name)), s.fieldTable(s.fields(r)))
	}
	add("oplysninger", s.term("title oplysninger"), s.categoryTable())
	add("mangler", s.term("title mangler"), s.missingList())
	add("regler", s.term("title regler"), s.rules())
	return p
}

// Markdown writes the schedule as CommonMark with GFM tables.
func (s *Schedule) Markdown() []byte { return s.Page().Markdown() }

// HTML writes the schedule as a standalone HTML5 page in the policy's
// style.
func (s *Schedule) HTML() ([]byte, error) { return s.Page().HTML(content.HTMLOptions{}) }

// after is the event a purpose's period counts from: a purpose only for
// volunteers counts from when they stop, since they have no »hverv«.
func after(p drafts.Purpose) string {
	a := p.Retention.After
	if a == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		return "volunteering_end"
	}
	return a
}

// howLong is how long a purpose's data is kept: the period, or until
// consent is withdrawn, or while an account is active and then a period.
func (s *Schedule) howLong(p drafts.Purpose) string {
	r := p.Retention
	period := content.Period(r.Period)
	switch a := after(p); {
	case s.has("long", a):
		return s.fill("long "+a, period)
	case strings.TrimSpace(r.Period) == "":
		return s.gap("period")
	}
	return content.UpperFirst(period)
}

// from is what a purpose's period counts from, or a gap when the answers
// do not say.
func (s *Schedule) from(p drafts.Purpose) string {
	a := after(p)
	if a == "consent_withdrawn" {
		return "" // until consent is withdrawn: no event to count from
	}
	if t, ok := s.termOK("from", a); ok && a != "" {
		return t
	}
	if strings.TrimSpace(p.Retention.Period) == "" {
		return ""
	}
	return s.gap("after")
}

func (s *Schedule) overview() string {
	type row struct{ Name, Long, From, Who string }
	var rows []row
	for _, r := range s.Rows {
		rows = append(rows, row{
			Name: content.Esc(content.Clean(r.Purpose.Name)),
			Long: s.howLong(r.Purpose),
			From: content.OrDefault(s.from(r.Purpose), s.term("from none")),
			Who:  s.who(r.Purpose),
		})
	}
	return s.fill("overview", rows)
}

func (s *Schedule) who(p drafts.Purpose) string {
	if w := strings.TrimSpace(content.Clean(p.Retention.Responsible)); w != "" {
		return content.Esc(w)
	}
	return s.term("not decided")
}

type field struct{ Label, Value string }

func (s *Schedule) fieldTable(fs []field) string { return s.fill("fields", fs) }

func (s *Schedule) fields(r Row) []field {
	p := r.Purpose
	var fs []field
	add := func(key, value string) {
		if strings.TrimSpace(value) != "" {
			fs = append(fs, field{s.term("label", key), value})
		}
	}
	add("data", content.UpperFirst(s.categories(p.Data)))
	add("groups", content.UpperFirst(s.groups(p.Subjects)))
	add("long", s.howLong(p))
	add("from", s.from(p))
	add("why", s.why(p))
	add("request", s.request(p))
	add("vendors", s.vendors(p))
	add("responsible", s.who(p))
	how := s.term("not decided")
	if m := strings.TrimSuffix(strings.TrimSpace(content.Clean(p.Retention.Method)), "."); m != "" {
		how = content.UpperFirst(content.Esc(m))
	}
	add("method", how)
	return fs
}

// why says why the data is kept that long: the law that requires it, the
// consent it rests on, or the business's own judgement; with the policy's
// note on the period, cited.
func (s *Schedule) why(p drafts.Purpose) string {
	r := p.Retention
	var w string
	switch {
	case r.ByLaw && content.KeepingLaw(p) != "":
		w = s.fill("why law", content.Esc(content.KeepingLaw(p)))
	case r.ByLaw:
		w = s.fill("why law", s.gap("law"))
	case r.After == "consent_withdrawn":
		w = s.term("why consent")
	case strings.TrimSpace(r.Period) != "":
		w = s.term("why own")
	}
	if note := strings.TrimSuffix(strings.TrimSpace(content.Clean(r.Note)), "."); note != "" {
		w = s.fill("with note", map[string]string{"Text": w, "Note": content.Esc(note)})
	}
	return w
}

// request says what a request for erasure does, where the answers decide
// it: data the law requires kept is not erased on request (art. 17(3)(b)),
// data on consent is erased when the consent is withdrawn (art. 17(1)(b)).
func (s *Schedule) request(p drafts.Purpose) string {
	switch {
	case p.Retention.ByLaw:
		return s.term("request kept")
	case slices.Contains(p.AllBases(), "6.1.a") || len(content.ExplicitConsent(s.a, p)) > 0:
		return s.term("request consent")
	}
	return ""
}

// vendors are the recipients that hold the purpose's data for the
// business, where it must be deleted too.
func (s *Schedule) vendors(p drafts.Purpose) string {
	var out []string
	for _, v := range s.a.ResolvedVendors() {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		role := v.RoleFor(p.ID)
		if t, ok := s.termOK("role", role); ok {
			out = append(out, s.fill("vendor", map[string]string{"Name": content.Esc(content.VendorName(v)), "Role": t}))
		}
	}
	return content.AndList(s.a, out)
}

// category is a data category in the schedule's words: the business's
// own, where the shared name speaks to the policy's reader.
func (s *Schedule) category(id string) string {
	if t, ok := s.termOK("category", id); ok {
		return t
	}
	return content.CategoryName(s.a, id)
}

func (s *Schedule) categories(ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, s.category(id))
	}
	return content.AndList(s.a, out)
}

func (s *Schedule) groups(ids []string) string {
	var out []string
	for _, g := range ids {
		out = append(out, content.GroupName(s.a, g))
	}
	return content.AndList(s.a, out)
}

func (s *Schedule) purpose(id string) *drafts.Purpose {
	for i := range s.a.Purposes {
		if s.a.Purposes[i].ID == id {
			return &s.a.Purposes[i]
		}
	}
	return nil
}

// limit is a purpose's time limit in one phrase: "5 år efter aftalens
// ophør".
func (s *Schedule) limit(p drafts.Purpose) string {
	return s.fill("limit", map[string]string{"Long": s.howLong(p), "From": content.LowerFirst(s.from(p))})
}

func (s *Schedule) categoryTable() string {
	type row struct{ Name, Limits string }
	var rows []row
	for _, c := range s.Categories {
		var ls []string
		for _, id := range c.Purposes {
			if p := s.purpose(id); p != nil {
				ls = append(ls, s.fill("purpose limit", map[string]string{"Name": content.Quoted(p.Name), "Limit": s.limit(*p)}))
			}
		}
		rows = append(rows, row{content.UpperFirst(s.category(c.ID)), strings.Join(ls, "; ")})
	}
	return s.fill("categories", map[string]any{"Rows": rows, "Shared": slices.ContainsFunc(s.Categories, func(c Category) bool { return len(c.Purposes) > 1 })})
}

// missing are the keys of what a row can lack, in the order the list
// names them.
var missing = []string{"period", "after", "law", "responsible", "method"}

// missingList is what the answers do not yet say, one line per kind of
// answer with the purposes that lack it.
func (s *Schedule) missingList() string {
	type item struct {
		What     string
		Purposes []string
		All      bool
	}
	var items []item
	for _, k := range missing {
		var ps []string
		for _, r := range s.Rows {
			if slices.Contains(r.Missing, k) {
				ps = append(ps, content.Quoted(r.Purpose.Name))
			}
		}
		if len(ps) > 0 {
			items = append(items, item{s.term("todo", k), ps, len(ps) == len(s.Rows) && len(ps) > 1})
		}
	}
	return s.fill("missing", map[string]any{"Items": items, "Any": len(s.Rows) > 0})
}

func (s *Schedule) rules() string {
	byLaw := slices.ContainsFunc(s.a.Purposes, func(p drafts.Purpose) bool { return p.Retention.ByLaw })
	return s.fill("rules", map[string]any{
		"Any":       len(s.Rows) > 0,
		"ByLaw":     byLaw,
		"Vendors":   slices.ContainsFunc(s.a.ResolvedVendors(), func(v drafts.Vendor) bool { return len(v.Purposes) > 0 }),
		"Processor": s.a.Processor.Acts,
	})
}
