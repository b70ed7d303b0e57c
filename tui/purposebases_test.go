package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// A purpose for customers and contact persons at business customers asks
// for the contact persons' own basis, and the answer lands in by_group.
func TestWizardAsksBasisPerGroup(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	a := example(t, "helle-falsberg")
	i := slices.IndexFunc(a.Purposes, func(p drafts.Purpose) bool { return len(p.ByGroup) > 0 })
	if i < 0 {
		t.Fatal("helle has no purpose with a basis per group")
	}
	a.Purposes[i].ByGroup = nil
	m := newTestModel(t, a, "", 120, 40)
	openPurpose(t, m, i)
	key := "purposes.by_group.business_customers.basis"
	m.focusField(key)
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != key {
		t.Fatalf("no question about the contact persons' basis")
	}
	// Legitim interesse is the sixth option.
	for range 5 {
		send(t, m, press("down"))
	}
	send(t, m, keyPress("x"))
	send(t, m, press("enter"))
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != "purposes.by_group.business_customers.interest" {
		t.Fatalf("no question about the legitimate interest after choosing it")
	}
	typeText(t, m, "at kunne levere til den virksomhed, du arbejder for")
	send(t, m, press("enter"))
	got := m.a.Purposes[i].ByGroup
	if len(got) != 1 || got[0].Group != "business_customers" || !slices.Equal(got[0].Basis, []string{"6.1.f"}) ||
		!strings.HasPrefix(got[0].Interest, "at kunne levere") {
		t.Fatalf("by_group after answering: %+v", got)
	}
	_, texts := sectionText(policy.Generate(m.a))
	if !strings.Contains(strings.Join(texts, "\n"), "kunne levere til den virksomhed") {
		t.Error("the preview's text does not follow")
	}
}

// A sensitive category in a purpose asks for its own art. 9 exception.
func TestWizardAsksSensitiveBasisPerCategory(t *testing.T) {
	a := example(t, "bjerre-toemrer")
	i := slices.IndexFunc(a.Purposes, func(p drafts.Purpose) bool { return len(p.Sensitive) > 0 })
	if i < 0 {
		t.Fatal("the carpenter has no purpose with sensitive data")
	}
	id := a.Purposes[i].Sensitive[0].Data
	a.Purposes[i].Sensitive = a.Purposes[i].Sensitive[1:]
	if len(a.Purposes[i].Sensitive) == 0 {
		a.Purposes[i].Sensitive = nil
	}
	m := newTestModel(t, a, "", 120, 40)
	openPurpose(t, m, i)
	key := "purposes.sensitive." + id + ".basis"
	m.focusField(key)
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != key {
		t.Fatalf("no question about the exception for %s", id)
	}
	send(t, m, press("down"), press("down")) // past "Ikke besvaret" to the second exception
	send(t, m, press("enter"))
	sb := m.a.Purposes[i].SensitiveBasisFor(id)
	if sb.Basis != drafts.SpecialBases[1].ID {
		t.Fatalf("exception for %s after answering: %+v", id, sb)
	}
}
