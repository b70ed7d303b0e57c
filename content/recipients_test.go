package content

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

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
	a := clone(t, examples(t)["nordlys-keramik"])
	a.Vendors = append(a.Vendors, drafts.Vendor{
		Name: "Socialt Bureau", Entity: "Socialt Bureau ApS", EntityCountry: "DK", Role: "processor",
		PurposeRoles: map[string]string{"annoncer": "joint"},
		Service:      "opslag og annoncer på sociale medier", Purposes: []string{"nyhedsbrev", "annoncer"},
		Country: "DK", Transfer: "none",
	})
	md := render(t, a)
	mustContain(t, md,
		"- **Socialt Bureau** (Socialt Bureau ApS, Danmark): opslag og annoncer på sociale medier (formål: »Nyhedsbrev med nye værker og tilbud«).",
		"- **Socialt Bureau** (Socialt Bureau ApS, Danmark): opslag og annoncer på sociale medier (formål: »Annoncer på Facebook og Instagram«).",
	)
	joint := md[strings.Index(md, "fælles dataansvarlige (art. 26)"):]
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
	a := clone(t, examples(t)["nordlys-keramik"])
	a.Vendors = append(a.Vendors, drafts.Vendor{Catalog: "facebook-page", Entity: "Meta Platforms Ireland Ltd", EntityCountry: "IE",
		Purposes: []string{"kundeservice"}, Country: "IE", Transfer: "none"})
	md := render(t, a)
	mustContain(t, md, "- **Facebook-side** (Meta Platforms Ireland Ltd, Irland): vores side på Facebook (formål: »Kundeservice og reklamationer«). Vi er fælles dataansvarlige med Meta Platforms Ireland Ltd (art. 26) for den statistik om besøg på vores side, Meta giver os (Page Insights); skriv til")
}

// Remote access names the countries when they are known, and offers a copy
// of the safeguards.
func TestRemoteAccessCountries(t *testing.T) {
	a := clone(t, examples(t)["klinik-vesterbro"])
	a.Vendors[2].RemoteCountries = []string{"US", "IN"}
	md := render(t, a)
	mustContain(t, md, "**Microsoft 365** (adgang i USA og Indien): Oplysningerne opbevares i EU/EØS, men medarbejdere eller underleverandører i USA og Indien kan få adgang til dem",
		"Du kan få en kopi af standardkontraktbestemmelserne")
	a.Vendors[2].RemoteAccess = ""
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "vendors[3].remote_access" {
		t.Errorf("remote countries without a basis: %v", ps)
	}
}

// A recipient category needs no name or service; its region is said plainly.
func TestRecipientCategory(t *testing.T) {
	a := clone(t, examples(t)["helle-falsberg"])
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
	a := clone(t, examples(t)["tidsflow"])
	a.Cookies = drafts.Cookies{None: true}
	mustContain(t, render(t, a), "## ", "bruger ingen cookies eller lignende teknologier")
	a.Cookies = drafts.Cookies{Categories: []drafts.CookieGroup{{Category: "necessary", Purpose: "Holder dig logget ind", Lifetime: "session"}}}
	md := render(t, a)
	mustContain(t, md, "Vi bruger kun nødvendige cookies", "- Holder dig logget ind. Sættes af os og slettes, når du lukker browseren.")
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "statistics", Purpose: "Tæller besøg", Provider: "Plausible", Lifetime: "2 år", PurposeID: "sikkerhed"})
	md = string(Generate(a).Markdown(MarkdownOptions{}))
	mustContain(t, md, "Alle andre cookies sætter vi kun, hvis du har sagt ja", "- Tæller besøg. Sættes af Plausible og gemmes typisk i op til 2 år.", "Vi bruger dem til formålet »Drift, sikkerhed og fejlfinding«.")
	a.Cookies.None = true
	if ps := drafts.Validate(a); len(ps) != 1 || ps[0].Path != "cookies.none" {
		t.Errorf("none with cookies: %v", ps)
	}
}
