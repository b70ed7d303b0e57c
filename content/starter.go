package content

import (
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// PurposeTemplate is a typical purpose with a suggested legal basis and
// retention, which the wizard offers when a purpose is added.
type PurposeTemplate struct {
	Label   string // shown in the picker
	Purpose drafts.Purpose
}

// PurposeTemplates are the purposes small Danish businesses usually have.
var PurposeTemplates = []PurposeTemplate{
	{"Besvare henvendelser (kontaktformular, e-mail, telefon)", drafts.Purpose{
		ID: "henvendelser", Name: "Besvare henvendelser", Subjects: []string{"enquiries"},
		Data: []string{"contact", "correspondence"}, Basis: []string{"6.1.f"},
		Interest: "at kunne svare på de spørgsmål, du selv sender os", Required: "voluntary",
		Retention: drafts.Retention{Period: "2 år", After: "last_contact"}}},
	{"Tilbud, ordrer og levering af det, kunden har købt", drafts.Purpose{
		ID: "aftaler", Name: "Give tilbud og levere det aftalte", Subjects: []string{"customers"},
		Data: []string{"contact", "address", "order", "correspondence"}, Basis: []string{"6.1.b"}, Required: "contract",
		Retention: drafts.Retention{Period: "3 år", After: "contract_end", Note: "svarer til den almindelige forældelsesfrist"}}},
	{"Fakturering og bogføring (bogføringsloven, 5 år)", drafts.Purpose{
		ID: "bogfoering", Name: "Fakturering og bogføring", Subjects: []string{"customers"},
		Data: []string{"contact", "address", "invoice"}, Basis: []string{"6.1.c"}, Law: "bogføringsloven", Required: "law",
		Consequence: "Uden navn og adresse kan vi ikke udstede en faktura",
		Retention:   drafts.Retention{Period: "5 år", After: "fiscal_year_end", ByLaw: true}}},
	{"Nyhedsbrev (samtykke)", drafts.Purpose{
		ID: "nyhedsbrev", Name: "Nyhedsbrev", Subjects: []string{"subscribers"},
		Data: []string{"contact", "newsletter"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: drafts.Retention{After: "consent_withdrawn"}}},
	{"Besøgsstatistik med cookies (samtykke)", drafts.Purpose{
		ID: "statistik", Name: "Besøgsstatistik", Subjects: []string{"visitors"},
		Data: []string{"device", "browsing"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: drafts.Retention{Period: "14 måneder", After: "collection"}}},
	{"Markedsføring og annoncer med cookies (samtykke)", drafts.Purpose{
		ID: "annoncer", Name: "Annoncer og markedsføring", Subjects: []string{"visitors"},
		Data: []string{"device", "browsing"}, Basis: []string{"6.1.a"}, Required: "voluntary",
		Retention: drafts.Retention{Period: "3 måneder", After: "collection"}}},
	{"Kundesupport", drafts.Purpose{
		ID: "support", Name: "Kundesupport", Subjects: []string{"customers"},
		Data: []string{"contact", "correspondence"}, Basis: []string{"6.1.f"},
		Interest: "at kunne hjælpe vores kunder, når de har spørgsmål eller problemer", Required: "voluntary",
		Retention: drafts.Retention{Period: "2 år", After: "case_closed"}}},
	{"Kreditvurdering (fx RKI)", drafts.Purpose{
		ID: "kreditvurdering", Name: "Kreditvurdering", Subjects: []string{"customers"},
		Data: []string{"contact", "credit"}, Basis: []string{"6.1.f"},
		Interest:  "at undgå tab på opgaver, vi udfører, før vi får betaling",
		Retention: drafts.Retention{Period: "6 måneder", After: "collection"}}},
	{"Rekruttering af medarbejdere", drafts.Purpose{
		ID: "rekruttering", Name: "Rekruttering", Subjects: []string{"applicants"},
		Data: []string{"contact", "application"}, Basis: []string{"6.1.b"}, Required: "contract",
		Retention: drafts.Retention{Period: "6 måneder", After: "case_closed"}}},
	// Art. 7(1) puts the burden of proving a consent on the business; it
	// does not oblige it to keep a log, so the log rests on the business's
	// legitimate interest in being able to prove it (as in the examples),
	// not on a legal obligation (art. 6(1)(c)).
	{"Dokumentation af cookiesamtykke", drafts.Purpose{
		ID: "samtykkelog", Name: "Dokumentation af dit cookievalg", Subjects: []string{"visitors"},
		Data: []string{"device"}, Basis: []string{"6.1.f"},
		Interest:  "at kunne dokumentere, at du har sagt ja eller nej til cookies, sådan som databeskyttelsesforordningens art. 7, stk. 1, kræver, når vi bygger på samtykke",
		Required:  "voluntary",
		Retention: drafts.Retention{Period: "12 måneder", After: "collection"}}},
	// Your own purpose starts empty: its basis and retention are for the
	// business to answer, not for a template to guess.
	{"Eget formål (start fra bunden)", drafts.Purpose{}},
}

// Starter is a new answer file that fits a typical small Danish business, so
// pressing enter through the wizard gives a sensible policy. It fills in
// only what every such business has (customers, enquiries, bookkeeping) and
// claims nothing it cannot know: no security measures, nothing about
// vendors or sharing, nothing about profiling.
func Starter(today time.Time) *drafts.Answers {
	p := func(id string) drafts.Purpose {
		for _, t := range PurposeTemplates {
			if t.Purpose.ID == id {
				return clonePurpose(t.Purpose)
			}
		}
		return drafts.Purpose{}
	}
	return &drafts.Answers{
		Schema:   drafts.SchemaVersion,
		Document: drafts.Document{Effective: drafts.DateOf(today), Version: "1.0"},
		Subjects: []drafts.Subject{
			{Group: "customers", Data: []string{"contact", "address", "order", "invoice", "correspondence"}},
			{Group: "enquiries", Data: []string{"contact", "correspondence"}},
		},
		Purposes: []drafts.Purpose{p("henvendelser"), p("aftaler"), p("bogfoering")},
	}
}

// ClonePurpose copies a template so the copy shares no slices with it.
func ClonePurpose(t drafts.Purpose) drafts.Purpose { return clonePurpose(t) }

func clonePurpose(t drafts.Purpose) drafts.Purpose {
	t.Subjects = append([]string(nil), t.Subjects...)
	t.Data = append([]string(nil), t.Data...)
	t.Basis = append([]string(nil), t.Basis...)
	t.Sensitive = append([]drafts.SensitiveBasis(nil), t.Sensitive...)
	t.ByGroup = append([]drafts.GroupBasis(nil), t.ByGroup...)
	for i := range t.ByGroup {
		t.ByGroup[i].Basis = append([]string(nil), t.ByGroup[i].Basis...)
	}
	return t
}
