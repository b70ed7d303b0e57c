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
		add("formaal-"+r.Purpose.ID, s.fill("title formaal", PurposeName(r.Purpose)), s.fieldTable(s.fields(r)))
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

// PurposeName is a purpose's name in the schedule, plain text: the
// record's, which speaks of everyone in the third person, when the
// answers give one, else the policy's.
func PurposeName(p drafts.Purpose) string {
	if n := strings.TrimSpace(content.Clean(p.RecordName)); n != "" {
		return n
	}
	return content.Clean(p.Name)
}

// quoted is a purpose's name in quotes, as Markdown.
func quoted(p drafts.Purpose) string { return content.Quoted(PurposeName(p)) }

// eventOf is an event as the schedule names it: a period only for
// volunteers counts from when they stop, since they have no »hverv«.
func eventOf(p drafts.Purpose, e string) string {
	if e == "office_end" && len(p.Subjects) > 0 && !slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "volunteers" }) {
		return "volunteering_end"
	}
	return e
}

// after is the event a purpose's period counts from: for data kept until
// consent is withdrawn, the event that ends it at the latest, if any.
func after(p drafts.Purpose) string {
	a := p.Retention.After
	if a == "consent_withdrawn" && p.Retention.Latest != "" {
		a = p.Retention.Latest
	}
	return eventOf(p, a)
}

// howLong is how long a purpose's data is kept: the period, or until
// consent is withdrawn (at the latest at an event, or a period after
// it), or while an account is active and then a period; and longer while
// a case or claim holds it.
func (s *Schedule) howLong(p drafts.Purpose) string {
	long, ok := s.baseLong(p)
	if ok {
		long = s.held(p, long)
	}
	return long
}

// held adds to a time limit what keeps the data past it.
func (s *Schedule) held(p drafts.Purpose, long string) string {
	if h := p.Retention.Hold; h != "" {
		return s.fill("long hold "+h, long)
	}
	return long
}

// baseLong is how long without what holds the data longer; ok is false
// for a gap.
func (s *Schedule) baseLong(p drafts.Purpose) (string, bool) {
	r := p.Retention
	period := content.Period(r.Period)
	switch {
	case r.After == "consent_withdrawn":
		return s.fill("long consent_withdrawn", map[string]string{
			"Period": period,
			"Since":  s.since(p, after(p)),
			"At":     s.at(p, after(p)),
			"Latest": r.Latest,
		}), true
	case s.has("long", r.After):
		return s.fill("long "+r.After, period), true
	case strings.TrimSpace(r.Period) == "":
		return s.gap("period"), false
	}
	return content.UpperFirst(period), true
}

// since is the phrase after a period that says what it counts from: »fra
// den seneste optegnelse«.
func (s *Schedule) since(p drafts.Purpose, e string) string {
	if t, ok := s.termOK("since", e); ok && e != "" {
		return t
	}
	return ""
}

// at is the phrase that says when an event ends the keeping: »ved
// ansættelsens ophør«.
func (s *Schedule) at(p drafts.Purpose, e string) string {
	if t, ok := s.termOK("at", e); ok && e != "" {
		return t
	}
	return ""
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
			Name: content.Esc(PurposeName(r.Purpose)),
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
	if gs := content.RevealsHealth(s.a, p); len(gs) > 0 {
		add("health", s.fill("health", map[string]bool{"Patients": slices.Contains(gs, "patients"), "Enquiries": slices.Contains(gs, "enquiries")}))
	}
	add("long", s.howLong(p))
	add("from", s.from(p))
	add("bydata", s.byData(p))
	add("hold", s.hold(p))
	add("cookies", s.cookies(p))
	add("why", s.why(p))
	add("proof", s.proof(p))
	add("request", s.request(p))
	add("vendors", s.vendors(p))
	add("responsible", s.who(p))
	how := s.term("not decided")
	if m := strings.TrimSuffix(strings.TrimSpace(content.Clean(p.Retention.Method)), "."); m != "" {
		how = content.UpperFirst(content.Esc(m))
	}
	if p.Retention.Hold != "" {
		how = s.fill("method hold "+p.Retention.Hold, how)
	}
	add("method", how)
	return fs
}

// byData are the shorter time limits of some of the purpose's data.
func (s *Schedule) byData(p drafts.Purpose) string {
	var out []string
	for _, d := range p.Retention.ByData {
		out = append(out, s.fill("by data", map[string]string{
			"Data":  s.categories(d.Data),
			"Limit": s.dataLimit(p, d),
		}))
	}
	return content.UpperFirst(strings.Join(out, "; "))
}

