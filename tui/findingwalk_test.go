package tui

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// The finding walk: every finding check can produce, on every starting
// point (drafts.Starts: the examples and the kinds) as it is and with
// defects planted in it, is answered in the wizard where it points. ctrl+f
// and enter land on a question the user sees (or on the row that adds to a
// list), and some answer to that question, given with keys, clears the
// finding.

var walkDay = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// defect is a mistake planted in answers; plant reports false when the
// answers have nothing to plant it in.
type defect struct {
	name  string
	plant func(a *drafts.Answers) bool
}

// firstPurpose returns the first purpose for which ok holds.
func firstPurpose(a *drafts.Answers, ok func(p *drafts.Purpose) bool) *drafts.Purpose {
	for i := range a.Purposes {
		if ok(&a.Purposes[i]) {
			return &a.Purposes[i]
		}
	}
	return nil
}

func anyPurpose(*drafts.Purpose) bool { return true }

// ensureSubject adds group g with data when the answers lack it.
func ensureSubject(a *drafts.Answers, g string, data ...string) {
	if !slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == g }) {
		a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: append([]string{"contact"}, data...)})
	}
}

// catalogueVendor is the catalogue entry for id.
func catalogueVendor(id string) drafts.CatalogVendor {
	cv, _ := drafts.LookupVendor(id)
	return cv
}

