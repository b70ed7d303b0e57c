package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// step is one screen of the wizard: either a form or lists of items.
type step struct {
	id       string // stable name for code; titles are for people
	title    string
	help     string            // one line under the title, in plain Danish
	keysHelp string            // what to press, after help; the full-screen wizard's keys only
	section  string            // the policy section the preview shows
	sections map[string]string // field key -> section, where it differs
	form     func(m *Model) *questions
	colls    []*collection
	prefixes []string // answer-file paths this step fills, for completeness
}

// collection is a list the user builds up in a step.
type collection struct {
	title, noun string // "Formål", "formål"
	section     string
	prefix      string // path of the list in the answer file
	singleton   bool   // one fixed item that can only be edited
	count       func(a *drafts.Answers) int
	label       func(a *drafts.Answers, i int) string
	templates   func(a *drafts.Answers) []huh.Option[int] // optional picker before adding
	add         func(a *drafts.Answers, choice int) int
	describe    func(a *drafts.Answers, choice int) string // what add will fill in, for the status line
	remove      func(a *drafts.Answers, i int) int         // how many other answers it changed
	empty       func(a *drafts.Answers, i int) bool
	form        func(m *Model, i int) *questions
	// then, if set, runs after add and may ask a question before the new
	// item's form opens (which purpose a vendor serves); nil opens it.
	then func(m *Model, i int) tea.Cmd
	// orphans, if set, lists what only item i uses, which deleting it
	// offers to delete too.
	orphans func(a *drafts.Answers, i int) orphans
}

// name is item i's label as the screen shows it: on one line and inert,
// since it quotes the answers (a purpose's or a vendor's name).
func (c *collection) name(a *drafts.Answers, i int) string { return inert.Line(c.label(a, i)) }

func (c *collection) path(i int) string {
	if c.singleton {
		return c.prefix
	}
	return fmt.Sprintf("%s[%d]", c.prefix, i+1)
}

func removeAt[T any](s []T, i int) []T { return append(s[:i:i], s[i+1:]...) }

var steps = []*step{
	{
		id: "controller", title: "Virksomheden", section: "ansvarlig",
		help:     "Hvem er ansvarlig for oplysningerne, og hvordan kan folk kontakte jer?",
		form:     controllerForm,
		prefixes: []string{"controller", "dpo"},
	},
	{
		id: "people", title: "Hvem og hvilke oplysninger", section: "oplysninger",
		help:     "Hvem har I oplysninger om, og hvilke?",
		keysHelp: "a tilføjer en gruppe, enter retter den.",
		colls:    []*collection{subjectsColl, categoriesColl},
		prefixes: []string{"subjects", "categories"},
	},
	{
		id: "purposes", title: "Formål", section: "formaal",
		help:     "Hvad bruger I oplysningerne til – på hvilket grundlag, og hvor længe?",
		colls:    []*collection{purposesColl},
		prefixes: []string{"purposes"},
	},
	{
		id: "sources", title: "Kilder", section: "kilder",
		help:     "Får I oplysninger fra andre end personen selv, fx CVR eller en arbejdsgiver?",
		colls:    []*collection{sourcesColl},
		prefixes: []string{"sources"},
	},
	{
		id: "recipients", title: "Modtagere", section: "modtagere",
		help:     "Hvilke leverandører og myndigheder får oplysninger fra jer?",
		colls:    []*collection{vendorsColl, disclosuresColl},
		prefixes: []string{"vendors", "disclosures"},
	},
	{
		id: "cookies", title: "Cookies", section: "cookies",
		help:     "Har I et cookiebanner, og hvilke cookies sætter hjemmesiden?",
		colls:    []*collection{bannerColl, importColl, cookiesColl, cookieGroupsColl},
		prefixes: []string{"cookies"},
	},
	{
		id: "security", title: "Sikkerhed", section: "sikkerhed",
		help:     "Hvordan passer I på oplysningerne?",
		form:     securityForm,
		prefixes: []string{"security"},
	},
	{
		id: "special", title: "Særlige forhold", section: "automatiske-afgoerelser",
		help: "Børn, automatiske afgørelser, databehandling for kunder og udlandet.",
		sections: map[string]string{
			"children.targeted": "boern", "children.age_limit": "boern",
			"processor.acts": "databehandler", "processor.description": "databehandler", "processor.subjects": "databehandler", "processor.data": "databehandler",
			"representative": "ansvarlig", "representative.name": "ansvarlig", "representative.address": "ansvarlig", "representative.email": "ansvarlig",
			"authority": "klage", "authority.name": "klage", "authority.address": "klage", "authority.website": "klage", "authority.email": "klage", "authority.phone": "klage",
		},
		form:     specialForm,
		prefixes: []string{"children", "automated", "processor", "representative", "authority"},
	},
	{
		id: "review", title: "Gennemse og gem", section: "aendringer",
		help:     "Hvornår gælder politikken fra, og hvad er ændret?",
		keysHelp: "Gem med ctrl+s.",
		sections: map[string]string{"document.notices.groups": "orienteringer", "document.notices.where": "orienteringer"},
		colls:    []*collection{documentColl, noticesColl, changesColl},
		prefixes: []string{"document"},
	},
}

