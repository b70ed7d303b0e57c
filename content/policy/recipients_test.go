package policy

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestAlsoOnlyAfterSomething: »giver også oplysninger videre« needs a list
// of recipients before it.
func TestAlsoOnlyAfterSomething(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		b := testkit.Clone(t, a)
		b.Vendors = nil
		if body := sectionBody(Generate(b), "modtagere"); strings.Contains(body, "også oplysninger videre") {
			t.Errorf("%s without vendors: %q", name, body)
		}
	}
}

// TestRecipientsSayWhereDataAreProcessed: every recipient whose processing
// country the answers give is shown with it (art. 13(1)(e) and (f)).
func TestRecipientsSayWhereDataAreProcessed(t *testing.T) {
	for example, a := range byDocument(testkit.Everything(t)) {
		for _, v := range content.OwnVendors(a) {
			if _, ok := drafts.CountryByCode(v.Country); !ok {
				continue
			}
			name := vendorName(v)
			if v.Role == "joint" && vendorEntity(v) != "" {
				name = vendorEntity(v) // a joint controller is named by its company
			}
			var line string
			for _, l := range strings.Split(sectionBody(Generate(a), "modtagere"), "\n") {
				if strings.HasPrefix(l, "- **"+name+"**") {
					line = l
				}
			}
			if !strings.Contains(line, "behandle") || !strings.Contains(line, content.CountryName(v.Country)) {
				t.Errorf("%s: %s: %q names no processing country", example, vendorName(v), line)
			}
		}
	}
}

// TestJointControlSaysItsScope: a joint controller's line says what the
// joint control covers when the answers or catalogue know it.
func TestJointControlSaysItsScope(t *testing.T) {
	seen := false
	for name, a := range byDocument(testkit.Everything(t)) {
		body := sectionBody(Generate(a), "modtagere")
		for _, v := range a.ResolvedVendors() {
			if v.Role == "joint" && strings.TrimSpace(v.JointFor) != "" {
				seen = true
				if !strings.Contains(body, "Det fælles ansvar omfatter kun "+content.Esc(content.Clean(v.JointFor))) {
					t.Errorf("%s: %s: the scope of joint control is not said", name, vendorName(v))
				}
			}
		}
	}
	if !seen {
		t.Error("no example has a joint controller with a scope")
	}
}

func render(t *testing.T, a *drafts.Answers) string {
	t.Helper()
	if ps := drafts.Validate(a); len(ps) != 0 {
		t.Fatalf("answers not valid: %v", ps)
	}
	return string(Generate(a).Markdown(MarkdownOptions{}))
}

func mustContain(t *testing.T, md string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(md, w) {
			t.Errorf("policy lacks %q", w)
		}
	}
}

// A vendor that is a processor for one purpose and a joint controller for
// another is listed under each role with only the purposes it has that role
// for.
func TestVendorRolePerPurpose(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["nordlys-keramik"])
	a.Vendors = append(a.Vendors, drafts.Vendor{
		Name: "Socialt Bureau", Entity: "Socialt Bureau ApS", EntityCountry: "DK", Role: "processor",
		PurposeRoles: map[string]string{"annoncer": "joint"},
		Service:      "opslag og annoncer på sociale medier", Purposes: []string{"nyhedsbrev", "annoncer"},
		Country: "DK", Transfer: "none",
	})
	md := render(t, a)
	mustContain(t, md,
		"- **Socialt Bureau** (Socialt Bureau ApS; oplysningerne behandles i Danmark): opslag og annoncer på sociale medier (formål: »Nyhedsbrev med nye værker og tilbud«).",
		// A joint controller is the company, with its product beside it.
		"- **Socialt Bureau ApS** (Socialt Bureau; oplysningerne behandles i Danmark): opslag og annoncer på sociale medier (formål: »Annoncer på Facebook og Instagram«).",
	)
	joint := md[strings.Index(md, "dataansvarlige med os (art. 26)"):]
	if !strings.Contains(joint[:strings.Index(joint, "Vi giver også")], "Socialt Bureau") {
		t.Error("the joint-controller purpose is not listed under joint controllers")
	}
	// A purpose role for a purpose the vendor does not serve is an error.
	a.Vendors[len(a.Vendors)-1].PurposeRoles = map[string]string{"bogfoering": "joint"}
	if ps := drafts.Validate(a); len(ps) != 1 || !strings.Contains(ps[0].Message, "står ikke under purposes") {
		t.Errorf("purpose role outside purposes: %v", ps)
	}
}

