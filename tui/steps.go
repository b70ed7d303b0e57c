package tui

import (
	"fmt"
	"strings"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// step is one screen of the wizard: either a form or lists of items.
type step struct {
	title    string
	help     string            // one line under the title, in plain Danish
	section  string            // the policy section the preview shows
	sections map[string]string // field key -> section, where it differs
	form     func(m *Model) (*huh.Form, fieldSet)
	colls    []*collection
	prefixes []string // answer-file paths this step fills, for completeness
}

// collection is a list the user builds up in a step.
type collection struct {
	title, noun string // "Formål", "formål"
	section     string
	prefix      string // path of the list in the answer file
	singleton   bool   // one fixed item that can only be edited
	count       func(a *drafts.Answers) int
	label       func(a *drafts.Answers, i int) string
	templates   func(a *drafts.Answers) []huh.Option[int] // optional picker before adding
	add         func(a *drafts.Answers, choice int) int
	describe    func(a *drafts.Answers, choice int) string // what add will fill in, for the status line
	remove      func(a *drafts.Answers, i int)
	empty       func(a *drafts.Answers, i int) bool
	form        func(m *Model, i int) (*huh.Form, fieldSet, func())
}

func (c *collection) path(i int) string {
	if c.singleton {
		return c.prefix
	}
	return fmt.Sprintf("%s[%d]", c.prefix, i+1)
}

func removeAt[T any](s []T, i int) []T { return append(s[:i:i], s[i+1:]...) }

var steps = []*step{
	{
		title: "Virksomheden", section: "ansvarlig",
		help:     "Hvem er ansvarlig for oplysningerne, og hvordan kan folk kontakte jer?",
		form:     controllerForm,
		prefixes: []string{"controller", "dpo"},
	},
	{
		title: "Hvem og hvilke oplysninger", section: "oplysninger",
		help:     "Hvem har I oplysninger om, og hvilke? Tilføj en gruppe med a, ret den med enter.",
		colls:    []*collection{subjectsColl, categoriesColl},
		prefixes: []string{"subjects", "categories"},
	},
	{
		title: "Formål", section: "formaal",
		help:     "Hvad bruger I oplysningerne til? Hvert formål får et retsgrundlag og en opbevaringsperiode.",
		colls:    []*collection{purposesColl},
		prefixes: []string{"purposes"},
	},
	{
		title: "Kilder", section: "kilder",
		help:     "Får I oplysninger fra andre end personen selv, fx CVR, RKI eller en arbejdsgiver?",
		colls:    []*collection{sourcesColl},
		prefixes: []string{"sources"},
	},
	{
		title: "Modtagere", section: "modtagere",
		help:     "Hvilke leverandører og myndigheder får oplysninger fra jer?",
		colls:    []*collection{vendorsColl, disclosuresColl},
		prefixes: []string{"vendors", "disclosures"},
	},
	{
		title: "Cookies", section: "cookies",
		help:     "Hvilke cookies sætter hjemmesiden, og bruger I et cookiebanner?",
		colls:    []*collection{bannerColl, cookiesColl},
		prefixes: []string{"cookies"},
	},
	{
		title: "Sikkerhed", section: "sikkerhed",
		help:     "Hvordan passer I på oplysningerne?",
		form:     securityForm,
		prefixes: []string{"security"},
	},
	{
		title: "Særlige forhold", section: "automatiske-afgoerelser",
		help: "Børn, automatiske afgørelser, databehandling for kunder og virksomheder uden for Danmark.",
		sections: map[string]string{
			"children.targeted": "boern", "children.age_limit": "boern",
			"processor.acts": "databehandler", "processor.description": "databehandler", "processor.subjects": "databehandler", "processor.data": "databehandler",
			"representative": "ansvarlig", "representative.name": "ansvarlig", "representative.address": "ansvarlig", "representative.email": "ansvarlig",
			"authority": "klage", "authority.name": "klage", "authority.address": "klage", "authority.website": "klage", "authority.email": "klage", "authority.phone": "klage",
		},
		form:     specialForm,
		prefixes: []string{"children", "automated", "processor", "representative", "authority"},
	},
	{
		title: "Gennemse og gem", section: "aendringer",
		help:     "Hvornår gælder politikken fra, og hvad er ændret? Gem med ctrl+s.",
		colls:    []*collection{documentColl, changesColl},
		prefixes: []string{"document"},
	},
}

func controllerForm(m *Model) (*huh.Form, fieldSet) {
	c := &m.a.Controller
	b := m.b
	fs := fieldSet{}
	return m.newForm(
		huh.NewGroup(
			fs.input("controller.name", "Virksomhedens navn", "Som det står i CVR-registret.", &c.Name, required("virksomhedens navn", nil)),
			fs.input("controller.legal_form", "Virksomhedsform", "Fx enkeltmandsvirksomhed, ApS, A/S eller I/S.", &c.LegalForm, nil).
				Suggestions([]string{"enkeltmandsvirksomhed", "ApS", "A/S", "I/S", "P/S", "forening"}),
			fs.input("controller.cvr", "CVR-nummer", "8 cifre. Vi tjekker kontrolcifferet.", &c.CVR, optional(func(s string) error {
				if !strings.EqualFold(strings.TrimSpace(b.country), "DK") {
					return nil
				}
				return drafts.CheckCVR(s)
			})),
			fs.input("controller.address", "Adresse", "Gade, nummer og evt. etage.", &c.Address, required("adressen", nil)),
			fs.input("controller.postcode", "Postnummer", "4 cifre, fx 8000.", &c.Postcode, optional(func(s string) error {
				if !strings.EqualFold(strings.TrimSpace(b.country), "DK") {
					return nil
				}
				return drafts.CheckPostcode(s)
			})),
			fs.input("controller.town", "By", "Fx Aarhus C.", &c.Town, required("byen", nil)),
			fs.input("controller.country", "Land", "Landekoden, hvor virksomheden er etableret: DK, SE, DE …", &m.b.country, func(s string) error {
				if _, ok := drafts.CountryByCode(strings.ToUpper(strings.TrimSpace(s))); !ok {
					return fmt.Errorf("skriv en landekode på to bogstaver, fx DK")
				}
				return nil
			}).Suggestions(countryCodes()),
		).Title("Virksomheden"),
		huh.NewGroup(
			fs.input("controller.email", "E-mail til spørgsmål om persondata", "Her skriver folk, når de vil bruge deres rettigheder.", &c.Email, required("en e-mailadresse", drafts.CheckEmail)),
			fs.input("controller.phone", "Telefon", "Valgfrit. 8 cifre, fx 33 19 32 00.", &c.Phone, optional(drafts.CheckPhone)),
			fs.input("controller.website", "Hjemmeside", "Valgfrit. Fx https://firma.dk", &c.Website, optional(drafts.CheckURL)),
			fs.input("controller.contact_person", "Kontaktperson", "Valgfrit. Den, der svarer på spørgsmål om persondata.", &c.ContactPerson, nil),
		).Title("Kontakt"),
		huh.NewGroup(
			huh.NewConfirm().Key("dpo").Title("Har I en databeskyttelsesrådgiver (DPO)?").
				Description("De fleste små virksomheder har ikke pligt til at have en.").
				Affirmative("Ja").Negative("Nej").Value(&b.hasDPO),
		).Title("Databeskyttelsesrådgiver"),
		hideWhen(huh.NewGroup(
			fs.input("dpo.name", "DPO'ens navn", "Person eller firma.", &b.dpo.Name, nil),
			fs.input("dpo.email", "DPO'ens e-mail", "Hvor folk kan skrive direkte til rådgiveren.", &b.dpo.Email, optional(drafts.CheckEmail)),
			fs.input("dpo.phone", "DPO'ens telefon", "Valgfrit.", &b.dpo.Phone, optional(drafts.CheckPhone)),
		).Title("Databeskyttelsesrådgiver"), func() bool { return !b.hasDPO }),
	), fs
}

func securityForm(m *Model) (*huh.Form, fieldSet) {
	fs := fieldSet{}
	return m.newForm(
		huh.NewGroup(
			huh.NewMultiSelect[string]().Key("security.measures").Title("Hvad gør I for at beskytte oplysningerne?").
				Description("Vælg med x eller mellemrum.").
				Options(termOptions(drafts.SecurityMeasures)...).Value(&m.a.Security.Measures),
			fs.text("security.other", "Andre foranstaltninger", "Valgfrit. Én pr. linje, skrevet som hele sætninger.", &m.b.otherSecurity),
		).Title("Sikkerhed"),
	), fs
}

func specialForm(m *Model) (*huh.Form, fieldSet) {
	a, b := m.a, m.b
	fs := fieldSet{}
	return m.newForm(
		huh.NewGroup(
			huh.NewConfirm().Key("children.targeted").Title("Henvender jeres tjenester sig til børn og unge?").
				Affirmative("Ja").Negative("Nej").Value(&a.Children.Targeted),
			fs.input("children.age_limit", "Aldersgrænse for samtykke", "15 år i Danmark. Lad feltet stå tomt for 15.", &b.age, optional(checkAge)),
		).Title("Børn"),
		huh.NewGroup(
			huh.NewConfirm().Key("automated.used").Title("Træffer I afgørelser om folk helt automatisk, uden at et menneske ser på dem?").
				Description("Fx automatisk afslag på kredit. Almindelig statistik tæller ikke.").
				Affirmative("Ja").Negative("Nej").Value(&a.Automated.Used),
		).Title("Automatiske afgørelser"),
		hideWhen(huh.NewGroup(
			fs.text("automated.description", "Hvilke afgørelser?", "Fx: Vi afgør automatisk, om du kan handle på kredit.", &a.Automated.Description),
			fs.text("automated.logic", "Hvordan træffes de?", "Forklar logikken i almindelige ord.", &a.Automated.Logic),
			fs.text("automated.consequences", "Hvad betyder de for personen?", "Fx: Får du afslag, kan du betale med kort i stedet.", &a.Automated.Consequences),
		).Title("Automatiske afgørelser"), func() bool { return !a.Automated.Used }),
		huh.NewGroup(
			huh.NewConfirm().Key("processor.acts").Title("Behandler I oplysninger på vegne af jeres kunder?").
				Description("Fx et SaaS-system, hvor kunden lægger sine medarbejderes data ind. Så er I databehandler.").
				Affirmative("Ja").Negative("Nej").Value(&a.Processor.Acts),
		).Title("Databehandler for kunder"),
		hideWhen(huh.NewGroup(
			fs.text("processor.description", "Hvad gør I med kundernes oplysninger?", "Fx: Vi registrerer arbejdstid for vores kunders medarbejdere.", &a.Processor.Description),
			huh.NewMultiSelect[string]().Key("processor.subjects").Title("Hvem handler oplysningerne om?").
				Options(termOptions(drafts.SubjectGroups)...).Value(&a.Processor.Subjects),
			huh.NewMultiSelect[string]().Key("processor.data").Title("Hvilke oplysninger?").Filterable(true).Height(8).
				Options(categoryOptions(a)...).Value(&a.Processor.Data),
		).Title("Databehandler for kunder"), func() bool { return !a.Processor.Acts }),
		huh.NewGroup(
			huh.NewConfirm().Key("representative").Title("Er virksomheden etableret uden for EU, så den skal have en repræsentant i EU?").
				Affirmative("Ja").Negative("Nej").Value(&b.hasRep),
		).Title("Repræsentant i EU"),
		hideWhen(huh.NewGroup(
			fs.input("representative.name", "Repræsentantens navn", "Virksomhed eller person i EU, der repræsenterer jer.", &b.rep.Name, required("navnet", nil)),
			fs.input("representative.address", "Repræsentantens adresse", "Hele adressen med land.", &b.rep.Address, required("adressen", nil)),
			fs.input("representative.email", "Repræsentantens e-mail", "Hvor folk i EU kan skrive.", &b.rep.Email, required("e-mailadressen", drafts.CheckEmail)),
		).Title("Repræsentant i EU"), func() bool { return !b.hasRep }),
		huh.NewGroup(
			huh.NewConfirm().Key("authority").Title("Hører virksomheden under et andet tilsyn end Datatilsynet?").
				Description("Kun hvis virksomheden er etableret i et andet EU/EØS-land.").
				Affirmative("Ja").Negative("Nej").Value(&b.hasAuthority),
		).Title("Tilsynsmyndighed"),
		hideWhen(huh.NewGroup(
			fs.input("authority.name", "Tilsynets navn", "Fx Integritetsskyddsmyndigheten (Sverige).", &b.authority.Name, required("navnet", nil)),
			fs.input("authority.address", "Adresse", "Tilsynets postadresse med land.", &b.authority.Address, required("adressen", nil)),
			fs.input("authority.website", "Hjemmeside", "Fx https://www.imy.se", &b.authority.Website, required("hjemmesiden", drafts.CheckURL)),
			fs.input("authority.email", "E-mail", "Hvor man kan klage.", &b.authority.Email, required("e-mailadressen", drafts.CheckEmail)),
			fs.input("authority.phone", "Telefon", "Valgfrit.", &b.authority.Phone, optional(drafts.CheckPhone)),
		).Title("Tilsynsmyndighed"), func() bool { return !b.hasAuthority }),
	), fs
}

var subjectsColl = &collection{
	title: "Persongrupper", noun: "persongruppe", section: "oplysninger", prefix: "subjects",
	count: func(a *drafts.Answers) int { return len(a.Subjects) },
	label: func(a *drafts.Answers, i int) string {
		s := a.Subjects[i]
		return fmt.Sprintf("%s (%d typer oplysninger)", orText(s.Name, drafts.Label(drafts.SubjectGroups, s.Group)), len(s.Data))
	},
	add: func(a *drafts.Answers, _ int) int {
		g := "customers"
		for _, t := range drafts.SubjectGroups {
			taken := false
			for _, s := range a.Subjects {
				taken = taken || s.Group == t.ID
			}
			if !taken {
				g = t.ID
				break
			}
		}
		a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: []string{"contact"}})
		return len(a.Subjects) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Subjects = removeAt(a.Subjects, i) },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		s := &m.a.Subjects[i]
		fs := fieldSet{}
		return m.newForm(huh.NewGroup(
			huh.NewSelect[string]().Key("subjects.group").Title("Hvem?").Options(termOptions(drafts.SubjectGroups)...).Value(&s.Group),
			fs.input("subjects.name", "Eget navn på gruppen", "Valgfrit, fx \"Patienter\" eller \"Elever\". Skal udfyldes for \"Andre\".", &s.Name, nil),
			huh.NewMultiSelect[string]().Key("subjects.data").Title("Hvilke oplysninger har I om dem?").
				Description("Vælg med x. Skriv / for at søge.").Filterable(true).Height(12).
				Options(categoryOptions(m.a)...).Value(&s.Data),
		).Title("Persongruppe")), fs, nil
	},
}

