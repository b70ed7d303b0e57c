package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/privatliv/privatliv/drafts"
)

// The questions of each step and of each kind of list item. Every field
// binds to the answers (or to m.b for the few answers that are not plain
// strings); nothing here writes an answer the user did not give.

func controllerForm(m *Model) *questions {
	c := &m.a.Controller
	b := m.b
	q := newQuestions()
	inDK := func() bool { return strings.EqualFold(strings.TrimSpace(b.country), "DK") }
	// "salon.dk" is how people write their site; the policy links to
	// https://salon.dk. Only what the user types is changed.
	site := c.Website
	q.sync = func() {
		if c.Website != site {
			c.Website = withScheme(c.Website)
			site = c.Website
		}
	}
	q.group("Virksomheden",
		q.input("controller.name", "Virksomhedens navn", "Som det står i CVR-registret.", &c.Name, required("virksomhedens navn", nil)),
		q.input("controller.legal_form", "Virksomhedsform", "Fx enkeltmandsvirksomhed, ApS, A/S eller I/S.", &c.LegalForm, nil).
			Suggestions([]string{"enkeltmandsvirksomhed", "ApS", "A/S", "I/S", "P/S", "forening"}),
		q.input("controller.cvr", "CVR-nummer", "8 cifre; vi tjekker kontrolcifferet. En forening uden CVR-nummer lader feltet stå tomt.", &c.CVR, optional(func(s string) error {
			if !inDK() {
				return nil
			}
			return drafts.CheckCVR(s)
		})),
		q.input("controller.address", "Adresse", "Gade, nummer og evt. etage.", &c.Address, required("adressen", nil)),
		q.input("controller.postcode", "Postnummer", "4 cifre, fx 8000.", &c.Postcode, optional(func(s string) error {
			if !inDK() {
				return nil
			}
			return drafts.CheckPostcode(s)
		})),
		q.input("controller.town", "By", "Fx Aarhus C.", &c.Town, required("byen", nil)),
		q.pick("controller.country", "Land", "Hvor virksomheden er etableret.", entityCountryOptions(), &b.country, ""),
	)
	q.group("Virksomhed eller forening",
		q.pick("controller.kind", "Er I en virksomhed eller en forening?", "En forening uden CVR-nummer kan lade CVR-feltet stå tomt.",
			termOptions(drafts.ControllerKinds), &c.Kind, ""),
	)
	q.groupIf("Jeg eller vi", func() bool { return !c.IsAssociation() },
		q.pick("controller.voice", "Skal politikken skrive »vi« eller »jeg«?", "Vælg »jeg«, hvis du driver virksomheden alene og ingen andre har adgang til oplysningerne.",
			termOptions(drafts.Voices), &c.Voice, ""),
	)
	q.group("Kontakt",
		q.input("controller.email", "E-mail til spørgsmål om personoplysninger", "Her skriver folk, når de vil bruge deres rettigheder.", &c.Email, required("en e-mailadresse", drafts.CheckEmail)),
		q.input("controller.phone", "Telefon", "Valgfrit. 8 cifre, fx 33 19 32 00.", &c.Phone, optional(drafts.CheckPhone)),
		q.input("controller.website", "Hjemmeside", "Valgfrit. Fx firma.dk", &c.Website, optional(func(s string) error {
			return drafts.CheckURL(withScheme(s))
		})),
		q.input("controller.contact_person", "Kontaktperson", "Valgfrit. Den, der svarer på spørgsmål om personoplysninger.", &c.ContactPerson, nil),
	)
	q.group("Databeskyttelsesrådgiver",
		q.confirm("dpo", "Har I en databeskyttelsesrådgiver (DPO)?", "De fleste små virksomheder har ikke pligt til at have en.", &b.hasDPO),
	)
	q.groupIf("Databeskyttelsesrådgiver", func() bool { return b.hasDPO },
		q.input("dpo.name", "DPO'ens navn", "Person eller firma.", &b.dpo.Name, nil),
		q.input("dpo.email", "DPO'ens e-mail", "Hvor folk kan skrive direkte til rådgiveren.", &b.dpo.Email, optional(drafts.CheckEmail)),
		q.input("dpo.phone", "DPO'ens telefon", "Valgfrit.", &b.dpo.Phone, optional(drafts.CheckPhone)),
	)
	return q
}

func securityForm(m *Model) *questions {
	q := newQuestions()
	return q.group("Sikkerhed",
		q.multi("security.measures", "Hvad gør I for at beskytte oplysningerne?", "Vælg alle, I bruger.",
			termOptions(drafts.SecurityMeasures), &m.a.Security.Measures),
		q.text("security.other", "Andre foranstaltninger", "Valgfrit. Én pr. linje, skrevet som hele sætninger.", &m.b.otherSecurity),
	)
}

