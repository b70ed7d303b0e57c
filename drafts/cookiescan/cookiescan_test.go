package cookiescan

import (
	"os"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func readImport(t *testing.T, name string) CookieImport {
	t.Helper()
	data, err := os.ReadFile("testdata/import/" + name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ImportCookies(data, name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func names(cs []ScannedCookie) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name+"@"+c.Domain)
	}
	return strings.Join(out, " ")
}

func TestImportHAR(t *testing.T) {
	r := readImport(t, "butik.har")
	if r.Format != "HAR" {
		t.Errorf("format %q", r.Format)
	}
	// Set-Cookie and Cookie headers both count; _ga_K8ZQ2X1ABC is the
	// catalogue's _ga_*; the Set-Cookie domain wins over the request host.
	if got, want := names(r.Known), "CookieConsent@www.butik.dk _fbp@www.butik.dk _ga@butik.dk _ga_*@www.butik.dk fr@www.facebook.com"; got != want {
		t.Errorf("known:\n got %s\nwant %s", got, want)
	}
	if got, want := names(r.Unknown), "butik_cart@www.butik.dk butik_session@www.butik.dk datr@www.facebook.com lang@www.butik.dk"; got != want {
		t.Errorf("unknown:\n got %s\nwant %s", got, want)
	}
	for _, c := range r.Known {
		if c.Vendor == "" || c.Category == "" || c.Lifetime == "" {
			t.Errorf("%s not classified: %+v", c.Name, c)
		}
	}
}

func TestImportCSV(t *testing.T) {
	r := readImport(t, "cookiebot.csv")
	if got, want := names(r.Known), "CookieConsent@butik.dk _fbp@butik.dk _ga@butik.dk _ga_*@butik.dk sprog@butik.dk"; got != want {
		t.Errorf("known:\n got %s\nwant %s", got, want)
	}
	if got, want := names(r.Unknown), "ukendt_x@tracker.example"; got != want {
		t.Errorf("unknown: got %s, want %s", got, want)
	}
	for _, c := range r.Known {
		if c.Name == "sprog" && (c.Category != "preferences" || c.Lifetime != "1 år" || c.Vendor != "") {
			t.Errorf("the consent tool's own classification is not used: %+v", c)
		}
	}
}

func TestImportBadInput(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"x.har", `{"log":`, "ikke en gyldig HAR-fil"},
		{"x.har", `{"log":{"entries":[]}}`, "ingen forespørgsler"},
		{"x.csv", "Cookie;Kategori\n", "ingen cookies"},
		{"x.csv", "Foo,Bar\n1,2\n", "ingen kolonne med cookiens navn"},
		{"x.csv", "\xff\xfe", "UTF-8"},
	} {
		_, err := ImportCookies([]byte(tc.data), tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.name) {
			t.Errorf("%q: got %v, want an error naming the file with %q", tc.data, err, tc.want)
		}
	}
}

// Applying an import adds the cookies, the vendors behind them and the
// consent purposes they need, ties each cookie to its purpose, says what it
// added, and adds nothing the second time.
func TestImportApply(t *testing.T) {
	a, err := drafts.Example("tidsflow")
	if err != nil {
		t.Fatal(err)
	}
	a.Cookies.Banner = true
	r := readImport(t, "butik.har")
	added := r.ApplyTo(a)
	joined := strings.Join(added, "\n")
	for _, want := range []string{"cookie _ga (statistik, Google Analytics 4)", "leverandør Google Analytics 4 (catalog = \"google-analytics\")",
		"formål »Besøgsstatistik« (statistik, samtykke)", "formål »Annoncer« (annoncer, samtykke)", "leverandør Meta Pixel", "leverandør Cookiebot"} {
		if !strings.Contains(joined, want) {
			t.Errorf("added lacks %q:\n%s", want, joined)
		}
	}
	for _, c := range a.Cookies.List {
		switch c.Category {
		case "statistics":
			if c.PurposeID != "statistik" {
				t.Errorf("%s tied to %q", c.Name, c.PurposeID)
			}
		case "marketing":
			if c.PurposeID != "annoncer" {
				t.Errorf("%s tied to %q", c.Name, c.PurposeID)
			}
		}
	}
	// What is left for the user is what the catalogue does not know.
	for _, p := range drafts.Validate(a) {
		if !strings.HasPrefix(p.Path, "vendors[") || !(strings.HasSuffix(p.Path, ".country") || strings.HasSuffix(p.Path, ".role") || strings.HasSuffix(p.Path, ".transfer")) {
			t.Errorf("import left a problem the catalogue did not cause: %v", p)
		}
	}
	if again := r.ApplyTo(a); len(again) != 0 {
		t.Errorf("a second import added %v", again)
	}
}
