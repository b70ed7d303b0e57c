package drafts

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestValidateDocumentAnswers: the answers of the documents beside the
// policy are checked like every other: the policy's address, the
// documents to write on save, and each separate notice's groups, which the
// answers must describe and which get one notice each.
func TestValidateDocumentAnswers(t *testing.T) {
	base := loadExample(t, "bjerre-toemrer.toml").Answers
	if ps := Validate(base); len(ps) > 0 {
		t.Fatalf("bjerre: %v", ps)
	}
	for _, c := range []struct {
		name, path, msg string
		plant           func(a *Answers)
	}{
		{"address", "document.url", "ikke en gyldig webadresse", func(a *Answers) { a.Document.URL = "bjerre-toemrer.dk/privat" }},
		{"unknown document", "document.write[1]", `mente du "texts"`, func(a *Answers) { a.Document.Write = []string{"tekst"} }},
		{"a document twice", "document.write[2]", "to gange", func(a *Answers) { a.Document.Write = []string{"texts", "texts"} }},
		{"no groups", "document.notices[1].groups", "mangler de persongrupper", func(a *Answers) { a.Document.Notices[0].Groups = nil }},
		{"a group not described", "document.notices[1].groups[1]", "ikke beskrevet under [[subjects]]", func(a *Answers) { a.Document.Notices[0].Groups = []string{"patients"} }},
		{"an unknown group", "document.notices[1].groups[1]", "ukendt persongruppe", func(a *Answers) { a.Document.Notices[0].Groups = []string{"ansatte"} }},
		{"two notices for a group", "document.notices[2].groups[1]", "har allerede sin egen orientering", func(a *Answers) {
			a.Document.Notices = append(a.Document.Notices, Notice{Groups: []string{"employees"}})
		}},
	} {
		a := clone(t, base)
		c.plant(a)
		if ps := Validate(a); !hasProblem(ps, c.path, c.msg) {
			t.Errorf("%s: no problem at %s with %q: %v", c.name, c.path, c.msg, ps)
		}
	}
	a := clone(t, base)
	a.Document.Write = []string{"notices", "processors", "retention", "texts"}
	a.Vendors[0].AgreementSigned = Date{2025, 3, 1}
	a.Vendors[0].AgreementKept = "i mappen Aftaler"
	a.Vendors[0].TransferAssessed = Date{2025, 4, 2}
	a.Purposes[0].Retention.Responsible = "Lise"
	a.Purposes[0].Retention.Method = "sletter sagen i systemet"
	if ps := Validate(a); len(ps) > 0 {
		t.Errorf("every new answer given: %v", ps)
	}
	if r := ResolveVendor(a.Vendors[0]); r.AgreementSigned != a.Vendors[0].AgreementSigned || r.AgreementKept != a.Vendors[0].AgreementKept || r.TransferAssessed != a.Vendors[0].TransferAssessed {
		t.Errorf("a catalogue vendor loses its agreement: %+v", r)
	}
}

