package content

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// Tests for the points of the Danish DPO's second read of the examples,
// each over every example and every starting point, so the defect cannot
// come back in another set of answers.

// allAnswers is every example, every schema-1 fixture and every starting
// point, filled in as a business of that kind would.
func allAnswers(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := everything(t)
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		withIdentity(a)
		businessAnswers[k.ID].fill(a)
		out["kind/"+k.ID] = a
	}
	return out
}

// lawParts splits a law answer into the laws it names: "ferieloven,
// skatteindberetningsloven og bogføringsloven" into three.
func lawParts(law string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(clean(law), " og ", ","), func(r rune) bool { return r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// TestKeptRecordsNameTheKeepingLaw: the rights section says which data is
// not deleted on request because a law requires it kept, and names the law
// that requires the keeping, never a law that only requires the processing
// (barnets lov § 133 requires a report, not that it is kept). The record's
// time limit for erasure names the same law.
func TestKeptRecordsNameTheKeepingLaw(t *testing.T) {
	kept := 0
	for name, a := range allAnswers(t) {
		rights := sectionBody(Generate(a), "rettigheder")
		var erasure string
		rec := NewRecord(a, drafts.DateOf(kindsNow))
		for _, p := range a.Purposes {
			if !p.Retention.ByLaw {
				continue
			}
			kept++
			law := keepingLaw(p)
			q := quoted(p.Name)
			switch {
			case law != "" && !strings.Contains(rights, q+" ("+esc(law)+")"):
				t.Errorf("%s: »Sletning« does not name %q as the law that keeps %s:\n%s", name, law, q, rights)
			case law == "" && strings.Contains(rights, q+" ("):
				t.Errorf("%s: »Sletning« names a law for %s, but the answers name none that requires the keeping:\n%s", name, q, rights)
			}
			for _, part := range lawParts(p.Law) {
				if !strings.Contains(law, part) && strings.Contains(rights, q+" ("+esc(part)) {
					t.Errorf("%s: »Sletning« names %q, which requires the processing, as the law that keeps %s", name, part, q)
				}
			}
			for _, act := range rec.Activities {
				if act.ID == p.ID {
					erasure = strings.Join(act.Get(LabelErasure).Lines, " ")
				}
			}
			if law != "" && !strings.Contains(erasure, "krævet efter "+law) {
				t.Errorf("%s: the record's time limit for %s does not name %q: %s", name, q, law, erasure)
			}
			if law == "" && !strings.Contains(erasure, "krævet ved lov") {
				t.Errorf("%s: the record's time limit for %s names a law the answers do not give: %s", name, q, erasure)
			}
		}
	}
	if kept == 0 {
		t.Fatal("no answers keep data because the law requires it; the test checks nothing")
	}
}

// purposeOf is the purpose with the id, so a planted change does not
// depend on where in the file the purpose stands.
func purposeOf(t testing.TB, a *drafts.Answers, id string) *drafts.Purpose {
	t.Helper()
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return &a.Purposes[i]
		}
	}
	t.Fatalf("no purpose %q", id)
	return nil
}
