package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// Tests for the points of the Danish DPO's second read of the examples,
// each over every example and every starting point, so the defect cannot
// come back in another set of answers.

// allAnswers is every example and every starting point, filled in as a
// business of that kind would. (The schema-1 fixtures are frozen inputs.)
func allAnswers(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := examples(t)
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
func purposeOf(a *drafts.Answers, id string) *drafts.Purpose {
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return &a.Purposes[i]
		}
	}
	panic("no purpose " + id)
}

// TestWorkingTimeKeptAsTheLawRequires: since 1 July 2024 an employer in
// Denmark must register employees' daily working time and keep the
// registrations for 5 years (arbejdstidsloven). Every Danish set of answers
// with working time for employees has a purpose that keeps it so long
// because the law requires it, and names that law.
func TestWorkingTimeKeptAsTheLawRequires(t *testing.T) {
	// The law requires only the daily hours, which an own category may
	// hold apart from the fuller working-time data.
	holdsWorkingTime := func(a *drafts.Answers, p drafts.Purpose) bool {
		return slices.ContainsFunc(p.Data, func(id string) bool {
			return id == "worktime" || strings.Contains(categoryText(a, id), "arbejdstid")
		})
	}
	seen := 0
	for name, a := range allAnswers(t) {
		if !a.Profile().Danish || !hasGroup(a, "employees") || !slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool {
			return s.Group == "employees" && slices.Contains(s.Data, "worktime")
		}) {
			continue
		}
		seen++
		ok := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
			per, err := drafts.ParsePeriod(p.Retention.Period)
			return holdsWorkingTime(a, p) && slices.Contains(p.Subjects, "employees") &&
				p.Retention.ByLaw && strings.Contains(keepingLaw(p), "arbejdstidsloven") &&
				err == nil && per.Days() >= 5*365
		})
		if !ok {
			t.Errorf("%s: employees' working time is not kept 5 years under arbejdstidsloven", name)
		}
	}
	if seen == 0 {
		t.Fatal("no answers have employees' working time; the test checks nothing")
	}
}

// TestKeepingForClaimsRestsOnAnInterest: data kept after the contract or
// the employment has ended, so the business can answer a claim, is no
// longer needed for the contract (art. 6(1)(b)); it rests on a legitimate
// interest the policy states, or on a law. Data kept from the end of a
// financial year for the accounts, where no law requires it, likewise.
func TestKeepingForClaimsRestsOnAnInterest(t *testing.T) {
	ended := []string{"contract_end", "employment_end", "membership_end", "case_closed", "treatment_end", "office_end", "account_closed"}
	claim := []string{"mangel", "et krav", "forsvare"}
	for name, a := range allAnswers(t) {
		for _, p := range a.Purposes {
			r := p.Retention
			if r.ByLaw || slices.Contains(p.AllBases(), "6.1.f") || slices.Contains(p.AllBases(), "6.1.c") {
				continue
			}
			why := strings.ToLower(p.Description + " " + r.Note)
			forClaims := slices.Contains(ended, r.After) && slices.ContainsFunc(claim, func(w string) bool { return strings.Contains(why, w) })
			forAccounts := r.After == "fiscal_year_end" || r.After == "fiscal_calendar_year_end"
			if forClaims || forAccounts {
				t.Errorf("%s: »%s« is kept %s on %v alone (%q)", name, p.Name, r.After, p.AllBases(), r.Note)
			}
		}
	}
}

// TestStaffConsentEndsWithTheEmployment: a consent an employee gives the
// employer (to deduct union dues, say) serves the employment; the policy
// says the data goes when the employee leaves, not only on withdrawal.
func TestStaffConsentEndsWithTheEmployment(t *testing.T) {
	for name, a := range allAnswers(t) {
		for _, p := range a.Purposes {
			if p.Retention.After != "consent_withdrawn" || len(p.Subjects) == 0 || slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "employees" }) {
				continue
			}
			if s := retentionFor(a, p); !strings.Contains(s, "stopper") && !strings.Contains(s, "ophør") {
				t.Errorf("%s: »%s« is kept until consent is withdrawn, with no end when the employment ends: %s", name, p.Name, s)
			}
		}
	}
}

// TestPayrollNamesTheTaxCardSource: a Danish employer gets each employee's
// tax card from Skattestyrelsen (eIndkomst) to pay wages; a policy for
// employees paid through payroll says where that comes from (art.
// 14(2)(f)).
func TestPayrollNamesTheTaxCardSource(t *testing.T) {
	seen := 0
	for name, a := range allAnswers(t) {
		payroll := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
			return slices.Contains(p.Subjects, "employees") && slices.Contains(p.Data, "payroll")
		})
		if !a.Profile().Danish || !payroll {
			continue
		}
		seen++
		if !slices.ContainsFunc(a.Sources, func(s drafts.Source) bool {
			return s.Name == "Skattestyrelsen" && slices.Contains(s.Subjects, "employees") && slices.Contains(s.Data, "tax_card")
		}) {
			t.Errorf("%s: employees are paid, but the tax card's source, Skattestyrelsen, is not named", name)
		}
	}
	if seen == 0 {
		t.Fatal("no answers pay employees; the test checks nothing")
	}
}

// TestPaymentDataHasRecipients: payment and invoice data is handled by a
// payment provider, an accounting system or an accountant; no example or
// starting point holds it without saying who receives it (art. 13(1)(e)).
func TestPaymentDataHasRecipients(t *testing.T) {
	for name, a := range allAnswers(t) {
		for _, p := range a.Purposes {
			if !slices.Contains(p.Data, "invoice") {
				continue
			}
			has := slices.ContainsFunc(a.ResolvedVendors(), func(v drafts.Vendor) bool { return slices.Contains(v.Purposes, p.ID) }) ||
				slices.ContainsFunc(a.Disclosures, func(d drafts.Disclosure) bool { return slices.Contains(d.Purposes, p.ID) })
			if !has {
				t.Errorf("%s: »%s« holds payment data but names no recipient", name, p.Name)
			}
		}
	}
}

