package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// reorder reverses every list in a whose order carries no meaning, pads text
// with white space, and changes the document's own metadata: none of it is
// a change to the policy's content.
func reorder(a *drafts.Answers) {
	a.Document.Version += ".1"
	a.Document.Effective = drafts.Date{Year: 2027, Month: 1, Day: 1}
	a.Document.Changes = append(a.Document.Changes, drafts.Change{Date: a.Document.Effective, Text: "Ny udgave."})
	a.Controller.Email = " " + a.Controller.Email + " "
	slices.Reverse(a.Subjects)
	for i := range a.Subjects {
		slices.Reverse(a.Subjects[i].Data)
	}
	slices.Reverse(a.Purposes)
	for i := range a.Purposes {
		p := &a.Purposes[i]
		slices.Reverse(p.Data)
		slices.Reverse(p.Basis)
		slices.Reverse(p.Subjects)
		p.Name = "  " + p.Name
	}
	slices.Reverse(a.Vendors)
	for i := range a.Vendors {
		slices.Reverse(a.Vendors[i].Purposes)
	}
	slices.Reverse(a.Sources)
	slices.Reverse(a.Disclosures)
	slices.Reverse(a.Cookies.List)
	slices.Reverse(a.Security.Measures)
	slices.Reverse(a.Security.Other)
}

func TestDiffNoChange(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		if cs := Diff(a, testkit.Clone(t, a)); len(cs) != 0 {
			t.Errorf("%s: a copy differs: %v", name, cs)
		}
		b := testkit.Clone(t, a)
		reorder(b)
		if cs := Diff(a, b); len(cs) != 0 {
			t.Errorf("%s: reordering and metadata give changes: %v", name, cs)
		}
	}
}

