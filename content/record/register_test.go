package record

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// The record as a register: its own words, per-group bases, art. 9
// exceptions per category, own groups, country profile, gaps.

// TestPossessivesFromTheRegistersSide: a name's possessive pronoun is said
// from the register's side, whole words only, keeping a capital; nothing
// else in the name changes.
func TestPossessivesFromTheRegistersSide(t *testing.T) {
	rc := newRecorder(&drafts.Answers{})
	for in, want := range map[string]string{
		"Din fagforening":                  "Den registreredes fagforening",
		"administratorer hos vores kunder": "administratorer hos den dataansvarliges kunder",
		"Allergier i dit kundekort":        "Allergier i den registreredes kundekort",
		"VORES-systemet og MIN-side":       "VORES-systemet og MIN-side",
		"minimum og dinosaur":              "minimum og dinosaur",
		"det fragtfirma, du vælger":        "det fragtfirma, du vælger",
	} {
		if got := rc.said(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
	if got := newRecorder(&drafts.Answers{Controller: drafts.Controller{Kind: "association"}}).said("vores bank"); got != "foreningens bank" {
		t.Errorf("association: %q", got)
	}
	tf := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	tf.Processor.CustomerList = "i vores CRM-system"
	if got := strings.Join(NewRecord(tf, testkit.RecordDay).Processor.Controllers[0].Lines, " "); !strings.Contains(got, "i databehandlerens CRM-system") {
		t.Errorf("processor: %q", got)
	}
}

func TestRecordBasesPerGroupAndCategory(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		r := NewRecord(a, testkit.RecordDay)
		rc := newRecorder(a)
		for i, p := range a.Purposes {
			basis := strings.Join(r.Activities[i].Get(FieldBasis).Lines, "\n")
			for _, gb := range p.ByGroup {
				if !strings.Contains(basis, "For "+rc.group(gb.Group)+": ") {
					t.Errorf("%s: %q: the basis for %s is not said (%q)", name, p.Name, gb.Group, basis)
				}
			}
			for _, id := range p.Data {
				if content.CategoryKind(a, id) != drafts.KindSpecial {
					continue
				}
				sb := p.SensitiveBasisFor(id)
				l, ok := termOK("special-basis", sb.Basis)
				if !ok {
					continue
				}
				if !strings.Contains(basis, l) {
					t.Errorf("%s: %q: the art. 9 exception for %s is missing", name, p.Name, id)
				}
				if sb.Law != "" && a.Profile().Danish && !strings.Contains(basis, term("sensitive-law", sb.Law)) {
					t.Errorf("%s: %q: the Danish rule %s for %s is missing", name, p.Name, sb.Law, id)
				}
			}
			if content.HasKind(a, p, drafts.KindCriminal) && p.CriminalBasis != "" && a.Profile().Danish && !strings.Contains(basis, "§ 8") {
				t.Errorf("%s: %q: the § 8 ground is missing", name, p.Name)
			}
			subjects := strings.Join(r.Activities[i].Get(FieldSubjects).Lines, "\n")
			for _, g := range p.Subjects {
				if !strings.Contains(strings.ToLower(subjects), rc.group(g)) {
					t.Errorf("%s: %q: group %s missing from the data subjects", name, p.Name, g)
				}
			}
			erasure := strings.Join(r.Activities[i].Get(FieldErasure).Lines, "\n")
			if p.Retention.ByLaw != strings.Contains(erasure, "krævet") {
				t.Errorf("%s: %q: by_law = %v, but the time limit says %q", name, p.Name, p.Retention.ByLaw, erasure)
			}
		}
	}
}

// TestRecordCountryProfile: a Swedish controller's record cites no Danish
// law or authority; an association without a CVR number shows none.
func TestRecordCountryProfile(t *testing.T) {
	ex := testkit.Examples(t)
	md := string(NewRecord(ex["molnbokning"], testkit.RecordDay).Markdown())
	for _, bad := range []string{"Datatilsynet", "databeskyttelseslov", "CVR", "bogføringsloven"} {
		if strings.Contains(md, bad) {
			t.Errorf("molnbokning: the Swedish record says %q", bad)
		}
	}
	a := testkit.Clone(t, ex["hjertevenner-fyn"])
	a.Controller.CVR = ""
	md = string(NewRecord(a, testkit.RecordDay).Markdown())
	if strings.Contains(md, "CVR") || strings.Contains(md, "mangler") {
		t.Error("an association without a CVR number must show neither a CVR row nor a gap")
	}
	// A Swedish controller with a CPR-kind category and a § 8 ground: no
	// Danish rule is cited.
	s := testkit.Clone(t, ex["klinik-vesterbro"])
	s.Controller.Country = "SE"
	md = string(NewRecord(s, testkit.RecordDay).Markdown())
	for _, bad := range []string{"databeskyttelseslov", "§ 8", "§ 11"} {
		if strings.Contains(md, bad) {
			t.Errorf("klinik as a Swedish controller: the record says %q", bad)
		}
	}
}

// TestRecordGaps: a required item the answers lack is a visible gap; an
// unknown processing country is never "Ingen" transfer.
func TestRecordGaps(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	a.Purposes[0].Subjects = nil
	a.Vendors[0].Country = ""
	a.Vendors[0].Catalog = ""
	a.Vendors[0].Name = "Ukendt vært"
	a.Vendors[0].Purposes = []string{a.Purposes[0].ID}
	r := NewRecord(a, testkit.RecordDay)
	act := r.Activities[0]
	if got := act.Get(FieldSubjects).Lines; len(got) != 1 || !strings.Contains(got[0], "mangler: kategorier af registrerede") {
		t.Errorf("missing subjects: %q", got)
	}
	tr := act.Get(FieldTransfers).Lines
	if len(tr) == 0 || slices.ContainsFunc(tr, func(s string) bool { return strings.HasPrefix(s, "Ingen") }) || !strings.Contains(strings.Join(tr, ""), "mangler: hvor Ukendt vært behandler oplysningerne") {
		t.Errorf("unknown processing country: %q", tr)
	}
	if rs := act.Get(FieldRecipients).Lines; !slices.ContainsFunc(rs, func(s string) bool {
		return strings.Contains(s, "mangler: rolle") && strings.Contains(s, "Ukendt vært")
	}) {
		t.Errorf("a recipient without a role is dropped: %q", rs)
	}
	for _, format := range []string{"md", "html", "xlsx"} {
		data, err := r.Render(format)
		if err != nil {
			t.Fatal(err)
		}
		if format == "xlsx" {
			data = []byte(strings.Join(readXLSX(t, data)[0], "\n"))
		}
		if s := string(data); !strings.Contains(s, "⚠ [mangler: kategorier af registrerede]") && !strings.Contains(s, `⚠ \[mangler: kategorier af registrerede\]`) {
			t.Errorf("%s: the gap does not show", format)
		} else if format == "html" && strings.Contains(s, `\[`) {
			t.Errorf("html: escaping shows in the gap")
		}
	}
	a.Purposes[0].Retention = drafts.Retention{}
	if got := NewRecord(a, testkit.RecordDay).Activities[0].Get(FieldErasure).Lines; len(got) != 0 {
		t.Errorf("no retention answered: the record says %q (art. 30(1)(f) asks only where possible)", got)
	}
}

// TestRecordNamesTheRoleNotABusiness: the record calls the controller by
// its role (or "foreningen"), never "virksomheden", which does not fit a
// clinic or a psychologist working alone; and a vendor whose name has a
// bracket gets its entity in the same bracket, not a second one.
func TestRecordNamesTheRoleNotABusiness(t *testing.T) {
	business := regexp.MustCompile(`(?i)\bvirksomhedens?\b`)
	for name, a := range testkit.Everything(t) {
		md := string(NewRecord(a, testkit.RecordDay).Markdown())
		if m := business.FindAllString(md, 3); m != nil {
			t.Errorf("%s: the record says %q", name, m)
		}
		if i := strings.Index(md, ") ("); i >= 0 {
			t.Errorf("%s: brackets in a row: %q", name, md[max(0, i-40):min(len(md), i+40)])
		}
	}
	v := drafts.Vendor{Name: "OpenAI (API)", Entity: "OpenAI Ireland Ltd", EntityCountry: "IE"}
	if got, want := vendorText(v), "OpenAI (API; OpenAI Ireland Ltd, Irland)"; got != want {
		t.Errorf("vendorText = %q, want %q", got, want)
	}
}

// TestRecordHouseStyle: the record follows the policy's Danish: "efter at"
// is one conjunction, volunteers stop rather than leave an office, and the
// security measures fit a business without employees.
func TestRecordHouseStyle(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		r := NewRecord(a, testkit.RecordDay)
		md := string(r.Markdown())
		for _, bad := range []string{"efter, at", "instruktion af medarbejdere"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: the record says %q", name, bad)
			}
		}
		for i, p := range a.Purposes {
			if p.Retention.After == "office_end" && slices.Equal(p.Subjects, []string{"volunteers"}) {
				if got := strings.Join(r.Activities[i].Get(FieldErasure).Lines, " "); !strings.Contains(got, "efter at den frivillige er stoppet") {
					t.Errorf("%s: %q: volunteers' time limit reads %q", name, p.Name, got)
				}
			}
		}
	}
}