func clone(t *testing.T, a *Answers) *Answers {
	t.Helper()
	data, err := Encode(a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse("x.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return f.Answers
}

// TestMergeDocumentKeys: the new answers (the policy's address, the
// documents to write, separate notices, a vendor's agreement, who deletes
// and how) are added, changed and removed by a layout-keeping save like
// any other, and every comment stays.
func TestMergeDocumentKeys(t *testing.T) {
	old, err := os.ReadFile(filepath.Join("examples", "bjerre-toemrer.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for i, edit := range []func(a *Answers){
		func(a *Answers) {
			a.Document.URL = "https://bjerre-toemrer.dk/privatliv"
			a.Document.Write = []string{"processors", "retention"}
			a.Vendors[1].AgreementSigned = Date{2024, 11, 5}
			a.Vendors[1].AgreementKept = "i Danløns kundeportal"
			a.Purposes[2].Retention.Responsible = "Lise Bjerre"
			a.Purposes[2].Retention.Method = "sletter bilagene i e-conomic i januar"
		},
		func(a *Answers) {
			a.Document.URL = ""
			a.Document.Notices = nil
		},
		func(a *Answers) {
			a.Document.Notices = append(a.Document.Notices, Notice{Groups: []string{"suppliers"}, Where: "Du får den med ordren."})
			a.Document.Notices[0].Where = "Den ligger i personalehåndbogen."
		},
	} {
		f, err := Parse("bjerre-toemrer.toml", old)
		if err != nil {
			t.Fatal(err)
		}
		a := f.Answers
		edit(a)
		data, err := Merge(old, a, "bjerre-toemrer.toml")
		if err != nil {
			t.Fatalf("edit %d: %v", i+1, err)
		}
		g, err := Parse("bjerre-toemrer.toml", data)
		if err != nil {
			t.Fatalf("edit %d: %v\n%s", i+1, err, data)
		}
		if !reflect.DeepEqual(g.Answers, a) {
			t.Errorf("edit %d: the saved file does not hold the answers", i+1)
		}
		for _, comment := range []string{"# Skattekortet henter vi fra Skattestyrelsen.", "# Arbejdstidsloven kræver kun det daglige antal timer"} {
			if !strings.Contains(string(data), comment) {
				t.Errorf("edit %d: the comment %q is lost", i+1, comment)
			}
		}
		if i == 1 && strings.Contains(string(data), "[[document.notices]]") {
			t.Errorf("edit 2: the removed notice is still in the file:\n%s", data)
		}
	}
}

// TestValidateScheduleAndFormAnswers: the answers the deletion schedule,
// the overview of processors and the texts for forms read (withdraw,
// group_texts, retention's latest, hold, proof and by_data, a vendor's
// data and sub-processors, the customers' approval) are refused with the
// field and what to do when they are wrong, and their look-alikes, as the
// examples use them, pass.
func TestValidateScheduleAndFormAnswers(t *testing.T) {
	ex := map[string]*Answers{}
	for _, n := range []string{"helle-falsberg", "klinik-vesterbro", "molnbokning", "tidsflow", "hjertevenner-fyn"} {
		ex[n] = loadExample(t, n+".toml").Answers
		if ps := Validate(ex[n]); len(ps) > 0 {
			t.Fatalf("%s: %v", n, ps)
		}
	}
	purpose := func(a *Answers, id string) (*Purpose, string) {
		for i := range a.Purposes {
			if a.Purposes[i].ID == id {
				return &a.Purposes[i], fmt.Sprintf("purposes[%d]", i+1)
			}
		}
		t.Fatalf("no purpose %q", id)
		return nil, ""
	}
	vendor := func(a *Answers, catalog string) (*Vendor, string) {
		for i := range a.Vendors {
			if a.Vendors[i].Catalog == catalog {
				return &a.Vendors[i], fmt.Sprintf("vendors[%d]", i+1)
			}
		}
		t.Fatalf("no vendor %q", catalog)
		return nil, ""
	}
	for _, c := range []struct {
		name, example, msg string
		plant              func(a *Answers) string // returns the field
	}{
		{"unknown way to withdraw", "helle-falsberg", "ukendt", func(a *Answers) string {
			p, at := purpose(a, "nyhedsbrev")
			p.Withdraw = "afmeld"
			return at + ".withdraw"
		}},
		{"withdrawal of what is no consent", "helle-falsberg", "bygger ikke på samtykke", func(a *Answers) string {
			p, at := purpose(a, "opgaver")
			p.Withdraw = "link"
			return at + ".withdraw"
		}},
		{"a consent box for what is no consent", "hjertevenner-fyn", "bygger ikke på samtykke", func(a *Answers) string {
			p, at := purpose(a, "medlemskab")
			p.ConsentBox = "registrér mig som medlem"
			return at + ".consent_box"
		}},
		{"a consent box that says »Ja« itself", "hjertevenner-fyn", "efter »Ja,«", func(a *Answers) string {
			p, at := purpose(a, "netvaerk")
			p.ConsentBox = "Ja, registrér min hjertesygdom"
			return at + ".consent_box"
		}},
		{"proof of what is no consent", "helle-falsberg", "bygger ikke på samtykke", func(a *Answers) string {
			p, at := purpose(a, "opgaver")
			p.Retention.Proof = "2 år"
			return at + ".retention.proof"
		}},
		{"proof that is no period", "helle-falsberg", "", func(a *Answers) string {
			p, at := purpose(a, "nyhedsbrev")
			p.Retention.Proof = "et stykke tid"
			return at + ".retention.proof"
		}},
		{"a cap on what is not kept until withdrawal", "klinik-vesterbro", "latest bruges kun", func(a *Answers) string {
			p, at := purpose(a, "tidsbestilling")
			p.Retention.Latest = "treatment_end"
			return at + ".retention.latest"
		}},
		{"a cap that is the withdrawal itself", "hjertevenner-fyn", "senest afslutter opbevaringen", func(a *Answers) string {
			p, at := purpose(a, "netvaerk")
			p.Retention.Latest = "consent_withdrawn"
			return at + ".retention.latest"
		}},
		{"an unknown hold", "klinik-vesterbro", "ukendt", func(a *Answers) string {
			p, at := purpose(a, "behandling")
			p.Retention.Hold = "klagesag"
			return at + ".retention.hold"
		}},
		{"texts for a group the purpose lacks", "klinik-vesterbro", "ikke med i formålets subjects", func(a *Answers) string {
			p, at := purpose(a, "afregning")
			p.GroupTexts[0].Group = "employees"
			return at + ".group_texts[1].group"
		}},
		{"texts that say nothing", "klinik-vesterbro", "mangler description eller consequence", func(a *Answers) string {
			p, at := purpose(a, "afregning")
			p.GroupTexts[0].Description, p.GroupTexts[0].Consequence = "", " "
			return at + ".group_texts[1]"
		}},
		{"a shorter limit for data the purpose lacks", "klinik-vesterbro", "ikke med i formålets data", func(a *Answers) string {
			p, at := purpose(a, "rekruttering")
			p.Retention.ByData[0].Data = []string{"cpr"}
			return at + ".retention.by_data[1].data[1]"
		}},
		{"a shorter limit until withdrawal", "klinik-vesterbro", "kan ikke bruges", func(a *Answers) string {
			p, at := purpose(a, "rekruttering")
			p.Retention.ByData[0].After = "consent_withdrawn"
			return at + ".retention.by_data[1].after"
		}},
		{"a vendor given data its purposes lack", "molnbokning", "er ikke blandt", func(a *Answers) string {
			v, at := vendor(a, "brevo")
			v.Data = append(v.Data, "health")
			return at + fmt.Sprintf(".data[%d]", len(v.Data))
		}},
		{"sub-processors on the DPF outside the USA", "tidsflow", "gælder kun for modtagere i USA", func(a *Answers) string {
			v, at := vendor(a, "hetzner")
			v.SubProcessors.Abroad, v.SubProcessors.Countries = "dpf", []string{"IN"}
			return at + ".subprocessors.countries[1]"
		}},
		{"sub-processors none abroad, yet countries", "tidsflow", "ingen underdatabehandler er uden for", func(a *Answers) string {
			v, at := vendor(a, "hetzner")
			v.SubProcessors.Countries = []string{"US"}
			return at + ".subprocessors.countries"
		}},
		{"the customers' approval unknown", "tidsflow", "ukendt", func(a *Answers) string {
			a.Processor.SubprocessorApproval = "generel"
			return "processor.subprocessor_approval"
		}},
	} {
		a := clone(t, ex[c.example])
		at := c.plant(a)
		if ps := Validate(a); !hasProblem(ps, at, c.msg) {
			t.Errorf("%s: no problem at %s with %q: %v", c.name, at, c.msg, ps)
		}
	}
	// Look-alikes: explicit consent to health data may be withdrawn in
	// the member's profile; a sub-processor may get data the business
	// processes only for its customers.
	a := clone(t, ex["hjertevenner-fyn"])
	p, _ := purpose(a, "netvaerk")
	p.Withdraw = "account"
	p.Retention.Proof = "1 år"
	if ps := Validate(a); len(ps) > 0 {
		t.Errorf("consent to health data, withdrawn in the profile: %v", ps)
	}
	a = clone(t, ex["tidsflow"])
	v, _ := vendor(a, "hetzner")
	v.Data = []string{"location"}
	if ps := Validate(a); len(ps) > 0 {
		t.Errorf("a sub-processor given the customers' data: %v", ps)
	}
}