func TestDiffEachKind(t *testing.T) {
	base := testkit.Examples(t)["helle-falsberg"]
	purpose := testkit.PurposeOf
	tests := []struct {
		name   string
		change func(a *drafts.Answers)
		want   map[ChangeKind]string // every kind expected, with a phrase of its line
	}{
		{"e-mail", func(a *drafts.Answers) { a.Controller.Email = "ny@hellefalsberg.dk" },
			map[ChangeKind]string{ChangeContact: "E-mailadressen er ændret fra kontakt@hellefalsberg.dk til ny@hellefalsberg.dk."}},
		{"phone", func(a *drafts.Answers) { a.Controller.Phone = "12 34 56 78" },
			map[ChangeKind]string{ChangeContact: "Telefonnummeret er ændret"}},
		{"address", func(a *drafts.Answers) { a.Controller.Address = "Nørregade 1" },
			map[ChangeKind]string{ChangeContact: "Adressen er ændret fra"}},
		{"dpo", func(a *drafts.Answers) { a.DPO = &drafts.Contact{Name: "Dorte Dahl", Email: "dpo@hellefalsberg.dk"} },
			map[ChangeKind]string{ChangeContact: "Databeskyttelsesrådgiveren (DPO) er tilføjet: Dorte Dahl, dpo@hellefalsberg.dk."}},
		{"new purpose", func(a *drafts.Answers) {
			a.Purposes = append(a.Purposes, drafts.Purpose{ID: "rekruttering", Name: "Rekruttering", Data: []string{"application"}, Basis: []string{"6.1.b"}, Retention: drafts.Retention{Period: "6 måneder"}})
		}, map[ChangeKind]string{ChangePurposeAdded: "Nyt formål: »Rekruttering« (ansøgningsmateriale (ansøgning, CV, referencer); retsgrundlag: aftale (art. 6, stk. 1, litra b))."}},
		{"removed purpose", func(a *drafts.Answers) {
			a.Purposes = slices.DeleteFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == "kreditvurdering" })
			for i := range a.Vendors {
				a.Vendors[i].Purposes = slices.DeleteFunc(a.Vendors[i].Purposes, func(id string) bool { return id == "kreditvurdering" })
			}
		}, map[ChangeKind]string{ChangePurposeRemoved: "Formålet »Kreditvurdering ved større opgaver« er fjernet."}},
		{"renamed id is not a new purpose", func(a *drafts.Answers) {
			purpose(a, "nyhedsbrev").ID = "news"
			for i := range a.Vendors {
				for j, id := range a.Vendors[i].Purposes {
					if id == "nyhedsbrev" {
						a.Vendors[i].Purposes[j] = "news"
					}
				}
			}
		}, nil},
		{"basis", func(a *drafts.Answers) { purpose(a, "henvendelser").Basis = []string{"6.1.a"} },
			map[ChangeKind]string{ChangeBasis: "Retsgrundlaget for »Besvare henvendelser« er ændret fra legitim interesse (art. 6, stk. 1, litra f) til samtykke (art. 6, stk. 1, litra a)."}},
		{"retention", func(a *drafts.Answers) {
			purpose(a, "henvendelser").Retention = drafts.Retention{Period: "3 år", After: "last_contact"}
		},
			map[ChangeKind]string{ChangeRetention: "Opbevaringen for »Besvare henvendelser« er ændret fra"}},
		{"retention spelled otherwise is the same", func(a *drafts.Answers) {
			r := &purpose(a, "henvendelser").Retention
			r.Period = strings.ToUpper(r.Period)
		}, nil},
		{"data in a purpose", func(a *drafts.Answers) {
			p := purpose(a, "opgaver")
			p.Data = append(p.Data, "photo")
		}, map[ChangeKind]string{ChangeData: "Til »Give tilbud og løse opgaver« behandler vi nu også billeder."}},
		{"data in a group", func(a *drafts.Answers) { a.Subjects[0].Data = append(a.Subjects[0].Data, "birthdate") },
			map[ChangeKind]string{ChangeData: "Om kunder behandler vi nu også fødselsdato."}},
		{"new group", func(a *drafts.Answers) {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: "applicants", Data: []string{"contact", "application"}})
		}, map[ChangeKind]string{ChangeGroup: "Ny gruppe af personer: jobansøgere"}},
		{"new vendor and transfer country", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Name: "Tokyo Print KK", Role: "processor", Service: "tryk af visitkort", Purposes: []string{"opgaver"}, Country: "JP", Transfer: "adequacy"})
		}, map[ChangeKind]string{
			ChangeVendor:   "Ny modtager: Tokyo Print KK (databehandler, Japan) – tryk af visitkort.",
			ChangeTransfer: "Oplysninger overføres nu også til Japan, uden for EU/EØS.",
		}},
		{"removed vendor", func(a *drafts.Answers) {
			a.Vendors = slices.DeleteFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "dinero" })
		}, map[ChangeKind]string{ChangeVendor: "modtager ikke længere oplysninger."}},
		{"vendor moves", func(a *drafts.Answers) {
			for i := range a.Vendors {
				if a.Vendors[i].Catalog == "" {
					a.Vendors[i].Country, a.Vendors[i].Transfer = "SE", "none"
				}
			}
		}, map[ChangeKind]string{ChangeVendor: "Experian A/S (RKI) behandler nu oplysningerne i Sverige (før Danmark)."}},
		{"access from a third country", func(a *drafts.Answers) {
			for i := range a.Vendors {
				if a.Vendors[i].Catalog == "" {
					a.Vendors[i].RemoteAccess, a.Vendors[i].RemoteCountries = "scc", []string{"IN"}
				}
			}
		}, map[ChangeKind]string{ChangeTransfer: "Hos Experian A/S (RKI) kan medarbejdere eller underleverandører uden for EU/EØS nu få adgang til oplysningerne (standardkontraktbestemmelser).\nOplysninger overføres nu også til Indien, uden for EU/EØS."}},
		{"a recipient named by its kind", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Category: "it_support", Role: "processor", Service: "drift af computerne", Purposes: []string{"bogfoering"}, Country: "DK", Transfer: "none"})
		}, map[ChangeKind]string{ChangeVendor: "Ny modtager: IT-support (databehandler, Danmark) – drift af computerne."}},
		{"new cookie", func(a *drafts.Answers) {
			a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Name: "_fbp", Provider: "Meta", Purpose: "Annoncer", Category: "marketing", Lifetime: "3 måneder"})
		}, map[ChangeKind]string{ChangeCookie: "Ny cookie: _fbp fra Meta (marketing)."}},
		{"cookie category", func(a *drafts.Answers) { a.Cookies.List[1].Category = "marketing" },
			map[ChangeKind]string{ChangeCookie: "Cookien _ga hører nu under marketing (før statistik)."}},
		{"new source", func(a *drafts.Answers) {
			a.Sources = append(a.Sources, drafts.Source{Name: "LinkedIn", Kind: "social_media", Data: []string{"contact"}})
		}, map[ChangeKind]string{ChangeSource: "Ny kilde til oplysninger: LinkedIn."}},
		{"new disclosure", func(a *drafts.Answers) {
			a.Disclosures = append(a.Disclosures, drafts.Disclosure{Recipient: "Politiet", Reason: "Når loven kræver det."})
		}, map[ChangeKind]string{ChangeVendor: "Ny modtager: Politiet."}},
		{"security", func(a *drafts.Answers) { a.Security.Measures = append(a.Security.Measures, "physical") },
			map[ChangeKind]string{ChangeSecurity: "Nye sikkerhedsforanstaltninger: fysisk sikring af papirer og udstyr."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := testkit.Clone(t, base)
			tt.change(b)
			if ps := drafts.Validate(b); len(ps) > 0 {
				t.Fatalf("the changed answers are not valid: %v", ps)
			}
			cs := Diff(base, b)
			got := map[ChangeKind][]string{}
			for _, c := range cs {
				got[c.Kind] = append(got[c.Kind], c.Text)
				if !strings.HasSuffix(c.Text, ".") || c.Text != strings.TrimSpace(c.Text) || strings.Contains(c.Text, "\n") {
					t.Errorf("not one plain sentence: %q", c.Text)
				}
			}
			for k, phrase := range tt.want {
				if !strings.Contains(strings.Join(got[k], "\n"), phrase) {
					t.Errorf("no %s change with %q; got %v", k, phrase, cs)
				}
			}
			for k := range got {
				if _, ok := tt.want[k]; !ok {
					t.Errorf("unexpected %s change: %v", k, got[k])
				}
			}
			// The change is seen the other way too.
			if len(tt.want) > 0 && len(Diff(b, base)) == 0 {
				t.Error("the reverse change is not seen")
			}
		})
	}
}

