package drafts

import (
	"strings"
	"testing"
)

const ownGroupsBase = `schema = 2

[document]
effective = 2026-03-01

[controller]
name = "Foreningen"
kind = "association"
address = "Vej 1"
postcode = "8000"
town = "Aarhus C"
email = "a@b.dk"

[[subjects]]
group = "other"
id = "deltagere"
name = "Deltagere på kurser"
data = ["contact"]

[[subjects]]
group = "members"
data = ["contact", "health"]

[[purposes]]
id = "medlemmer"
name = "Medlemskab"
subjects = ["members", "deltagere"]
data = ["contact", "health"]
basis = ["6.1.b"]
required = "contract"

[[purposes.sensitive]]
data = "health"
basis = "9.2.d"

[purposes.retention]
period = "1 år"
after = "membership_end"
`

func TestOwnGroupsAndPerCategoryExceptionsValidate(t *testing.T) {
	f, err := Parse("f.toml", []byte(ownGroupsBase))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Validate(); err != nil {
		t.Fatalf("a correct schema-2 file (no CVR, own group, art. 9 per category) is refused: %v", err)
	}
	p := f.Answers.Purposes[0]
	if b := p.SensitiveBasisFor("health").Basis; b != "9.2.d" {
		t.Errorf("health basis %q", b)
	}
}

// TestOwnGroupsAndPerCategoryExceptionsProblems plants one bad value of each new kind and expects it
// reported at its field.
func TestOwnGroupsAndPerCategoryExceptionsProblems(t *testing.T) {
	tests := []struct {
		name, old, new, path, fragment string
	}{
		{"unknown own group", `subjects = ["members", "deltagere"]`, `subjects = ["members", "deltager"]`, "purposes[1].subjects[2]", `"deltagere"`},
		{"own id on built-in group", "group = \"members\"\n", "group = \"members\"\nid = \"m\"\n", "subjects[2].id", "egen gruppe"},
		{"own id clashes with built-in", `id = "deltagere"`, `id = "employees"`, "subjects[1].id", "indbygget"},
		{"basis for a group the purpose lacks", "[[purposes.sensitive]]", "[[purposes.by_group]]\ngroup = \"volunteers\"\nbasis = [\"6.1.f\"]\n\n[[purposes.sensitive]]", "purposes[1].by_group[1].group", "ikke med i formålets subjects"},
		{"unknown group basis", "[[purposes.sensitive]]", "[[purposes.by_group]]\ngroup = \"deltagere\"\nbasis = [\"6.1.q\"]\n\n[[purposes.sensitive]]", "purposes[1].by_group[1].basis[1]", "ukendt retsgrundlag"},
		{"exception for ordinary data", `data = "health"`, `data = "contact"`, "purposes[1].sensitive[1].data", "ikke en følsom"},
		{"unknown art. 9 letter", `basis = "9.2.d"`, `basis = "9.2.k"`, "purposes[1].sensitive[1].basis", "ukendt grundlag"},
		{"unknown Danish rule", `basis = "9.2.d"`, "basis = \"9.2.d\"\nlaw = \"13\"", "purposes[1].sensitive[1].law", "ukendt regel"},
		{"unknown requirement", `required = "contract"`, `required = "frivilligt"`, "purposes[1].required", "ukendt værdi"},
		{"unknown retention event", `after = "membership_end"`, `after = "membership_ended"`, "purposes[1].retention.after", "membership_end"},
		{"unknown voice", `kind = "association"`, "kind = \"association\"\nvoice = \"du\"", "controller.voice", "ukendt stemme"},
		{"unknown controller kind", `kind = "association"`, `kind = "klub"`, "controller.kind", "ukendt slags"},
		{"country without authority", `kind = "association"`, "kind = \"association\"\ncountry = \"DE\"", "controller.country", "tilsynsmyndigheden"},
		{"unknown art. 14(5) exception", `name = "Deltagere på kurser"`, "name = \"Deltagere på kurser\"\nnot_informed = \"14.5.a\"", "subjects[1].not_informed", "ukendt undtagelse"},
		{"a notice to a group not told", "name = \"Deltagere på kurser\"\ndata = [\"contact\"]\n", "name = \"Deltagere på kurser\"\nnot_informed = \"14.5.d\"\ndata = [\"contact\"]\n\n[[document.notices]]\ngroups = [\"deltagere\"]\nwhere = \"På kurset.\"\n", "document.notices[1].groups[1]", "kan ikke få en orientering"},
		{"invalid CVR still checked", `kind = "association"`, "kind = \"association\"\ncvr = \"13748137\"", "controller.cvr", "ugyldigt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(ownGroupsBase, tt.old) {
				t.Fatalf("base lacks %q", tt.old)
			}
			src := strings.Replace(ownGroupsBase, tt.old, tt.new, 1)
			f, err := Parse("f.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			err = f.Validate()
			if err == nil {
				t.Fatalf("no problem reported")
			}
			for _, p := range err.(*LoadError).Problems {
				if p.Path == tt.path && strings.Contains(p.Message, tt.fragment) {
					if p.Line == 0 {
						t.Errorf("%s: no line", p.Path)
					}
					return
				}
			}
			t.Errorf("want %s containing %q, got %v", tt.path, tt.fragment, err)
		})
	}
}

// The Swedish bookkeeping rule counts whole years from the end of a
// calendar year; a period in months cannot be said that way.
func TestCalendarYearRetentionIsInYears(t *testing.T) {
	for period, want := range map[string]int{"6 måneder": 1, "7 år": 0} {
		var ps problems
		v := validator{a: &Answers{}, ps: &ps}
		v.retention("purposes[1].retention", Retention{Period: period, After: "fiscal_calendar_year_end"})
		if len(ps) != want || want == 1 && ps[0].Path != "purposes[1].retention.period" {
			t.Errorf("%s from the end of the calendar year: %+v", period, ps)
		}
	}
}
