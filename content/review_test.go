package content

import (
	"slices"
	"strings"
	"testing"
)

// Tests for the points a Danish DPO found in the examples, each over every
// set of answers, so the defect cannot come back in another example.

// TestSpecialDataOneSentencePerGround: the section on sensitive data says
// each ground once, naming every purpose that uses it, instead of one
// bullet per purpose that repeats the ground word for word.
func TestSpecialDataOneSentencePerGround(t *testing.T) {
	for name, a := range everything(t) {
		seen := map[string]string{}
		for _, line := range strings.Split(sectionBody(Generate(a), "saerlige"), "\n") {
			if !strings.HasPrefix(line, "- Til ") {
				continue
			}
			_, what, ok := strings.Cut(line, " behandler ")
			if !ok {
				t.Errorf("%s: bullet without »behandler«: %s", name, line)
				continue
			}
			what, _, _ = strings.Cut(what, ".")
			if prev, dup := seen[what]; dup {
				t.Errorf("%s: the same ground twice:\n%s\n%s", name, prev, line)
			}
			seen[what] = line
		}
	}
}

// TestSoloPolicyGivesNoOneElseAccess: a one-person business cannot promise
// that only the staff who need the data see it; it has no staff, and its
// security section may say that only the owner has access.
func TestSoloPolicyGivesNoOneElseAccess(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		b.Controller.Voice = "jeg"
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		for _, bad := range []string{"giver kun andre adgang", "til de personer, der har brug for dem"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s as »jeg«: %q", name, bad)
			}
		}
	}
}

// TestChildPatientsHearWhoConsents: when children are patients of a Danish
// health professional, the children section says who consents to treatment
// and from what age (sundhedsloven § 17); for other businesses it does not.
func TestChildPatientsHearWhoConsents(t *testing.T) {
	seen := false
	for name, a := range everything(t) {
		want := false
		for _, p := range a.Purposes {
			for _, g := range p.Subjects {
				want = want || (g == "children" && slices.Contains(p.Data, "health") && p.SensitiveBasisFor("health").Basis == "9.2.h" && a.Profile().Danish)
			}
		}
		seen = seen || want
		got := strings.Contains(sectionBody(Generate(a), "boern"), "sundhedslovens § 17")
		if got != want {
			t.Errorf("%s: § 17 said %v, children treated %v", name, got, want)
		}
	}
	if !seen {
		t.Error("no example treats children")
	}
}
