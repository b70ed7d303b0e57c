package formtexts

import (
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

func (c *Collection) fill(name string, data any) string { return c.texts.Exec(name, data) }

func (c *Collection) gap(what string) string {
	return c.fill("gap", content.Esc(c.term("missing", what)))
}

// Title is the page's heading, plain text.
func (c *Collection) Title() string {
	name := c.Name
	if strings.TrimSpace(name) == "" {
		name = c.fill("gap plain", c.term("missing name"))
	}
	return c.fill("title", name)
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
// the policy, or the separate notice for groups that have one.
func (c *Collection) more(groups []string) string {
	if len(groups) > 0 && !slices.ContainsFunc(groups, func(g string) bool { return !c.a.Document.Separate(g) }) {
		// Every group has its own notice; name the notice of the first.
		for _, n := range c.a.Document.Notices {
			if slices.Contains(n.Groups, groups[0]) {
				return c.fill("more notice", content.AndList(c.a, groupNames(c.a, n.Groups)))
			}
		}
	}
	if c.a.Document.URL == "" && strings.TrimSpace(c.a.Controller.Website) == "" {
		// No website to publish it on: the policy is had by asking.
		return c.fill("more policy on request", content.MailLink(c.a.Controller.Email))
	}
	return c.fill("more policy", c.policyLink())
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

// form is the first layer at a group's forms: who, what for, what must be
// given, the rights in brief, and where to read the rest.
func (c *Collection) form(f Form) string {
	var purposes, needs []string
	voluntary := true
	for _, id := range f.Purposes {
		p := c.purpose(id)
		purposes = append(purposes, content.Quoted(p.Name))
		switch p.Required {
		case "contract", "law":
			voluntary = false
			s := content.Sentence(p.Consequence)
			if s == "" {
				s = c.fill("required "+p.Required, content.Quoted(p.Name))
			}
			if !slices.Contains(needs, s) {
				needs = append(needs, s)
			}
		case "voluntary":
		default:
			voluntary = false // unanswered: check asks; the text says nothing
		}
	}
	groups := content.AndList(c.a, groupNames(c.a, f.Groups))
	return c.fill("form", map[string]any{
		"Name":      c.companyName(),
		"Purposes":  purposes,
		"Needs":     needs,
		"Voluntary": voluntary,
		"Groups":    groups,
		"Clause":    content.HasRelativeClause(groups),
		"More":      c.more(f.Groups),
		"Separate":  f.Separate,
		"OnRequest": !f.Separate && c.a.Document.URL == "" && strings.TrimSpace(c.a.Controller.Website) == "",
	})
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
	var processors, others []string
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
		}
		if !content.InEEA(v.Country) {
			if cn := content.CountryName(v.Country); !slices.Contains(abroad, cn) {
				abroad = append(abroad, cn)
			}
		}
	}
	for _, d := range a.Disclosures {
		if slices.Contains(d.Purposes, p.ID) {
			others = append(others, content.Esc(content.PronounLower(content.Clean(d.Recipient))))
		}
	}
	marketing := slices.Contains(p.Data, "newsletter") || slices.Contains(p.Subjects, "subscribers")
	children := slices.Contains(p.Subjects, "children") || a.Children.Targeted
	law := a.Profile().ChildLaw
	if law == "" {
		law = c.term("child-law default")
	}
	return c.fill("consent", map[string]any{
		"Name":        c.companyName(),
		"Purpose":     content.Quoted(p.Name),
		"Explicit":    k.Explicit,
		"Data":        content.AndList(a, data),
		"Description": content.Sentence(p.Description),
		"Tracking":    slices.Contains(p.Data, "newsletter"),
		"Processors":  content.AndList(a, processors),
		"Others":      content.AndList(a, others),
		"Abroad":      content.AndList(a, abroad),
		"Retention":   content.RetentionText(a, p),
		"Email":       content.MailLink(a.Controller.Email),
		"More":        c.more(p.Subjects),
		"Marketing":   marketing && a.Profile().Danish,
		"Newsletter":  marketing,
		"Special": slices.ContainsFunc(p.Data, func(d string) bool {
			return content.CategoryKind(a, d) == drafts.KindSpecial && p.SensitiveBasisFor(d).Basis == "9.2.a"
		}),
		"CPR":      content.HasKind(a, p, drafts.KindCPR) && p.CPRBasis == "11.2.2",
		"Criminal": content.HasKind(a, p, drafts.KindCriminal) && p.CriminalBasis == "8.3.1",
		"Danish":   a.Profile().Danish,
		"Required": p.Required == "contract" || p.Required == "law",
		"Children": children,
		"Age":      a.ChildAge(),
		"ChildLaw": law,
	})
}

// banner is the cookie banner's texts: the first layer, the buttons, and
// a text per category for the banner tool's fields.
func (c *Collection) banner() string {
	a := c.a
	if len(c.Cookies) == 0 {
		if a.Cookies.None || a.Cookies.Any() {
			return c.fill("no banner", map[string]any{"None": a.Cookies.None, "Danish": a.Profile().Danish})
		}
		return ""
	}
	type category struct{ Title, Text string }
	var cats []category
	var uses, third []string
	for _, t := range drafts.CookieCategories {
		var providers, names, lifetimes, purposes []string
		add := func(list *[]string, s string) {
			if s != "" && !slices.Contains(*list, s) {
				*list = append(*list, s)
			}
		}
		found := false
		for _, k := range a.Cookies.List {
			if k.Category != t.ID {
				continue
			}
			found = true
			add(&providers, content.Esc(strings.TrimSpace(content.Clean(k.Provider))))
			add(&names, content.Esc(content.Clean(k.Name)))
			add(&lifetimes, c.lifetime(k.Lifetime))
			add(&purposes, content.Sentence(k.Purpose))
		}
		for _, g := range a.Cookies.Categories {
			if g.Category != t.ID {
				continue
			}
			found = true
			p := content.Esc(strings.TrimSpace(content.Clean(g.Provider)))
			if p == "" {
				p = c.companyName()
			}
			add(&providers, p)
			add(&lifetimes, c.lifetime(g.Lifetime))
			add(&purposes, content.Sentence(g.Purpose))
		}
		if !found {
			continue
		}
		if t.ID != "necessary" {
			uses = append(uses, c.term("use", t.ID))
			for _, p := range providers {
				if p != c.companyName() && !slices.Contains(third, p) {
					third = append(third, p)
				}
			}
		}
		cats = append(cats, category{c.term("cookie-title", t.ID), c.fill("category", map[string]any{
			"Text":      c.term("cookie-text", t.ID),
			"Purposes":  purposes,
			"Providers": content.AndList(a, providers),
			"Names":     strings.Join(names, ", "),
			"Lifetimes": content.AndList(a, lifetimes),
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
		"Settings":   settings,
		"More":       c.more([]string{"visitors"}),
		"Tool":       content.Esc(strings.TrimSpace(content.Clean(a.Cookies.BannerTool))),
		"Categories": cats,
		"Danish":     a.Profile().Danish,
	})
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

// missing lists what the texts need that the answers do not give.
func (c *Collection) missing() string {
	a := c.a
	needsURL := (len(c.Consents) > 0 || len(c.Cookies) > 0 || slices.ContainsFunc(c.Forms, func(f Form) bool { return !f.Separate })) &&
		(a.Document.URL == "" || drafts.CheckURL(a.Document.URL) != nil) && strings.TrimSpace(a.Controller.Website) != ""
	return c.fill("missing", map[string]any{
		"URL":      needsURL,
		"Settings": len(c.Cookies) > 0 && (a.Cookies.SettingsURL == "" || drafts.CheckURL(a.Cookies.SettingsURL) != nil),
		"Any":      len(c.Forms)+len(c.Consents)+len(c.Cookies) > 0,
	})
}