var categoriesColl = &collection{
	title: "Egne kategorier af oplysninger", noun: "kategori", section: "oplysninger", prefix: "categories",
	count: func(a *drafts.Answers) int { return len(a.Categories) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Categories[i]
		return fmt.Sprintf("%s (%s)", orText(c.Name, "uden navn"), drafts.Label(drafts.CategoryKinds, orText(c.Kind, drafts.KindOrdinary)))
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Categories = append(a.Categories, drafts.CustomCategory{Kind: drafts.KindOrdinary})
		return len(a.Categories) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Categories = removeAt(a.Categories, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Categories[i].Name) == "" },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		c := &m.a.Categories[i]
		fs := fieldSet{}
		autoID := c.ID == "" || c.ID == slug(c.Name)
		sync := func() {
			if autoID {
				c.ID = slug(c.Name)
			}
		}
		return m.newForm(huh.NewGroup(
			fs.input("categories.name", "Navn", "Sådan står kategorien i politikken, fx \"journalnotater\".", &c.Name, required("et navn", nil)),
			huh.NewSelect[string]().Key("categories.kind").Title("Art").
				Description("Følsomme oplysninger, CPR-numre og strafbare forhold kræver et særligt grundlag.").
				Options(termOptions(drafts.CategoryKinds)...).Value(&c.Kind),
		).Title("Egen kategori")), fs, sync
	},
}