var defects = []defect{
	{"som den er", func(*drafts.Answers) bool { return true }},
	{"ingen virksomhed", func(a *drafts.Answers) bool {
		c := &a.Controller
		c.Name, c.Address, c.Town, c.Postcode, c.Email, c.CVR = "", "", "", "", "", ""
		return true
	}},
	{"forkert CVR og e-mail", func(a *drafts.Answers) bool {
		a.Controller.CVR, a.Controller.Email, a.Controller.Phone = "12345678", "hej@", "12"
		return true
	}},
	{"jeg med ansatte", func(a *drafts.Answers) bool {
		a.Controller.Voice = "jeg"
		ensureSubject(a, "employees", "employment")
		return true
	}},
	{"ingen opbevaring", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return p.Retention.After != "consent_withdrawn" })
		if p == nil {
			return false
		}
		p.Retention.Period = ""
		return true
	}},
	{"periode uden begyndelse", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return p.Retention.Period != "" })
		if p == nil {
			return false
		}
		p.Retention.After = ""
		return true
	}},
	{"krav ubesvaret", func(a *drafts.Answers) bool {
		if len(a.Purposes) == 0 {
			return false
		}
		a.Purposes[0].Required = ""
		return true
	}},
	{"lovkrav uden følge", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.c") })
		if p == nil {
			return false
		}
		p.Required, p.Consequence = "law", ""
		return true
	}},
	{"legitim interesse uden interesse", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.f") && len(p.ByGroup) == 0 })
		if p == nil {
			return false
		}
		p.Interest = ""
		return true
	}},
	{"intet retsgrundlag", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return len(p.ByGroup) == 0 })
		if p == nil {
			return false
		}
		p.Basis = nil
		return true
	}},
	{"aftale for kontaktpersoner", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.b") })
		if p == nil {
			return false
		}
		ensureSubject(a, "business_customers", "company")
		p.Subjects = append(slices.DeleteFunc(p.Subjects, func(g string) bool { return g == "business_customers" }), "business_customers")
		p.ByGroup = slices.DeleteFunc(p.ByGroup, func(gb drafts.GroupBasis) bool { return gb.Group == "business_customers" })
		return true
	}},
	{"følsomme uden undtagelse", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return !slices.Contains(p.Data, "health") })
		if p == nil {
			return false
		}
		p.Data = append(p.Data, "health")
		for _, g := range p.Subjects {
			for i := range a.Subjects {
				if a.Subjects[i].Key() == g && !slices.Contains(a.Subjects[i].Data, "health") {
					a.Subjects[i].Data = append(a.Subjects[i].Data, "health")
				}
			}
		}
		return true
	}},
	{"CPR og strafbare forhold uden grundlag", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		p.Data = append(p.Data, "cpr", "criminal")
		p.CPRBasis, p.CriminalBasis = "", ""
		return true
	}},
	{"gammelt § 8-grundlag", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		p.Data = append(p.Data, "criminal")
		p.CriminalBasis = "8.3"
		return true
	}},
	{"samtykke krævet af aftalen", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.a") })
		if p == nil {
			return false
		}
		p.Required = "contract"
		return true
	}},
	{"samtykke gemt efter loven", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.c") && p.Retention.ByLaw })
		if p == nil {
			return false
		}
		p.Basis = append(p.Basis, "6.1.a")
		return true
	}},
	{"gemt efter loven uden lov", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.c") })
		if p == nil {
			return false
		}
		p.Retention.ByLaw, p.Retention.Law, p.Law = true, "", ""
		return true
	}},
	{"nyhedsbrev uden samtykke", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Subjects, "subscribers") })
		if p == nil {
			return false
		}
		p.Basis, p.Interest, p.ByGroup = []string{"6.1.f"}, "at sende nyheder", nil
		return true
	}},
	{"overenskomst som lov", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.c") })
		if p == nil {
			return false
		}
		p.Law = "overenskomsten"
		return true
	}},
	{"statistikcookies uden banner og samtykke", func(a *drafts.Answers) bool {
		a.Cookies.None, a.Cookies.Banner = false, false
		a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Name: "_pk_id", Provider: "Matomo", Purpose: "Tæller besøg", Category: "statistics", Lifetime: "13 måneder"})
		for i := range a.Purposes {
			a.Purposes[i].Basis = slices.DeleteFunc(a.Purposes[i].Basis, func(b string) bool { return b == "6.1.a" })
			if len(a.Purposes[i].Basis) == 0 {
				a.Purposes[i].Basis = []string{"6.1.f"}
				a.Purposes[i].Interest = orText(a.Purposes[i].Interest, "at drive virksomheden")
			}
		}
		return true
	}},
	{"aldersgrænse", func(a *drafts.Answers) bool { a.Children.AgeLimit = 13; return true }},
	{"automatiske afgørelser uden undtagelse", func(a *drafts.Answers) bool {
		au := &a.Automated
		au.Used, au.Exception, au.Description, au.Logic, au.Consequences = true, "", "", "", ""
		return true
	}},
	{"annoncer uden svar om profilering", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		if !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "meta-pixel" }) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "meta-pixel", Purposes: []string{p.ID}})
		}
		a.Automated.Profiling, a.Automated.ProfilingDescription = "", ""
		return true
	}},
	{"profilering nej", func(a *drafts.Answers) bool {
		if !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "meta-pixel" }) {
			return false
		}
		a.Automated.Profiling = "no"
		return true
	}},
	{"profilering uden beskrivelse", func(a *drafts.Answers) bool {
		a.Automated.Profiling, a.Automated.ProfilingDescription = "marketing", ""
		return true
	}},
	{"dato i fremtiden", func(a *drafts.Answers) bool {
		a.Document.Effective = drafts.DateOf(walkDay.AddDate(0, 2, 0))
		return true
	}},
	{"gammel dato", func(a *drafts.Answers) bool {
		a.Document.Effective = drafts.DateOf(walkDay.AddDate(-2, 0, 0))
		return true
	}},
	{"system uden databehandler", func(a *drafts.Answers) bool {
		for i := range a.Vendors {
			a.Vendors[i].Role, a.Vendors[i].PurposeRoles = "controller", nil
		}
		a.Security.Other = append(a.Security.Other, "Journalsystemet kræver adgangskode.")
		return true
	}},
	{"leverandør i USA uden grundlag", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Sky Inc", Service: "hosting", Role: "processor", Purposes: []string{p.ID}, Country: "US"})
		return true
	}},
	{"DPF uden modtager", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Sky Europe Ltd", Service: "hosting", Role: "processor", Purposes: []string{p.ID}, Country: "US", Transfer: "dpf"})
		return true
	}},
	{"katalogleverandør med ukendte fakta", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		for _, cv := range drafts.Catalogue() {
			if cv.Country == drafts.Unknown && cv.Role == drafts.Unknown && len(cv.Cookies) == 0 && !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == cv.ID }) {
				a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: cv.ID, Purposes: []string{p.ID}})
				return true
			}
		}
		return false
	}},
	{"katalogleverandør i EU uden svar om overførsel", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		for _, cv := range drafts.Catalogue() {
			if cv.Transfer == drafts.Unknown && cv.Country == drafts.Unknown && !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == cv.ID }) {
				// The owner gave the country, as the yoga studio did for Planway.
				a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: cv.ID, Purposes: []string{p.ID}, Country: "DK", Role: "processor"})
				return true
			}
		}
		return false
	}},
	{"adgang udefra uden lande", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Kontorsky", Service: "e-mail", Role: "processor", Purposes: []string{p.ID}, Country: "DK", Transfer: "none", RemoteAccess: "scc"})
		return true
	}},
	{"ukendt adgang udefra", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Kontorsky", Service: "e-mail", Role: "processor", Purposes: []string{p.ID}, Country: "DK", Transfer: "none", RemoteAccess: drafts.Unknown})
		return true
	}},
	{"bemærkning om overførsel", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Kontorsky", Service: "e-mail", Role: "processor", Purposes: []string{p.ID}, Country: "DK", Transfer: "none",
			TransferNote: "support fra USA med standardkontraktbestemmelser"})
		return true
	}},
	{"databehandler med egne formål", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Betal A/S", Service: "betaling; er selvstændigt dataansvarlig for svindel", Role: "processor", Purposes: []string{p.ID}, Country: "DK", Transfer: "none"})
		return true
	}},
	{"dataansvarlig på vores vegne", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Lager A/S", Service: "lager på vores vegne", Role: "controller", Purposes: []string{p.ID}, Country: "DK", Transfer: "none"})
		return true
	}},
	{"sporing uden samtykke", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return !slices.Contains(p.Basis, "6.1.a") && len(p.ByGroup) == 0 })
		if p == nil {
			return false
		}
		a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "google-analytics", Purposes: []string{p.ID}})
		return true
	}},
	{"cookie fra kataloget mangler", func(a *drafts.Answers) bool {
		i := slices.IndexFunc(a.Vendors, func(v drafts.Vendor) bool { return len(catalogueVendor(v.Catalog).Cookies) > 0 })
		if i < 0 {
			return false
		}
		cv := catalogueVendor(a.Vendors[i].Catalog)
		a.Cookies.List = slices.DeleteFunc(a.Cookies.List, func(c drafts.Cookie) bool { return c.Name == cv.Cookies[0].Name || cv.Cookies[0].Matches(c.Name) })
		a.Cookies.Categories = slices.DeleteFunc(a.Cookies.Categories, func(g drafts.CookieGroup) bool { return g.Category == cv.Cookies[0].Category })
		return true
	}},
	{"nødvendige cookies ikke nævnt", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		for _, cv := range drafts.Catalogue() {
			if cv.NecessaryCookies != "" && !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == cv.ID }) {
				a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: cv.ID, Purposes: []string{p.ID}, Role: "processor", Country: "EEA", Transfer: "none"})
				if !a.Cookies.Any() {
					a.Cookies.None = true
				}
				return true
			}
		}
		return false
	}},
	{"ingen cookies beskrevet", func(a *drafts.Answers) bool {
		a.Cookies = drafts.Cookies{Banner: true}
		return true
	}},
	{"cookie uden formål", func(a *drafts.Answers) bool {
		for i := range a.Cookies.List {
			if a.Cookies.List[i].Category != "necessary" {
				a.Cookies.List[i].PurposeID = ""
				return true
			}
		}
		return false
	}},
	{"cookie på formål uden samtykke", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return !slices.Contains(p.Basis, "6.1.a") })
		if p == nil {
			return false
		}
		a.Cookies.None = false
		a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Viser annoncer", PurposeID: p.ID})
		return true
	}},
	{"halve cookies", func(a *drafts.Answers) bool {
		a.Cookies.None = false
		a.Cookies.List = append(a.Cookies.List, drafts.Cookie{})
		a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{})
		return true
	}},
	{"underdatabehandler med nyhedsbrev", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Processor = drafts.ProcessorRole{Acts: true, Description: "Vi driver bookingsystemet for vores kunder.", CustomerList: "i vores CRM-system", Vendors: []string{"Mailsky"}}
		a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Mailsky", Service: "udsendelse af nyhedsbrev", Role: "processor", Purposes: []string{p.ID}, Country: "DK", Transfer: "none"})
		return true
	}},
	{"databehandler uden beskrivelse", func(a *drafts.Answers) bool {
		a.Processor.Acts, a.Processor.Description, a.Processor.CustomerList = true, "", ""
		return true
	}},
	{"leverandør uden formål", func(a *drafts.Answers) bool {
		if len(a.Vendors) == 0 || a.Processor.Acts {
			return false
		}
		a.Vendors[0].Purposes, a.Vendors[0].PurposeRoles = nil, nil
		return true
	}},
	{"kilde uden oplysninger", func(a *drafts.Answers) bool {
		a.Sources = append(a.Sources, drafts.Source{Name: "CVR-registret", Kind: "public_register"})
		return true
	}},
	{"forening med litra d og videregivelse", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		p.Data = append(p.Data, "union")
		p.Sensitive = append(p.Sensitive, drafts.SensitiveBasis{Data: "union", Basis: "9.2.d"})
		a.Disclosures = append(a.Disclosures, drafts.Disclosure{Recipient: "Forbundet", Reason: "ved medlemskab", Purposes: []string{p.ID}})
		return true
	}},
	{"litra h og b uden dansk regel", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		if slices.ContainsFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == "health" || s.Data == "union" }) {
			return false
		}
		p.Data = append(p.Data, "health", "union")
		p.Sensitive = append(p.Sensitive, drafts.SensitiveBasis{Data: "health", Basis: "9.2.h"}, drafts.SensitiveBasis{Data: "union", Basis: "9.2.b"})
		return true
	}},
	{"sygefravær gemt for krav", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		ensureSubject(a, "employees", "health")
		*p = drafts.Purpose{ID: p.ID, Name: p.Name, Subjects: []string{"employees"}, Data: []string{"contact", "health"}, Basis: []string{"6.1.f"},
			Interest: "at kunne forsvare et krav", Required: "voluntary", Sensitive: []drafts.SensitiveBasis{{Data: "health", Basis: "9.2.b", Law: "12"}},
			Retention: drafts.Retention{Period: "5 år", After: "employment_end"}}
		return true
	}},
	{"svensk virksomhed med danske regler", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil {
			return false
		}
		a.Controller.Country, a.Controller.Postcode, a.Controller.CVR = "SE", "111 22", ""
		p.Data = append(p.Data, "cpr", "criminal")
		p.CPRBasis, p.CriminalBasis = "11.2.1", "8.3.1"
		p.Basis = append(p.Basis, "6.1.c")
		p.Law = "bogføringsloven"
		if !slices.ContainsFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == "health" }) {
			p.Data = append(p.Data, "health")
			p.Sensitive = append(p.Sensitive, drafts.SensitiveBasis{Data: "health", Basis: "9.2.h", Law: "7.3"})
		}
		return true
	}},
	{"land uden tilsyn", func(a *drafts.Answers) bool {
		a.Controller.Country, a.Controller.Postcode, a.Controller.CVR = "DE", "10115", ""
		a.Authority = nil
		return true
	}},
	{"bogføring for kort", func(a *drafts.Answers) bool {
		p := firstPurpose(a, func(p *drafts.Purpose) bool { return strings.Contains(p.Law, "bogføringslov") })
		if p == nil {
			return false
		}
		p.Retention.Period, p.Retention.After, p.Retention.ByLaw = "3 år", "collection", true
		return true
	}},
	{"tekst fra skabeloner", func(a *drafts.Answers) bool {
		p := firstPurpose(a, anyPurpose)
		if p == nil || a.Controller.Email == "" {
			return false
		}
		p.Description = "[Indsæt beskrivelse]"
		if len(a.Purposes) > 1 {
			a.Purposes[1].Description = "We use this data to provide the service and to improve it for you."
		}
		a.Security.Other = append(a.Security.Other, "Hvis du vil, kan jeg også skrive mere.")
		if len(a.Disclosures) > 0 {
			a.Disclosures[0].Reason = "Skriv til regnskab" + a.Controller.Email[strings.Index(a.Controller.Email, "@"):] + " ved kontrol."
		}
		return true
	}},
	{"persongruppe to gange", func(a *drafts.Answers) bool {
		if len(a.Subjects) == 0 {
			return false
		}
		a.Subjects = append(a.Subjects, drafts.Subject{Group: a.Subjects[0].Group, Data: []string{"contact"}})
		return true
	}},
	{"halv DPO, repræsentant og tilsyn", func(a *drafts.Answers) bool {
		a.DPO = &drafts.Contact{Name: "Rådgiveren"}
		a.Representative = &drafts.Representative{}
		a.Authority = &drafts.Authority{}
		return true
	}},
	{"ændring uden tekst og halv videregivelse", func(a *drafts.Answers) bool {
		a.Document.Changes = append([]drafts.Change{{Date: a.Document.Effective}}, a.Document.Changes...)
		a.Disclosures = append(a.Disclosures, drafts.Disclosure{})
		a.Sources = append(a.Sources, drafts.Source{Data: []string{"contact"}})
		a.Categories = append(a.Categories, drafts.CustomCategory{Kind: drafts.KindOrdinary})
		return true
	}},
}

