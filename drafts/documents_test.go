package drafts

import (
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