var subjectsColl = &collection{
	title: "Persongrupper", noun: "persongruppe", section: "oplysninger", prefix: "subjects",
	count: func(a *drafts.Answers) int { return len(a.Subjects) },
	label: func(a *drafts.Answers, i int) string {
		s := a.Subjects[i]
		return fmt.Sprintf("%s · %d typer oplysninger", orText(s.Name, drafts.Label(drafts.SubjectGroups, s.Group)), len(s.Data))
	},
	add: func(a *drafts.Answers, _ int) int {
		g := "customers"
		for _, t := range drafts.SubjectGroups {
			taken := false
			for _, s := range a.Subjects {
				taken = taken || s.Group == t.ID
			}
			if !taken {
				g = t.ID
				break
			}
		}
		a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: []string{"contact"}})
		return len(a.Subjects) - 1
	},
	remove: func(a *drafts.Answers, i int) int {
		g := a.Subjects[i].Key()
		a.Subjects = removeAt(a.Subjects, i)
		return unlinkGroup(a, g)
	},
	form: subjectForm,
}

var categoriesColl = &collection{
	title: "Egne kategorier af oplysninger", noun: "kategori", section: "oplysninger", prefix: "categories",
	count: func(a *drafts.Answers) int { return len(a.Categories) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Categories[i]
		// As the other lists: the name, then the kind after a dot, in plain
		// words: a name may have brackets of its own, and the kind's
		// article is for the form's choice, not the list.
		kind := drafts.Label(drafts.CategoryKinds, orText(c.Kind, drafts.KindOrdinary))
		if i := strings.Index(kind, " (art."); i > 0 {
			kind = kind[:i]
		}
		return orText(c.Name, "uden navn") + " · " + kind
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Categories = append(a.Categories, drafts.CustomCategory{Kind: drafts.KindOrdinary})
		return len(a.Categories) - 1
	},
	remove: func(a *drafts.Answers, i int) int {
		id := a.Categories[i].ID
		a.Categories = removeAt(a.Categories, i)
		return unlinkCategory(a, id)
	},
	empty: func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Categories[i].Name) == "" },
	form:  categoryForm,
}