// walkStarts are the starting points, dated.
func walkStarts(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := map[string]*drafts.Answers{}
	for _, s := range drafts.Starts() {
		a, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		if a.Document.Effective.IsZero() {
			a.Document.Effective = drafts.DateOf(walkDay)
		}
		out[s.Name] = a
	}
	return out
}

// findingKey identifies a finding across answers that change its wording
// (a name, a period): its severity, field and legal reference. Findings
// that share those (a list's missing cookies) are told apart by message.
func findingKey(f check.Finding) string { return f.Severity + " " + f.Path + " " + f.Reference }

// same reports whether g is the finding f, among findings fs that f is one
// of.
func same(fs []check.Finding, f, g check.Finding) bool {
	if findingKey(f) != findingKey(g) {
		return false
	}
	shared := 0
	for _, h := range fs {
		if findingKey(h) == findingKey(f) {
			shared++
		}
	}
	return shared == 1 || f.Message == g.Message
}

// hasFinding reports whether check still finds f in a.
func hasFinding(a *drafts.Answers, fs []check.Finding, f check.Finding) bool {
	return slices.ContainsFunc(check.Check(a, walkDay), func(g check.Finding) bool { return same(fs, f, g) })
}

func TestEveryFindingIsAnsweredWhereItPoints(t *testing.T) {
	// Every finding on every starting point as it is; every finding a
	// planted defect brings, on the first starting point where it does
	// (the same defect finds the same question on the others). Worked out
	// first, so the starting points can be walked side by side.
	starts := walkStarts(t)
	names := slices.Sorted(maps.Keys(starts))
	type walk struct {
		a      *drafts.Answers
		fs     []check.Finding
		f      check.Finding
		defect string
	}
	plan := map[string][]walk{}
	planted := map[string]bool{}
	for _, name := range names {
		own := map[string]bool{}
		for _, d := range defects {
			a := clone(t, starts[name])
			if !d.plant(a) {
				continue
			}
			fs := check.Check(a, walkDay)
			for _, f := range fs {
				kind := f.Severity + " " + stripIndex(f.Path) + " " + f.Reference
				switch {
				case own[kind]:
					continue
				case d.name == "som den er":
				case planted[d.name+" "+kind]:
					continue
				}
				own[kind], planted[d.name+" "+kind] = true, true
				plan[name] = append(plan[name], walk{a, fs, f, d.name})
			}
		}
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m := newTestModel(t, clone(t, starts[name]), "", 120, 40)
			quick.Store(m, true)
			defer quick.Delete(m)
			for _, w := range plan[name] {
				walkFinding(t, m, w.a, w.fs, w.f, w.defect)
			}
		})
	}
}