func specialForm(m *Model) *questions {
	a, b := m.a, m.b
	q := newQuestions()
	q.group("Børn",
		q.confirm("children.targeted", "Henvender jeres tjenester sig til børn og unge?", "", &a.Children.Targeted),
	)
	// The age limit follows the country (15 in Denmark, 13 in Sweden); an
	// answer file that states one keeps it.
	age := b.age
	q.groupIf("Børn", func() bool { return age != "" },
		q.input("children.age_limit", "Aldersgrænse for samtykke", "Lad feltet stå tomt for landets aldersgrænse.", &b.age, optional(checkAge)),
	)
	q.group("Automatiske afgørelser",
		q.confirm("automated.used", "Træffer I afgørelser om folk helt automatisk, uden at et menneske ser på dem?",
			"Fx automatisk afslag på kredit. Almindelig statistik tæller ikke.", &a.Automated.Used),
	)
	q.groupIf("Automatiske afgørelser", func() bool { return a.Automated.Used },
		q.text("automated.description", "Hvilke afgørelser?", "Fx: Vi afgør automatisk, om du kan handle på kredit.", &a.Automated.Description),
		q.text("automated.logic", "Hvordan træffes de?", "Forklar logikken i almindelige ord.", &a.Automated.Logic),
		q.text("automated.consequences", "Hvad betyder de for personen?", "Fx: Får du afslag, kan du betale med kort i stedet.", &a.Automated.Consequences),
		q.pick("automated.exception", "Hvad giver jer lov til at træffe dem automatisk?", "Uden en af disse undtagelser må afgørelsen ikke træffes helt automatisk.",
			termOptions(drafts.AutomatedExceptions), &a.Automated.Exception, ""),
	)
	q.group("Profilering",
		q.pick("automated.profiling", "Vurderer I automatisk folks interesser eller adfærd, fx til målrettede annoncer?",
			"Det er profilering. Ubesvaret siger politikken intet om profilering.", termOptions(drafts.ProfilingUses), &a.Automated.Profiling, ""),
	)
	q.groupIf("Profilering", func() bool { return a.Automated.Profiling == "marketing" || a.Automated.Profiling == "other" },
		q.text("automated.profiling_description", "Hvad går profileringen ud på?", "Fx: Vi bruger dine køb hos os til at vise dig annoncer for lignende varer.", &a.Automated.ProfilingDescription),
	)
	q.group("Databehandler for kunder",
		q.pick("processor.acts", "Behandler I oplysninger på vegne af jeres kunder?",
			"Fx et SaaS-system, hvor kunden lægger sine medarbejderes data ind. Så er I databehandler.",
			[]huh.Option[string]{huh.NewOption("Ja – så er I databehandler for dem", "ja"), huh.NewOption("Nej", "nej")}, &b.processor, "Ikke besvaret"),
	)
	q.groupIf("Databehandler for kunder", func() bool { return a.Processor.Acts },
		q.text("processor.description", "Hvad gør I med kundernes oplysninger?", "Fx: Vi registrerer arbejdstid for vores kunders medarbejdere.", &a.Processor.Description),
		q.multi("processor.subjects", "Hvem handler oplysningerne om?", "", termOptions(drafts.SubjectGroups), &a.Processor.Subjects),
		q.multi("processor.data", "Hvilke oplysninger?", "", categoryOptions(a), &a.Processor.Data),
		q.multi("processor.vendors", "Hvilke af jeres leverandører behandler kundernes oplysninger?", "Underdatabehandlere; de står i fortegnelsen over behandlinger.",
			vendorOptions(a), &a.Processor.Vendors),
		q.input("processor.customer_list", "Hvor fører I listen over jeres kunder?",
			"Fortegnelsen som databehandler skal kunne give navn og kontaktoplysninger på hver kunde, fx »i vores CRM-system«.", &a.Processor.CustomerList, nil),
	)
	q.group("Repræsentant i EU",
		q.confirm("representative", "Er virksomheden etableret uden for EU, så den skal have en repræsentant i EU?", "", &b.hasRep),
	)
	q.groupIf("Repræsentant i EU", func() bool { return b.hasRep },
		q.input("representative.name", "Repræsentantens navn", "Virksomhed eller person i EU, der repræsenterer jer.", &b.rep.Name, required("navnet", nil)),
		q.input("representative.address", "Repræsentantens adresse", "Hele adressen med land.", &b.rep.Address, required("adressen", nil)),
		q.input("representative.email", "Repræsentantens e-mail", "Hvor folk i EU kan skrive.", &b.rep.Email, required("e-mailadressen", drafts.CheckEmail)),
	)
	hasProfile := func() bool {
		_, ok := drafts.ProfileFor(strings.ToUpper(strings.TrimSpace(b.country)))
		return ok
	}
	q.groupIf("Tilsynsmyndighed", func() bool { return !hasProfile() || b.hasAuthority },
		q.confirm("authority", "Skal politikken nævne jeres tilsynsmyndighed?", "For Danmark og Sverige ved vi, hvilken det er. I andre lande skal I selv skrive den.", &b.hasAuthority),
	)
	q.groupIf("Tilsynsmyndighed", func() bool { return b.hasAuthority },
		q.input("authority.name", "Tilsynets navn", "Fx Integritetsskyddsmyndigheten (Sverige).", &b.authority.Name, required("navnet", nil)),
		q.input("authority.address", "Adresse", "Tilsynets postadresse med land.", &b.authority.Address, required("adressen", nil)),
		q.input("authority.website", "Hjemmeside", "Fx https://www.imy.se", &b.authority.Website, required("hjemmesiden", drafts.CheckURL)),
		q.input("authority.email", "E-mail", "Hvor man kan klage.", &b.authority.Email, required("e-mailadressen", drafts.CheckEmail)),
		q.input("authority.phone", "Telefon", "Valgfrit.", &b.authority.Phone, optional(drafts.CheckPhone)),
	)
	return q
}

