package processors

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestGolden keeps every example's overview, in Markdown and HTML, so
// every change to it is seen.
func TestGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		o := New(a, testkit.RecordDay)
		testkit.CheckGolden(t, name+".md", o.Markdown())
		h, err := o.HTML()
		if err != nil {
			t.Fatal(err)
		}
		testkit.CheckGolden(t, name+".html", h)
	}
}

// processorRole reports whether the business uses v as a processor: for
// some purpose, as its main role, or for its own customers.
func processorRole(a *drafts.Answers, v drafts.Vendor) bool {
	if v.Role == "processor" && len(v.Purposes) == 0 {
		return true
	}
	for _, id := range v.Purposes {
		if v.RoleFor(id) == "processor" {
			return true
		}
	}
	return a.Processor.Acts && slices.ContainsFunc(a.Processor.Vendors, func(id string) bool { return id != "" && (id == v.Catalog || id == v.Name) })
}

// TestEveryProcessorIsInTheOverview: in every example and starting
// point, every vendor with a processor role, and every sub-processor, has
// its own section with its entity, country and agreement; every other
// vendor is among the other recipients; and nobody is in both.
func TestEveryProcessorIsInTheOverview(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		o := New(a, testkit.RecordDay)
		md := string(o.Markdown())
		for i, v := range a.ResolvedVendors() {
			inProc := slices.ContainsFunc(o.Processors, func(e Entry) bool { return e.Index == i })
			inOther := slices.ContainsFunc(o.Others, func(e Entry) bool { return e.Index == i })
			n := content.Esc(content.VendorName(v))
			switch {
			case inProc == inOther:
				t.Errorf("%s: %s is in processors %v and others %v", name, n, inProc, inOther)
			case processorRole(a, v) != inProc:
				t.Errorf("%s: %s: processor role %v, listed as processor %v", name, n, processorRole(a, v), inProc)
			case inProc && !strings.Contains(md, "| "+n+" | ") || inProc && !strings.Contains(md, ". "+n+"\n"):
				t.Errorf("%s: processor %s has no row or section:\n%s", name, n, md)
			case inOther && !strings.Contains(md, "| "+n+" | "):
				t.Errorf("%s: recipient %s is not among the others", name, n)
			}
		}
	}
}

// TestTransferAssessment: standard contractual clauses to a country
// without an adequacy decision need an assessment, which is missing until
// its date is answered; the look-alikes, the Data Privacy Framework and
// clauses to an adequate country, need none.
// A DPF transfer needs no assessment only while the recipient is on the
// list, and the row says to check it by name (adviser K-O2, N-O3).
func TestTransferAssessment(t *testing.T) {
	base := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	pid := base.Purposes[0].ID
	for _, c := range []struct {
		v      drafts.Vendor
		need   bool
		phrase string
		not    string // what the overview must not say of it
	}{
		{drafts.Vendor{Name: "Amerikansk CRM", Role: "processor", Service: "kundekartotek", Purposes: []string{pid}, Country: "US", Transfer: "scc", TransferTo: "CRM Inc", Entity: "CRM Inc", EntityCountry: "US"}, true, "Er CRM Inc certificeret (tjek listen på dataprivacyframework.gov)", ""},
		{drafts.Vendor{Name: "Indisk support", Role: "processor", Service: "support", Purposes: []string{pid}, Country: "DK", Transfer: "none", RemoteAccess: "scc", RemoteCountries: []string{"IN"}, Entity: "Support ApS", EntityCountry: "DK"}, true, "Nødvendig for Indien", ""},
		{drafts.Vendor{Name: "Support uden lande", Role: "processor", Service: "support", Purposes: []string{pid}, Country: "DK", Transfer: "none", RemoteAccess: "bcr", Entity: "Support ApS", EntityCountry: "DK"}, true, "lande, der ikke er noteret", ""},
		{drafts.Vendor{Name: "Certificeret CRM", Role: "processor", Service: "kundekartotek", Purposes: []string{pid}, Country: "US", Transfer: "dpf", TransferTo: "CRM Inc", Entity: "CRM Ltd", EntityCountry: "IE"}, false, "Ikke nødvendig, så længe CRM Inc er certificeret under Data Privacy Framework", "Ikke nødvendig: overførslen"},
		{drafts.Vendor{Name: "Britisk CRM", Role: "processor", Service: "kundekartotek", Purposes: []string{pid}, Country: "GB", Transfer: "scc", Entity: "CRM Ltd", EntityCountry: "GB"}, false, "Ikke nødvendig", "så længe CRM Ltd er certificeret"},
	} {
		a := testkit.Clone(t, base)
		a.Vendors = append(a.Vendors, c.v)
		if ps := drafts.Validate(a); len(ps) > 0 {
			t.Fatalf("%s: %v", c.v.Name, ps)
		}
		o := New(a, testkit.RecordDay)
		e := o.Processors[slices.IndexFunc(o.Processors, func(e Entry) bool { return e.Index == len(a.Vendors)-1 })]
		if e.NeedsAssessment() != c.need || slices.Contains(e.Missing, "transfer_assessed") != c.need {
			t.Errorf("%s: needs assessment %v, missing %v; want %v", c.v.Name, e.NeedsAssessment(), e.Missing, c.need)
		}
		if md := string(o.Markdown()); !strings.Contains(md, c.phrase) {
			t.Errorf("%s: the overview does not say %q", c.v.Name, c.phrase)
		} else if c.not != "" && strings.Contains(o.assessment(e), c.not) {
			t.Errorf("%s: the assessment says %q: %s", c.v.Name, c.not, o.assessment(e))
		}
		if !c.need {
			continue
		}
		a.Vendors[len(a.Vendors)-1].TransferAssessed = drafts.Date{Year: 2025, Month: 5, Day: 1}
		o = New(a, testkit.RecordDay)
		e = o.Processors[slices.IndexFunc(o.Processors, func(e Entry) bool { return e.Index == len(a.Vendors)-1 })]
		if slices.Contains(e.Missing, "transfer_assessed") || !strings.Contains(string(o.Markdown()), "Vurderingen er lavet 1. maj 2025.") {
			t.Errorf("%s: an answered assessment is still missing", c.v.Name)
		}
	}
}