// TestSwedishBookkeepingPeriodInTheLawsWords: bokföringslagen 7 kap. 2 §
// keeps records until the end of the Nth year after the calendar year in
// which the financial year ended, and the record says so in those words.
func TestSwedishBookkeepingPeriodInTheLawsWords(t *testing.T) {
	rc := newRecorder(&drafts.Answers{})
	for _, c := range []struct{ period, want string }{
		{"7 år", "Indtil udgangen af det syvende år efter det kalenderår, hvor regnskabsåret sluttede"},
		{"1 år", "Indtil udgangen af det første år efter det kalenderår, hvor regnskabsåret sluttede"},
		{"12 år", "Indtil udgangen af det 12. år efter det kalenderår, hvor regnskabsåret sluttede"},
	} {
		p := drafts.Purpose{Retention: drafts.Retention{Period: c.period, After: "fiscal_calendar_year_end"}}
		if got := rc.retention(p); got != c.want {
			t.Errorf("%s reads %q, want %q", c.period, got, c.want)
		}
	}
}

// TestTransferRowAnswersForOtherRecipients: an activity whose only
// recipients are others than vendors (the bank, the public, an authority)
// has »Ingen« transfers, not »ingen leverandører behandler oplysningerne«,
// which answers another question (record review 2, Y1); an activity with
// no recipients at all keeps the reason.
func TestTransferRowAnswersForOtherRecipients(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		md := string(NewRecord(a, testkit.RecordDay).Markdown())
		lines := strings.Split(md, "\n")
		for i, l := range lines {
			if !strings.Contains(l, "ingen leverandører behandler oplysningerne") || i == 0 {
				continue
			}
			if strings.Contains(lines[i-1], "Andre modtagere") {
				t.Errorf("%s: %q after %q", name, l, lines[i-1])
			}
		}
	}
	md := string(NewRecord(testkit.Examples(t)["hjertevenner-fyn"], testkit.RecordDay).Markdown())
	if !strings.Contains(md, "| Overførsel til tredjelande (litra e) | Ingen |") {
		t.Error("hjertevenner's board activity: no »Ingen« transfer row")
	}
}