func subjectForm(m *Model, i int) *questions {
	s := &m.a.Subjects[i]
	q := newQuestions()
	// An own group gets an id from its name, which purposes then refer to;
	// only while the user types the name, and only an id that was made so.
	name := s.Name
	q.sync = func() {
		if s.Name == name {
			return
		}
		auto := s.ID == "" || s.ID == slug(name)
		name = s.Name
		if s.Group == "other" && auto {
			s.ID = uniqueSlug(s.Name, func(id string) bool {
				for j, t := range m.a.Subjects {
					if j != i && t.Key() == id {
						return true
					}
				}
				return false
			})
		}
	}
	q.group("Persongruppe",
		q.pick("subjects.group", "Hvem?", "Findes gruppen ikke, så vælg »Egen gruppe« og giv den et navn.", termOptions(drafts.SubjectGroups), &s.Group, ""),
		q.input("subjects.name", "Eget navn på gruppen", "Valgfrit for de faste grupper, fx \"Patienter\" i stedet for \"Patienter og klienter\". Skal udfyldes for en egen gruppe.", &s.Name, nil),
		q.multi("subjects.data", "Hvilke oplysninger har I om dem?", "", categoryOptions(m.a), &s.Data),
	)
	// An own group's id is made from its name (above); the user never
	// sees it.
	return q
}

func categoryForm(m *Model, i int) *questions {
	c := &m.a.Categories[i]
	q := newQuestions()
	autoID := c.ID == "" || c.ID == slug(c.Name)
	q.sync = func() {
		if autoID && c.ID != slug(c.Name) {
			c.ID = slug(c.Name)
		}
	}
	return q.group("Egen kategori",
		q.input("categories.name", "Navn", "Sådan står kategorien i politikken, fx \"journalnotater\".", &c.Name, required("et navn", nil)),
		q.pick("categories.kind", "Art", "Følsomme oplysninger, CPR-numre og strafbare forhold kræver et særligt grundlag.",
			termOptions(drafts.CategoryKinds), &c.Kind, ""),
	)
}

func purposeForm(m *Model, i int) *questions {
	a := m.a
	p := &a.Purposes[i]
	q := newQuestions()
	if p.ID == "" {
		q.sync = func() {
			if id := uniqueSlug(p.Name, func(id string) bool { return purposeTaken(a, id, i) }); p.Name != "" && id != p.ID {
				p.ID = id
			}
		}
	}
	has := func(b string) bool { return contains(p.Basis, b) }
	q.group("Formålet",
		q.input("purposes.name", "Formålets navn", "Kort og konkret, fx \"Fakturering og bogføring\".", &p.Name, required("et navn", nil)),
		q.text("purposes.description", "Beskrivelse", "Valgfrit. Hvad gør I helt konkret?", &p.Description),
		q.multi("purposes.subjects", "Hvem handler det om?", "", groupOptions(a, false), &p.Subjects),
		q.multi("purposes.data", "Hvilke oplysninger bruger I?", "", categoryOptions(a), &p.Data),
	)
	q.group("Retsgrundlag",
		q.multi("purposes.basis", "Hvad giver jer lov? (retsgrundlag)",
			"Aftale: nødvendigt for en aftale. Retlig forpligtelse: loven kræver det. Legitim interesse: jeres rimelige interesse. Samtykke: personen har sagt ja.",
			termOptions(drafts.LegalBases), &p.Basis),
	)
	q.need("purposes.basis", func(v []string) error {
		if len(v) == 0 {
			return fmt.Errorf("vælg mindst ét retsgrundlag")
		}
		return nil
	})
	q.groupIf("Legitim interesse", func() bool { return has("6.1.f") },
		q.input("purposes.interest", "Hvilken legitim interesse?", "Skriv jeres interesse, fx \"at kunne svare på henvendelser\".", &p.Interest, required("interessen", nil)),
	)
	q.groupIf("Retlig forpligtelse", func() bool { return has("6.1.c") },
		q.input("purposes.law", "Hvilken lov kræver det?", "Fx bogføringsloven.", &p.Law, nil),
	)
	byGroupQuestions(m, q, p)
	// A purpose-wide art. 9 exception is schema 1's; it is shown only when
	// the answers have one. New answers give it per data category.
	legacy := p.SpecialBasis != ""
	q.groupIf("Følsomme oplysninger", func() bool { return legacy && hasKind(a, p.Data, drafts.KindSpecial) },
		q.pick("purposes.special_basis", "Grundlag for alle følsomme oplysninger i formålet (art. 9, stk. 2)", "Et grundlag pr. oplysning nedenfor går forud.", termOptions(drafts.SpecialBases), &p.SpecialBasis, ""),
	)
	sensitiveQuestions(m, q, p)
	danish := func() bool { return strings.EqualFold(strings.TrimSpace(m.b.country), "DK") }
	// Asked of a Danish controller with such data, and shown to anyone who
	// has an answer, so a Danish rule given abroad can be taken back.
	cprSet, criminalSet := p.CPRBasis != "", p.CriminalBasis != ""
	q.groupIf("CPR-nummer", func() bool { return cprSet || danish() && hasKind(a, p.Data, drafts.KindCPR) },
		q.pick("purposes.cpr_basis", "Grundlag for CPR-nummer (databeskyttelseslovens § 11)", "", termOptions(drafts.CPRBases), &p.CPRBasis, onlyDenmark(danish)),
	)
	q.groupIf("Strafbare forhold", func() bool { return criminalSet || danish() && hasKind(a, p.Data, drafts.KindCriminal) },
		q.pick("purposes.criminal_basis", "Grundlag for strafbare forhold (databeskyttelseslovens § 8)", "", termOptions(drafts.CriminalBases), &p.CriminalBasis, onlyDenmark(danish)),
	)
	q.group("Krav",
		q.pick("purposes.required", "Skal personen selv give jer oplysningerne?",
			"Vælg »Vi får dem ikke fra personen selv«, hvis de kommer fra andre, fx en arbejdsgiver eller et register.",
			termOptions(drafts.Requirements), &p.Required, ""),
	)
	q.groupIf("Krav", func() bool { return p.Required != "" && p.Required != "not_collected" },
		q.input("purposes.consequence", "Hvad sker der, hvis de ikke gør?", "Fx \"Så kan vi ikke sende varen\".", &p.Consequence, nil),
	)
	q.group("Opbevaring",
		q.pick("purposes.retention.after", "Hvornår begynder opbevaringstiden?", "", termOptions(drafts.RetentionEvents), &p.Retention.After, ""),
		q.input("purposes.retention.period", "Hvor længe gemmer I oplysningerne?", "Fx \"5 år\", \"6 måneder\" eller \"30 dage\". Kan stå tomt ved samtykke.", &p.Retention.Period,
			func(s string) error {
				if strings.TrimSpace(s) == "" && p.Retention.After == "consent_withdrawn" {
					return nil
				}
				return required("en periode, fx \"2 år\"", checkPeriod)(s)
			}),
		q.input("purposes.retention.note", "Bemærkning", "Valgfrit, fx hvorfor perioden er valgt.", &p.Retention.Note, nil),
		q.input("purposes.retention.responsible", "Hvem sletter oplysningerne?", "Valgfrit. Til sletteplanen, ikke politikken: fx »Lise på kontoret«.", &p.Retention.Responsible, nil),
		q.input("purposes.retention.method", "Hvordan slettes de?", "Valgfrit. Til sletteplanen: fx »automatisk i bookingsystemet« eller »i e-conomic hver januar«.", &p.Retention.Method, nil),
	)
	q.groupIf("Opbevaring", func() bool { return contains(p.AllBases(), "6.1.c") },
		q.confirm("purposes.retention.by_law", "Kræver loven, at I gemmer oplysningerne så længe?",
			"Fx bogføring eller journaler: så kan de ikke slettes før tid, og fejl rettes med en tilføjelse.", &p.Retention.ByLaw),
	)
	q.groupIf("Opbevaring", func() bool { return contains(p.AllBases(), "6.1.c") && p.Retention.ByLaw },
		q.input("purposes.retention.law", "Hvilken lov kræver, at I gemmer dem?",
			"Fx \"bogføringsloven\" eller \"journalføringsbekendtgørelsen\". Det er ikke altid den lov, der kræver behandlingen: en underretning kræves af barnets lov, men gemmes efter reglerne om optegnelser.", &p.Retention.Law, nil),
	)
	return q
}