var purposesColl = &collection{
	title: "Formål", noun: "formål", section: "formaal", prefix: "purposes",
	count: func(a *drafts.Answers) int { return len(a.Purposes) },
	label: func(a *drafts.Answers, i int) string {
		p := a.Purposes[i]
		var bases []string
		for _, b := range p.Basis {
			bases = append(bases, strings.TrimPrefix(b, "6.1."))
		}
		return fmt.Sprintf("%s · litra %s · %s", orText(p.Name, "uden navn"), strings.Join(bases, "+"), orText(p.Retention.Period, drafts.Label(drafts.RetentionEvents, p.Retention.After)))
	},
	templates: func(a *drafts.Answers) []huh.Option[int] {
		var out []huh.Option[int]
		for i, t := range content.PurposeTemplates {
			out = append(out, huh.NewOption(t.Label, i))
		}
		return out
	},
	add: func(a *drafts.Answers, choice int) int {
		p := content.ClonePurpose(content.PurposeTemplates[choice].Purpose)
		if p.ID != "" {
			p.ID = uniqueSlug(p.ID, func(id string) bool { return purposeTaken(a, id, -1) })
		}
		a.Purposes = append(a.Purposes, p)
		ensureSubjects(a, p)
		return len(a.Purposes) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Purposes = removeAt(a.Purposes, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Purposes[i].Name) == "" },
	form:   purposeForm,
}

