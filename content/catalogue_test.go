package content

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func TestCatalogueEntriesValid(t *testing.T) {
	if err := drafts.CatalogueError(); err != nil {
		t.Fatal(err)
	}
	all := drafts.Catalogue()
	if len(all) < 80 {
		t.Fatalf("the catalogue has %d vendors, want at least 80", len(all))
	}
	templates := map[string]bool{}
	for _, tpl := range PurposeTemplates {
		if tpl.Purpose.ID != "" {
			templates[tpl.Purpose.ID] = true
		}
	}
	seen := map[string]bool{}
	for _, v := range all {
		if v.ID == "" || seen[v.ID] {
			t.Errorf("missing or duplicate id %q", v.ID)
		}
		seen[v.ID] = true
		for field, val := range map[string]string{"name": v.Name, "entity": v.Entity, "service": v.Service, "category": v.Category, "role": v.Role, "country": v.Country, "transfer": v.Transfer, "entity_country": v.EntityCountry, "source": v.Source} {
			if val == "" {
				t.Errorf("%s: %s is empty (write %q when it is not known)", v.ID, field, drafts.Unknown)
			}
		}
		if !drafts.Known(drafts.CatalogCategories, v.Category) {
			t.Errorf("%s: unknown category %q", v.ID, v.Category)
		}
		if v.Role != drafts.Unknown && !drafts.Known(drafts.Roles, v.Role) {
			t.Errorf("%s: unknown role %q", v.ID, v.Role)
		}
		if v.Transfer != drafts.Unknown && !drafts.Known(drafts.Transfers, v.Transfer) {
			t.Errorf("%s: unknown transfer basis %q", v.ID, v.Transfer)
		}
		c, ok := drafts.CountryByCode(v.Country)
		if !ok && v.Country != drafts.Unknown {
			t.Errorf("%s: unknown country %q", v.ID, v.Country)
		}
		if _, ok := drafts.CountryByCode(v.EntityCountry); !ok && v.EntityCountry != drafts.Unknown {
			t.Errorf("%s: unknown entity country %q", v.ID, v.EntityCountry)
		}
		if v.RemoteAccess != "" && v.RemoteAccess != drafts.Unknown && (v.RemoteAccess == "none" || !drafts.Known(drafts.Transfers, v.RemoteAccess)) {
			t.Errorf("%s: remote_access %q is not a transfer basis", v.ID, v.RemoteAccess)
		}
		if v.Transfer == "dpf" && v.TransferTo == "" && !(v.EntityCountry == "US" && v.Entity != drafts.Unknown) {
			t.Errorf("%s: DPF without the certified entity (transfer_to)", v.ID)
		}
		switch {
		case v.Transfer == "dpf" && v.Country != "US":
			t.Errorf("%s: the Data Privacy Framework only covers the US, not %s", v.ID, v.Country)
		case v.Transfer == "none" && ok && !c.EEA:
			t.Errorf("%s: processed in %s, outside the EU/EEA, with no transfer basis", v.ID, v.Country)
		case v.Transfer == "adequacy" && ok && !c.Adequate:
			t.Errorf("%s: %s has no adequacy decision", v.ID, v.Country)
		}
		if v.CVR != "" {
			if err := drafts.CheckCVR(v.CVR); err != nil && v.EntityCountry == "DK" {
				t.Errorf("%s: %v", v.ID, err)
			}
		}
		if v.PrivacyURL != "" {
			if err := drafts.CheckURL(v.PrivacyURL); err != nil {
				t.Errorf("%s: %v", v.ID, err)
			}
		}
		if !v.Checked.IsZero() && v.Source == "ikke verificeret" {
			t.Errorf("%s: checked on %s, but the source says the facts are not verified", v.ID, v.Checked)
		}
		if v.Purpose != "" && !templates[v.Purpose] {
			t.Errorf("%s: purpose %q is not a purpose template", v.ID, v.Purpose)
		}
		for _, d := range v.Data {
			known := false
			for _, c := range drafts.Categories {
				known = known || c.ID == d
			}
			if !known {
				t.Errorf("%s: unknown data category %q", v.ID, d)
			}
		}
		for _, k := range v.Cookies {
			if strings.ContainsAny(k.Name, "<>") {
				t.Errorf("%s: cookie %s: write patterns with *, not <…>", v.ID, k.Name)
			}
			if k.Name == "" || k.Purpose == "" {
				t.Errorf("%s: cookie without name or purpose", v.ID)
			}
			if !drafts.Known(drafts.CookieCategories, k.Category) {
				t.Errorf("%s: cookie %s has unknown category %q", v.ID, k.Name, k.Category)
			}
			if !drafts.IsSessionLifetime(k.Lifetime) {
				if _, err := drafts.ParsePeriod(k.Lifetime); err != nil {
					t.Errorf("%s: cookie %s: %v", v.ID, k.Name, err)
				}
			}
		}
	}
}

func TestCatalogueVendorResolves(t *testing.T) {
	a := examples(t)["helle-falsberg"]
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
	if !contains(md, "(Indien): Overførslen sker på grundlag af EU-Kommissionens standardkontraktbestemmelser") {
		t.Error("the transfers section does not follow the overridden country")
	}
	// An unknown catalogue id is reported with the closest one.
	c.Vendors[0].Catalog = "google-analytic"
	if ps := drafts.Validate(&c); len(ps) != 1 || !contains(ps[0].Message, `"google-analytics"`) {
		t.Errorf("unknown catalogue id: %+v", ps)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