// TestAgreementIsMissingUntilAnswered: a processor's agreement is missing
// until its date and place are answered; an independent controller needs
// none; a catalogue vendor whose entity the catalogue does not know is
// missing its entity. None of this is an error for the policy.
func TestAgreementIsMissingUntilAnswered(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["tidsflow"])
	o := New(a, testkit.RecordDay)
	if len(o.Processors) == 0 {
		t.Fatal("tidsflow has no processors")
	}
	for _, e := range o.Processors {
		if !slices.Contains(e.Missing, "agreement_signed") || !slices.Contains(e.Missing, "agreement_kept") {
			t.Errorf("%s: missing %v", e.Vendor.Name, e.Missing)
		}
	}
	for i := range a.Vendors {
		a.Vendors[i].AgreementSigned = drafts.Date{Year: 2025, Month: 1, Day: 15}
		a.Vendors[i].AgreementKept = "i mappen Aftaler"
	}
	o = New(a, testkit.RecordDay)
	md := string(o.Markdown())
	for _, e := range o.Processors {
		if slices.Contains(e.Missing, "agreement_signed") || slices.Contains(e.Missing, "agreement_kept") {
			t.Errorf("%s: answered, but missing %v", e.Vendor.Name, e.Missing)
		}
	}
	if !strings.Contains(md, "Indgået 15. januar 2025; opbevares i mappen Aftaler") {
		t.Error("the answered agreement is not shown")
	}
	for _, e := range o.Others {
		if len(e.Joint) == 0 && e.Vendor.JointFor == "" && slices.Contains(e.Missing, "agreement_signed") {
			t.Errorf("%s is an independent controller, but its agreement is missing", e.Vendor.Name)
		}
	}
	b := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	b.Vendors = append(b.Vendors, drafts.Vendor{Catalog: "wix", Role: "processor", Country: "IE", Transfer: "none", Purposes: []string{b.Purposes[0].ID}})
	o = New(b, testkit.RecordDay)
	if e := o.Processors[len(o.Processors)-1]; !slices.Contains(e.Missing, "entity") {
		t.Errorf("wix: entity not missing: %v", e.Missing)
	}
}

// TestProseLivesInTemplates: the Go files that write the overview hold
// no sentences of it, and every template they name exists.
func TestProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"term": true, "termOK": true, "fill": true}
	testkit.ProseLivesInTemplates(t, []string{"processors.go", "page.go"}, lookups, textSets[0]().Names())
}

// TestEveryIDHasItsTerm: every transfer ground has its safeguard's words,
// and every ground an assessment can be needed for its name.
func TestEveryIDHasItsTerm(t *testing.T) {
	for _, v := range textSets {
		ts := v()
		for _, tr := range drafts.Transfers {
			if tr.ID != "none" && !ts.Has("safeguard "+tr.ID) {
				t.Errorf("no safeguard %s", tr.ID)
			}
		}
		for _, b := range []string{"scc", "bcr"} {
			if !ts.Has("basis-name " + b) {
				t.Errorf("no basis-name %s", b)
			}
		}
	}
}