var purposesColl = &collection{
	title: "Formål", noun: "formål", section: "formaal", prefix: "purposes",
	count: func(a *drafts.Answers) int { return len(a.Purposes) },
	label: func(a *drafts.Answers, i int) string {
		p := a.Purposes[i]
		var bases []string
		for _, b := range p.Basis {
			bases = append(bases, plain(drafts.Label(drafts.LegalBases, b)))
		}
		keep := orText(p.Retention.Period, drafts.Label(drafts.RetentionEvents, p.Retention.After))
		return fmt.Sprintf("%s · %s · %s", orText(p.Name, "uden navn"), orText(strings.Join(bases, " og "), "retsgrundlag?"), orText(keep, "opbevaring?"))
	},
	templates: func(a *drafts.Answers) []huh.Option[int] {
		var out []huh.Option[int]
		for i, t := range drafts.PurposeTemplatesFor(a) {
			out = append(out, huh.NewOption(t.Label, i))
		}
		return out
	},
	add:      addPurpose,
	describe: describePurpose,
	remove: func(a *drafts.Answers, i int) int {
		id := a.Purposes[i].ID
		a.Purposes = removeAt(a.Purposes, i)
		return unlinkPurpose(a, id)
	},
	empty:   func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Purposes[i].Name) == "" },
	form:    purposeForm,
	orphans: purposeOrphans,
}

func purposeTaken(a *drafts.Answers, id string, except int) bool {
	for j, q := range a.Purposes {
		if j != except && q.ID == id {
			return true
		}
	}
	return false
}

var sourcesColl = &collection{
	title: "Kilder", noun: "kilde", section: "kilder", prefix: "sources",
	count: func(a *drafts.Answers) int { return len(a.Sources) },
	label: func(a *drafts.Answers, i int) string {
		s := a.Sources[i]
		return orText(s.Name, "uden navn") + " · " + drafts.Label(drafts.SourceKinds, s.Kind)
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Sources = append(a.Sources, drafts.Source{Kind: "public_register"})
		return len(a.Sources) - 1
	},
	remove: func(a *drafts.Answers, i int) int { a.Sources = removeAt(a.Sources, i); return 0 },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Sources[i].Name) == "" },
	form:   sourceForm,
}

// ownVendorLabel is the picker's choice for a vendor typed by hand.
const ownVendorLabel = "Anden leverandør (udfyld selv)"

// ownPurposeLabel is the picker's choice for a purpose of one's own: the
// template with nothing in it. Asked for when needed: the templates are
// composed from every block, which the first frame need not wait for.
func ownPurposeLabel() string {
	for _, t := range drafts.PurposeTemplates() {
		if t.Purpose.ID == "" {
			return t.Label
		}
	}
	return ""
}

var vendorsColl = &collection{
	title: "Leverandører og andre modtagere", noun: "leverandør", section: "modtagere", prefix: "vendors",
	count: func(a *drafts.Answers) int { return len(a.Vendors) },
	label: func(a *drafts.Answers, i int) string {
		v := drafts.ResolveVendor(a.Vendors[i])
		name := orText(v.Name, "uden navn")
		if v.Name == "" && v.Category != "" {
			name = drafts.Label(drafts.RecipientCategories, v.Category) + " (uden navn)"
		}
		return fmt.Sprintf("%s · %s · %s", name, orText(drafts.Label(drafts.Roles, v.Role), "rolle ikke besvaret"), whereLabel(v.Country))
	},
	templates: func(a *drafts.Answers) []huh.Option[int] {
		cat := drafts.Catalogue()
		out := make([]huh.Option[int], 0, len(cat)+1+len(drafts.RecipientCategories))
		for i, v := range cat {
			out = append(out, huh.NewOption(fmt.Sprintf("%s – %s (%s)", v.Name, v.Service, drafts.Label(drafts.CatalogCategories, v.Category)), i))
		}
		out = append(out, huh.NewOption(ownVendorLabel, len(cat)))
		// A recipient named only by its kind: the choice is the answer.
		for k, t := range drafts.RecipientCategories {
			out = append(out, huh.NewOption("Modtager uden navn (kategori): "+t.Label, len(cat)+1+k))
		}
		return out
	},
	add:      addVendor,
	describe: describeVendor,
	then:     askVendorPurpose,
	remove: func(a *drafts.Answers, i int) int {
		v := a.Vendors[i]
		a.Vendors = removeAt(a.Vendors, i)
		return unlinkVendor(a, v)
	},
	empty: func(a *drafts.Answers, i int) bool {
		v := a.Vendors[i]
		return v.Catalog == "" && v.Category == "" && strings.TrimSpace(v.Name) == ""
	},
	form: vendorForm,
}