// onlyDenmark is the label of no answer to a question about a Danish rule:
// for a controller elsewhere the rule does not apply, and saying so is the
// answer.
func onlyDenmark(danish func() bool) string {
	if danish() {
		return ""
	}
	return "Ingen – reglen gælder kun i Danmark"
}

func sourceForm(m *Model, i int) *questions {
	s := &m.a.Sources[i]
	q := newQuestions()
	return q.group("Kilde",
		q.input("sources.name", "Kildens navn", "Fx \"CVR-registret\" eller \"RKI (Experian A/S)\".", &s.Name, required("et navn", nil)),
		q.pick("sources.kind", "Hvilken slags kilde?", "", termOptions(drafts.SourceKinds), &s.Kind, ""),
		q.multi("sources.subjects", "Om hvem?", "", groupOptions(m.a, true), &s.Subjects),
		q.multi("sources.data", "Hvilke oplysninger?", "", categoryOptions(m.a), &s.Data),
		q.input("sources.note", "Bemærkning", "Valgfrit, fx hvornår I slår op.", &s.Note, nil),
	)
}

func vendorForm(m *Model, i int) *questions {
	v := &m.a.Vendors[i]
	q := newQuestions()
	cv, fromCatalogue := drafts.LookupVendor(v.Catalog)
	// A recipient named by its kind (revisor, bank …) has no company name,
	// entity or transfer recipient to ask about.
	byCategory := v.Category != ""
	resolved := func() drafts.Vendor { return drafts.ResolveVendor(*v) }
	outside := func() bool {
		c, ok := drafts.CountryByCode(resolved().Country)
		return ok && !c.EEA
	}
	inside := func() bool { return drafts.InEEA(resolved().Country) }
	// A transfer basis for one country does not hold for another: a vendor
	// typed by hand that moves loses it, and inside the EU/EEA the question
	// about access from outside says whether anything leaves (below). It is
	// changed only when the country is, never just by opening the form.
	country := v.Country
	var rolesSync, remoteSync func() // set below, with the questions
	q.sync = func() {
		rolesSync()
		remoteSync()
		pruneVendorData(m.a, v)
		if fromCatalogue || v.Country == country {
			return
		}
		country = v.Country
		if v.Transfer != "" {
			v.Transfer = ""
		}
	}
	// inherit offers "as in the catalogue" as the first choice, when the
	// catalogue says anything.
	inherit := func(opts []huh.Option[string], catalogueValue string, label func(string) string) []huh.Option[string] {
		if !fromCatalogue || catalogueValue == "" {
			return opts
		}
		text := "Som i kataloget: " + label(catalogueValue)
		if catalogueValue == drafts.Unknown {
			text = unknownInCatalogue
		}
		return append([]huh.Option[string]{huh.NewOption(text, "")}, opts...)
	}
	transferLabel := func(s string) string { return drafts.Label(drafts.Transfers, s) }
	name := q.input("vendors.name", "Navn", "Fx \"Simply.com A/S\".", &v.Name, required("et navn", nil))
	var service *huh.Input
	if byCategory {
		service = q.input("vendors.service", "Hvad gør de for jer?", "Valgfrit. Fx \"revision af årsregnskabet\".", &v.Service, nil)
	} else {
		service = q.input("vendors.service", "Hvad gør de for jer?", "Fx \"hosting af hjemmesiden og e-mail\".", &v.Service, required("en kort beskrivelse", nil))
	}
	privacy := q.input("vendors.privacy_url", "Link til deres privatlivspolitik", "Valgfrit.", &v.PrivacyURL, optional(drafts.CheckURL))
	note := q.input("vendors.transfer_note", "Bemærkning om overførslen", "Valgfrit, fx \"standardkontraktbestemmelser som supplement\".", &v.TransferNote, nil)
	entity := q.input("vendors.entity", "Hvilken virksomhed har I aftalen med?", "Valgfrit. Det juridiske navn i aftalen, fx \"Stripe Payments Europe Ltd\".", &v.Entity, nil)
	transferTo := q.input("vendors.transfer_to", "Hvilken virksomhed uden for EU/EØS får oplysningerne?",
		"Valgfrit. Ved Data Privacy Framework: den certificerede virksomhed, fx \"Google LLC\".", &v.TransferTo, nil)
	controllerFor := q.input("vendors.controller_for", "Bruger leverandøren også oplysningerne til egne formål?",
		"Skriv hvad, så det passer efter »er selvstændigt dataansvarlig for«, fx \"sin egen forebyggelse af svindel\". Tomt: nej.", &v.ControllerFor, nil)
	jointFor := q.input("vendors.joint_for", "Er I fælles dataansvarlige om noget?",
		"Skriv hvad, fx \"den statistik om besøg på jeres side, Meta giver jer\". Tomt: nej.", &v.JointFor, nil)
	title := "Modtager"
	if fromCatalogue {
		keep := "Lad feltet stå tomt for at bruge katalogets oplysning."
		q.noCheck(name)
		q.noCheck(service)
		name.Description(keep)
		service.Description(keep)
		q.placeholder(name, cv.DisplayName())
		q.placeholder(service, cv.Service)
		q.placeholder(privacy, cv.PrivacyURL)
		q.placeholder(note, cv.TransferNote)
		entityDesc := "Kataloget kender den ikke. Skriv det juridiske navn fra jeres aftale."
		if known(cv.Entity) {
			q.placeholder(entity, cv.Entity)
			entityDesc = "Det juridiske navn i jeres aftale. " + keep
		}
		entity.Description(entityDesc)
		q.fields["vendors.entity"].desc = entityDesc
		if known(cv.TransferTo) && (v.Country == "" || v.Country == cv.Country) {
			q.placeholder(transferTo, cv.TransferTo)
		}
		if cv.ControllerFor != "" {
			q.placeholder(controllerFor, cv.ControllerFor)
		}
		if cv.JointFor != "" {
			q.placeholder(jointFor, cv.JointFor)
		}
		// The catalogue's sources are for consultants ('privatliv vendors').
		title = cv.Name + " (fra kataloget)"
		if cv.Advice != "" {
			title += "\n" + lipgloss.NewStyle().Width(max(m.leftWidth()-4, 20)).Render("Råd: "+cv.Advice)
		}
	}
	role := q.pick("vendors.role", "Rolle", "Databehandler: arbejder efter jeres instruks. Selvstændig: bruger oplysningerne til egne formål.",
		inherit(termOptions(drafts.Roles), cv.Role, func(s string) string { return drafts.Label(drafts.Roles, s) }), &v.Role, "")
	purposes := q.multi("vendors.purposes", "Til hvilke formål?", "", purposeOptions(m.a), &v.Purposes)
	if byCategory {
		q.group("Modtager uden navn",
			q.pick("vendors.category", "Hvilken slags modtager?", "Politikken nævner kun slags modtager, ikke firmaet, fx \"revisor\".",
				termOptions(drafts.RecipientCategories), &v.Category, ""),
			service, role, purposes,
		)
	} else {
		q.group(title, name, service, role, purposes)
		q.group("Virksomheden bag", entity)
		// The catalogue's entity country holds only for the catalogue's
		// entity; another entity is asked about without it.
		sameEntity := func() bool { return fromCatalogue && (v.Entity == "" || v.Entity == cv.Entity) }
		q.groupIf("Virksomheden bag", func() bool { return sameEntity() && (known(cv.Entity) || known(cv.EntityCountry)) },
			q.pick("vendors.entity_country.catalogue", "Hvor ligger den virksomhed?", "Landet, hvor virksomheden er registreret.",
				inherit(entityCountryOptions(), cv.EntityCountry, countryName), &v.EntityCountry, ""),
		)
		q.groupIf("Virksomheden bag", func() bool { return !sameEntity() && strings.TrimSpace(v.Entity) != "" },
			q.pick("vendors.entity_country", "Hvor ligger den virksomhed?", "Landet, hvor virksomheden er registreret.",
				entityCountryOptions(), &v.EntityCountry, ""),
		)
	}
	q.groupIf("Egne formål", func() bool { return resolved().Role == "processor" }, controllerFor)
	q.groupIf("Fælles dataansvar", func() bool { r := resolved().Role; return r == "processor" || r == "controller" }, jointFor)
	rolesSync = purposeRoles(q, m.a, v)
	land := []huh.Field{
		q.pick("vendors.country", "Hvor behandles oplysningerne?", "Vælg »Et land i EU/EØS«, hvis I ikke ved hvilket.",
			inherit(vendorCountryOptions(), cv.Country, countryName), &v.Country, ""),
	}
	if !byCategory {
		land = append(land, privacy)
	}
	q.group("Land", land...)
	transfer := []huh.Field{
		q.pick("vendors.transfer", "Hvad sikrer overførslen ud af EU/EØS?", "",
			inherit(termOptions(drafts.Transfers[1:]), cv.Transfer, transferLabel), &v.Transfer, ""),
	}
	if !byCategory {
		transfer = append(transfer, transferTo)
	}
	q.groupIf("Overførsel", outside, append(transfer, note)...)
	remoteSync = remoteQuestion(q, v, cv, fromCatalogue, inside)
	q.groupIf("Adgang udefra", func() bool { return inside() && known(resolved().RemoteAccess) },
		q.multi("vendors.remote_countries", "Fra hvilke lande?", "Valgfrit.", outsideCountryOptions(), &v.RemoteCountries),
	)
	agreementQuestions(m, q, v, resolved)
	return q
}

