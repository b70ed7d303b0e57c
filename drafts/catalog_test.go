package drafts

import (
	"strings"
	"testing"
)

// The services small businesses told us they use are in the catalogue.
func TestCatalogueCoversSmallBusinesses(t *testing.T) {
	for _, id := range []string{"planway", "booksy", "fresha", "salonized", "instagram-embed", "facebook-embed", "facebook-page",
		"nexi", "worldline", "pensopay", "zenegy", "uniconta", "hubspot", "pipedrive", "matomo", "plausible", "dropbox", "zoom",
		"slack", "squarespace", "webflow", "pinterest-tag", "snapchat-pixel", "typeform", "jotform"} {
		if _, ok := LookupVendor(id); !ok {
			t.Errorf("no %s in the catalogue", id)
		}
	}
	if v, _ := LookupVendor("shopify"); len(v.Cookies) == 0 {
		t.Error("Shopify has no cookies of its own")
	}
	if v, _ := LookupVendor("facebook-page"); v.JointFor == "" {
		t.Error("a Facebook page has no joint controllership for its statistics")
	}
	if v, _ := LookupVendor("stripe"); v.ControllerFor == "" || v.TransferTo != "Stripe Inc." {
		t.Errorf("Stripe's split role or certified entity is missing: %+v", v)
	}
	if v, _ := LookupVendor("microsoft-365"); v.RemoteAccess != "scc" {
		t.Errorf("Microsoft 365's support access is not a transfer: %+v", v)
	}
}

func TestCookiePatterns(t *testing.T) {
	for _, tc := range []struct {
		pattern, name string
		want          bool
	}{
		{"_ga_*", "_ga_K8ZQ2X1ABC", true},
		{"_ga_*", "_ga", false},
		{"_ga", "_ga", true},
		{"_pk_id*", "_pk_id.1.a1b2", true},
		{"CookieConsent", "cookieconsent", false},
		{"[", "[", true}, // a bad pattern still matches itself
	} {
		if got := (CatalogCookie{Name: tc.pattern}).Matches(tc.name); got != tc.want {
			t.Errorf("%q matches %q: %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}

// Moving a vendor whose transfer the catalogue does not know into the
// EU/EEA keeps the transfer unknown; a known basis becomes "none".
func TestResolveVendorCountryOverride(t *testing.T) {
	if v := ResolveVendor(Vendor{Catalog: "dinero", Country: "DK"}); v.Transfer != Unknown {
		t.Errorf("dinero moved to DK: transfer %q", v.Transfer)
	}
	if v := ResolveVendor(Vendor{Catalog: "google-analytics", Country: "IE"}); v.Transfer != "none" || v.TransferTo != "" {
		t.Errorf("google-analytics moved to IE: %+v", v)
	}
	if v := ResolveVendor(Vendor{Catalog: "stripe", Entity: "Stripe Inc."}); v.EntityCountry != "" {
		t.Errorf("another entity kept the catalogue's entity country %q", v.EntityCountry)
	}
}

func TestCatalogueEntriesValid(t *testing.T) {
	if err := CatalogueError(); err != nil {
		t.Fatal(err)
	}
	all := Catalogue()
	if len(all) < 80 {
		t.Fatalf("the catalogue has %d vendors, want at least 80", len(all))
	}
	templates := map[string]bool{}
	for _, tpl := range PurposeTemplates() {
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
				t.Errorf("%s: %s is empty (write %q when it is not known)", v.ID, field, Unknown)
			}
		}
		if !Known(CatalogCategories, v.Category) {
			t.Errorf("%s: unknown category %q", v.ID, v.Category)
		}
		if v.Role != Unknown && !Known(Roles, v.Role) {
			t.Errorf("%s: unknown role %q", v.ID, v.Role)
		}
		if v.Transfer != Unknown && !Known(Transfers, v.Transfer) {
			t.Errorf("%s: unknown transfer basis %q", v.ID, v.Transfer)
		}
		c, ok := CountryByCode(v.Country)
		if !ok && v.Country != Unknown {
			t.Errorf("%s: unknown country %q", v.ID, v.Country)
		}
		if _, ok := CountryByCode(v.EntityCountry); !ok && v.EntityCountry != Unknown {
			t.Errorf("%s: unknown entity country %q", v.ID, v.EntityCountry)
		}
		if v.RemoteAccess != "" && v.RemoteAccess != Unknown && (v.RemoteAccess == "none" || !Known(Transfers, v.RemoteAccess)) {
			t.Errorf("%s: remote_access %q is not a transfer basis", v.ID, v.RemoteAccess)
		}
		if v.Transfer == "dpf" && v.TransferTo == "" && !(v.EntityCountry == "US" && v.Entity != Unknown) {
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
			if err := CheckCVR(v.CVR); err != nil && v.EntityCountry == "DK" {
				t.Errorf("%s: %v", v.ID, err)
			}
		}
		if v.PrivacyURL != "" {
			if err := CheckURL(v.PrivacyURL); err != nil {
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
			for _, c := range Categories {
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
			if !Known(CookieCategories, k.Category) {
				t.Errorf("%s: cookie %s has unknown category %q", v.ID, k.Name, k.Category)
			}
			if !IsSessionLifetime(k.Lifetime) {
				if _, err := ParsePeriod(k.Lifetime); err != nil {
					t.Errorf("%s: cookie %s: %v", v.ID, k.Name, err)
				}
			}
		}
	}
}

// TestRecipientCategoriesNameOneKind: a recipient named by its category
// heads the overview and the policy with the category's label, so a
// label naming two kinds (»e-mail eller kontorprogrammer«) says more than
// an answer for one of them does (adviser Q-O2). Each label names one.
func TestRecipientCategoriesNameOneKind(t *testing.T) {
	for _, c := range RecipientCategories {
		if strings.Contains(c.Label, " eller ") || strings.Contains(c.Label, " og ") {
			t.Errorf("recipient category %s names two kinds: %q", c.ID, c.Label)
		}
	}
}
