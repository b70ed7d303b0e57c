package drafts

import (
	"slices"
	"sync"
	"time"
)

// PurposeTemplate is a typical purpose with a suggested legal basis and
// retention, which the wizard offers when a purpose is added.
type PurposeTemplate struct {
	Label   string // shown in the picker
	Purpose Purpose
	// Categories are the business's own data categories the purpose uses
	// (a tax card, the daily working hours), added with it.
	Categories []CustomCategory
}

// templateLabels say in the picker what each block's purpose is for.
var templateLabels = []Term{
	{"henvendelser", "Besvare henvendelser (kontaktformular, e-mail, telefon)"},
	{"aftaler", "Aftaler med kunder: tilbud, ordrer og det, de køber"},
	{"betaling", "Betaling og bogføring (bogføringsloven, 5 år)"},
	{"booking", "Booking på nettet"},
	{"webshop", "Ordrer og levering fra en webshop"},
	{"helbred", "Helbredsoplysninger, kunderne selv giver (udtrykkeligt samtykke)"},
	{"nyhedsbrev", "Nyhedsbrev (samtykke)"},
	{"statistik", "Besøgsstatistik med cookies (samtykke)"},
	{"annoncer", "Annoncer med cookies (samtykke)"},
	{"samtykkelog", "Dokumentation af cookiesamtykke"},
	{"medlemskab", "Medlemskab"},
	{"rekruttering", "Rekruttering af medarbejdere"},
	{"loen", "Løn og indberetning til Skattestyrelsen"},
	{"personale", "Personaleadministration og sygefravær"},
	{"arbejdstid", "Registrering af arbejdstid (arbejdstidsloven, 5 år)"},
	{"dokumentation", "Dokumentation af ansættelsen efter fratræden"},
}

// extraTemplates are typical purposes no block brings, with voice markers.
var extraTemplates = []PurposeTemplate{
	{Label: "Kundesupport", Purpose: Purpose{
		ID: "support", Name: "Kundesupport", Subjects: []string{"customers"},
		Data: []string{"contact", "correspondence"}, Basis: []string{"6.1.f"},
		Interest: "at kunne hjælpe {{mine}} kunder, når de har spørgsmål eller problemer", Required: "voluntary",
		Retention: Retention{Period: "2 år", After: "case_closed"}}},
	{Label: "Kreditvurdering (fx RKI)", Purpose: Purpose{
		ID: "kreditvurdering", Name: "Kreditvurdering", Subjects: []string{"customers"},
		Data: []string{"contact", "credit"}, Basis: []string{"6.1.f"},
		Interest:  "at undgå tab på opgaver, {{vi}} udfører, før {{vi}} får betaling",
		Retention: Retention{Period: "6 måneder", After: "collection"}}},
}

var templatesIn = [2]func() []PurposeTemplate{
	sync.OnceValue(func() []PurposeTemplate { return purposeTemplates(false) }),
	sync.OnceValue(func() []PurposeTemplate { return purposeTemplates(true) }),
}

// PurposeTemplates are the purposes small Danish businesses usually have,
// in the voice »vi«: every block's purposes, a few more, and a purpose of
// one's own.
func PurposeTemplates() []PurposeTemplate { return clonedTemplates(templatesIn[0]()) }

// PurposeTemplatesFor are PurposeTemplates in the voice of a's controller.
func PurposeTemplatesFor(a *Answers) []PurposeTemplate {
	if a != nil && a.Controller.FirstPerson() {
		return clonedTemplates(templatesIn[1]())
	}
	return PurposeTemplates()
}

func clonedTemplates(ts []PurposeTemplate) []PurposeTemplate {
	out := make([]PurposeTemplate, len(ts))
	for i, t := range ts {
		t.Purpose = clonePurpose(t.Purpose)
		t.Categories = slices.Clone(t.Categories)
		out[i] = t
	}
	return out
}

func purposeTemplates(firstPerson bool) []PurposeTemplate {
	voice := "vi"
	if firstPerson {
		voice = "jeg"
	}
	// Every block, with a consent tool, so its consent log is there too.
	all, err := Compose(Setup{Voice: voice, Blocks: BlockIDs(), Banner: "cookiebot"})
	if err != nil {
		panic("drafts: the blocks do not compose: " + err.Error())
	}
	var out []PurposeTemplate
	for _, l := range templateLabels {
		i := slices.IndexFunc(all.Purposes, func(p Purpose) bool { return p.ID == l.ID })
		if i < 0 {
			continue
		}
		p := clonePurpose(all.Purposes[i])
		t := PurposeTemplate{Label: l.Label, Purpose: p}
		for _, c := range all.Categories {
			if slices.Contains(p.Data, c.ID) {
				t.Categories = append(t.Categories, c)
			}
		}
		out = append(out, t)
	}
	for _, t := range extraTemplates {
		t.Purpose = clonePurpose(t.Purpose)
		for _, f := range []*string{&t.Purpose.Interest, &t.Purpose.Description, &t.Purpose.Consequence} {
			*f = Say(*f, firstPerson)
		}
		out = append(out, t)
	}
	// Your own purpose starts empty: its basis and retention are for the
	// business to answer, not for a template to guess.
	return append(out, PurposeTemplate{Label: "Eget formål (start fra bunden)"})
}

// FitPurpose is a template's purpose fitted to answers a: about the groups
// of people a has, or, when it has none of them, the template's first;
// with the bases for groups that are not there left out.
func FitPurpose(a *Answers, p Purpose) Purpose {
	p = clonePurpose(p)
	if len(p.Subjects) < 2 {
		return p
	}
	var keep []string
	for _, g := range p.Subjects {
		if slices.ContainsFunc(a.Subjects, func(s Subject) bool { return s.Key() == g }) {
			keep = append(keep, g)
		}
	}
	if len(keep) == 0 {
		keep = p.Subjects[:1]
	}
	p.Subjects = keep
	p.ByGroup = slices.DeleteFunc(p.ByGroup, func(gb GroupBasis) bool { return !slices.Contains(keep, gb.Group) })
	collapseByGroup(&p)
	return p
}

// Starter is a new answer file that fits a typical small Danish business, so
// pressing enter through the wizard gives a sensible policy. It fills in
// only what every such business has (customers, enquiries, bookkeeping) and
// claims nothing it cannot know: no security measures, nothing about
// vendors or sharing, nothing about profiling.
func Starter(today time.Time) *Answers {
	a, err := Compose(Setup{Voice: "vi", Blocks: []string{"kunder", "betaling"}})
	if err != nil {
		panic("drafts: the general starting point does not compose: " + err.Error())
	}
	a.Document.Effective = DateOf(today)
	return a
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
	t.GroupTexts = append([]GroupText(nil), t.GroupTexts...)
	t.Retention.ByData = append([]DataRetention(nil), t.Retention.ByData...)
	for i := range t.Retention.ByData {
		t.Retention.ByData[i].Data = append([]string(nil), t.Retention.ByData[i].Data...)
	}
	return t
}
