package drafts

import "testing"

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
