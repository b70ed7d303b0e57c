package formtexts

import (
	"regexp"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The texts as a page, in the policy's page style: each text as a quote
// to copy, with what the law requires of it below. Values from the
// answers are escaped on their way into the Markdown; the words are the
// templates'.

func (c *Collection) term(name ...string) string { return c.texts.Term(strings.Join(name, " ")) }

func (c *Collection) termOK(name ...string) (string, bool) {
	return c.texts.TermOK(strings.Join(name, " "))
}

func (c *Collection) fill(name string, data any) string { return c.texts.Exec(name, data) }

func (c *Collection) gap(what string) string {
	return c.fill("gap", content.Esc(c.term("missing", what)))
}

// banner reports whether the page has anything to say about a cookie
// banner: the website's cookies are described, or it has a website.
func (c *Collection) hasBanner() bool {
	a := c.a
	return len(c.Cookies) > 0 || a.Cookies.None || a.Cookies.Any() || strings.TrimSpace(a.Controller.Website) != ""
}

// Title is the page's heading, plain text.
func (c *Collection) Title() string {
	name := c.Name
	if strings.TrimSpace(name) == "" {
		name = c.fill("gap plain", c.term("missing name"))
	}
	return c.fill("title", map[string]any{"Name": name, "Banner": c.hasBanner()})
}

// Page is the texts as numbered sections.
func (c *Collection) Page() *content.Page {
	p := &content.Page{Title: c.Title(), Class: "tekster"}
	p.Lead = content.SqueezeBlankLines(c.fill("lead", map[string]any{
		"Forms":    len(c.Forms) > 0,
		"Consents": len(c.Consents) > 0,
		"Banner":   len(c.Cookies) > 0,
	}))
	add := func(id, title, body string) {
		if body = strings.TrimSpace(body); body != "" {
			p.Sections = append(p.Sections, content.Section{ID: id, Title: title, Number: len(p.Sections) + 1, Body: body})
		}
	}
	for _, f := range c.Forms {
		var names []string
		for _, g := range f.Groups {
			names = append(names, content.GroupText(c.a, g))
		}
		add("formular-"+f.Groups[0], c.fill("title form", content.UpperFirst(content.JoinAnd(names))), c.form(f))
	}
	for _, k := range c.Consents {
		add("samtykke-"+k.Purpose.ID, c.fill("title consent", content.Clean(k.Purpose.Name)), c.consent(k))
	}
	add("cookiebanner", c.term("title banner"), c.banner())
	add("mangler", c.term("title mangler"), c.missing())
	return p
}

// Markdown writes the texts as CommonMark with GFM tables.
func (c *Collection) Markdown() []byte { return c.Page().Markdown() }

// HTML writes the texts as a standalone HTML5 page in the policy's style.
func (c *Collection) HTML() ([]byte, error) { return c.Page().HTML(content.HTMLOptions{}) }

// companyName is the business as the texts name it, or a gap.
func (c *Collection) companyName() string {
	if strings.TrimSpace(c.Name) == "" {
		return c.gap("name")
	}
	return content.Esc(c.Name)
}

// policyLink is the link to the published policy, or a gap.
func (c *Collection) policyLink() string {
	if u := c.a.Document.URL; u != "" && drafts.CheckURL(u) == nil {
		return content.WebLink(u)
	}
	return c.gap("url")
}

// more is the sentence that sends the reader to the full information:
// the policy, or the separate notice for groups that have one, with
// where to find it.
func (c *Collection) more(groups []string) string {
	if len(groups) > 0 && !slices.ContainsFunc(groups, func(g string) bool { return !c.a.Document.Separate(g) }) {
		// Every group has its own notice; name the notice of the first.
		for _, n := range c.a.Document.Notices {
			if slices.Contains(n.Groups, groups[0]) {
				return c.fill("more notice", map[string]string{
					"Groups": content.AndList(c.a, groupNames(c.a, n.Groups)),
					"Where":  content.Sentence(n.Where),
					"Email":  content.MailLink(c.a.Controller.Email),
				})
			}
		}
	}
	child := len(groups) > 0 && forParents(groups[0])
	if c.a.Document.URL == "" && strings.TrimSpace(c.a.Controller.Website) == "" {
		// No website to publish it on: the policy is had by asking.
		return c.fill("more policy on request", map[string]any{"Email": content.MailLink(c.a.Controller.Email), "Child": child})
	}
	return c.fill("more policy", map[string]any{"Link": c.policyLink(), "Child": child})
}

func groupNames(a *drafts.Answers, groups []string) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = content.GroupName(a, g)
	}
	return out
}