// noTransfer is the answer »Nej – alt bliver i EU/EØS« to the question
// about access from outside: in the answer file, transfer = "none" and no
// remote access.
const noTransfer = "none"

// remoteQuestion asks, for a vendor inside the EU/EEA, whether anything
// leaves it: »Nej – alt bliver i EU/EØS« is an answer of its own (transfer
// "none"), apart from »Ikke oplyst«, and »Ja« names the basis for the
// access from outside (remote_access), which also says that the data
// itself stays inside. It returns the sync that writes the answer into v,
// only when it changes.
func remoteQuestion(q *questions, v *drafts.Vendor, cv drafts.CatalogVendor, fromCatalogue bool, inside func() bool) func() {
	r := drafts.ResolveVendor(*v)
	remote := v.RemoteAccess
	var opts []huh.Option[string]
	switch {
	case fromCatalogue && cv.RemoteAccess != "":
		opts = append(opts, huh.NewOption("Som i kataloget: Ja – "+drafts.Label(drafts.Transfers, cv.RemoteAccess), ""))
	case r.Transfer == noTransfer && v.Transfer == "":
		// The catalogue says nothing leaves; that is the answer as it is.
		opts = append(opts, huh.NewOption("Som i kataloget: Nej – alt bliver i EU/EØS", ""))
	default:
		if remote == "" && v.Transfer == noTransfer {
			remote = noTransfer
		}
		label := "Ikke oplyst"
		if fromCatalogue {
			label = "Ikke oplyst – kataloget ved det ikke"
		}
		opts = append(opts, huh.NewOption(label, ""), huh.NewOption("Nej – alt bliver i EU/EØS", noTransfer))
	}
	for _, t := range drafts.Transfers[1:] {
		opts = append(opts, huh.NewOption("Ja – "+t.Label, t.ID))
	}
	pick := q.pick("vendors.remote_access", "Kan nogen uden for EU/EØS få adgang til oplysningerne, fx medarbejdere eller underleverandører ved support?",
		"Det står ofte i databehandleraftalen under underdatabehandlere. Er svaret ja, så vælg grundlaget for adgangen.", opts, &remote, "")
	// »Ikke oplyst« is no answer: it is shown as unanswered.
	pick.hasNone = opts[0].Key == "Ikke oplyst" || strings.HasPrefix(opts[0].Key, "Ikke oplyst ")
	q.groupIf("Adgang udefra", inside, pick)
	last := remote
	return func() {
		if remote == last {
			return
		}
		last = remote
		v.RemoteAccess = ""
		switch remote {
		case "":
			if v.Transfer == noTransfer {
				v.Transfer = ""
			}
		case noTransfer:
			v.Transfer = noTransfer
		default:
			v.RemoteAccess = remote
			// Access from outside to data kept inside: the data stays.
			if t := drafts.ResolveVendor(*v).Transfer; t == "" || t == drafts.Unknown {
				v.Transfer = noTransfer
			}
		}
		if !known(drafts.ResolveVendor(*v).RemoteAccess) {
			v.RemoteCountries = nil
		}
	}
}

