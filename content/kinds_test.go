package content

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// The starting points per kind of business (drafts/kinds): each must be a
// complete answer apart from what only the business knows, and with that
// answered, `check --strict` must have nothing to say.

var kindsNow = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

// identityPaths are the answers every starting point leaves empty: who the
// business is, and the date its policy applies from.
var identityPaths = []string{
	"controller.name", "controller.address", "controller.postcode", "controller.town", "controller.email",
	"document.effective",
}

// businessAnswers are, per kind, the answers the starting point leaves for
// the business on purpose, because only the business knows them: the
// paths check reports until they are answered (besides identity), and how
// a typical business of that kind answers them. The test fills them in
// that way; the paths are what the README calls "the few open questions".
var businessAnswers = map[string]struct {
	open []string
	fill func(a *drafts.Answers)
}{
	"salon": {
		// Which booking system, and so where it keeps the customer cards.
		open: []string{"vendors[1].country", "vendors[1].transfer"},
		fill: func(a *drafts.Answers) { setWhere(a, "booking", "DK", "none") },
	},
	"webshop": {
		// Which webshop platform, payment gateway, carrier and newsletter
		// system; and whether the ads are targeted (profiling).
		open: []string{
			"vendors[1].country", "vendors[1].transfer", "vendors[2].country", "vendors[2].transfer",
			"vendors[3].country", "vendors[3].transfer", "vendors[4].country", "vendors[4].transfer",
			"automated.profiling",
		},
		fill: func(a *drafts.Answers) {
			setWhere(a, "webshop", "EEA", "none")
			setWhere(a, "payment", "DK", "none")
			setWhere(a, "shipping", "EEA", "none")
			setWhere(a, "newsletter", "US", "dpf")
			vendorOf(a, "newsletter").TransferTo = "The Rocket Science Group LLC"
			// The Meta Pixel ads are targeted at visitors' behaviour.
			a.Automated.Profiling = "marketing"
			a.Automated.ProfilingDescription = "Når du siger ja til marketingcookies, bruger vi og Meta oplysninger om, hvilke sider du ser, og hvad du køber hos os, til at vise dig og andre med lignende interesser målrettede annoncer på Facebook og Instagram."
		},
	},
	"haandvaerker": {
		// Which payroll system and accounting program.
		open: []string{"vendors[1].country", "vendors[1].transfer", "vendors[2].country", "vendors[2].transfer"},
		fill: func(a *drafts.Answers) {
			setWhere(a, "payroll", "DK", "none")
			setWhere(a, "accounting_system", "EEA", "none")
		},
	},
	"klinik": {
		// Which patient record system, and how long the profession must
		// keep records (5 or 10 years, journalføringsbekendtgørelsen § 15).
		open: []string{"vendors[1].country", "vendors[1].transfer", "purposes[1].retention.period"},
		fill: func(a *drafts.Answers) {
			setWhere(a, "patient_records", "DK", "none")
			a.Purposes[0].Retention.Period = "5 år" // a physiotherapist
		},
	},
	"forening": {
		// Which member system.
		open: []string{"vendors[1].country", "vendors[1].transfer"},
		fill: func(a *drafts.Answers) { setWhere(a, "member_system", "DK", "none") },
	},
	"restaurant": {
		// Which table booking system.
		open: []string{"vendors[1].country", "vendors[1].transfer"},
		fill: func(a *drafts.Answers) { setWhere(a, "booking", "EEA", "none") },
	},
	"raadgiver": {
		// Which accounting program.
		open: []string{"vendors[2].country", "vendors[2].transfer"},
		fill: func(a *drafts.Answers) {
			setWhere(a, "accounting_system", "DK", "none")
			// Where Microsoft's support may reach the data from, as the
			// business reads it in its data processing agreement.
			remoteFrom(a, "microsoft-365", "US")
		},
	},
	"saas": {
		// What the service does with its customers' data, and where it is
		// hosted.
		open: []string{"processor.description", "vendors[1].country", "vendors[1].transfer"},
		fill: func(a *drafts.Answers) {
			a.Processor.Description = "Vi gemmer de oplysninger, vores kunders medarbejdere lægger ind i tjenesten, og viser dem kun for kunden."
			a.Processor.CustomerList = "i vores CRM-system"
			setWhere(a, "hosting", "DE", "none")
			remoteFrom(a, "microsoft-365", "US")
		},
	},
}

// setWhere answers where the vendor of recipient category cat processes
// data and on what basis.
func setWhere(a *drafts.Answers, cat, country, transfer string) {
	v := vendorOf(a, cat)
	v.Country, v.Transfer = country, transfer
}

// vendorOf is the vendor of recipient category cat.
func vendorOf(a *drafts.Answers, cat string) *drafts.Vendor {
	for i := range a.Vendors {
		if a.Vendors[i].Category == cat {
			return &a.Vendors[i]
		}
	}
	panic("no vendor of category " + cat)
}

// withIdentity gives a the identity of a business, as step 1 of the wizard
// does.
func withIdentity(a *drafts.Answers) {
	a.Document.Effective = drafts.DateOf(kindsNow)
	a.Controller.Name = "Testfirma ApS"
	a.Controller.CVR = "29412006" // passes modulus 11
	a.Controller.Address = "Nørregade 12"
	a.Controller.Postcode = "8000"
	a.Controller.Town = "Aarhus C"
	a.Controller.Email = "kontakt@testfirma.dk"
	a.Controller.Website = "https://testfirma.dk"
}