func (c *Collection) purpose(id string) *drafts.Purpose {
	for i := range c.a.Purposes {
		if c.a.Purposes[i].ID == id {
			return &c.a.Purposes[i]
		}
	}
	return nil
}

// forParents reports whether a group's forms are filled in by the
// parents: the children, whose parents give their data and pay.
func forParents(g string) bool { return g == "children" }

// healthPractice reports whether the business treats patients and keeps
// their health data, so that people who write to it may tell of their
// health.
func (c *Collection) healthPractice() bool {
	for _, s := range c.a.Subjects {
		if s.Key() == "patients" && slices.ContainsFunc(s.Data, func(id string) bool { return content.CategoryKind(c.a, id) == drafts.KindSpecial }) {
			return true
		}
	}
	return false
}

// healthChannels are the business's own security measures on how health
// data is sent (»Helbredsoplysninger sendes kun med sikker e-mail …«),
// as sentences.
func (c *Collection) healthChannels() []string {
	var out []string
	for _, m := range c.a.Security.Other {
		if strings.Contains(strings.ToLower(m), "helbred") {
			if s := content.Sentence(m); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// surprising reports whether the first layer must say what a purpose
// does, not only name it: the person does not give the data for it
// (later use, data from others), it goes to another controller or out of
// the EU/EEA, or it rests on the business's legitimate interest, which
// the person may object to.
func (c *Collection) surprising(p drafts.Purpose, g string) bool {
	a := c.a
	if p.Required == "not_collected" || slices.Contains(p.BasisFor(g), "6.1.f") {
		return true
	}
	for _, d := range a.Disclosures {
		if slices.Contains(d.Purposes, p.ID) {
			return true
		}
	}
	for _, v := range a.ResolvedVendors() {
		if slices.Contains(v.Purposes, p.ID) && (v.RoleFor(p.ID) != "processor" || !content.InEEA(v.Country) || content.Known(v.RemoteAccess)) {
			return true
		}
	}
	for _, s := range a.Sources {
		if slices.Contains(s.Subjects, g) && slices.ContainsFunc(s.Data, func(id string) bool { return slices.Contains(p.Data, id) }) {
			return true
		}
	}
	return false
}

// formBody is the text to copy at a group's forms: who, what for (and
// what the unexpected uses are), where the data comes from and goes, what
// must be given, the rights in brief, and where to read the rest.
func (c *Collection) formBody(f Form) string {
	a := c.a
	g := f.Groups[0]
	parents := forParents(g)
	var purposes, described, needs, transfers []string
	voluntary, objection := true, false
	for _, id := range f.Purposes {
		p := c.purpose(id)
		purposes = append(purposes, content.Quoted(p.Name))
		desc, consequence := p.TextFor(g)
		if parents && !slices.ContainsFunc(p.GroupTexts, func(t drafts.GroupText) bool { return t.Group == g && t.Description != "" }) {
			desc = "" // the purpose's own description speaks to the patient
		}
		if c.surprising(*p, g) {
			if d := content.Sentence(desc); d != "" && !slices.Contains(described, d) {
				described = append(described, d)
			}
		}
		objection = objection || slices.Contains(p.BasisFor(g), "6.1.f")
		switch p.Required {
		case "contract", "law":
			voluntary = false
			s := content.Sentence(consequence)
			if s == "" {
				s = c.fill("required "+p.Required, content.Quoted(p.Name))
			}
			if !slices.Contains(needs, s) {
				needs = append(needs, s)
			}
		case "voluntary":
			if s := content.Sentence(consequence); s != "" && !slices.Contains(needs, s) {
				needs = append(needs, s)
			}
		case "not_collected":
		default:
			voluntary = false // unanswered: check asks; the text says nothing
		}
		for _, t := range c.transfers(*p) {
			if !slices.Contains(transfers, t) {
				transfers = append(transfers, t)
			}
		}
	}
	var sources []string
	for _, s := range a.Sources {
		if !slices.Contains(s.Subjects, g) {
			continue
		}
		var data []string
		for _, id := range s.Data {
			data = append(data, content.CategoryName(a, id))
		}
		sources = append(sources, c.fill("source", map[string]string{
			"Data": content.AndList(a, data),
			"Name": content.Esc(content.PronounLower(content.Clean(s.Name))),
		}))
	}
	customer := ""
	if a.Processor.Acts && slices.Contains(a.Processor.Subjects, g) {
		var data []string
		for _, id := range a.Processor.Data {
			data = append(data, content.CategoryName(a, id))
		}
		customer = c.fill("customer controls", map[string]any{"Employer": g == "customer_employees", "Data": content.AndList(a, data)})
	}
	needs = mergeNeeds(needs)
	// At a clinic, people who write tell of their health. Unless the form
	// is the way the answers give for health data, it warns them off, and
	// says which ways the business's own security measures name.
	channels := c.healthChannels()
	health := c.healthPractice() && g == "enquiries" && (len(channels) > 0 || !slices.ContainsFunc(f.Purposes, func(id string) bool {
		p := c.purpose(id)
		return slices.ContainsFunc(p.Data, func(d string) bool { return content.CategoryKind(a, d) == drafts.KindSpecial })
	}))
	if !health {
		channels = nil
	}
	return c.fill("form text", map[string]any{
		"Name":      c.companyName(),
		"Parents":   parents,
		"Purposes":  purposes,
		"Described": described,
		"Sources":   strings.Join(sources, "; "),
		"Transfers": transfers,
		"Customer":  customer,
		"Needs":     needs,
		"Voluntary": voluntary,
		"Objection": objection,
		"Health":    health,
		"Channels":  channels,
		"More":      c.more(f.Groups),
	})
}

// needRE is a consequence of the plain form »Uden X kan vi ikke Y.«,
// with no comma in Y (»…, og så kan du ikke …« is a sentence of its own).
var needRE = regexp.MustCompile(`^(Uden .+? kan (?:vi|jeg) ikke) ([^,.]+)\.$`)

// mergeNeeds says once what is needed for several purposes: »Uden navn og
// adresse kan vi ikke registrere dig som medlem. Uden navn og adresse kan
// vi ikke opkræve kontingent.« is »Uden navn og adresse kan vi ikke
// registrere dig som medlem eller opkræve kontingent.«
func mergeNeeds(needs []string) []string {
	var out []string
	heads := map[string]int{} // the head of a plain consequence -> its place in out
	for _, s := range needs {
		m := needRE.FindStringSubmatch(s)
		if m == nil {
			out = append(out, s)
			continue
		}
		i, ok := heads[m[1]]
		if !ok {
			heads[m[1]] = len(out)
			out = append(out, s)
			continue
		}
		prev := needRE.FindStringSubmatch(out[i])
		what := prev[2]
		if j := strings.LastIndex(what, " eller "); j >= 0 {
			what = what[:j] + ", " + what[j+len(" eller "):]
		}
		out[i] = m[1] + " " + what + " eller " + m[2] + "."
	}
	return out
}

// transfers are the sentences on where a purpose's data goes outside the
// EU/EEA, vendor by vendor.
func (c *Collection) transfers(p drafts.Purpose) []string {
	var out []string
	for _, v := range c.a.ResolvedVendors() {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		if !content.InEEA(v.Country) && content.Known(v.Transfer) && v.Transfer != "none" {
			out = append(out, c.fill("transfer", map[string]string{
				"Purpose": content.Quoted(p.Name),
				"Vendor":  content.Esc(content.VendorName(v)),
				"Country": content.CountryName(v.Country),
				"Basis":   c.term("safeguard", v.Transfer),
			}))
		}
		if content.Known(v.RemoteAccess) && v.RemoteAccess != "none" {
			var cs []string
			for _, code := range v.RemoteCountries {
				cs = append(cs, content.CountryName(code))
			}
			out = append(out, c.fill("remote", map[string]string{
				"Vendor":    content.Esc(content.VendorName(v)),
				"Countries": content.AndList(c.a, cs),
				"Basis":     c.term("safeguard", v.RemoteAccess),
			}))
		}
	}
	return out
}

// form is the first layer at a group's forms, with what the law
// requires of it.
func (c *Collection) form(f Form) string {
	groups := content.AndList(c.a, groupNames(c.a, f.Groups))
	return c.fill("form", map[string]any{
		"Body":      f.body,
		"Groups":    groups,
		"Parents":   forParents(f.Groups[0]),
		"Age":       c.a.ChildAge(),
		"Clause":    content.HasRelativeClause(groups),
		"Separate":  f.Separate,
		"OnRequest": !f.Separate && c.a.Document.URL == "" && strings.TrimSpace(c.a.Controller.Website) == "",
		"Later": slices.ContainsFunc(f.Purposes, func(id string) bool {
			return c.purpose(id).Required == "not_collected"
		}),
	})
}

// mine is a recipient's name as the person says it in the box they tick:
// »din fagforening« is »min fagforening«.
func (c *Collection) mine(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if t, found := c.termOK("own", first); found && ok {
		return t + " " + rest
	}
	return s
}

// consent is a purpose's consent text: the box to tick, the information
// beside it, and what the law requires.
func (c *Collection) consent(k Consent) string {
	a := c.a
	p := k.Purpose
	var data []string
	for _, id := range p.Data {
		data = append(data, content.CategoryName(a, id))
	}
	var processors, others, boxOthers []string
	var abroad []string
	for _, v := range a.ResolvedVendors() {
		if !slices.Contains(v.Purposes, p.ID) {
			continue
		}
		n := content.Esc(content.VendorName(v))
		if strings.TrimSpace(v.Name) == "" {
			n = content.LowerFirst(n) // a kind of recipient is a common noun
		}
		if v.RoleFor(p.ID) == "processor" {
			processors = append(processors, n)
		} else {
			others = append(others, n)
			boxOthers = append(boxOthers, n)
		}
		if !content.InEEA(v.Country) {
			if cn := content.CountryName(v.Country); !slices.Contains(abroad, cn) {
				abroad = append(abroad, cn)
			}
		}
	}
	for _, d := range a.Disclosures {
		if slices.Contains(d.Purposes, p.ID) {
			n := content.Esc(content.PronounLower(content.Clean(d.Recipient)))
			others = append(others, n)
			boxOthers = append(boxOthers, c.mine(n))
		}
	}
	newsletter := slices.Contains(p.Data, "newsletter") || slices.Contains(p.Subjects, "subscribers")
	children := slices.Contains(p.Subjects, "children") || a.Children.Targeted
	law := a.Profile().ChildLaw
	if law == "" {
		law = c.term("child-law default")
	}
	_, consequence := p.TextFor(firstOr(p.Subjects))
	return c.fill("consent", map[string]any{
		"Name":         c.companyName(),
		"Purpose":      content.Quoted(p.Name),
		"Box":          content.Esc(content.LowerFirst(strings.TrimSuffix(strings.TrimSpace(content.Clean(p.ConsentBox)), "."))),
		"Explicit":     k.Explicit,
		"Data":         content.AndList(a, data),
		"Description":  content.Sentence(p.Description),
		"Tracking":     slices.Contains(p.Data, "newsletter"),
		"Processors":   content.AndList(a, processors),
		"Others":       content.AndList(a, others),
		"BoxOthers":    content.AndList(a, boxOthers),
		"Abroad":       content.AndList(a, abroad),
		"Retention":    c.retention(p),
		"Email":        content.MailLink(a.Controller.Email),
		"Withdraw":     p.Withdraw,
		"More":         c.more(p.Subjects),
		"Marketing":    newsletter && a.Profile().MarketingLaw != "",
		"MarketingLaw": a.Profile().MarketingLaw,
		"Newsletter":   newsletter,
		"Voluntary":    p.Required == "voluntary",
		"Consequence":  content.Sentence(consequence),
		"Special": slices.ContainsFunc(p.Data, func(d string) bool {
			return content.CategoryKind(a, d) == drafts.KindSpecial && p.SensitiveBasisFor(d).Basis == "9.2.a"
		}),
		"CPR":       content.HasKind(a, p, drafts.KindCPR) && p.CPRBasis == "11.2.2",
		"Criminal":  content.HasKind(a, p, drafts.KindCriminal) && p.CriminalBasis == "8.3.1",
		"Danish":    a.Profile().Danish,
		"Required":  p.Required == "contract" || p.Required == "law",
		"Employees": slices.Contains(p.Subjects, "employees"),
		"Children":  children,
		"Age":       a.ChildAge(),
		"ChildLaw":  law,
	})
}

func firstOr(gs []string) string {
	if len(gs) == 0 {
		return ""
	}
	return gs[0]
}

// retention is how long a consent purpose's data is kept, as the person
// reads it: until consent is withdrawn, at the latest at an event or a
// period after it; else the policy's words.
func (c *Collection) retention(p drafts.Purpose) string {
	r := p.Retention
	if r.After != "consent_withdrawn" || r.Latest == "" {
		return content.RetentionText(c.a, p)
	}
	return c.fill("retention latest", map[string]any{
		"Period": content.Period(r.Period),
		"Latest": c.term("until", r.Latest),
		"Since":  c.term("since", r.Latest),
		"Note":   c.latestNote(r.Note),
		"Why":    strings.HasPrefix(c.latestNote(r.Note), c.term("note why")+" "),
	})
}

// latestNote is a retention note beside the event that ends the period:
// an opening »regnet fra den sidste behandling, …« or »og senest når …;«
// is what that event already says, so only the rest is kept (»så
// Sygeforsikringen kan nå at betale …«).
func (c *Collection) latestNote(note string) string {
	n := strings.TrimSuffix(strings.TrimSpace(content.Clean(note)), ".")
	low := strings.ToLower(n)
	if slices.ContainsFunc(strings.Split(c.term("note restates"), "|"), func(p string) bool { return strings.HasPrefix(low, p+" ") }) {
		i := strings.Index(n, ", ")
		if j := strings.Index(n, "; "); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			return ""
		}
		n = strings.TrimSpace(n[i+2:])
	}
	return content.Esc(n)
}

// vendorFor is the vendor behind a cookie: the one serving its purpose
// whose name holds the cookie's provider, or the only one serving it.
func (c *Collection) vendorFor(provider, purpose string) (drafts.Vendor, bool) {
	var serving []drafts.Vendor
	for _, v := range c.a.ResolvedVendors() {
		if purpose != "" && slices.Contains(v.Purposes, purpose) {
			serving = append(serving, v)
		}
	}
	p := strings.ToLower(strings.TrimSpace(provider))
	for _, v := range serving {
		n := strings.ToLower(content.VendorName(v))
		if p != "" && (strings.Contains(n, p) || strings.Contains(p, n)) {
			return v, true
		}
	}
	if len(serving) == 1 && p == "" {
		return serving[0], true
	}
	return drafts.Vendor{}, false
}

// company is who sets a cookie, as the banner names it: the legal entity
// behind the vendor, with the product when its name is another.
func (c *Collection) company(provider string, v drafts.Vendor, found bool) string {
	prov := content.Esc(strings.TrimSpace(content.Clean(provider)))
	if !found || !content.Known(v.Entity) {
		if prov == "" {
			return c.companyName()
		}
		return prov
	}
	entity := content.Esc(content.Clean(v.Entity))
	if prov == "" || strings.HasPrefix(strings.ToLower(entity), strings.ToLower(prov)) {
		return entity
	}
	return c.fill("company", map[string]string{"Entity": entity, "Product": prov})
}

// banner is the cookie banner's texts: the first layer, the buttons, and
// a text per category for the banner tool's fields.
func (c *Collection) banner() string {
	a := c.a
	if len(c.Cookies) == 0 {
		if a.Cookies.None || a.Cookies.Any() {
			login := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return slices.Contains(p.Data, "account") })
			return c.fill("no banner", map[string]any{"None": a.Cookies.None, "Danish": a.Profile().Danish, "Login": login})
		}
		return ""
	}
	type category struct{ Title, Text string }
	var cats []category
	var uses, third, abroad []string
	addTo := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	for _, t := range drafts.CookieCategories {
		var companies, cookies, purposes, about []string
		var vendors []drafts.Vendor
		found := false
		life := func(l string) string {
			if l = c.lifetime(l); l == "" {
				return c.term("lifetime unknown")
			}
			return l
		}
		use := func(provider, purpose string) {
			v, ok := c.vendorFor(provider, purpose)
			addTo(&companies, c.company(provider, v, ok))
			if ok && !slices.ContainsFunc(vendors, func(o drafts.Vendor) bool { return o.Name == v.Name && o.Catalog == v.Catalog }) {
				vendors = append(vendors, v)
			}
			if p := c.purpose(purpose); p != nil && !slices.Contains(purposes, p.ID) {
				purposes = append(purposes, p.ID)
			}
		}
		for _, k := range a.Cookies.List {
			if k.Category != t.ID {
				continue
			}
			found = true
			use(k.Provider, k.PurposeID)
			cookies = append(cookies, c.fill("cookie", map[string]string{
				"Name":    content.Esc(content.Clean(k.Name)),
				"Life":    life(k.Lifetime),
				"Purpose": content.Esc(content.LowerFirst(strings.TrimSuffix(strings.TrimSpace(content.Clean(k.Purpose)), "."))),
			}))
		}
		for _, g := range a.Cookies.Categories {
			if g.Category != t.ID {
				continue
			}
			found = true
			use(g.Provider, g.PurposeID)
			prov := content.Esc(strings.TrimSpace(content.Clean(g.Provider)))
			if prov == "" {
				prov = c.companyName()
			}
			cookies = append(cookies, c.fill("cookie group", map[string]string{
				"Provider": prov,
				"Life":     c.lifetime(g.Lifetime),
				"Purpose":  content.Esc(content.LowerFirst(strings.TrimSuffix(strings.TrimSpace(content.Clean(g.Purpose)), "."))),
			}))
		}
		if !found {
			continue
		}
		if t.ID != "necessary" {
			uses = append(uses, c.term("use", t.ID))
			for _, co := range companies {
				if co != c.companyName() {
					addTo(&third, co)
				}
			}
			about = c.about(t.ID, vendors, purposes)
			for _, v := range vendors {
				if !content.InEEA(v.Country) {
					addTo(&abroad, content.CountryName(v.Country))
				}
			}
		}
		cats = append(cats, category{c.term("cookie-title", t.ID), c.fill("category", map[string]any{
			"Text":      c.term("cookie-text", t.ID),
			"Cookies":   strings.Join(cookies, "; "),
			"Companies": content.AndList(a, companies),
			"About":     about,
		})})
	}
	settings := ""
	if u := a.Cookies.SettingsURL; u != "" && drafts.CheckURL(u) == nil {
		settings = content.WebLink(u)
	}
	necessary := slices.ContainsFunc(a.Cookies.List, func(k drafts.Cookie) bool { return k.Category == "necessary" }) ||
		slices.ContainsFunc(a.Cookies.Categories, func(k drafts.CookieGroup) bool { return k.Category == "necessary" })
	return c.fill("banner", map[string]any{
		"Name":       c.companyName(),
		"Necessary":  necessary,
		"Uses":       content.AndList(a, uses),
		"Third":      content.AndList(a, third),
		"Abroad":     content.AndList(a, abroad),
		"Settings":   settings,
		"More":       c.more([]string{"visitors"}),
		"Tool":       content.Esc(strings.TrimSpace(content.Clean(a.Cookies.BannerTool))),
		"Categories": cats,
		"Danish":     a.Profile().Danish,
	})
}

