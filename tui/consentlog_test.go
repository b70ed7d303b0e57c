package tui

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/drafts/cookiescan"
)

// The purpose that documents cookie consents is the same wherever it comes
// from (review item 7): the purpose template, which a catalogue vendor
// such as Cookiebot adds, the one 'cookies import --into' adds, and the
// examples' all rest on the business's legitimate interest in proving a
// consent (art. 7(1) puts the burden of proof on it), and say so.
func TestOneConsentLogPurpose(t *testing.T) {
	tpl := purposeTemplate(t, "samtykkelog")
	if !slices.Equal(tpl.Basis, []string{"6.1.f"}) || tpl.Interest == "" || tpl.Required == "" {
		t.Fatalf("the template: basis %v, interest %q, required %q", tpl.Basis, tpl.Interest, tpl.Required)
	}
	same := func(where string, p drafts.Purpose) {
		t.Helper()
		if !slices.Equal(p.Basis, tpl.Basis) || p.Interest != tpl.Interest || p.Law != tpl.Law || p.Required != tpl.Required {
			t.Errorf("%s: basis %v, interest %q, law %q, required %q; the template has %v, %q, %q, %q",
				where, p.Basis, p.Interest, p.Law, p.Required, tpl.Basis, tpl.Interest, tpl.Law, tpl.Required)
		}
	}
	found := false
	for _, name := range drafts.Examples() {
		for _, p := range example(t, name).Purposes {
			if p.ID == "samtykkelog" {
				found = true
				same(name, p)
			}
		}
	}
	if !found {
		t.Error("no example documents cookie consents; the test shows nothing")
	}
	// A consent tool from the catalogue.
	a := drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	// With no purpose it fits, the wizard asks which purpose Cookiebot
	// serves, and offers the one it usually serves first.
	if i := addVendor(a, catalogueIndex(t, "cookiebot")); len(a.Vendors[i].Purposes) == 0 {
		cv, _ := drafts.LookupVendor("cookiebot")
		if tp, ok := cv.PurposeTemplate(a); ok {
			addTemplate(a, tp)
		}
	}
	if _, p := purposeByID(a, "samtykkelog"); p == nil {
		t.Error("Cookiebot did not bring the consent log")
	} else {
		same("Cookiebot fra kataloget", *p)
	}
	// A scan with a consent tool's cookie.
	data, err := os.ReadFile(fixture(t, "butik.har"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := cookiescan.ImportCookies(data, "butik.har")
	if err != nil {
		t.Fatal(err)
	}
	a = drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	said := strings.Join(r.ApplyTo(a), "\n")
	if _, p := purposeByID(a, "samtykkelog"); p == nil {
		t.Error("the import did not bring the consent log")
	} else {
		same("cookies import", *p)
		if !strings.Contains(said, "(samtykkelog, legitim interesse)") {
			t.Errorf("the import says the consent log rests on something else:\n%s", said)
		}
	}
}

func purposeByID(a *drafts.Answers, id string) (int, *drafts.Purpose) {
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return i, &a.Purposes[i]
		}
	}
	return -1, nil
}

// Every purpose a catalogue vendor or an import adds says whether the data
// must be given: the user is not asked there (review item 7: the consent
// log came with »required« unset, an error at once). A purpose added from
// the picker opens with the question.
func TestAddedPurposesSayWhetherDataMustBeGiven(t *testing.T) {
	for i, cv := range drafts.Catalogue() {
		a := drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
		addVendor(a, i)
		for _, p := range a.Purposes {
			if p.Required == "" {
				t.Errorf("%s adds »%s« without required", cv.Name, p.Name)
			}
		}
	}
	for _, file := range []string{"butik.har", "cookiebot.csv"} {
		data, err := os.ReadFile(fixture(t, file))
		if err != nil {
			t.Fatal(err)
		}
		r, err := cookiescan.ImportCookies(data, file)
		if err != nil {
			t.Fatal(err)
		}
		a := drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
		r.ApplyTo(a)
		for _, p := range a.Purposes {
			if p.Required == "" {
				t.Errorf("importing %s adds »%s« without required", file, p.Name)
			}
		}
	}
	m := newTestModel(t, nil, "", 120, 40)
	for i, tpl := range drafts.PurposeTemplates() {
		goToStep(t, m, 2)
		send(t, m, keyPress("a"))
		for range i {
			send(t, m, press("down"))
		}
		send(t, m, press("enter"))
		if m.mode != modeItem {
			t.Fatalf("%s: no purpose form (mode %d)", tpl.Label, m.mode)
		}
		if p := m.a.Purposes[m.item]; p.Required == "" && m.q.fields["purposes.required"] == nil {
			t.Errorf("%s: required is neither answered nor asked", tpl.Label)
		}
		send(t, m, press("esc"))
	}
}
