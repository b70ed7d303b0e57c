package content

import (
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
