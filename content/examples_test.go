package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

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
			return id == "worktime" || strings.Contains(CategoryText(a, id), "arbejdstid")
		})
	}
	seen := 0
	for name, a := range testkit.AllAnswers(t) {
		if !a.Profile().Danish || !HasGroup(a, "employees") || !slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool {
			return s.Group == "employees" && slices.Contains(s.Data, "worktime")
		}) {
			continue
		}
		seen++
		ok := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
			per, err := drafts.ParsePeriod(p.Retention.Period)
			return holdsWorkingTime(a, p) && slices.Contains(p.Subjects, "employees") &&
				p.Retention.ByLaw && strings.Contains(KeepingLaw(p), "arbejdstidsloven") &&
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
	for name, a := range testkit.AllAnswers(t) {
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

// TestPayrollNamesTheTaxCardSource: a Danish employer gets each employee's
// tax card from Skattestyrelsen (eIndkomst) to pay wages; a policy for
// employees paid through payroll says where that comes from (art.
// 14(2)(f)).
func TestPayrollNamesTheTaxCardSource(t *testing.T) {
	seen := 0
	for name, a := range testkit.AllAnswers(t) {
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
	for name, a := range testkit.AllAnswers(t) {
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

// TestChildrenFromOthersAreToldOrExempt: when data about children comes
// from someone else (a psychologist's report about a client's child), art.
// 14 requires telling the child, through whoever has custody, or an
// exception in art. 14(5); the sources section says which, and who uses
// the child's rights.
func TestChildrenFromOthersAreToldOrExempt(t *testing.T) {
	seen := 0
	for name, a := range testkit.AllAnswers(t) {
		for _, s := range a.Sources {
			child := slices.ContainsFunc(s.Subjects, func(g string) bool {
				return g == "children" || strings.HasPrefix(strings.ToLower(GroupText(a, g)), "børn")
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