// agreementQuestions ask about the agreement with a processor or joint
// controller and the assessment of a transfer on standard contractual
// clauses, for the overview of processors. They never reach the policy;
// each date is kept as typed until it reads as a date.
func agreementQuestions(m *Model, q *questions, v *drafts.Vendor, resolved func() drafts.Vendor) {
	signed, assessed := v.AgreementSigned.String(), v.TransferAssessed.String()
	setDate := func(d *drafts.Date, s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			if !d.IsZero() {
				*d = drafts.Date{}
			}
			return
		}
		if p, err := drafts.ParseDate(s); err == nil && p != *d {
			*d = p
		}
	}
	prev := q.sync
	q.sync = func() {
		if prev != nil {
			prev()
		}
		setDate(&v.AgreementSigned, signed)
		setDate(&v.TransferAssessed, assessed)
	}
	needsAgreement := func() bool {
		r := resolved()
		if r.Role == "processor" || r.Role == "joint" || strings.TrimSpace(r.JointFor) != "" {
			return true
		}
		for _, role := range r.PurposeRoles {
			if role == "processor" || role == "joint" {
				return true
			}
		}
		return m.a.Processor.Acts && slices.ContainsFunc(m.a.Processor.Vendors, func(id string) bool { return id != "" && (id == r.Catalog || id == r.Name) })
	}
	q.groupIf("Aftale", needsAgreement,
		q.input("vendors.agreement_signed", "Hvornår blev aftalen indgået?",
			"Valgfrit: databehandleraftalen, eller aftalen om fælles dataansvar. ÅÅÅÅ-MM-DD. Kun til oversigten over databehandlere.", &signed, optional(checkDate)),
		q.input("vendors.agreement_kept", "Hvor ligger aftalen?", "Valgfrit. Fx »i Dropbox under Aftaler«.", &v.AgreementKept, nil),
	)
	q.groupIf("Aftale", func() bool { return needsTransferAssessment(resolved()) },
		q.input("vendors.transfer_assessed", "Hvornår vurderede I overførslen?",
			"Valgfrit. Ved standardkontraktbestemmelser til et land uden tilstrækkelighedsafgørelse skal I vurdere landets lovgivning og dokumentere vurderingen. ÅÅÅÅ-MM-DD.", &assessed, optional(checkDate)),
	)
}