// restart puts the answers back to a and the wizard on its first step.
func restart(t *testing.T, m *Model, a *drafts.Answers) {
	t.Helper()
	if m.mode == modeItem || m.mode == modePick {
		send(t, m, press("esc"))
	}
	*m.a = *clone(t, a)
	m.b = loadBindings(m.a)
	m.afterChange()
	m.refreshFindings()
}

// jump chooses the finding f (one of fs) in ctrl+f's list and presses
// enter.
func jump(t *testing.T, m *Model, fs []check.Finding, f check.Finding) {
	t.Helper()
	send(t, m, press("ctrl+f"))
	i := slices.IndexFunc(m.findings, func(g check.Finding) bool { return same(fs, f, g) })
	if i < 0 {
		t.Fatalf("ctrl+f does not list %s", f)
	}
	for range i {
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
}

// reply is one answer to a question: tried on a copy of the answers, and
// given with keys.
type reply struct {
	what string
	try  func(mm *Model, q *questions) // on a copy
	give func()                        // with keys, in the wizard
}

// walkFinding jumps to the finding from a fresh copy of a, checks that it
// lands on a question the user sees, finds an answer that clears it, and
// gives that answer with keys.
func walkFinding(t *testing.T, m *Model, a *drafts.Answers, fs []check.Finding, f check.Finding, defect string) {
	t.Helper()
	where := fmt.Sprintf("%s: %s (%s)", defect, f.Path, plainSentence(f.Message))
	restart(t, m, a)
	jump(t, m, fs, f)
	tg, ok := m.targetOf(f)
	if !ok {
		t.Errorf("%s: no question answers it", where)
		return
	}
	// As ctrl+f shows it: what is wrong, the question, what to do; in
	// the words of the questions, with none of the file's codes.
	if shown := strings.Join(m.findingLines(f), "\n"); len(codesIn(shown)) > 0 {
		t.Errorf("%s: shown with %q:\n%s", where, codesIn(shown), shown)
	}
	scr := ansi.Strip(screen(m))
	var answers []reply
	switch {
	case tg.coll != nil && tg.item < 0:
		// A whole list: the cursor is on its add row, which is on screen.
		if m.mode != modeList || m.cursor >= len(m.rows()) || m.rows()[m.cursor] != (row{tg.coll, -1}) || !strings.Contains(scr, "› + tilføj "+tg.coll.noun) {
			t.Errorf("%s: the jump does not land on »+ tilføj %s« (mode %d):\n%s", where, tg.coll.noun, m.mode, scr)
			return
		}
		answers = additions(t, m, tg.coll)
	default:
		if m.form == nil || m.form.GetFocusedField() == nil {
			t.Errorf("%s: the jump opens no question (mode %d):\n%s", where, m.mode, scr)
			return
		}
		if k := m.form.GetFocusedField().GetKey(); k != tg.key {
			t.Errorf("%s: the jump lands on %s, not on %s", where, k, tg.key)
			return
		}
		spec := m.q.fields[tg.key]
		if spec == nil {
			t.Errorf("%s: %s is no question of the form", where, tg.key)
			return
		}
		title := []rune(strings.Join(strings.Fields(strings.SplitN(spec.title, "\n", 2)[0]), " "))
		if len(title) > 30 {
			title = title[:30]
		}
		if !strings.Contains(strings.Join(strings.Fields(scr), " "), string(title)) {
			t.Errorf("%s: the question »%s« is not on screen:\n%s", where, spec.title, scr)
			return
		}
		answers = answersTo(t, m, spec)
	}
	for _, ans := range answers {
		mm, q := onCopy(t, m, a, tg)
		ans.try(mm, q)
		if q != nil && q.sync != nil {
			q.sync()
		}
		mm.b.store(mm.a)
		if hasFinding(mm.a, fs, f) {
			continue
		}
		restart(t, m, a)
		jump(t, m, fs, f)
		ans.give()
		if hasFinding(m.a, fs, f) {
			t.Errorf("%s: %s clears it on a copy, but not when given with keys", where, ans.what)
		}
		return
	}
	t.Errorf("%s: none of %d answers to %s clears it", where, len(answers), orText(tg.key, "+ tilføj"))
}

// onCopy is a wizard on a copy of a with the target's questions built, to
// try an answer on.
func onCopy(t *testing.T, m *Model, a *drafts.Answers, tg target) (*Model, *questions) {
	t.Helper()
	ma := clone(t, a)
	mm := &Model{a: ma, b: loadBindings(ma), width: m.width, height: m.height, opts: m.opts}
	switch {
	case tg.coll == nil:
		return mm, steps[tg.step].form(mm)
	case tg.item >= 0:
		return mm, tg.coll.form(mm, tg.item)
	}
	return mm, nil
}

// texts are answers to try in a text field, by field.
var texts = map[string][]string{
	"controller.name": {"Studio Sol"}, "controller.address": {"Vestergade 1"}, "controller.town": {"Odense C"},
	"controller.postcode": {"5000"}, "controller.email": {"hej@studiosol.dk"}, "controller.cvr": {"29412006", ""},
	"controller.phone": {"", "33 19 32 00"}, "dpo.email": {"dpo@studiosol.dk"},
	"purposes.retention.period": {"2 år", "5 år", "7 år"}, "purposes.interest": {"at kunne svare på henvendelser"},
	"purposes.consequence": {"Uden dem kan vi ikke sende en faktura", "Uden dem kan fakturaen ikke sendes"}, "purposes.law": {"bogføringsloven", ""},
	"purposes.retention.law": {"bogføringsloven"}, "purposes.name": {"Booking"}, "purposes.description": {"", "Vi booker tider."},
	"document.effective": {"2026-11-21"}, "children.age_limit": {""},
	"automated.description": {"Vi afgør automatisk, om du kan handle på kredit."}, "automated.logic": {"Vi ser på din betalingshistorik."},
	"automated.consequences": {"Får du afslag, kan du betale med kort."}, "automated.profiling_description": {"Vi viser annoncer efter dine besøg.", "Annoncerne vælges efter dine besøg."},
	"processor.description": {"Vi driver bookingsystemet for vores kunder.", "Bookingsystemet drives for kunderne."}, "processor.customer_list": {"i vores CRM-system", "i CRM-systemet"},
	"vendors.name": {"Matomo", "Sky A/S"}, "vendors.service": {"udsendelse af e-mails", "hosting"}, "vendors.entity": {"Sky ApS"},
	"vendors.transfer_to": {"Sky Inc"}, "vendors.controller_for": {"sin egen forebyggelse af svindel"}, "vendors.transfer_note": {""},
	"sources.name": {"CVR-registret"}, "disclosures.recipient": {"Skattestyrelsen"}, "disclosures.reason": {"ved kontrol af regnskabet"},
	"cookies.list.name": {"_pk_ses"}, "cookies.list.provider": {"Matomo"}, "cookies.list.purpose": {"Tæller besøg"}, "cookies.list.lifetime": {"30 dage"},
	"cookies.categories.purpose": {"Husker dit sprog"}, "security.other": {"Vi låser kontoret."},
	"representative.name": {"Rep ApS"}, "representative.address": {"Vestergade 1, 5000 Odense C, Danmark"}, "representative.email": {"rep@rep.dk"},
	"authority.name": {"BfDI"}, "authority.address": {"Graurheindorfer Str. 153, 53117 Bonn, Tyskland"}, "authority.website": {"https://www.bfdi.bund.de"},
	"authority.email": {"poststelle@bfdi.bund.de"}, "document.changes.text": {"Vi har tilføjet et formål.", "Et formål er tilføjet."}, "categories.name": {"journalnotater"},
	"subjects.name": {"Elever"},
}

// answersTo are answers to the focused question.
func answersTo(t *testing.T, m *Model, spec *fieldSpec) []reply {
	t.Helper()
	key := spec.key
	var out []reply
	leave := func() { send(t, m, press("tab")) }
	switch spec.kind {
	case kindInput, kindText:
		vals := texts[key]
		if len(vals) == 0 {
			vals = []string{"", "Vi gemmer dem sikkert."}
		}
		for _, v := range vals {
			out = append(out, reply{fmt.Sprintf("%q", v),
				func(_ *Model, q *questions) { *q.fields[key].str = v },
				func() {
					send(t, m, press("end"))
					for range len([]rune(*spec.str)) + 2 {
						send(t, m, press("backspace"))
					}
					typeText(t, m, v)
					leave()
				}})
		}
	case kindConfirm:
		for _, yes := range []bool{true, false} {
			k := map[bool]string{true: "j", false: "n"}[yes]
			out = append(out, reply{k,
				func(_ *Model, q *questions) { *q.fields[key].flag = yes },
				func() { send(t, m, keyPress(k)); leave() }})
		}
	case kindPick:
		for i, o := range spec.opts {
			out = append(out, reply{"»" + o.Key + "«",
				func(_ *Model, q *questions) { *q.fields[key].str = q.fields[key].opts[i].Value },
				func() {
					from := slices.IndexFunc(spec.opts, func(o huh.Option[string]) bool { return o.Value == *spec.str })
					for ; from < i; from++ {
						send(t, m, press("down"))
					}
					for ; from > i; from-- {
						send(t, m, press("up"))
					}
					send(t, m, press("enter"))
				}})
		}
	case kindMulti:
		for i, o := range spec.opts {
			out = append(out, reply{"x på »" + o.Key + "«",
				func(_ *Model, q *questions) {
					fs := q.fields[key]
					v := fs.opts[i].Value
					cur := slices.Clone(*fs.strs)
					if slices.Contains(cur, v) {
						cur = slices.DeleteFunc(cur, func(x string) bool { return x == v })
					} else {
						cur = append(cur, v)
					}
					choices{fs.strs}.Set(cur)
				},
				func() {
					for range i {
						send(t, m, press("down"))
					}
					send(t, m, keyPress("x"))
					leave()
				}})
		}
	}
	return out
}

// additions add to a list with keys: each choice of its picker, or a new
// item; the item's form is gone through with enter, typing an answer in
// an empty text field that needs one.
func additions(t *testing.T, m *Model, c *collection) []reply {
	t.Helper()
	n := 1
	if c.templates != nil {
		n = len(c.templates(m.a))
	}
	var out []reply
	for i := range n {
		out = append(out, reply{fmt.Sprintf("tilføj nr. %d", i+1),
			func(mm *Model, _ *questions) {
				choice := 0
				if c.templates != nil {
					choice = c.templates(mm.a)[i].Value
				}
				j := c.add(mm.a, choice)
				q := c.form(mm, j)
				for _, g := range q.specs {
					if g.show != nil && !g.show() {
						continue
					}
					for _, f := range g.fields {
						if f.kind == kindInput && *f.str == "" && len(texts[f.key]) > 0 {
							*f.str = texts[f.key][0]
						}
					}
				}
				if q.sync != nil {
					q.sync()
				}
			},
			func() {
				send(t, m, press("enter"))
				if c.templates != nil {
					for range i {
						send(t, m, press("down"))
					}
					send(t, m, press("enter"))
				}
				// A catalogue vendor that fits no one purpose asks which
				// one; the copy adds it to none, and so does »Intet endnu«,
				// the last choice, which opens its form.
				if m.mode == modePick {
					send(t, m, press("end"), press("enter"))
				}
				for k := 0; k < 80 && m.mode == modeItem; k++ {
					f := m.form.GetFocusedField()
					if spec := m.q.fields[f.GetKey()]; spec != nil && spec.kind == kindInput && *spec.str == "" && len(texts[spec.key]) > 0 {
						typeText(t, m, texts[spec.key][0])
					}
					send(t, m, press("enter"))
				}
			}})
	}
	return out
}