// A Facebook page: Meta is an independent controller, and joint controller
// for page statistics; the policy says both in one line.
func TestJointForSentence(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["nordlys-keramik"])
	a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "facebook-page", Entity: "Meta Platforms Ireland Ltd", EntityCountry: "IE",
		Purposes: []string{"kundeservice"}, Country: "IE", Transfer: "none"})
	md := render(t, a)
	mustContain(t, md, "- **Facebook-side** (Meta Platforms Ireland Ltd; oplysningerne behandles i Irland): vores side på Facebook. Vi er fælles dataansvarlige med Meta Platforms Ireland Ltd (art. 26) for den statistik om besøg på vores side, Meta giver os (Page Insights); skriv til")
}

// Remote access names the countries when they are known, and offers a copy
// of the safeguards.
func TestRemoteAccessCountries(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["klinik-vesterbro"])
	a.Vendors[2].RemoteCountries = []string{"US", "IN"}
	md := render(t, a)
	mustContain(t, md, "**Microsoft 365** (adgang fra USA og Indien): Oplysningerne ligger i EU/EØS, men kan tilgås derfra, fx ved support.",
		"for at få en kopi af garantierne")
	a.Vendors[2].RemoteAccess = ""
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "vendors[3].remote_access" {
		t.Errorf("remote countries without a basis: %v", ps)
	}
}

// A recipient category needs no name or service; its region is said plainly.
func TestRecipientCategory(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	a.Vendors = append(a.Vendors, drafts.Vendor{Category: "it_support", Role: "processor", Purposes: []string{"henvendelser"}, Country: "EEA", Transfer: "none"})
	md := render(t, a)
	mustContain(t, md, "- **IT-support** (behandler oplysningerne i EU/EØS): får oplysninger til formålet »Besvare henvendelser«.")
	a.Vendors[len(a.Vendors)-1].Category = "revisor"
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "vendors[8].category" {
		t.Errorf("unknown recipient category: %v", ps)
	}
}

// The cookie section never disappears silently: no cookies is said, and
// only necessary cookies are said.
func TestCookieSectionStates(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	a.Cookies = drafts.Cookies{None: true}
	mustContain(t, render(t, a), "## ", "bruger ingen cookies eller lignende teknologier")
	a.Cookies = drafts.Cookies{Categories: []drafts.CookieGroup{{Category: "necessary", Purpose: "Holder dig logget ind", Lifetime: "session"}}}
	md := render(t, a)
	mustContain(t, md, "Vi bruger kun nødvendige cookies", "- Holder dig logget ind. Sættes af os og slettes, når du lukker browseren.")
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "statistics", Purpose: "Tæller besøg", Provider: "Plausible", Lifetime: "2 år", PurposeID: "sikkerhed"})
	md = string(Generate(a).Markdown(MarkdownOptions{}))
	mustContain(t, md, "Andre cookies sætter vi kun, hvis du har sagt ja", "- Tæller besøg. Sættes af Plausible og gemmes typisk i op til 2 år.", "Vi bruger dem til formålet »Drift, sikkerhed og fejlfinding«.")
	a.Cookies.None = true
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "cookies.none" {
		t.Errorf("none with cookies: %v", ps)
	}
}

func TestCatalogueVendorResolves(t *testing.T) {
	a := testkit.Examples(t)["helle-falsberg"]
	c := *a
	c.Vendors = []drafts.Vendor{{Catalog: "google-analytics", Purposes: []string{"statistik"}}}
	v := c.ResolvedVendors()[0]
	if v.Name != "Google Analytics 4" || v.Entity != "Google Ireland Ltd" || v.EntityCountry != "IE" || v.Country != "US" || v.Transfer != "dpf" || v.TransferTo != "Google LLC" || v.Role != "processor" {
		t.Fatalf("resolved %+v", v)
	}
	if ps := drafts.Validate(&c); len(ps) != 0 {
		t.Errorf("a catalogue vendor with only an id and purposes is not valid: %+v", ps)
	}
	// Overriding the country to one inside the EU drops the transfer.
	c.Vendors[0].Country = "IE"
	md := string(Generate(&c).Markdown(MarkdownOptions{}))
	if contains(md, "Overførsel til lande uden for EU/EØS") {
		t.Error("a vendor moved to Ireland is still listed under transfers")
	}
	// Moving it to India needs a basis of its own.
	c.Vendors[0].Country = "IN"
	if ps := drafts.Validate(&c); len(ps) != 1 || ps[0].Path != "vendors[1].transfer" {
		t.Errorf("moving a vendor to India without a basis: %+v", ps)
	}
	c.Vendors[0].Transfer = "scc"
	md = string(Generate(&c).Markdown(MarkdownOptions{}))
	if !contains(md, "(Indien): Overførslen sker med EU-Kommissionens standardkontraktbestemmelser") {
		t.Error("the transfers section does not follow the overridden country")
	}
	// An unknown catalogue id is reported with the closest one.
	c.Vendors[0].Catalog = "google-analytic"
	if ps := drafts.Validate(&c); len(ps) != 1 || !contains(ps[0].Message, `"google-analytics"`) {
		t.Errorf("unknown catalogue id: %+v", ps)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