// needsTransferAssessment reports whether a vendor's transfer rests on
// standard contractual clauses or binding corporate rules to a country
// without an adequacy decision (or to countries not named).
func needsTransferAssessment(v drafts.Vendor) bool {
	inadequate := func(code string) bool {
		c, ok := drafts.CountryByCode(code)
		return ok && !c.EEA && !c.Adequate
	}
	if (v.Transfer == "scc" || v.Transfer == "bcr") && inadequate(v.Country) {
		return true
	}
	if v.RemoteAccess == "scc" || v.RemoteAccess == "bcr" {
		return len(v.RemoteCountries) == 0 || slices.ContainsFunc(v.RemoteCountries, inadequate)
	}
	return false
}

func countryName(code string) string {
	if c, ok := drafts.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

func disclosureForm(m *Model, i int) *questions {
	d := &m.a.Disclosures[i]
	q := newQuestions()
	return q.group("Videregivelse",
		q.input("disclosures.recipient", "Modtager", "Fx \"Skattestyrelsen\".", &d.Recipient, required("modtageren", nil)),
		q.input("disclosures.reason", "Hvornår og hvorfor?", "Fx \"Ved kontrol af regnskabet, når loven kræver det.\"", &d.Reason, required("grunden", nil)),
		q.multi("disclosures.purposes", "Ved hvilke formål?", "", purposeOptions(m.a), &d.Purposes),
	)
}

func bannerForm(m *Model, _ int) *questions {
	c := &m.a.Cookies
	q := newQuestions()
	q.group("Cookiebanner",
		q.confirm("cookies.banner", "Har hjemmesiden et cookiebanner, hvor folk kan sige ja og nej?",
			"Det skal I have, hvis I sætter andre cookies end de helt nødvendige.", &c.Banner),
	)
	q.groupIf("Cookiebanner", func() bool { return c.Banner },
		q.input("cookies.banner_tool", "Hvilket værktøj?", "Fx Cookiebot eller Cookie Information.", &c.BannerTool, nil).
			Suggestions([]string{"Cookiebot", "Cookie Information", "CookieYes", "Complianz"}),
		q.input("cookies.consent_lifetime", "Hvor længe huskes valget?", "Fx \"12 måneder\".", &c.ConsentLifetime, optional(checkPeriod)),
		q.input("cookies.settings_url", "Link til cookieindstillinger", "Valgfrit. Siden, hvor man kan ændre sit valg.", &c.SettingsURL, optional(drafts.CheckURL)),
		q.confirm("cookies.easy_reject", "Kan man vælge pr. kategori og sige nej lige så let som ja?",
			"Fx en knap til at afvise alt ved siden af knappen til at acceptere alt. Svarer I ja, siger politikken det.", &c.EasyReject),
	)
	// Only a site with no cookie described can say it has none.
	q.groupIf("Ingen cookies", func() bool { return !c.Any() },
		q.confirm("cookies.none", "Sætter hjemmesiden slet ingen cookies?",
			"Heller ingen nødvendige, fx til en indkøbskurv, og ingen fra indlejret indhold som videoer og kort. Svarer I ja, siger politikken det.", &c.None),
	)
	return q
}

// cookiePurposeDesc explains the purpose question of a cookie or category.
const cookiePurposeDesc = "Vælg blandt jeres formål. Er cookierne ikke nødvendige, skal formålet bygge på samtykke; de formål står øverst."

func cookieForm(m *Model, i int) *questions {
	c := &m.a.Cookies.List[i]
	q := newQuestions()
	lifetime := q.input("cookies.list.lifetime", "Levetid", "Fx \"2 år\", \"30 dage\" eller \"session\".", &c.Lifetime, required("levetiden", checkLifetime))
	// An example, not an answer: the field stays empty until typed in.
	lifetime.Placeholder("fx 2 år eller session")
	return q.group("Cookie",
		q.input("cookies.list.name", "Cookiens navn", "Fx \"_ga\".", &c.Name, required("navnet", nil)),
		q.input("cookies.list.provider", "Sat af", "Fx \"Google Analytics\".", &c.Provider, required("hvem der sætter den", nil)),
		q.input("cookies.list.purpose", "Hvad bruges den til?", "Fx \"Kender forskel på besøgende\".", &c.Purpose, required("formålet", nil)),
		q.pick("cookies.list.category", "Kategori", "", termOptions(drafts.CookieCategories), &c.Category, ""),
		lifetime,
		q.pick("cookies.list.purpose_id", "Hvilket formål tjener den?", cookiePurposeDesc, cookiePurposeOptions(m.a), &c.PurposeID, ""),
	)
}

// cookieGroupForm describes cookies by category, for a site that does not
// know their names.
func cookieGroupForm(m *Model, i int) *questions {
	g := &m.a.Cookies.Categories[i]
	q := newQuestions()
	provider := q.input("cookies.categories.provider", "Hvem sætter dem?", "Fx \"Google Analytics\". Lad feltet stå tomt, hvis det er jer selv.", &g.Provider, nil)
	q.placeholder(provider, "jeres egen virksomhed")
	lifetime := q.input("cookies.categories.lifetime", "Hvor længe lever de typisk?", "Valgfrit. Fx \"13 måneder\" eller \"session\".", &g.Lifetime, optional(checkLifetime))
	lifetime.Placeholder("fx 13 måneder eller session")
	return q.group("Cookies beskrevet pr. kategori",
		q.pick("cookies.categories.category", "Hvilken slags cookies?", "", termOptions(drafts.CookieCategories), &g.Category, ""),
		q.input("cookies.categories.purpose", "Hvad gør de?", "Fx \"Husker varerne i kurven\" eller \"Tæller besøg, så vi kan forbedre siden\".", &g.Purpose, required("hvad cookierne gør", nil)),
		provider,
		lifetime,
		q.pick("cookies.categories.purpose_id", "Hvilket formål tjener de?", cookiePurposeDesc, cookiePurposeOptions(m.a), &g.PurposeID, ""),
	)
}

func documentForm(m *Model, _ int) *questions {
	q := newQuestions()
	return q.group("Politikken",
		q.input("document.effective", "Gælder fra", "Datoen, politikken træder i kraft: ÅÅÅÅ-MM-DD.", &m.b.effective, required("datoen", checkDate)),
		q.input("document.version", "Version", "Valgfrit, fx 2.0.", &m.a.Document.Version, nil),
		q.pick("document.record", "Skal fortegnelsen over behandlinger (art. 30) også gemmes, når I gemmer?",
			"Fortegnelsen gemmes ved siden af svarfilen som NAVN-fortegnelse.", termOptions(drafts.RecordFormats), &m.a.Document.Record, "Nej"),
		q.multi("document.write", "Hvad skal ellers skrives, når I gemmer?",
			"Hvert som .md og .html ved siden af svarfilen, fx NAVN-sletteplan.md. Oversigten, sletteplanen og teksterne er til jer selv.",
			termOptions(drafts.SaveDocuments), &m.a.Document.Write),
		q.input("document.url", "Hvor ligger politikken på nettet?",
			"Valgfrit. Fx https://firma.dk/privatlivspolitik. Teksterne til formularer og cookiebanner linker hertil.", &m.a.Document.URL, optional(drafts.CheckURL)),
	)
}

// noticeForm asks which groups of people get a notice of their own, and
// where they find it.
func noticeForm(m *Model, i int) *questions {
	n := &m.a.Document.Notices[i]
	q := newQuestions()
	q.group("Særskilt orientering",
		q.multi("document.notices.groups", "Hvem får deres egen orientering i stedet for politikken?",
			"Fx medarbejdere og jobansøgere. Politikken udelader dem og siger, hvor de finder deres; orienteringen har kun det, der gælder dem.",
			groupOptions(m.a, true), &n.Groups),
		q.input("document.notices.where", "Hvor finder de den?",
			"Skriv en sætning til dem, fx »Den står i vores jobopslag, og som medarbejder får du den, når du bliver ansat.« Politikken siger den.", &n.Where, nil),
	)
	q.need("document.notices.groups", func(v []string) error {
		if len(v) == 0 {
			return fmt.Errorf("vælg mindst én persongruppe")
		}
		return nil
	})
	return q
}

func changeForm(m *Model, i int) *questions {
	c := &m.a.Document.Changes[i]
	date := c.Date.String()
	q := newQuestions()
	q.sync = func() {
		if d, err := drafts.ParseDate(strings.TrimSpace(date)); err == nil && d != c.Date {
			c.Date = d
		}
	}
	return q.group("Ændring",
		q.input("document.changes.date", "Dato", "ÅÅÅÅ-MM-DD.", &date, required("datoen", checkDate)),
		q.text("document.changes.text", "Hvad er ændret?", "Skriv det, så en kunde forstår det.", &c.Text),
	)
}

// withScheme adds https:// to a web address typed without one.
func withScheme(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "://") {
		return s
	}
	return "https://" + s
}

