package tui

import "testing"

// The law that requires data kept is asked only for a purpose whose data
// the law requires kept (by_law, which is asked only on a legal
// obligation), and an answer lands in retention.law.
func TestWizardAsksKeepingLawOnlyWhenKeptByLaw(t *testing.T) {
	a := example(t, "psykolog-anna-kjaer")
	m := newTestModel(t, a, "", 120, 40)
	asked := func(i int) bool {
		q := purposeForm(m, i)
		for g, s := range q.specs {
			for _, f := range s.fields {
				if f.key == "purposes.retention.law" {
					return !q.isHidden(q.groups[g])
				}
			}
		}
		return false
	}
	for i, p := range m.a.Purposes {
		if got, want := asked(i), p.Retention.ByLaw; got != want {
			t.Errorf("%s (by_law %v): retention.law asked: %v", p.ID, want, got)
		}
	}
	i := 3 // bogfoering: kept by law, the keeping law not yet named
	if p := m.a.Purposes[i]; p.ID != "bogfoering" || !p.Retention.ByLaw || p.Retention.Law != "" {
		t.Fatalf("the example changed: %+v", p.Retention)
	}
	openPurpose(t, m, i)
	m.focusField("purposes.retention.law")
	fill(t, m, "purposes.retention.law", "bogføringsloven")
	if got := m.a.Purposes[i].Retention; got.Law != "bogføringsloven" {
		t.Fatalf("retention after answering: %+v", got)
	}
	m.a.Purposes[i].Retention.ByLaw = false
	if asked(i) {
		t.Error("retention.law is asked although the law does not require the data kept")
	}
}
