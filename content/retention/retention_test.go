package retention

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestGolden keeps every example's deletion schedule, in Markdown and
// HTML, so every change to it is seen.
func TestGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		s := New(a, testkit.RecordDay)
		testkit.CheckGolden(t, name+".md", s.Markdown())
		h, err := s.HTML()
		if err != nil {
			t.Fatal(err)
		}
		testkit.CheckGolden(t, name+".html", h)
	}
}

// TestEveryPurposeAndCategoryIsInTheSchedule: in every example and
// starting point, every purpose has a row in the overview and a section
// with how long and why, and every category a purpose uses is in the
// table of categories with the time limit of each purpose that uses it.
func TestEveryPurposeAndCategoryIsInTheSchedule(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		s := New(a, testkit.RecordDay)
		md := string(s.Markdown())
		for _, p := range a.Purposes {
			n := content.Esc(PurposeName(p))
			if !strings.Contains(md, "| "+n+" | ") || !strings.Contains(md, "Formål: "+n+"\n") {
				t.Errorf("%s: purpose %s has no row or section", name, p.Name)
			}
			for _, d := range p.Data {
				i := slices.IndexFunc(s.Categories, func(c Category) bool { return c.ID == d })
				if i < 0 || !slices.Contains(s.Categories[i].Purposes, p.ID) {
					t.Errorf("%s: %s of %s is not among the categories", name, d, p.ID)
				}
			}
		}
		for _, c := range s.Categories {
			row := "| " + content.UpperFirst(s.category(c.ID)) + " | "
			line := ""
			for _, l := range strings.Split(md, "\n") {
				if strings.HasPrefix(l, row) {
					line = l
				}
			}
			if line == "" {
				t.Errorf("%s: category %s has no row", name, c.ID)
				continue
			}
			for _, id := range c.Purposes {
				if p := s.purpose(id); p != nil && !strings.Contains(line, quoted(*p)+": ") {
					t.Errorf("%s: category %s does not name %s", name, c.ID, p.Name)
				}
			}
		}
	}
}

// TestWhyAndWhoAreFromTheAnswers: a period the law requires names the
// law, or is missing it; who deletes and how are missing until answered
// and then said in the answers' words; a purpose on consent counts from no
// event and says that withdrawing it erases the data.
func TestWhyAndWhoAreFromTheAnswers(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["bjerre-toemrer"])
	md := string(New(a, testkit.RecordDay).Markdown())
	for _, want := range []string{
		"| Hvorfor så længe | Bogføringsloven kræver, at oplysningerne gemmes så længe |",
		"| Hvorfor så længe | Arbejdstidsloven § 4 b kræver",
		"| Træk af fagforeningskontingent | Indtil samtykket trækkes tilbage, dog senest ved ansættelsens ophør | Ansættelsens ophør | Ikke fastlagt |",
		"Trækker personen sit samtykke tilbage, sletter vi oplysningerne",
		"- **Hvem der sletter** for alle formål.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("bjerre's schedule lacks %q", want)
		}
	}
	p := testkit.PurposeOf(a, "bogfoering")
	p.Retention.Responsible = "Lise Bjerre"
	p.Retention.Method = "sletter bilagene i e-conomic hver januar"
	q := testkit.PurposeOf(a, "arbejdstid")
	q.Retention.Law = ""
	s := New(a, testkit.RecordDay)
	md = string(s.Markdown())
	for _, want := range []string{"| Hvem sletter | Lise Bjerre |", "| Sådan slettes de | Sletter bilagene i e-conomic hver januar |", "Hvilken lov der kræver opbevaringen** for »Registrering af arbejdstid«"} {
		if !strings.Contains(md, want) {
			t.Errorf("the planted answers: the schedule lacks %q", want)
		}
	}
	if strings.Contains(md, "for alle formål") {
		t.Error("who deletes is missing for all purposes, though one has it")
	}
	for _, r := range s.Rows {
		if r.Purpose.ID == "bogfoering" && (slices.Contains(r.Missing, "responsible") || slices.Contains(r.Missing, "method")) {
			t.Errorf("answered, but missing: %v", r.Missing)
		}
	}
}

// TestProseLivesInTemplates: the Go files that write the schedule hold no
// sentences of it, and every template they name exists.
func TestProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"term": true, "termOK": true, "fill": true, "has": true}
	testkit.ProseLivesInTemplates(t, []string{"retention.go", "page.go"}, lookups, textSets[0]().Names())
}

