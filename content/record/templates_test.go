package record

import (
	"io/fs"
	"strings"
	"testing"
	"text/template"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// ownTerms are the templates the record's own files define, without the
// shared terms its set is a copy of.
func ownTerms(t *testing.T) map[string]bool {
	t.Helper()
	stub := template.FuncMap{"term": fmtStub, "andList": fmtStub, "orList": fmtStub, "upper": fmtStub, "hasSuffix": strings.HasSuffix}
	set := template.New("").Funcs(stub)
	paths, err := fs.Glob(templateFS, "templates/da/*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	for _, p := range paths {
		src, err := fs.ReadFile(templateFS, p)
		if err != nil {
			t.Fatal(err)
		}
		template.Must(set.New(p).Parse(string(src)))
	}
	out := map[string]bool{}
	for _, tm := range set.Templates() {
		out[tm.Name()] = true
	}
	return out
}

func fmtStub(...any) string { return "" }

// TestEveryIDHasItsRegisterTerm: every id the record names, and every
// field it labels, has words in the record's own templates, so the record
// never falls back on a shared term that speaks to the policy's reader.
func TestEveryIDHasItsRegisterTerm(t *testing.T) {
	own := ownTerms(t)
	transfers := []drafts.Term{}
	for _, tr := range drafts.Transfers {
		if tr.ID != "none" {
			transfers = append(transfers, tr)
		}
	}
	kinds := map[string][]drafts.Term{
		"group":          drafts.SubjectGroups,
		"basis":          drafts.LegalBases,
		"special-basis":  drafts.SpecialBases,
		"sensitive-law":  drafts.SensitiveLaws,
		"cpr-basis":      drafts.CPRBases,
		"criminal-basis": append(append([]drafts.Term(nil), drafts.CriminalBases...), drafts.LegacyCriminalBases...),
		"role":           drafts.Roles,
		"safeguard":      transfers,
		"retention":      append(append([]drafts.Term(nil), drafts.RetentionEvents...), drafts.Term{ID: "volunteering_end"}),
		"measure":        drafts.SecurityMeasures,
	}
	for kind, terms := range kinds {
		for _, tm := range terms {
			if !own[kind+" "+tm.ID] {
				t.Errorf("the record has no words of its own for %s %s", kind, tm.ID)
			}
		}
	}
	keys := append([]string{
		"other-recipients", "security", "processor-transfers", "processor-security", "controller", "processor",
		"organisation", "legal-form", "cvr", "registration", "address", "email", "phone", "contact", "website",
		"contact-person", "dpo", "representative", "joint", "controllers", "processing", "processor-subjects",
		"processor-data", "sub-processors",
	}, ActivityFields...)
	for _, k := range keys {
		if !own["label "+k] {
			t.Errorf("the field %s has no label", k)
		}
	}
}

// TestRecordProseLivesInTemplates: the Go files that write the record hold
// no words of it, and every template they name exists.
func TestRecordProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"term": true, "termOK": true, "fill": true, "Has": true}
	testkit.ProseLivesInTemplates(t, []string{"record.go", "page.go", "xlsx.go"}, lookups, texts().Names())
}
