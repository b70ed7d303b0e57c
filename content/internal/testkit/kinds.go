package testkit

import (
	"github.com/privatliv/privatliv/drafts"
)

// IdentityPaths are the answers every starting point leaves empty: who the
// business is, and the date its policy applies from.
var IdentityPaths = []string{
	"controller.name", "controller.address", "controller.postcode", "controller.town", "controller.email",
	"document.effective",
}

// BusinessAnswers are, per kind, the answers the starting point leaves for
// the business on purpose, because only the business knows them: the
// paths check reports until they are answered (besides identity), and how
// a typical business of that kind answers them. The test fills them in
// that way; the paths are what the README calls "the few open questions".
var BusinessAnswers = map[string]struct {
	Open []string
	Fill func(a *drafts.Answers)
}{
	"salon": {
		// Which booking system, and so where it keeps the customer cards.
		Open: []string{"vendors[1].country", "vendors[1].transfer"},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "booking", "DK", "none")
			// What check asks of every salon ApS: its bookkeeping system and
			// its mail host.
			addVendor(a, drafts.Vendor{Catalog: "e-conomic", Purposes: []string{"bogfoering"}, Transfer: "none"})
			addVendor(a, drafts.Vendor{Catalog: "simply", Purposes: []string{"booking", "henvendelser"}})
		},
	},
	"webshop": {
		// Which webshop platform, payment gateway, carrier and newsletter
		// system; and whether the ads are targeted (profiling).
		Open: []string{
			"vendors[1].country", "vendors[1].transfer", "vendors[2].country", "vendors[2].transfer",
			"vendors[3].country", "vendors[3].transfer", "vendors[4].country", "vendors[4].transfer",
			"automated.profiling",
		},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "webshop", "EEA", "none")
			setWhere(a, "payment", "DK", "none")
			setWhere(a, "shipping", "EEA", "none")
			setWhere(a, "newsletter", "US", "dpf")
			vendorOf(a, "newsletter").TransferTo = "The Rocket Science Group LLC"
			// The Meta Pixel ads are targeted at visitors' behaviour.
			a.Automated.Profiling = "marketing"
			a.Automated.ProfilingDescription = "Når du siger ja til marketingcookies, bruger vi og Meta oplysninger om, hvilke sider du ser, og hvad du køber hos os, til at vise dig og andre med lignende interesser målrettede annoncer på Facebook og Instagram."
			addVendor(a, drafts.Vendor{Catalog: "e-conomic", Purposes: []string{"bogfoering"}, Transfer: "none"})
			addVendor(a, drafts.Vendor{Catalog: "microsoft-365", Purposes: []string{"kundeservice", "henvendelser"}, RemoteCountries: []string{"US"}})
		},
	},
	"haandvaerker": {
		// Which payroll system and accounting program.
		Open: []string{"vendors[1].country", "vendors[1].transfer", "vendors[2].country", "vendors[2].transfer"},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "payroll", "DK", "none")
			setWhere(a, "accounting_system", "EEA", "none")
			addVendor(a, drafts.Vendor{Catalog: "one-com", Purposes: []string{"opgaver", "henvendelser", "rekruttering"}})
			// References come from the people the applicant names.
			a.Sources = append(a.Sources, drafts.Source{Name: "Dine referencer", Kind: "other", Subjects: []string{"applicants"}, Data: []string{"application"}})
		},
	},
	"klinik": {
		// Which patient record system, and how long the profession must
		// keep records (5 or 10 years, journalføringsbekendtgørelsen § 15).
		Open: []string{"vendors[1].country", "vendors[1].transfer", "purposes[1].retention.period"},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "patient_records", "DK", "none")
			a.Purposes[0].Retention.Period = "5 år" // a physiotherapist
			addVendor(a, drafts.Vendor{Catalog: "e-conomic", Purposes: []string{"bogfoering"}, Transfer: "none"})
			addVendor(a, drafts.Vendor{Catalog: "simply", Purposes: []string{"henvendelser"}})
		},
	},
	"forening": {
		// Which member system.
		Open: []string{"vendors[1].country", "vendors[1].transfer"},
		Fill: func(a *drafts.Answers) { setWhere(a, "member_system", "DK", "none") },
	},
	"restaurant": {
		// Which table booking system.
		Open: []string{"vendors[1].country", "vendors[1].transfer"},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "booking", "EEA", "none")
			addVendor(a, drafts.Vendor{Catalog: "e-conomic", Purposes: []string{"bogfoering"}, Transfer: "none"})
			addVendor(a, drafts.Vendor{Catalog: "one-com", Purposes: []string{"bordbestilling", "henvendelser"}})
		},
	},
	"raadgiver": {
		// Which accounting program.
		Open: []string{"vendors[2].country", "vendors[2].transfer"},
		Fill: func(a *drafts.Answers) {
			setWhere(a, "accounting_system", "DK", "none")
			// Where Microsoft's support may reach the data from, as the
			// business reads it in its data processing agreement.
			remoteFrom(a, "microsoft-365", "US")
			// What check asks of an adviser under hvidvaskloven with business
			// clients: their beneficial owners (art. 14), and what the CVR
			// register really gives (company data, no job titles).
			a.Categories = append(a.Categories,
				drafts.CustomCategory{ID: "cvr_data", Name: "virksomhedens navn, CVR-nummer og adresse"},
				drafts.CustomCategory{ID: "owner_id", Name: "navn, CPR-nummer og ejerandel"},
				drafts.CustomCategory{ID: "pep", Name: "om personen er politisk eksponeret"})
			a.Subjects = append(a.Subjects, drafts.Subject{Group: "other", ID: "reelle_ejere", Name: "Reelle ejere hos vores erhvervskunder", Data: []string{"owner_id", "pep"}})
			for i := range a.Sources {
				if a.Sources[i].Name == "CVR-registret" {
					a.Sources[i].Data = []string{"cvr_data"}
				}
			}
			a.Sources = append(a.Sources, drafts.Source{Name: "Erhvervsstyrelsens register over reelle ejere", Kind: "public_register", Subjects: []string{"reelle_ejere"}, Data: []string{"owner_id"}})
			for i := range a.Purposes {
				switch p := &a.Purposes[i]; p.ID {
				case "hvidvask":
					p.Subjects = append(p.Subjects, "reelle_ejere")
					p.Data = append(p.Data, "owner_id", "pep")
				case "opgaver":
					p.Data = append(p.Data, "cvr_data")
				}
			}
			for i := range a.Subjects {
				if a.Subjects[i].Group == "business_customers" {
					a.Subjects[i].Data = append(a.Subjects[i].Data, "cvr_data")
				}
			}
		},
	},
	"saas": {
		// What the service does with its customers' data, and where it is
		// hosted.
		Open: []string{"processor.description", "vendors[1].country", "vendors[1].transfer"},
		Fill: func(a *drafts.Answers) {
			a.Processor.Description = "Vi gemmer de oplysninger, vores kunders medarbejdere lægger ind i tjenesten, og viser dem kun for kunden."
			a.Processor.CustomerList = "i vores CRM-system"
			setWhere(a, "hosting", "DE", "none")
			remoteFrom(a, "microsoft-365", "US")
			addVendor(a, drafts.Vendor{Catalog: "e-conomic", Purposes: []string{"bogfoering"}, Transfer: "none"})
			// Support mails from the customers' users can hold the data the
			// service processes for the customers.
			a.Processor.Vendors = append(a.Processor.Vendors, "microsoft-365")
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

// WithIdentity gives a the identity of a business, as step 1 of the wizard
// does.
func WithIdentity(a *drafts.Answers) {
	a.Document.Effective = drafts.DateOf(KindsNow)
	a.Controller.Name = "Testfirma ApS"
	a.Controller.CVR = "29412006" // passes modulus 11
	a.Controller.Address = "Nørregade 12"
	a.Controller.Postcode = "8000"
	a.Controller.Town = "Aarhus C"
	a.Controller.Email = "kontakt@testfirma.dk"
	a.Controller.Website = "https://testfirma.dk"
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

// FillKind answers, for the starting point id, what a business of that
// kind answers: the open questions (BusinessAnswers) and the questions
// check asks of every business, such as which security measures it uses,
// here the ones the kind suggests.
func FillKind(a *drafts.Answers, id string) {
	BusinessAnswers[id].Fill(a)
	if len(a.Security.Measures) == 0 && len(a.Security.Other) == 0 {
		for _, k := range drafts.Kinds() {
			if k.ID == id {
				a.Security.Measures = append([]string(nil), k.Measures...)
			}
		}
	}
}

// addVendor adds a vendor the business names when check asks for it.
func addVendor(a *drafts.Answers, v drafts.Vendor) { a.Vendors = append(a.Vendors, v) }