// whereLabel says where a vendor processes the data, as the list shows it.
func whereLabel(code string) string {
	switch c, ok := drafts.CountryByCode(code); {
	case code == "" || code == drafts.Unknown:
		return "land ikke besvaret"
	case !ok:
		return "ukendt land"
	case c.Code == "EEA":
		return "i EU/EØS"
	default:
		return "i " + c.Name
	}
}

// vendorCookies are the catalogue vendor's cookies the answers do not list
// yet, tied to purpose.
func vendorCookies(a *drafts.Answers, cv drafts.CatalogVendor, purpose string) []drafts.Cookie {
	var out []drafts.Cookie
	for _, c := range cv.Cookies {
		if !hasCookie(a, c.Name) {
			out = append(out, drafts.Cookie{Name: c.Name, Provider: cv.Name, Purpose: c.Purpose, Category: c.Category, Lifetime: c.Lifetime, PurposeID: purpose})
		}
	}
	return out
}

var disclosuresColl = &collection{
	title: "Myndigheder og andre, der får oplysninger efter loven", noun: "modtager", section: "modtagere", prefix: "disclosures",
	count: func(a *drafts.Answers) int { return len(a.Disclosures) },
	label: func(a *drafts.Answers, i int) string { return orText(a.Disclosures[i].Recipient, "uden navn") },
	add: func(a *drafts.Answers, _ int) int {
		a.Disclosures = append(a.Disclosures, drafts.Disclosure{})
		return len(a.Disclosures) - 1
	},
	remove: func(a *drafts.Answers, i int) int { a.Disclosures = removeAt(a.Disclosures, i); return 0 },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Disclosures[i].Recipient) == "" },
	form:   disclosureForm,
}

var bannerColl = &collection{
	title: "Cookiebanner", noun: "cookiebanner", section: "cookies", prefix: "cookies", singleton: true,
	count: func(*drafts.Answers) int { return 1 },
	label: func(a *drafts.Answers, _ int) string { return bannerLabel(a) },
	form:  bannerForm,
}

var cookiesColl = &collection{
	title: "Cookies", noun: "cookie", section: "cookies", prefix: "cookies.list",
	count: func(a *drafts.Answers) int { return len(a.Cookies.List) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Cookies.List[i]
		return fmt.Sprintf("%s · %s · %s · %s", orText(c.Name, "uden navn"), orText(c.Provider, "?"), orText(drafts.Label(drafts.CookieCategories, c.Category), "kategori?"), orText(c.Lifetime, "levetid?"))
	},
	// The cookies the vendors normally set come ready to add.
	templates: func(a *drafts.Answers) []huh.Option[int] {
		var out []huh.Option[int]
		for i, c := range missingCookies(a) {
			out = append(out, huh.NewOption(fmt.Sprintf("%s – %s (%s, %s)", c.Name, c.Provider, strings.ToLower(drafts.Label(drafts.CookieCategories, c.Category)), c.Lifetime), i))
		}
		return append(out, huh.NewOption("Anden cookie (udfyld selv)", -1))
	},
	add: func(a *drafts.Answers, choice int) int {
		c := drafts.Cookie{}
		if known := missingCookies(a); choice >= 0 && choice < len(known) {
			c = known[choice]
		}
		a.Cookies.List = append(a.Cookies.List, c)
		if c.Name != "" {
			a.Cookies.None = false
		}
		return len(a.Cookies.List) - 1
	},
	remove: func(a *drafts.Answers, i int) int { a.Cookies.List = removeAt(a.Cookies.List, i); return 0 },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Cookies.List[i].Name) == "" },
	form:   cookieForm,
}