// TestChangeLogEntry checks the entry reads back as an answer file's
// document.changes and passes validation.
func TestChangeLogEntry(t *testing.T) {
	base := testkit.Examples(t)["helle-falsberg"]
	b := testkit.Clone(t, base)
	b.Controller.Email = "ny@hellefalsberg.dk"
	b.Purposes[0].Name = `Svar på "spørgsmål" \ henvendelser`
	cs := Diff(base, b)
	e := ChangeLogEntry(cs, testkit.RecordDay)
	if e.Text != cs[0].Text+" "+cs[1].Text {
		t.Errorf("entry text %q is not the changes in order", e.Text)
	}
	src := ChangeLogTOML(e)
	var doc struct {
		Document struct {
			Changes []drafts.Change `toml:"changes"`
		} `toml:"document"`
	}
	if _, err := toml.Decode(src, &doc); err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	if len(doc.Document.Changes) != 1 || doc.Document.Changes[0] != e {
		t.Errorf("round trip: %+v, want %+v", doc.Document.Changes, e)
	}
	b.Document.Changes = append([]drafts.Change{e}, b.Document.Changes...)
	if ps := drafts.Validate(b); len(ps) > 0 {
		t.Errorf("answers with the entry are invalid: %v", ps)
	}
}

func TestNextVersion(t *testing.T) {
	for v, want := range map[string]string{"3.1": "3.2", "2": "3", "v1.9": "v1.10", " 1.0.9 ": "1.0.10", "": "", "udkast": "", "2.0-beta": ""} {
		got, ok := NextVersion(v)
		if got != want || ok != (want != "") {
			t.Errorf("NextVersion(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

// Diff of what schema 2 added: per-group bases, art. 9 exceptions per category,
// required, voice, the controller's country, recipients by category.
func TestDiffBasesPerGroupAndCategory(t *testing.T) {
	ex := testkit.Examples(t)
	purpose := testkit.PurposeOf
	tests := []struct {
		example string
		name    string
		change  func(a *drafts.Answers)
		want    []string // phrases, all in the changes; none means no change
	}{
		{"bjerre-toemrer", "basis for a group", func(a *drafts.Answers) {
			purpose(a, "opgaver").ByGroup[0].Basis = []string{"6.1.b"}
		}, []string{"Retsgrundlaget for kontaktpersoner hos vores erhvervskunder i »Tilbud og opgaver« er ændret fra legitim interesse (art. 6, stk. 1, litra f) til aftale (art. 6, stk. 1, litra b)."}},
		{"bjerre-toemrer", "a group gets its own basis", func(a *drafts.Answers) {
			p := purpose(a, "bogfoering")
			p.ByGroup = []drafts.GroupBasis{{Group: "business_customers", Basis: []string{"6.1.f"}, Interest: "at kunne sende fakturaer til den rette person"}}
		}, []string{"Retsgrundlaget for kontaktpersoner hos vores erhvervskunder i »Fakturering og bogføring« er ændret fra retlig forpligtelse"}},
		{"bjerre-toemrer", "interest for a group", func(a *drafts.Answers) {
			purpose(a, "opgaver").ByGroup[0].Interest = "at kunne give tilbud til firmaer"
		}, []string{"Den legitime interesse over for kontaktpersoner hos vores erhvervskunder i »Tilbud og opgaver« er nu: at kunne give tilbud til firmaer."}},
		{"bjerre-toemrer", "changed art. 9 exception", func(a *drafts.Answers) {
			purpose(a, "fagforening").Sensitive[0].Basis = "9.2.b"
		}, []string{"Undtagelsen efter art. 9 for fagforeningsmæssigt tilhørsforhold i »Træk af fagforeningskontingent« er nu arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b) (før: udtrykkeligt samtykke (art. 9, stk. 2, litra a))."}},
		{"bjerre-toemrer", "removed art. 9 exception", func(a *drafts.Answers) {
			p := purpose(a, "fagforening")
			p.Sensitive = nil
		}, []string{"Til »Træk af fagforeningskontingent« er der ikke længere angivet en undtagelse efter art. 9 for fagforeningsmæssigt tilhørsforhold"}},
		{"bjerre-toemrer", "the Danish rule of an exception", func(a *drafts.Answers) {
			purpose(a, "personale").Sensitive[0].Law = ""
		}, []string{"er nu arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b) (før: arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b), jf. databeskyttelseslovens § 12"}},
		{"hjertevenner-fyn", "art. 9 exception no longer given", func(a *drafts.Answers) {
			p := purpose(a, "netvaerk")
			p.Sensitive = nil
		}, []string{"er der ikke længere angivet en undtagelse efter art. 9 for helbredsoplysninger"}},
		{"bjerre-toemrer", "required", func(a *drafts.Answers) { purpose(a, "rekruttering").Required = "voluntary" },
			[]string{"Oplysningerne til »Rekruttering« er nu: frivilligt (før: nødvendigt for aftalen)."}},
		{"bjerre-toemrer", "by_law", func(a *drafts.Answers) { purpose(a, "loen").Retention.ByLaw = false },
			[]string{"Opbevaringen for »Lønudbetaling og indberetning« er ikke længere krævet ved lov."}},
		{"psykolog-anna-kjaer", "the law that requires the keeping", func(a *drafts.Answers) {
			purpose(a, "underretning").Retention.Law = "journalføringsbekendtgørelsen og autorisationsloven § 21"
		}, []string{"Opbevaringen for »Underretning af kommunen« er nu krævet efter journalføringsbekendtgørelsen og autorisationsloven § 21."}},
		{"bjerre-toemrer", "the keeping law named where the purpose's law gave it", func(a *drafts.Answers) {
			purpose(a, "loen").Retention.Law = "bogføringsloven"
		}, nil},
		{"bjerre-toemrer", "retention note", func(a *drafts.Answers) { purpose(a, "rekruttering").Retention.Note = "" },
			[]string{"Opbevaringen for »Rekruttering« er ændret fra 6 måneder efter at sagen er afsluttet (gemmer vi ansøgningen længere, spørger vi dig først) til 6 måneder efter at sagen er afsluttet."}},
		// The voice changes every sentence's form, which the change log says
		// once; the groups' standard names follow the voice without a line.
		{"bjerre-toemrer", "voice", func(a *drafts.Answers) { a.Controller.Voice = "jeg" }, []string{"Politikken er nu skrevet i jeg-form."}},
		{"psykolog-anna-kjaer", "voice back", func(a *drafts.Answers) { a.Controller.Voice = "vi" }, []string{"Politikken er nu skrevet i vi-form."}},
		{"helle-falsberg", "controller moves to Sweden", func(a *drafts.Answers) {
			a.Controller.Country, a.Controller.Postcode, a.Controller.Town = "SE", "111 34", "Stockholm"
		}, []string{"Den dataansvarlige er nu etableret i Sverige (før Danmark).", "Tilsynsmyndigheden er ændret fra Datatilsynet til Integritetsskyddsmyndigheten (IMY)."}},
		{"bjerre-toemrer", "a recipient by category", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Category: "accountant", Role: "controller", Purposes: []string{"bogfoering"}})
		}, []string{"Ny modtager: Revisor (selvstændig dataansvarlig)."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := ex[tt.example]
			b := testkit.Clone(t, base)
			tt.change(b)
			cs := Diff(base, b)
			var lines []string
			for _, c := range cs {
				lines = append(lines, c.Text)
			}
			got := strings.Join(lines, "\n")
			if len(tt.want) == 0 && len(cs) > 0 {
				t.Errorf("no change wanted, got %q", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("want %q in\n%s", w, got)
				}
			}
		})
	}
}

// TestDiffSpeaksInTheVoice: the change log is part of the policy, so a
// one-person business's entry says "jeg", not "vi".
func TestDiffSpeaksInTheVoice(t *testing.T) {
	a := testkit.Examples(t)["psykolog-anna-kjaer"]
	b := testkit.Clone(t, a)
	b.Purposes[0].Data = append(b.Purposes[0].Data, "address")
	cs := Diff(a, b)
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "behandler jeg nu også adresse") {
		t.Errorf("got %v", cs)
	}
}