func purposeTaken(a *drafts.Answers, id string, except int) bool {
	for j, q := range a.Purposes {
		if j != except && q.ID == id {
			return true
		}
	}
	return false
}

func purposeForm(m *Model, i int) (*huh.Form, fieldSet, func()) {
	a := m.a
	p := &a.Purposes[i]
	fs := fieldSet{}
	autoID := p.ID == ""
	sync := func() {
		if autoID {
			p.ID = uniqueSlug(p.Name, func(id string) bool { return purposeTaken(a, id, i) })
		}
	}
	has := func(b string) bool { return contains(p.Basis, b) }
	return m.newForm(
		huh.NewGroup(
			fs.input("purposes.name", "Formålets navn", "Kort og konkret, fx \"Fakturering og bogføring\".", &p.Name, required("et navn", nil)),
			fs.text("purposes.description", "Beskrivelse", "Valgfrit. Hvad gør I helt konkret?", &p.Description),
			huh.NewMultiSelect[string]().Key("purposes.subjects").Title("Hvem handler det om?").Options(groupOptions(a, false)...).Value(&p.Subjects),
			huh.NewMultiSelect[string]().Key("purposes.data").Title("Hvilke oplysninger bruger I?").
				Description("Skriv / for at søge.").Filterable(true).Height(10).Options(categoryOptions(a)...).Value(&p.Data),
		).Title("Formålet"),
		huh.NewGroup(
			huh.NewMultiSelect[string]().Key("purposes.basis").Title("Hvad giver jer lov? (retsgrundlag)").
				Description("Aftale: nødvendigt for en aftale. Retlig forpligtelse: loven kræver det. Legitim interesse: jeres rimelige interesse. Samtykke: personen har sagt ja.").
				Options(termOptions(drafts.LegalBases)...).Value(&p.Basis).
				Validate(func(v []string) error {
					if len(v) == 0 {
						return fmt.Errorf("vælg mindst ét retsgrundlag")
					}
					return nil
				}),
		).Title("Retsgrundlag"),
		hideWhen(huh.NewGroup(
			fs.input("purposes.interest", "Hvilken legitim interesse?", "Skriv jeres interesse, fx \"at kunne svare på henvendelser\".", &p.Interest, required("interessen", nil)),
		).Title("Legitim interesse"), func() bool { return !has("6.1.f") }),
		hideWhen(huh.NewGroup(
			fs.input("purposes.law", "Hvilken lov kræver det?", "Fx bogføringsloven.", &p.Law, nil),
		).Title("Retlig forpligtelse"), func() bool { return !has("6.1.c") }),
		hideWhen(huh.NewGroup(
			huh.NewSelect[string]().Key("purposes.special_basis").Title("Grundlag for følsomme oplysninger (art. 9, stk. 2)").
				Options(termOptions(drafts.SpecialBases)...).Value(&p.SpecialBasis),
		).Title("Følsomme oplysninger"), func() bool { return !hasKind(a, p.Data, drafts.KindSpecial) }),
		hideWhen(huh.NewGroup(
			huh.NewSelect[string]().Key("purposes.cpr_basis").Title("Grundlag for CPR-nummer (databeskyttelseslovens § 11)").
				Options(termOptions(drafts.CPRBases)...).Value(&p.CPRBasis),
		).Title("CPR-nummer"), func() bool { return !hasKind(a, p.Data, drafts.KindCPR) }),
		hideWhen(huh.NewGroup(
			huh.NewSelect[string]().Key("purposes.criminal_basis").Title("Grundlag for strafbare forhold (databeskyttelseslovens § 8)").
				Options(termOptions(drafts.CriminalBases)...).Value(&p.CriminalBasis),
		).Title("Strafbare forhold"), func() bool { return !hasKind(a, p.Data, drafts.KindCriminal) }),
		huh.NewGroup(
			huh.NewSelect[string]().Key("purposes.required").Title("Skal personen give jer oplysningerne?").
				Options(termOptions(drafts.Requirements)...).Value(&p.Required),
			fs.input("purposes.consequence", "Hvad sker der, hvis de ikke gør?", "Valgfrit, fx \"Så kan vi ikke sende varen\".", &p.Consequence, nil),
		).Title("Krav"),
		huh.NewGroup(
			huh.NewSelect[string]().Key("purposes.retention.after").Title("Hvornår begynder opbevaringstiden?").
				Options(termOptions(drafts.RetentionEvents)...).Value(&p.Retention.After),
			fs.input("purposes.retention.period", "Hvor længe gemmer I oplysningerne?", "Fx \"5 år\", \"6 måneder\" eller \"30 dage\". Kan stå tomt ved samtykke.", &p.Retention.Period,
				func(s string) error {
					if strings.TrimSpace(s) == "" && p.Retention.After == "consent_withdrawn" {
						return nil
					}
					return required("en periode, fx \"2 år\"", checkPeriod)(s)
				}),
			fs.input("purposes.retention.note", "Bemærkning", "Valgfrit, fx hvorfor perioden er valgt.", &p.Retention.Note, nil),
		).Title("Opbevaring"),
	), fs, sync
}

