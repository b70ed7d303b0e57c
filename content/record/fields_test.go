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

// The record under schema 2: per-group bases, art. 9 exceptions per
// category, own groups, neutral voice, country profile, gaps.

// firstPerson finds the policy's pronouns, which the record must not use.
var firstPerson = regexp.MustCompile(`(?i)(^|[^\p{L}])(vi|vores|jeg|mig|min|mit|mine|du|dig|din|dit|dine)([^\p{L}]|$)`)

func TestRecordNeutralVoice(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		for _, format := range []string{"md"} {
			data, err := NewRecord(a, testkit.RecordDay).Render(format)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(data), "\n") {
				if strings.Contains(line, "Behandlingsaktivitet: ") {
					// The purpose's own name, kept as the policy has it.
					continue
				}
				if m := firstPerson.FindString(line); m != "" {
					t.Errorf("%s line %d: %q speaks as the policy does: %s", name, i+1, strings.TrimSpace(m), line)
				}
			}
		}
	}
}

func TestRecordSchema2Bases(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		r := NewRecord(a, testkit.RecordDay)
		rc := newRecorder(a)
		for i, p := range a.Purposes {
			basis := strings.Join(r.Activities[i].Get(LabelBasis).Lines, "\n")
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
				l := drafts.Label(drafts.SpecialBases, sb.Basis)
				if l == "" {
					continue
				}
				if !strings.Contains(basis, content.LowerFirst(l)) {
					t.Errorf("%s: %q: the art. 9 exception for %s is missing", name, p.Name, id)
				}
				if sb.Law != "" && a.Profile().Danish && !strings.Contains(basis, content.SensitiveLawRef[sb.Law]) {
					t.Errorf("%s: %q: the Danish rule %s for %s is missing", name, p.Name, sb.Law, id)
				}
			}
			if content.HasKind(a, p, drafts.KindCriminal) && p.CriminalBasis != "" && a.Profile().Danish && !strings.Contains(basis, "§ 8") {
				t.Errorf("%s: %q: the § 8 ground is missing", name, p.Name)
			}
			subjects := strings.Join(r.Activities[i].Get(LabelSubjects).Lines, "\n")
			for _, g := range p.Subjects {
				if !strings.Contains(strings.ToLower(subjects), rc.group(g)) {
					t.Errorf("%s: %q: group %s missing from the data subjects", name, p.Name, g)
				}
			}
			erasure := strings.Join(r.Activities[i].Get(LabelErasure).Lines, "\n")
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
	if got := act.Get(LabelSubjects).Lines; len(got) != 1 || !strings.Contains(got[0], "mangler: kategorier af registrerede") {
		t.Errorf("missing subjects: %q", got)
	}
	tr := act.Get(LabelTransfers).Lines
	if len(tr) == 0 || slices.ContainsFunc(tr, func(s string) bool { return strings.HasPrefix(s, "Ingen") }) || !strings.Contains(strings.Join(tr, ""), "mangler: hvor Ukendt vært behandler oplysningerne") {
		t.Errorf("unknown processing country: %q", tr)
	}
	if rs := act.Get(LabelRecipients).Lines; !slices.ContainsFunc(rs, func(s string) bool {
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
	if got := NewRecord(a, testkit.RecordDay).Activities[0].Get(LabelErasure).Lines; len(got) != 0 {
		t.Errorf("no retention answered: the record says %q (art. 30(1)(f) asks only where possible)", got)
	}
}

func TestNeutralizer(t *testing.T) {
	n := newNeutralizer(&drafts.Answers{})
	for in, want := range map[string]string{
		"Vi sender dig et nyhedsbrev, når du har tilmeldt dig.": "Den dataansvarlige sender den registrerede et nyhedsbrev, når den registrerede har tilmeldt sig.",
		"Din fagforening":                  "Den registreredes fagforening",
		"administratorer hos vores kunder": "administratorer hos den dataansvarliges kunder",
		"hvad jeg vurderer":                "hvad den dataansvarlige vurderer",
		"VI-tjenesten og OS/2":             "VI-tjenesten og OS/2",
		"minimum og dinosaur":              "minimum og dinosaur",
	} {
		if got := n.text(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
	f := newNeutralizer(&drafts.Answers{Controller: drafts.Controller{Kind: "association"}})
	if got := f.text("Vi inviterer dig"); got != "Foreningen inviterer den registrerede" {
		t.Errorf("association: %q", got)
	}
	if got := newProcessorNeutralizer(&drafts.Answers{}).text("Når vores kunder bruger det, registrerer vi"); got != "Når databehandlerens kunder bruger det, registrerer databehandleren" {
		t.Errorf("processor: %q", got)
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
				if got := strings.Join(r.Activities[i].Get(LabelErasure).Lines, " "); !strings.Contains(got, "efter at den frivillige er stoppet") {
					t.Errorf("%s: %q: volunteers' time limit reads %q", name, p.Name, got)
				}
			}
		}
	}
}