// TestSummarySourcesSayWhomTheyAreAbout: with several groups of people,
// »Kort fortalt« never names a source without whom its data is about; the
// psychologist's »mine klienter« read as data about the reader from her
// other clients.
func TestSummarySourcesSayWhomTheyAreAbout(t *testing.T) {
	seen := 0
	for name, a := range allAnswers(t) {
		if len(a.Subjects) < 2 {
			continue
		}
		sum := sectionBody(Generate(a), "kort-fortalt")
		for _, s := range a.Sources {
			if len(s.Subjects) == 0 {
				continue
			}
			seen++
			src := esc(pronounLower(clean(s.Name)))
			want := src + " om " + groupName(a, s.Subjects[0])
			if hasRelativeClause(src) {
				want = src + ", om " + groupName(a, s.Subjects[0])
			}
			if !strings.Contains(sum, want) {
				t.Errorf("%s: the summary names %q without whom it is about (want %q):\n%s", name, src, want, sum)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no answers with several groups have sources; the test checks nothing")
	}
}

// TestChildrenFromOthersAreToldOrExempt: when data about children comes
// from someone else (a psychologist's report about a client's child), art.
// 14 requires telling the child, through whoever has custody, or an
// exception in art. 14(5); the sources section says which, and who uses
// the child's rights.
func TestChildrenFromOthersAreToldOrExempt(t *testing.T) {
	seen := 0
	for name, a := range allAnswers(t) {
		for _, s := range a.Sources {
			child := slices.ContainsFunc(s.Subjects, func(g string) bool {
				return g == "children" || strings.HasPrefix(strings.ToLower(groupText(a, g)), "børn")
			})
			if !child {
				continue
			}
			seen++
			note := strings.ToLower(s.Note)
			if !strings.Contains(note, "art. 14, stk. 5") && !strings.Contains(note, "besked") {
				t.Errorf("%s: data about children from %s, but the policy says neither how they are told nor which exception applies", name, s.Name)
			}
			if !strings.Contains(note, "forældremyndighed") {
				t.Errorf("%s: data about children from %s, but the policy does not say who uses their rights", name, s.Name)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no answers get data about children from others; the test checks nothing")
	}
}

// TestHealthSecrecyInTheLawsOwnWords: databeskyttelsesloven § 7, stk. 3,
// covers processing by »en person inden for sundhedssektoren, der efter
// lovgivningen er undergivet tavshedspligt«; the policy says so in those
// words, not a paraphrase.
func TestHealthSecrecyInTheLawsOwnWords(t *testing.T) {
	seen := 0
	for name, a := range allAnswers(t) {
		body := sectionBody(Generate(a), "saerlige")
		if !strings.Contains(body, "§ 7, stk. 3") {
			continue
		}
		seen++
		if !strings.Contains(body, "en person inden for sundhedssektoren, der efter lovgivningen er undergivet tavshedspligt") {
			t.Errorf("%s: § 7, stk. 3, is paraphrased:\n%s", name, body)
		}
	}
	if seen == 0 {
		t.Fatal("no answers use § 7, stk. 3; the test checks nothing")
	}
}

// TestRecordActivitiesStayInTheControllersRole: an activity in the record
// as controller (art. 30(1)) never says the controller processes the data
// on someone else's behalf, which contradicts the role (that belongs in
// the record as processor), and never points into the policy's sections,
// which the record does not have.
func TestRecordActivitiesStayInTheControllersRole(t *testing.T) {
	for name, a := range allAnswers(t) {
		for _, act := range NewRecord(a, drafts.DateOf(kindsNow)).Activities {
			for _, label := range []string{LabelPurpose, LabelErasure} {
				text := strings.Join(act.Get(label).Lines, " ")
				// A vendor acting »på den dataansvarliges vegne« is right.
				text = strings.ReplaceAll(text, "på den dataansvarliges vegne", "")
				for _, bad := range []string{"vegne", "se afsnittet", "se »"} {
					if strings.Contains(text, bad) {
						t.Errorf("%s: »%s«, %s, says %q: %s", name, act.Name, label, bad, text)
					}
				}
			}
		}
	}
}

// TestRecordSmallWords: every activity has a row for recipients (»Ingen«
// when there are none, as for transfers); »efter at« before a clause, as
// the policy writes; a recipient named as a common noun in lower case
// inside the sentence; art. 9(2)(g) in its own plural.
func TestRecordSmallWords(t *testing.T) {
	for name, a := range allAnswers(t) {
		rec := NewRecord(a, drafts.DateOf(kindsNow))
		md := string(rec.Markdown())
		for _, bad := range []string{"efter kontoen er", "efter sagen er", "andre modtagere: Den ", "andre modtagere: Kommunen", "dataansvarlig: Revisor", "dataansvarlig: Fragtfirma", "væsentlig samfundsinteresse "} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: the record says %q", name, bad)
			}
		}
		for _, act := range rec.Activities {
			if len(act.Get(LabelRecipients).Lines) == 0 {
				t.Errorf("%s: »%s« has no row for recipients (litra d)", name, act.Name)
			}
		}
		for _, f := range rec.Controller {
			if f.Label == "Virksomhedsform" && f.Lines[0] != upperFirst(f.Lines[0]) {
				t.Errorf("%s: %s | %s", name, f.Label, f.Lines[0])
			}
		}
	}
}