var sourcesColl = &collection{
	title: "Kilder", noun: "kilde", section: "kilder", prefix: "sources",
	count: func(a *drafts.Answers) int { return len(a.Sources) },
	label: func(a *drafts.Answers, i int) string {
		s := a.Sources[i]
		return fmt.Sprintf("%s (%s)", orText(s.Name, "uden navn"), drafts.Label(drafts.SourceKinds, s.Kind))
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Sources = append(a.Sources, drafts.Source{Kind: "public_register"})
		return len(a.Sources) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Sources = removeAt(a.Sources, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Sources[i].Name) == "" },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		s := &m.a.Sources[i]
		fs := fieldSet{}
		return m.newForm(huh.NewGroup(
			fs.input("sources.name", "Kildens navn", "Fx \"CVR-registret\" eller \"RKI (Experian A/S)\".", &s.Name, required("et navn", nil)),
			huh.NewSelect[string]().Key("sources.kind").Title("Hvilken slags kilde?").Options(termOptions(drafts.SourceKinds)...).Value(&s.Kind),
			huh.NewMultiSelect[string]().Key("sources.subjects").Title("Om hvem?").Options(groupOptions(m.a, true)...).Value(&s.Subjects),
			huh.NewMultiSelect[string]().Key("sources.data").Title("Hvilke oplysninger?").Filterable(true).Height(8).Options(categoryOptions(m.a)...).Value(&s.Data),
			fs.input("sources.note", "Bemærkning", "Valgfrit, fx hvornår I slår op.", &s.Note, nil),
		).Title("Kilde")), fs, nil
	},
}

var vendorsColl = &collection{
	title: "Leverandører og andre modtagere", noun: "leverandør", section: "modtagere", prefix: "vendors",
	count: func(a *drafts.Answers) int { return len(a.Vendors) },
	label: func(a *drafts.Answers, i int) string {
		v := drafts.ResolveVendor(a.Vendors[i])
		return fmt.Sprintf("%s · %s · %s", orText(v.Name, "uden navn"), orText(drafts.Label(drafts.Roles, v.Role), "rolle?"), v.Country)
	},
	templates: func(a *drafts.Answers) []huh.Option[int] {
		cat := content.Catalogue()
		out := make([]huh.Option[int], 0, len(cat)+1)
		for i, v := range cat {
			out = append(out, huh.NewOption(fmt.Sprintf("%s – %s (%s)", v.Name, v.Service, drafts.Label(content.CatalogCategories, v.Category)), i))
		}
		return append(out, huh.NewOption("Anden leverandør (udfyld selv)", len(cat)))
	},
	add:      addVendor,
	describe: describeVendor,
	remove:   func(a *drafts.Answers, i int) { a.Vendors = removeAt(a.Vendors, i) },
	empty: func(a *drafts.Answers, i int) bool {
		return a.Vendors[i].Catalog == "" && strings.TrimSpace(a.Vendors[i].Name) == ""
	},
	form: vendorForm,
}

