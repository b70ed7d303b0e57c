package tui

import (
	"slices"
	"testing"

	"github.com/privatliv/privatliv/content/policy"
)

// TestStepSectionsExist: every step, list and field that points the
// preview at a section names one the generator has; a renamed section id
// would otherwise leave the preview where it was without a word.
func TestStepSectionsExist(t *testing.T) {
	ids := policy.SectionIDs()
	check := func(where, id string) {
		if id != "" && !slices.Contains(ids, id) {
			t.Errorf("%s: section %q is not one of policy.SectionIDs() %v", where, id, ids)
		}
	}
	for _, s := range steps {
		check("step "+s.id, s.section)
		for field, id := range s.sections {
			check("step "+s.id+" field "+field, id)
		}
		for _, c := range s.colls {
			check("step "+s.id+" list "+c.title, c.section)
		}
	}
	check("cookie import", importColl.section)
}