// TestEveryEventHasItsWords: every event a period can count from reads
// as its own phrase, except consent, which counts from none.
func TestEveryEventHasItsWords(t *testing.T) {
	for _, v := range textSets {
		ts := v()
		for _, e := range append(slices.Clone(drafts.RetentionEvents), drafts.Term{ID: "volunteering_end"}) {
			if e.ID != "consent_withdrawn" && !ts.Has("from "+e.ID) {
				t.Errorf("no words for what %s counts from", e.ID)
			}
		}
		for _, r := range drafts.Roles {
			if !ts.Has("role " + r.ID) {
				t.Errorf("no words for the role %s", r.ID)
			}
		}
	}
}

// TestRequestGoesToTheCompany: a request for erasure of what a joint or
// independent controller got goes to the company, not its product: the
// Meta Pixel row names Meta Platforms Ireland Ltd (adviser N-S1). A
// vendor with no known entity is still named, by its name.
func TestRequestGoesToTheCompany(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		s := New(a, testkit.RecordDay)
		for _, v := range a.ResolvedVendors() {
			for _, id := range v.Purposes {
				role := v.RoleFor(id)
				if role != "joint" && role != "controller" {
					continue
				}
				p := s.purpose(id)
				if p == nil {
					continue
				}
				got := s.request(*p)
				want := s.vendorName(v)
				if content.Known(v.Entity) {
					want = content.Esc(content.Clean(v.Entity))
				}
				if !strings.Contains(strings.ToLower(got), strings.ToLower(want)) {
					t.Errorf("%s: the request for %s does not name %q: %s", name, id, want, got)
				}
				if content.Known(v.Entity) && strings.Contains(got, "videre til "+s.vendorName(v)+" ") && !strings.HasPrefix(want, s.vendorName(v)) {
					t.Errorf("%s: the request for %s goes to the product %q: %s", name, id, s.vendorName(v), got)
				}
			}
		}
	}
	// The planted case and its look-alike.
	a := testkit.Examples(t)["nordlys-keramik"]
	s := New(a, testkit.RecordDay)
	got := s.request(*s.purpose("annoncer"))
	if !strings.Contains(got, "videre til Meta Platforms Ireland Ltd") || strings.Contains(got, "videre til Meta Pixel") {
		t.Errorf("the Meta request: %s", got)
	}
	v := drafts.Vendor{Name: "Lokal Annoncør", Role: "joint", Purposes: []string{"annoncer"}}
	if got := s.fill("request joint", s.company(v)); !strings.Contains(got, "videre til Lokal Annoncør efter") {
		t.Errorf("a vendor with no entity: %s", got)
	}
}

// requestRow is the »Hvis personen beder om sletning« row of the purpose
// named name in the schedule's Markdown.
func requestRow(md, name string) string {
	i := strings.Index(md, "Formål: "+name)
	if i < 0 {
		return ""
	}
	rest := md[i:]
	j := strings.Index(rest, "| Hvis personen beder om sletning |")
	if j < 0 {
		return ""
	}
	line, _, _ := strings.Cut(rest[j:], "\n")
	return line
}

// TestConsentLogKeepsTheProof: the log of cookie choices is the proof of
// consent (art. 7(1)); a withdrawal is added to it, and a request for
// erasure does not remove it (art. 17(3)(e), 21(1)) — it is not told the
// consent cookies' text (docs-adviser-internal-2, R1). The look-alike:
// the statistics cookies on consent keep theirs.
func TestConsentLogKeepsTheProof(t *testing.T) {
	md := string(New(testkit.Examples(t)["helle-falsberg"], testkit.RecordDay).Markdown())
	log := requestRow(md, "Dokumentation af cookievalg")
	if !strings.Contains(log, "registreres i loggen") || strings.Contains(log, "sætter og læser") {
		t.Errorf("the consent log's request row: %q", log)
	}
	if stats := requestRow(md, "Besøgsstatistik"); !strings.Contains(stats, "sætter og læser vi ikke flere af cookierne") {
		t.Errorf("the statistics cookies' request row: %q", stats)
	}
}

// TestCookieIDOnlyWithoutAnotherController: »knyttet til en cookie, ikke
// til et navn« is not said of what a joint controller gets (Meta can tie
// it to an account; docs-adviser-internal-2, N-S1); it is of what only
// the business's processor holds.
func TestCookieIDOnlyWithoutAnotherController(t *testing.T) {
	md := string(New(testkit.Examples(t)["nordlys-keramik"], testkit.RecordDay).Markdown())
	if ads := requestRow(md, "Annoncer på Facebook og Instagram"); ads == "" || strings.Contains(ads, "ikke til et navn") {
		t.Errorf("Meta's row: %q", ads)
	}
	if stats := requestRow(md, "Besøgsstatistik"); !strings.Contains(stats, "ikke til et navn") {
		t.Errorf("the statistics row: %q", stats)
	}
}