// addVendor adds the catalogue vendor at choice (or an empty one), links it
// to the purpose it usually serves, adding that purpose if it is missing,
// and copies its cookies into the cookie list.
func addVendor(a *drafts.Answers, choice int) int {
	cat := content.Catalogue()
	if choice < 0 || choice >= len(cat) {
		a.Vendors = append(a.Vendors, drafts.Vendor{Role: "processor", Country: "DK", Transfer: "none"})
		return len(a.Vendors) - 1
	}
	cv := cat[choice]
	v := drafts.Vendor{Catalog: cv.ID}
	if id := ensurePurpose(a, cv.Purpose); id != "" {
		v.Purposes = []string{id}
	}
	for _, c := range cv.Cookies {
		if !hasCookie(a, c.Name) {
			a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Name: c.Name, Provider: cv.Name, Purpose: c.Purpose, Category: c.Category, Lifetime: c.Lifetime})
		}
	}
	a.Vendors = append(a.Vendors, v)
	return len(a.Vendors) - 1
}

// describeVendor says what adding the catalogue vendor at choice will fill in.
func describeVendor(a *drafts.Answers, choice int) string {
	cat := content.Catalogue()
	if choice < 0 || choice >= len(cat) {
		return ""
	}
	cv := cat[choice]
	var parts []string
	if cv.Purpose != "" && findPurpose(a, cv.Purpose) == "" {
		for _, t := range content.PurposeTemplates {
			if t.Purpose.ID == cv.Purpose {
				parts = append(parts, "formålet «"+t.Purpose.Name+"»")
			}
		}
	}
	n := 0
	nonNecessary := false
	for _, c := range cv.Cookies {
		if !hasCookie(a, c.Name) {
			n++
			nonNecessary = nonNecessary || c.Category != "necessary"
		}
	}
	if n == 1 {
		parts = append(parts, "1 cookie")
	} else if n > 1 {
		parts = append(parts, fmt.Sprintf("%d cookies", n))
	}
	msg := cv.Name + " er tilføjet"
	if len(parts) > 0 {
		msg += " med " + strings.Join(parts, " og ")
	}
	msg += "."
	if cv.Role == drafts.Unknown || cv.Transfer == drafts.Unknown {
		msg += " Kataloget kender ikke alt om " + cv.Name + " – udfyld det, der mangler, ud fra jeres aftale."
	}
	if nonNecessary && !a.Cookies.Banner {
		msg += " Cookies til statistik og marketing kræver et cookiebanner (trin 6)."
	}
	return msg
}

// ensureSubjects adds the groups a purpose is about, with its data, when the
// answers do not describe them yet, so a template never leaves a dangling
// reference.
func ensureSubjects(a *drafts.Answers, p drafts.Purpose) {
	for _, g := range p.Subjects {
		found := false
		for i := range a.Subjects {
			if a.Subjects[i].Group == g {
				found = true
				for _, d := range p.Data {
					if !contains(a.Subjects[i].Data, d) {
						a.Subjects[i].Data = append(a.Subjects[i].Data, d)
					}
				}
			}
		}
		if !found {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: append([]string(nil), p.Data...)})
		}
	}
}

func hasCookie(a *drafts.Answers, name string) bool {
	for _, c := range a.Cookies.List {
		if c.Name == name {
			return true
		}
	}
	return false
}

// findPurpose finds the answers' purpose made from the template id.
func findPurpose(a *drafts.Answers, templateID string) string {
	for _, p := range a.Purposes {
		if p.ID == templateID || strings.HasPrefix(p.ID, templateID+"-") {
			return p.ID
		}
	}
	return ""
}

// ensurePurpose returns the id of the purpose made from a template, adding
// it from the template when the answers do not have it yet.
func ensurePurpose(a *drafts.Answers, templateID string) string {
	if templateID == "" {
		return ""
	}
	if id := findPurpose(a, templateID); id != "" {
		return id
	}
	for _, t := range content.PurposeTemplates {
		if t.Purpose.ID == templateID {
			p := content.ClonePurpose(t.Purpose)
			p.ID = uniqueSlug(p.ID, func(id string) bool { return purposeTaken(a, id, -1) })
			a.Purposes = append(a.Purposes, p)
			ensureSubjects(a, p)
			return p.ID
		}
	}
	return ""
}