// TestDiffNewSensitiveException: a category the purpose already had gets
// its art. 9 exception.
func TestDiffNewSensitiveException(t *testing.T) {
	a := testkit.Examples(t)["hjertevenner-fyn"]
	old := testkit.Clone(t, a)
	old.Purposes[2].Sensitive = nil
	cs := Diff(old, a)
	want := "Til »Netværksgrupper« behandles helbredsoplysninger nu efter undtagelsen udtrykkeligt samtykke (art. 9, stk. 2, litra a)."
	if len(cs) != 1 || cs[0].Text != want || cs[0].Kind != ChangeBasis {
		t.Errorf("got %v, want %q", cs, want)
	}
}

// TestDiffCookieCategoriesAndProfiling: the cases the review found silent
// ("Ingen ændringer i politikkens indhold"): a marketing category of
// cookies added with profiling, and a statistics category from a new
// provider.
func TestDiffCookieCategoriesAndProfiling(t *testing.T) {
	a := testkit.Examples(t)["klinik-vesterbro"]
	b := testkit.Clone(t, a)
	b.Cookies.Banner = true
	b.Cookies.Categories = append(b.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Viser annoncer for klinikken på Facebook", Provider: "Meta", PurposeID: "tilskud"})
	b.Automated.Profiling, b.Automated.ProfilingDescription = "marketing", "Vi viser annoncer til personer, der ligner vores patienter."
	got := ChangeLogText(Diff(a, b))
	for _, want := range []string{
		"Hjemmesiden har nu et cookiebanner",
		"Nye marketingcookies fra Meta: Viser annoncer for klinikken på Facebook.",
		"Vi bruger nu profilering til markedsføring",
		"Profileringen beskrives nu sådan: Vi viser annoncer til personer, der ligner vores patienter.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in %q", want, got)
		}
	}
	c := testkit.Clone(t, a)
	c.Cookies.Categories = append(c.Cookies.Categories, drafts.CookieGroup{Category: "statistics", Purpose: "Tæller besøg", Provider: "Plausible Insights OÜ", Lifetime: "1 år", PurposeID: "tilskud"})
	if got := ChangeLogText(Diff(a, c)); !strings.Contains(got, "Nye statistikcookies fra Plausible Insights OÜ: Tæller besøg.") {
		t.Errorf("a statistics category from a new provider: %q", got)
	}
}