// vendorOptions lists the answers' vendors by the name processor.vendors
// uses: the catalogue id, or the name.
// pruneVendorData drops from what a vendor gets (data, which the wizard
// does not ask) what none of its purposes uses any more: once an answer
// about its purposes changes, those entries say what no purpose does.
func pruneVendorData(a *drafts.Answers, v *drafts.Vendor) {
	if len(v.Data) == 0 {
		return
	}
	used := func(id string) bool {
		if a.IsSubProcessor(*v) && slices.Contains(a.Processor.Data, id) {
			return true
		}
		return slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return slices.Contains(v.Purposes, p.ID) && slices.Contains(p.Data, id) })
	}
	if slices.ContainsFunc(v.Data, func(id string) bool { return !used(id) }) {
		v.Data = slices.DeleteFunc(slices.Clone(v.Data), func(id string) bool { return !used(id) })
	}
}

func vendorOptions(a *drafts.Answers) []huh.Option[string] {
	var out []huh.Option[string]
	for _, v := range a.Vendors {
		id := v.Catalog
		if id == "" {
			id = v.Name
		}
		if id != "" {
			out = append(out, huh.NewOption(orText(drafts.ResolveVendor(v).Name, id), id))
		} else if v.Category != "" {
			// A recipient named by its kind is named so here too.
			out = append(out, huh.NewOption(drafts.VendorLabel(drafts.ResolveVendor(v)), v.Category))
		}
	}
	return out
}