// about says, for a category that needs consent, what its vendors do
// with the data: what a joint controller gets and uses it for itself,
// the profiling the answers describe for marketing, and where the data
// goes outside the EU/EEA.
func (c *Collection) about(category string, vendors []drafts.Vendor, purposes []string) []string {
	a := c.a
	var out []string
	var data []string
	for _, id := range purposes {
		if p := c.purpose(id); p != nil {
			for _, d := range p.Data {
				if n := content.CategoryName(a, d); !slices.Contains(data, n) {
					data = append(data, n)
				}
			}
		}
	}
	for _, v := range vendors {
		name := content.Esc(content.VendorName(v))
		entity := name
		if content.Known(v.Entity) {
			entity = content.Esc(content.Clean(v.Entity))
		}
		roles := map[string]bool{}
		for _, id := range purposes {
			if slices.Contains(v.Purposes, id) {
				roles[v.RoleFor(id)] = true
			}
		}
		switch {
		case roles["joint"]:
			out = append(out, c.fill("about joint", map[string]string{
				"Vendor":        name,
				"Entity":        entity,
				"Data":          content.AndList(a, data),
				"JointFor":      content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(v.JointFor)), ".")),
				"ControllerFor": content.Esc(strings.TrimSuffix(strings.TrimSpace(content.Clean(v.ControllerFor)), ".")),
			}))
		case roles["controller"]:
			out = append(out, c.fill("about controller", map[string]string{"Entity": entity, "Data": content.AndList(a, data)}))
		case roles["processor"]:
			out = append(out, c.fill("about processor", entity))
		}
		if !content.InEEA(v.Country) && content.Known(v.Transfer) && v.Transfer != "none" {
			// The receiver abroad is named only when the answers name it:
			// the contracting entity is often the one inside the EU.
			to := ""
			if content.Known(v.TransferTo) {
				to = content.Esc(content.Clean(v.TransferTo))
			}
			out = append(out, c.fill("about transfer", map[string]string{
				"To":      to,
				"Country": content.CountryName(v.Country),
				"Basis":   c.term("safeguard", v.Transfer),
			}))
		}
	}
	if category == "marketing" && a.Automated.Profiling == "marketing" {
		if d := content.Sentence(a.Automated.ProfilingDescription); d != "" {
			out = append(out, c.fill("about profiling", d))
		}
	}
	return out
}

