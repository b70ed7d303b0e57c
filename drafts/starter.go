package drafts

import (
	"time"
)

// PurposeTemplate is a typical purpose with a suggested legal basis and
// retention, which the wizard offers when a purpose is added.
type PurposeTemplate struct {
	Label   string // shown in the picker
	Purpose Purpose
}

// PurposeTemplates are the purposes small Danish businesses usually have.
var PurposeTemplates = []PurposeTemplate{
	{"Besvare henvendelser (kontaktformular, e-mail, telefon)", Purpose{
		ID: "henvendelser", Name: "Besvare henvendelser", Subjects: []string{"enquiries"},
		Data: []string{"contact", "correspondence"}, Basis: []string{"6.1.f"},
		Interest: "at kunne svare på de spørgsmål, du selv sender os", Required: "voluntary",
		Retention: Retention{Period: "2 år", After: "last_contact"}}},
	{"Tilbud, ordrer og levering af det, kunden har købt", Purpose{
		ID: "aftaler", Name: "Give tilbud og levere det aftalte", Subjects: []string{"customers"},
		Data: []string{"contact", "address", "order", "correspondence"}, Basis: []string{"6.1.b"}, Required: "contract",
		Retention: Retention{Period: "3 år", After: "contract_end", Note: "svarer til den almindelige forældelsesfrist"}}},
	{"Fakturering og bogføring (bogføringsloven, 5 år)", Purpose{
		ID: "bogfoering", Name: "Fakturering og bogføring", Subjects: []string{"customers"},
		Data: []string{"contact", "address", "invoice"}, Basis: []string{"6.1.c"}, Law: "bogføringsloven", Required: "law",
		Consequence: "Uden navn og adresse kan vi ikke udstede en faktura",
		Retention:   Retention{Period: "5 år", After: "fiscal_year_end", ByLaw: true}}},
	{"Nyhedsbrev (samtykke)", Purpose{
		ID: "nyhedsbrev", Name: "Nyhedsbrev", Subjects: []string{"subscribers"},
		Data: []string{"contact", "newsletter"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: Retention{After: "consent_withdrawn"}}},
	{"Besøgsstatistik med cookies (samtykke)", Purpose{
		ID: "statistik", Name: "Besøgsstatistik", Subjects: []string{"visitors"},
		Data: []string{"device", "browsing"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: Retention{Period: "14 måneder", After: "collection"}}},
	{"Markedsføring og annoncer med cookies (samtykke)", Purpose{
		ID: "annoncer", Name: "Annoncer og markedsføring", Subjects: []string{"visitors"},
		Data: []string{"device", "browsing"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: Retention{Period: "3 måneder", After: "collection"}}},
	{"Kundesupport", Purpose{
		ID: "support", Name: "Kundesupport", Subjects: []string{"customers"},
		Data: []string{"contact", "correspondence"}, Basis: []string{"6.1.f"},
		Interest: "at kunne hjælpe vores kunder, når de har spørgsmål eller problemer", Required: "voluntary",
		Retention: Retention{Period: "2 år", After: "case_closed"}}},
	{"Kreditvurdering (fx RKI)", Purpose{
		ID: "kreditvurdering", Name: "Kreditvurdering", Subjects: []string{"customers"},
		Data: []string{"contact", "credit"}, Basis: []string{"6.1.f"},
		Interest:  "at undgå tab på opgaver, vi udfører, før vi får betaling",
		Retention: Retention{Period: "6 måneder", After: "collection"}}},
	{"Rekruttering af medarbejdere", Purpose{
		ID: "rekruttering", Name: "Rekruttering", Subjects: []string{"applicants"},
		Data: []string{"contact", "application"}, Basis: []string{"6.1.b"}, Required: "contract",
		Retention: Retention{Period: "6 måneder", After: "case_closed"}}},
	// Art. 7(1) puts the burden of proving a consent on the business; it
	// does not oblige it to keep a log, so the log rests on the business's
	// legitimate interest in being able to prove it (as in the examples),
	// not on a legal obligation (art. 6(1)(c)).
	{"Dokumentation af cookiesamtykke", Purpose{
		ID: "samtykkelog", Name: "Dokumentation af dit cookievalg", Subjects: []string{"visitors"},
		Data: []string{"device"}, Basis: []string{"6.1.f"},
		Interest:  "at kunne dokumentere, at du har sagt ja eller nej til cookies, sådan som databeskyttelsesforordningens art. 7, stk. 1, kræver, når vi bygger på samtykke",
		Required:  "voluntary",
		Retention: Retention{Period: "12 måneder", After: "collection"}}},
	// Your own purpose starts empty: its basis and retention are for the
	// business to answer, not for a template to guess.
	{"Eget formål (start fra bunden)", Purpose{}},
}

// Starter is a new answer file that fits a typical small Danish business, so
// pressing enter through the wizard gives a sensible policy. It fills in
// only what every such business has (customers, enquiries, bookkeeping) and
// claims nothing it cannot know: no security measures, nothing about
// vendors or sharing, nothing about profiling.
func Starter(today time.Time) *Answers {
	p := func(id string) Purpose {
		for _, t := range PurposeTemplates {
			if t.Purpose.ID == id {
				return clonePurpose(t.Purpose)
			}
		}
		return Purpose{}
	}
	return &Answers{
		Schema:   SchemaVersion,
		Document: Document{Effective: DateOf(today), Version: "1.0"},
		Subjects: []Subject{
			{Group: "customers", Data: []string{"contact", "address", "order", "invoice", "correspondence"}},
			{Group: "enquiries", Data: []string{"contact", "correspondence"}},
		},
		Purposes: []Purpose{p("henvendelser"), p("aftaler"), p("bogfoering")},
	}
}

// ClonePurpose copies a template so the copy shares no slices with it.
func ClonePurpose(t Purpose) Purpose { return clonePurpose(t) }

func clonePurpose(t Purpose) Purpose {
	t.Subjects = append([]string(nil), t.Subjects...)
	t.Data = append([]string(nil), t.Data...)
	t.Basis = append([]string(nil), t.Basis...)
	t.Sensitive = append([]SensitiveBasis(nil), t.Sensitive...)
	t.ByGroup = append([]GroupBasis(nil), t.ByGroup...)
	for i := range t.ByGroup {
		t.ByGroup[i].Basis = append([]string(nil), t.ByGroup[i].Basis...)
	}
	return t
}