var cookieGroupsColl = &collection{
	title: "Cookies beskrevet pr. kategori", noun: "cookiekategori", section: "cookies", prefix: "cookies.categories",
	count: func(a *drafts.Answers) int { return len(a.Cookies.Categories) },
	label: func(a *drafts.Answers, i int) string {
		g := a.Cookies.Categories[i]
		parts := []string{orText(drafts.Label(drafts.CookieCategories, g.Category), "kategori?"), orText(g.Purpose, "uden beskrivelse"), "sat af " + orText(g.Provider, "jer")}
		if g.Lifetime != "" {
			parts = append(parts, g.Lifetime)
		}
		return strings.Join(parts, " · ")
	},
	// The necessary cookies a vendor sets without names the catalogue is
	// sure of come ready to add.
	templates: func(a *drafts.Answers) []huh.Option[int] {
		var out []huh.Option[int]
		for i, g := range undescribedNecessary(a) {
			out = append(out, huh.NewOption(fmt.Sprintf("Nødvendige cookies fra %s (%s)", g.Provider, lowerFirst(g.Purpose)), i))
		}
		return append(out, huh.NewOption("Anden kategori (udfyld selv)", -1))
	},
	add: func(a *drafts.Answers, choice int) int {
		g := drafts.CookieGroup{}
		if known := undescribedNecessary(a); choice >= 0 && choice < len(known) {
			g = known[choice]
		}
		a.Cookies.Categories = append(a.Cookies.Categories, g)
		if g.Category != "" {
			a.Cookies.None = false
		}
		return len(a.Cookies.Categories) - 1
	},
	remove: func(a *drafts.Answers, i int) int { a.Cookies.Categories = removeAt(a.Cookies.Categories, i); return 0 },
	empty: func(a *drafts.Answers, i int) bool {
		g := a.Cookies.Categories[i]
		return g.Category == "" && strings.TrimSpace(g.Purpose) == "" && strings.TrimSpace(g.Provider) == ""
	},
	form: cookieGroupForm,
}

var documentColl = &collection{
	title: "Politikken", noun: "politik", section: "aendringer", prefix: "document", singleton: true,
	count: func(*drafts.Answers) int { return 1 },
	label: func(a *drafts.Answers, _ int) string {
		return fmt.Sprintf("Gælder fra %s · version %s", orText(a.Document.Effective.String(), "?"), orText(a.Document.Version, "?"))
	},
	form: documentForm,
}

var noticesColl = &collection{
	title: "Særskilte orienteringer", noun: "orientering", section: "orienteringer", prefix: "document.notices",
	count: func(a *drafts.Answers) int { return len(a.Document.Notices) },
	label: func(a *drafts.Answers, i int) string {
		n := a.Document.Notices[i]
		var names []string
		for i, g := range n.Groups {
			l := groupLabel(a, g)
			if i > 0 {
				l = strings.ToLower(l[:1]) + l[1:]
			}
			names = append(names, l)
		}
		if len(names) == 0 {
			return "Uden persongrupper"
		}
		return strings.Join(names, " og ")
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Document.Notices = append(a.Document.Notices, drafts.Notice{})
		return len(a.Document.Notices) - 1
	},
	remove: func(a *drafts.Answers, i int) int { a.Document.Notices = removeAt(a.Document.Notices, i); return 0 },
	empty: func(a *drafts.Answers, i int) bool {
		n := a.Document.Notices[i]
		return len(n.Groups) == 0 && strings.TrimSpace(n.Where) == ""
	},
	form: noticeForm,
}

var changesColl = &collection{
	title: "Ændringer", noun: "ændring", section: "aendringer", prefix: "document.changes",
	count: func(a *drafts.Answers) int { return len(a.Document.Changes) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Document.Changes[i]
		return fmt.Sprintf("%s: %s", c.Date, orText(c.Text, "uden tekst"))
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Document.Changes = append([]drafts.Change{{Date: a.Document.Effective}}, a.Document.Changes...)
		return 0
	},
	remove: func(a *drafts.Answers, i int) int { a.Document.Changes = removeAt(a.Document.Changes, i); return 0 },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Document.Changes[i].Text) == "" },
	form:   changeForm,
}