func vendorForm(m *Model, i int) (*huh.Form, fieldSet, func()) {
	v := &m.a.Vendors[i]
	fs := fieldSet{}
	cv, fromCatalogue := content.LookupVendor(v.Catalog)
	outside := func() bool {
		c, ok := drafts.CountryByCode(drafts.ResolveVendor(*v).Country)
		return ok && !c.EEA
	}
	sync := func() {
		if fromCatalogue {
			return
		}
		if !outside() {
			v.Transfer = "none"
		} else if v.Transfer == "none" {
			v.Transfer = ""
		}
	}
	// inherit offers "as in the catalogue" as the first choice.
	inherit := func(opts []huh.Option[string], catalogueValue string, label func(string) string) []huh.Option[string] {
		if !fromCatalogue {
			return opts
		}
		text := "Som i kataloget: " + label(catalogueValue)
		if catalogueValue == drafts.Unknown {
			text = "Ukendt i kataloget – vælg selv"
		}
		return append([]huh.Option[string]{huh.NewOption(text, "")}, opts...)
	}
	countryName := func(code string) string {
		if c, ok := drafts.CountryByCode(code); ok {
			return c.Name
		}
		return code
	}
	name := fs.input("vendors.name", "Navn", "Fx \"Simply.com A/S\".", &v.Name, required("et navn", nil))
	service := fs.input("vendors.service", "Hvad gør de for jer?", "Fx \"hosting af hjemmesiden og e-mail\".", &v.Service, required("en kort beskrivelse", nil))
	privacy := fs.input("vendors.privacy_url", "Link til deres privatlivspolitik", "Valgfrit.", &v.PrivacyURL, optional(drafts.CheckURL))
	note := fs.input("vendors.transfer_note", "Bemærkning om overførslen", "Valgfrit, fx \"standardkontraktbestemmelser som supplement\".", &v.TransferNote, nil)
	title := "Modtager"
	if fromCatalogue {
		keep := "Lad feltet stå tomt for at bruge katalogets oplysning."
		delete(fs, "vendors.name")
		delete(fs, "vendors.service")
		name.Description(keep).Placeholder(cv.DisplayName()).Validate(func(string) error { return nil })
		service.Description(keep).Placeholder(cv.Service).Validate(func(string) error { return nil })
		privacy.Placeholder(cv.PrivacyURL)
		note.Placeholder(cv.TransferNote)
		title = cv.Name + " (fra kataloget, tjekket " + cv.Checked.String() + ")"
		if cv.Advice != "" {
			title += "\nRåd: " + cv.Advice
		}
	}
	transfers := drafts.Transfers[1:]
	return m.newForm(
		huh.NewGroup(
			name, service,
			huh.NewSelect[string]().Key("vendors.role").Title("Rolle").
				Description("Databehandler: arbejder efter jeres instruks. Selvstændig: bruger oplysningerne til egne formål.").
				Options(inherit(termOptions(drafts.Roles), cv.Role, func(s string) string { return drafts.Label(drafts.Roles, s) })...).Value(&v.Role),
			huh.NewMultiSelect[string]().Key("vendors.purposes").Title("Til hvilke formål?").Options(purposeOptions(m.a)...).Value(&v.Purposes),
		).Title(title),
		huh.NewGroup(
			huh.NewSelect[string]().Key("vendors.country").Title("Hvor behandles oplysningerne?").
				Description("Skriv / for at søge.").Height(8).
				Options(inherit(countryOptions(), cv.Country, countryName)...).Value(&v.Country),
			privacy,
		).Title("Land"),
		hideWhen(huh.NewGroup(
			huh.NewSelect[string]().Key("vendors.transfer").Title("Hvad sikrer overførslen ud af EU/EØS?").
				Options(inherit(termOptions(transfers), cv.Transfer, func(s string) string { return drafts.Label(drafts.Transfers, s) })...).Value(&v.Transfer),
			note,
		).Title("Overførsel"), func() bool { return !outside() }),
	), fs, sync
}

var disclosuresColl = &collection{
	title: "Myndigheder og andre, der får oplysninger efter loven", noun: "modtager", section: "modtagere", prefix: "disclosures",
	count: func(a *drafts.Answers) int { return len(a.Disclosures) },
	label: func(a *drafts.Answers, i int) string { return orText(a.Disclosures[i].Recipient, "uden navn") },
	add: func(a *drafts.Answers, _ int) int {
		a.Disclosures = append(a.Disclosures, drafts.Disclosure{})
		return len(a.Disclosures) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Disclosures = removeAt(a.Disclosures, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Disclosures[i].Recipient) == "" },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		d := &m.a.Disclosures[i]
		fs := fieldSet{}
		return m.newForm(huh.NewGroup(
			fs.input("disclosures.recipient", "Modtager", "Fx \"Skattestyrelsen\".", &d.Recipient, required("modtageren", nil)),
			fs.input("disclosures.reason", "Hvornår og hvorfor?", "Fx \"Ved kontrol af regnskabet, når loven kræver det.\"", &d.Reason, required("grunden", nil)),
			huh.NewMultiSelect[string]().Key("disclosures.purposes").Title("Ved hvilke formål?").Options(purposeOptions(m.a)...).Value(&d.Purposes),
		).Title("Videregivelse")), fs, nil
	},
}