func TestKindsListMatchesFiles(t *testing.T) {
	want := []string{"salon", "webshop", "haandvaerker", "klinik", "forening", "restaurant", "raadgiver", "saas"}
	ids := drafts.KindIDs()
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("no starting point %q", id)
		}
	}
	for _, k := range drafts.Kinds() {
		if k.Name == "" || k.Description == "" || strings.Contains(k.Description, "\n") {
			t.Errorf("%s: want a name and a one-line Danish description, got %q, %q", k.ID, k.Name, k.Description)
		}
		for _, m := range k.Measures {
			if !drafts.Known(drafts.SecurityMeasures, m) {
				t.Errorf("%s: unknown security measure %q", k.ID, m)
			}
		}
		if _, ok := businessAnswers[k.ID]; !ok {
			t.Errorf("%s: the test does not say which answers the kind leaves for the business", k.ID)
		}
	}
	if _, err := drafts.KindAnswers("frisoer"); err == nil || !strings.Contains(err.Error(), "salon") {
		t.Errorf("unknown kind: want an error naming the kinds, got %v", err)
	}
}

// TestKindAlone: each starting point is a valid schema-2 answer file whose
// only errors are the identity and the answers it leaves for the business,
// and each of those is really reported, so the list above stays true.
func TestKindAlone(t *testing.T) {
	for _, k := range drafts.Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			src, err := drafts.KindSource(k.ID)
			if err != nil {
				t.Fatal(err)
			}
			f, err := drafts.Parse(k.ID+".toml", src)
			if err != nil {
				t.Fatalf("does not load: %v", err)
			}
			if f.Schema != drafts.SchemaVersion {
				t.Errorf("schema %d, want %d", f.Schema, drafts.SchemaVersion)
			}
			a := f.Answers
			allowed := append(slices.Clone(identityPaths), businessAnswers[k.ID].open...)
			errs := map[string]bool{}
			for _, fd := range Check(a, kindsNow) {
				if fd.Severity != SeverityError {
					continue
				}
				errs[fd.Path] = true
				if !slices.Contains(allowed, fd.Path) {
					t.Errorf("error outside identity and the open questions: %s", fd)
				}
			}
			for _, p := range businessAnswers[k.ID].open {
				if !errs[p] {
					t.Errorf("%s is listed as open but check does not ask for it", p)
				}
			}
		})
	}
}

// TestKindAsksNeverAssumes: a starting point states nothing only the
// business can know.
func TestKindAsksNeverAssumes(t *testing.T) {
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		c := a.Controller
		for what, v := range map[string]string{"name": c.Name, "cvr": c.CVR, "address": c.Address, "postcode": c.Postcode,
			"town": c.Town, "email": c.Email, "phone": c.Phone, "website": c.Website, "contact_person": c.ContactPerson} {
			if v != "" {
				t.Errorf("%s: controller.%s is filled in (%q); only the business knows it", k.ID, what, v)
			}
		}
		if !a.Document.Effective.IsZero() {
			t.Errorf("%s: the effective date is the business's to choose", k.ID)
		}
		if len(a.Security.Measures) > 0 || len(a.Security.Other) > 0 {
			t.Errorf("%s: security measures ticked: %v %v", k.ID, a.Security.Measures, a.Security.Other)
		}
		if a.Automated != (drafts.Automated{}) {
			t.Errorf("%s: automated decisions or profiling answered for the business: %+v", k.ID, a.Automated)
		}
		if a.Cookies.None {
			t.Errorf("%s: claims the website sets no cookies", k.ID)
		}
		if a.DPO != nil || a.Children.Targeted {
			t.Errorf("%s: DPO or children answered for the business", k.ID)
		}
		src, _ := drafts.KindSource(k.ID)
		for _, claim := range []string{"vi deler ikke", "deler ikke dine", "bruger ikke profilering", "sælger aldrig", "videregiver ikke"} {
			if bytes.Contains(bytes.ToLower(src), []byte(claim)) {
				t.Errorf("%s: says %q for the business", k.ID, claim)
			}
		}
	}
}

// TestKindWithIdentityIsClean: a starting point plus the business's
// identity and its answers to the open questions is `check --strict`
// clean, and its policy has no gaps.
func TestKindWithIdentityIsClean(t *testing.T) {
	for _, k := range drafts.Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			a, err := drafts.KindAnswers(k.ID)
			if err != nil {
				t.Fatal(err)
			}
			withIdentity(a)
			businessAnswers[k.ID].fill(a)
			for _, fd := range Check(a, kindsNow) {
				t.Errorf("finding: %s (%s)", fd, fd.Suggestion)
			}
			p := Generate(a)
			md := p.Markdown(MarkdownOptions{})
			if bytes.Contains(md, []byte("mangler:")) {
				t.Errorf("policy has a gap:\n%s", md)
			}
			if _, err := p.HTML(HTMLOptions{}); err != nil {
				t.Errorf("html: %v", err)
			}
			rec, err := RenderRecord(a, drafts.DateOf(kindsNow), "md")
			if err != nil || bytes.Contains(rec, []byte("mangler:")) {
				t.Errorf("record of processing: %v\n%s", err, rec)
			}
		})
	}
}

// remoteFrom answers from which countries the catalogue vendor id's support
// can reach the data.
func remoteFrom(a *drafts.Answers, id string, countries ...string) {
	for i := range a.Vendors {
		if a.Vendors[i].Catalog == id {
			a.Vendors[i].RemoteCountries = countries
		}
	}
}