// lifetime is a cookie's lifetime in words: "2 år", or that it is
// deleted when the browser closes.
func (c *Collection) lifetime(s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return ""
	case drafts.IsSessionLifetime(s):
		return c.term("session")
	}
	return content.Period(s)
}

// missing lists what the texts need that the answers do not give, and
// where in privatliv to answer it.
func (c *Collection) missing() string {
	a := c.a
	needsURL := (len(c.Consents) > 0 || len(c.Cookies) > 0 || slices.ContainsFunc(c.Forms, func(f Form) bool { return !f.Separate })) &&
		(a.Document.URL == "" || drafts.CheckURL(a.Document.URL) != nil) && strings.TrimSpace(a.Controller.Website) != ""
	var withdraw []string
	for _, k := range c.Consents {
		if k.Purpose.Withdraw == "" && (slices.Contains(k.Purpose.Data, "newsletter") || slices.Contains(k.Purpose.Subjects, "subscribers")) {
			withdraw = append(withdraw, content.Quoted(k.Purpose.Name))
		}
	}
	// A box for explicit consent says what the person agrees to in their
	// own words, or it only names the purpose; a newsletter's box says it.
	var box []string
	for _, k := range c.Consents {
		p := k.Purpose
		if len(k.Explicit) > 0 && strings.TrimSpace(p.ConsentBox) == "" && !slices.Contains(p.Data, "newsletter") && !slices.Contains(p.Subjects, "subscribers") {
			box = append(box, content.Quoted(p.Name))
		}
	}
	settings := len(c.Cookies) > 0 && (a.Cookies.SettingsURL == "" || drafts.CheckURL(a.Cookies.SettingsURL) != nil)
	var hints []string
	for _, h := range []struct {
		on   bool
		name string
	}{{needsURL, "url"}, {settings, "settings"}, {len(withdraw) > 0, "withdraw"}, {len(box) > 0, "box"}} {
		if h.on {
			hints = append(hints, c.term("hint", h.name))
		}
	}
	return c.fill("missing", map[string]any{
		"URL":      needsURL,
		"Settings": settings,
		"Withdraw": content.AndList(a, withdraw),
		"Box":      content.AndList(a, box),
		"Hints":    strings.Join(hints, ", "),
		"Any":      len(c.Forms)+len(c.Consents)+len(c.Cookies) > 0,
	})
}