var bannerColl = &collection{
	title: "Cookiebanner", noun: "cookiebanner", section: "cookies", prefix: "cookies", singleton: true,
	count: func(*drafts.Answers) int { return 1 },
	label: func(a *drafts.Answers, _ int) string {
		c := a.Cookies
		if !c.Banner {
			return "Intet cookiebanner"
		}
		return fmt.Sprintf("Cookiebanner: %s · husker valget i %s", orText(c.BannerTool, "eget"), orText(c.ConsentLifetime, "?"))
	},
	form: func(m *Model, _ int) (*huh.Form, fieldSet, func()) {
		c := &m.a.Cookies
		fs := fieldSet{}
		return m.newForm(
			huh.NewGroup(
				huh.NewConfirm().Key("cookies.banner").Title("Har hjemmesiden et cookiebanner, hvor folk kan sige ja og nej?").
					Description("Det skal I have, hvis I sætter andre cookies end de helt nødvendige.").
					Affirmative("Ja").Negative("Nej").Value(&c.Banner),
			).Title("Cookiebanner"),
			hideWhen(huh.NewGroup(
				fs.input("cookies.banner_tool", "Hvilket værktøj?", "Fx Cookiebot eller Cookie Information.", &c.BannerTool, nil).
					Suggestions([]string{"Cookiebot", "Cookie Information", "CookieYes", "Complianz"}),
				fs.input("cookies.consent_lifetime", "Hvor længe huskes valget?", "Fx \"12 måneder\".", &c.ConsentLifetime, optional(checkPeriod)),
				fs.input("cookies.settings_url", "Link til cookieindstillinger", "Valgfrit. Siden, hvor man kan ændre sit valg.", &c.SettingsURL, optional(drafts.CheckURL)),
			).Title("Cookiebanner"), func() bool { return !c.Banner }),
		), fs, nil
	},
}

var cookiesColl = &collection{
	title: "Cookies", noun: "cookie", section: "cookies", prefix: "cookies.list",
	count: func(a *drafts.Answers) int { return len(a.Cookies.List) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Cookies.List[i]
		return fmt.Sprintf("%s · %s · %s · %s", orText(c.Name, "uden navn"), orText(c.Provider, "?"), drafts.Label(drafts.CookieCategories, c.Category), c.Lifetime)
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Cookies.List = append(a.Cookies.List, drafts.Cookie{Category: "necessary", Lifetime: "session"})
		return len(a.Cookies.List) - 1
	},
	remove: func(a *drafts.Answers, i int) { a.Cookies.List = removeAt(a.Cookies.List, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Cookies.List[i].Name) == "" },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		c := &m.a.Cookies.List[i]
		fs := fieldSet{}
		return m.newForm(huh.NewGroup(
			fs.input("cookies.list.name", "Cookiens navn", "Fx \"_ga\".", &c.Name, required("navnet", nil)),
			fs.input("cookies.list.provider", "Sat af", "Fx \"Google Analytics\".", &c.Provider, required("hvem der sætter den", nil)),
			fs.input("cookies.list.purpose", "Hvad bruges den til?", "Fx \"Kender forskel på besøgende\".", &c.Purpose, required("formålet", nil)),
			huh.NewSelect[string]().Key("cookies.list.category").Title("Kategori").Options(termOptions(drafts.CookieCategories)...).Value(&c.Category),
			fs.input("cookies.list.lifetime", "Levetid", "Fx \"2 år\", \"30 dage\" eller \"session\".", &c.Lifetime, required("levetiden", checkLifetime)),
		).Title("Cookie")), fs, nil
	},
}

var documentColl = &collection{
	title: "Politikken", noun: "politik", section: "aendringer", prefix: "document", singleton: true,
	count: func(*drafts.Answers) int { return 1 },
	label: func(a *drafts.Answers, _ int) string {
		return fmt.Sprintf("Gælder fra %s · version %s", orText(a.Document.Effective.String(), "?"), orText(a.Document.Version, "?"))
	},
	form: func(m *Model, _ int) (*huh.Form, fieldSet, func()) {
		fs := fieldSet{}
		return m.newForm(huh.NewGroup(
			fs.input("document.effective", "Gælder fra", "Datoen, politikken træder i kraft: ÅÅÅÅ-MM-DD.", &m.b.effective, required("datoen", checkDate)),
			fs.input("document.version", "Version", "Valgfrit, fx 2.0.", &m.a.Document.Version, nil),
		).Title("Politikken")), fs, nil
	},
}

var changesColl = &collection{
	title: "Ændringer", noun: "ændring", section: "aendringer", prefix: "document.changes",
	count: func(a *drafts.Answers) int { return len(a.Document.Changes) },
	label: func(a *drafts.Answers, i int) string {
		c := a.Document.Changes[i]
		return fmt.Sprintf("%s: %s", c.Date, orText(c.Text, "uden tekst"))
	},
	add: func(a *drafts.Answers, _ int) int {
		a.Document.Changes = append([]drafts.Change{{Date: a.Document.Effective}}, a.Document.Changes...)
		return 0
	},
	remove: func(a *drafts.Answers, i int) { a.Document.Changes = removeAt(a.Document.Changes, i) },
	empty:  func(a *drafts.Answers, i int) bool { return strings.TrimSpace(a.Document.Changes[i].Text) == "" },
	form: func(m *Model, i int) (*huh.Form, fieldSet, func()) {
		c := &m.a.Document.Changes[i]
		date := c.Date.String()
		fs := fieldSet{}
		sync := func() {
			if d, err := drafts.ParseDate(strings.TrimSpace(date)); err == nil {
				c.Date = d
			}
		}
		return m.newForm(huh.NewGroup(
			fs.input("document.changes.date", "Dato", "ÅÅÅÅ-MM-DD.", &date, required("datoen", checkDate)),
			fs.text("document.changes.text", "Hvad er ændret?", "Skriv det, så en kunde forstår det.", &c.Text),
		).Title("Ændring")), fs, sync
	},
}