// dataLimit is a shorter time limit for some data in one phrase: »3
// måneder fra lukningen af kontoen«, or »ved sagens afslutning«.
func (s *Schedule) dataLimit(p drafts.Purpose, d drafts.DataRetention) string {
	e := eventOf(p, d.After)
	if strings.TrimSpace(d.Period) == "" {
		return s.fill("limit at", s.at(p, e))
	}
	return s.fill("limit", map[string]string{"Long": content.Period(d.Period), "Since": s.since(p, e)})
}

// hold says what keeps the data past its time limit, and the rule.
func (s *Schedule) hold(p drafts.Purpose) string {
	if h := p.Retention.Hold; h != "" {
		return s.term("hold", h)
	}
	return ""
}

// cookies are the cookies a purpose's data is collected with, and how
// long each lives in the visitor's browser.
func (s *Schedule) cookies(p drafts.Purpose) string {
	if !content.CookiePurpose(s.a, p) {
		return "" // the cookies of a booking or a shop only make it work
	}
	var out []string
	life := func(l string) string {
		if drafts.IsSessionLifetime(l) {
			return s.term("session")
		}
		return content.Period(l)
	}
	for _, k := range s.a.Cookies.List {
		if k.PurposeID == p.ID {
			out = append(out, s.fill("cookie", map[string]string{"Name": content.Esc(content.Clean(k.Name)), "Life": life(k.Lifetime)}))
		}
	}
	for _, g := range s.a.Cookies.Categories {
		if g.PurposeID == p.ID {
			out = append(out, s.fill("cookie group", map[string]string{"Provider": content.Esc(strings.TrimSpace(content.Clean(g.Provider))), "Life": life(g.Lifetime)}))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return s.fill("cookies", content.AndList(s.a, out))
}

// why says why the data is kept that long: the law that requires it, the
// consent it rests on, or the business's own judgement; with the note on
// the period, in the record's words or cited.
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
	if note := strings.TrimSuffix(strings.TrimSpace(content.Clean(r.RecordNote)), "."); note != "" {
		return s.fill("with note", map[string]string{"Text": w, "Note": content.Esc(note)})
	}
	note := strings.TrimSuffix(strings.TrimSpace(content.Clean(r.Note)), ".")
	switch {
	case note == "":
		return w
	case drafts.PolicyVoice(note) == "":
		return s.fill("with note", map[string]string{"Text": w, "Note": content.Esc(note)})
	}
	return s.fill("with cited note", map[string]any{"Text": w, "Note": content.Esc(note), "Notice": s.notice(p)})
}

// notice names the separate notice the purpose's groups read, when all of
// them have one; the policy's note is cited from it.
func (s *Schedule) notice(p drafts.Purpose) string {
	if len(p.Subjects) == 0 || slices.ContainsFunc(p.Subjects, func(g string) bool { return !s.a.Document.Separate(g) }) {
		return ""
	}
	for _, n := range s.a.Document.Notices {
		if slices.Contains(n.Groups, p.Subjects[0]) {
			return s.groups(n.Groups)
		}
	}
	return ""
}

// proof is how long the proof of a consent is kept after it is
// withdrawn.
func (s *Schedule) proof(p drafts.Purpose) string {
	if pr := strings.TrimSpace(p.Retention.Proof); pr != "" {
		return s.fill("proof", map[string]any{"Period": content.Period(pr), "Newsletter": slices.Contains(p.Data, "newsletter")})
	}
	return ""
}

// request says what a request for erasure does, for each legal basis the
// purpose rests on: data the law requires kept is not erased on request
// (art. 17(3)(b)); data on consent is erased when it is withdrawn (art.
// 17(1)(b)); on a contract, once it is over (art. 17(1)(a)), unless a
// claim needs it (art. 17(3)(e)); on a legitimate interest, unless the
// business's grounds override (art. 17(1)(c), art. 21(1)); on a legal
// obligation, not while the law requires the processing. Data with a
// joint or independent controller is deleted there.
func (s *Schedule) request(p drafts.Purpose) string {
	var out []string
	switch {
	case content.CookiePurpose(s.a, p) && consentLog(s.a, p):
		out = append(out, s.fill("request consent log", content.Period(strings.TrimSpace(p.Retention.Period))))
	case content.CookiePurpose(s.a, p) && slices.Contains(p.AllBases(), "6.1.a"):
		out = append(out, s.term("request cookies"))
		// Only where no other controller gets the data: Meta, say, can tie
		// what its pixel sends to an account, and keeps it by its own rules.
		if !slices.ContainsFunc(s.a.ResolvedVendors(), func(v drafts.Vendor) bool {
			r := v.RoleFor(p.ID)
			return slices.Contains(v.Purposes, p.ID) && (r == "joint" || r == "controller")
		}) {
			out = append(out, s.term("request cookie id"))
		}
	case p.Retention.ByLaw:
		out = append(out, s.term("request kept"))
	default:
		bases := p.AllBases()
		if len(content.ExplicitConsent(s.a, p)) > 0 && !slices.Contains(bases, "6.1.a") {
			bases = append([]string{"6.1.a"}, bases...) // the explicit consent decides for its data
		}
		for _, b := range bases {
			t, ok := s.termOK("request", b)
			if !ok {
				continue
			}
			if g := s.basisGroups(p, b); g != "" {
				t = s.fill("request for", map[string]string{"Groups": g, "Text": content.LowerFirst(t)})
			}
			out = append(out, t)
		}
	}
	for _, v := range s.a.ResolvedVendors() {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		n := s.vendorName(v)
		switch role := v.RoleFor(p.ID); {
		case role == "joint":
			out = append(out, s.fill("request joint", s.company(v)))
		case role == "controller":
			out = append(out, s.fill("request controller", s.company(v)))
		case role == "processor" && content.CookiePurpose(s.a, p) && !consentLog(s.a, p):
			out = append(out, s.fill("request cookie processor", n))
		}
	}
	return strings.Join(out, " ")
}

// consentLog reports whether p documents the visitors' cookie choices: a
// purpose not on consent that a consent tool serves. Its log is the proof
// of consent (art. 7(1)), which a withdrawal adds to and a request for
// erasure does not remove (art. 17(3)(e), art. 21(1)).
func consentLog(a *drafts.Answers, p drafts.Purpose) bool {
	if slices.Contains(p.AllBases(), "6.1.a") {
		return false
	}
	for _, v := range a.Vendors {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && cv.Category == "consent" || v.Category == "consent" {
			return true
		}
	}
	return false
}

// basisGroups names the groups a basis applies to, when the purpose has
// another basis for some of its groups; else "".
func (s *Schedule) basisGroups(p drafts.Purpose, b string) string {
	if len(p.ByGroup) == 0 || b == "6.1.a" && len(content.ExplicitConsent(s.a, p)) > 0 {
		return ""
	}
	var gs []string
	for _, g := range p.Subjects {
		if slices.Contains(p.BasisFor(g), b) {
			gs = append(gs, g)
		}
	}
	if len(gs) == len(p.Subjects) {
		return ""
	}
	return s.groups(gs)
}

// vendorName is a vendor inside a sentence: its name, or its kind as a
// common noun in the business's voice (»vores revisor«).
func (s *Schedule) vendorName(v drafts.Vendor) string {
	if strings.TrimSpace(v.Name) == "" && v.Category != "" {
		return s.fill("kind", content.Esc(strings.ToLower(content.VendorName(v))))
	}
	return content.Esc(content.VendorName(v))
}

// company is who a request for erasure goes to: the legal entity behind
// a vendor, with the product when the entity is known and named
// otherwise (Meta Platforms Ireland Ltd, via Meta Pixel); else the
// vendor as the schedule names it.
func (s *Schedule) company(v drafts.Vendor) map[string]string {
	n := s.vendorName(v)
	if !content.Known(v.Entity) {
		return map[string]string{"Company": n, "Product": ""}
	}
	e := content.Esc(content.Clean(v.Entity))
	if strings.HasPrefix(strings.ToLower(e), strings.ToLower(n)) {
		return map[string]string{"Company": e, "Product": ""}
	}
	return map[string]string{"Company": e, "Product": n}
}

// vendors are the recipients that hold the purpose's data for the
// business, by role, and what a catalogue vendor keeps for itself.
func (s *Schedule) vendors(p drafts.Purpose) string {
	var roles []string
	byRole := map[string][]string{}
	var keeps []string
	for _, v := range s.a.ResolvedVendors() {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		role := v.RoleFor(p.ID)
		if !s.has("role", role) {
			continue
		}
		if !slices.Contains(roles, role) {
			roles = append(roles, role)
		}
		name := s.vendorName(v)
		// Another controller is the company, which answers for what it
		// keeps: »Meta Platforms Ireland Ltd (Meta Pixel)«.
		if c := s.company(v); role != "processor" && c["Product"] != "" {
			name = c["Company"] + " (" + c["Product"] + ")"
		}
		byRole[role] = append(byRole[role], name)
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && strings.TrimSpace(cv.Keeps) != "" {
			keeps = append(keeps, content.Sentence(cv.Keeps))
		}
	}
	var out []string
	for _, r := range roles {
		out = append(out, s.fill("vendors by role", map[string]any{"Role": r, "Many": len(byRole[r]) > 1, "Names": content.AndList(s.a, byRole[r])}))
	}
	t := content.UpperFirst(strings.Join(out, "; "))
	if len(keeps) > 0 {
		t += ". " + strings.Join(keeps, " ")
	}
	return t
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

// limit is a purpose's time limit for one data category in one phrase:
// »5 år fra aftalens ophør«, or the shorter limit the answers give that
// category.
func (s *Schedule) limit(p drafts.Purpose, id string) string {
	for _, d := range p.Retention.ByData {
		if slices.Contains(d.Data, id) {
			return s.dataLimit(p, d)
		}
	}
	long, ok := s.baseLong(p)
	switch {
	case !ok:
	case p.Retention.After == "consent_withdrawn":
		long = content.LowerFirst(long)
	default:
		long = s.fill("limit", map[string]string{"Long": long, "Since": s.since(p, after(p))})
	}
	return s.held(p, long)
}

func (s *Schedule) categoryTable() string {
	type row struct{ Name, Limits string }
	var rows []row
	for _, c := range s.Categories {
		var ls []string
		for _, id := range c.Purposes {
			if p := s.purpose(id); p != nil {
				ls = append(ls, s.fill("purpose limit", map[string]string{"Name": quoted(*p), "Limit": s.limit(*p, c.ID)}))
			}
		}
		rows = append(rows, row{content.UpperFirst(s.category(c.ID)), strings.Join(ls, "; ")})
	}
	return s.fill("categories", map[string]any{"Rows": rows, "Shared": slices.ContainsFunc(s.Categories, func(c Category) bool { return len(c.Purposes) > 1 })})
}

// missing are the keys of what a row can lack, in the order the list
// names them.
var missing = []string{"period", "after", "latest", "law", "proof", "responsible", "method"}

// missingList is what the answers do not yet say, one line per kind of
// answer with the purposes that lack it; the keys to answer it with in
// privatliv follow apart.
func (s *Schedule) missingList() string {
	type item struct {
		What     string
		Purposes []string
		All      bool
	}
	var items []item
	var fields []string
	for _, k := range missing {
		var ps []string
		for _, r := range s.Rows {
			if slices.Contains(r.Missing, k) {
				ps = append(ps, quoted(r.Purpose))
			}
		}
		if len(ps) > 0 {
			items = append(items, item{s.term("todo", k), ps, len(ps) == len(s.Rows) && len(ps) > 1})
			fields = append(fields, s.term("field", k))
		}
	}
	acts := s.a.Processor.Acts && strings.TrimSpace(s.a.Processor.Deletion) == ""
	if acts {
		fields = append(fields, s.term("field deletion"))
	}
	return s.fill("missing", map[string]any{"Items": items, "Processor": acts, "Fields": fields, "Any": len(s.Rows) > 0})
}

func (s *Schedule) rules() string {
	byLaw := slices.ContainsFunc(s.a.Purposes, func(p drafts.Purpose) bool { return p.Retention.ByLaw })
	return s.fill("rules", map[string]any{
		"Any":       len(s.Rows) > 0,
		"ByLaw":     byLaw,
		"Vendors":   slices.ContainsFunc(s.a.ResolvedVendors(), func(v drafts.Vendor) bool { return len(v.Purposes) > 0 }),
		"Processor": s.a.Processor.Acts,
		"Deletion":  content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(s.a.Processor.Deletion)), ".")),
		"Worktime":  s.a.Processor.Acts && slices.Contains(s.a.Processor.Data, "worktime") && s.a.Profile().Danish,
		"Consent":   slices.ContainsFunc(s.a.Purposes, func(p drafts.Purpose) bool { return content.ConsentPurpose(s.a, p) }),
	})
}
