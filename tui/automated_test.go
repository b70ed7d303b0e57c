package tui

import (
	"slices"
	"testing"
	"time"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// What check asks for about automated decisions and profiling can be
// answered in the wizard: the art. 22(2) exception when decisions are
// automated, and the profiling answer with its description.
func TestAutomatedAndProfilingAreAsked(t *testing.T) {
	a := example(t, "nordlys-keramik")
	a.Automated = drafts.Automated{Used: true, Description: "Vi afgør automatisk, om du kan købe på kredit.", Logic: "Et opslag i RKI.", Consequences: "Får du afslag, kan du betale forud."}
	var asked []string
	for _, f := range check.Check(a, time.Now()) {
		if f.Path == "automated.exception" || f.Path == "automated.profiling" {
			asked = append(asked, f.Path)
		}
	}
	if len(asked) != 2 {
		t.Fatalf("check should ask for the exception and the profiling answer, got %v", asked)
	}
	m := newTestModel(t, a, "", 120, 40)
	q := specialForm(m)
	for _, k := range asked {
		fs := q.fields[k]
		if fs == nil {
			t.Fatalf("the wizard has no question for %s", k)
		}
		if !slices.ContainsFunc(fs.opts, func(o huh.Option[string]) bool { return o.Value != "" }) {
			t.Errorf("%s has no answers to choose", k)
		}
	}
	a.Automated.Profiling = "marketing"
	if q := specialForm(m); q.fields["automated.profiling_description"] == nil {
		t.Errorf("profiling for marketing: no question for its description")
	}
}
