package check

import (
	"fmt"
	"slices"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// consentNotFree: consent must be freely given (art. 4(11), art. 7(4)).
//
// Consent as the art. 6 basis (litra a) for data one must give to get the
// contract, or that the law demands, is not free: the contract or the law
// is the basis (litra b or c). Explicit consent that lifts a ban (art.
// 9(2)(a) for sensitive data, § 8 or § 11 of databeskyttelsesloven) is
// another matter when the art. 6 basis is the contract: a patient
// association's membership is itself health data, and explicit consent is
// how the association may hold it; the data is needed for the contract,
// which art. 7(4) allows. Not so between employer and employee or job
// applicant, where consent is rarely free (recital 43): there, and where
// the law demands the data, the law's own exception is the ground. The
// suggestion names the ground that fits the data, never § 8 for health
// data.
func (c *checker) consentNotFree(i int, p drafts.Purpose) {
	if c.errorsOnly || (p.Required != "contract" && p.Required != "law") {
		return
	}
	a := c.a
	name := content.OrDefault(p.Name, p.ID)
	at := purposePath(i) + ".required"
	const ref = "art. 4(11) og art. 7(4)"
	if hasBasis(p, "6.1.a") || slices6a(p) {
		if p.Required == "contract" {
			c.add(SeverityWarning, at, ref, fmt.Sprintf("formålet »%s« bygger på samtykke, men man skal give oplysningerne for at få aftalen", name),
				"Er oplysningerne nødvendige for aftalen, er aftalen grundlaget: vælg art. 6, stk. 1, litra b, i stedet for samtykke. Ellers lad dem være frivillige (required = \"voluntary\").",
				fmt.Sprintf("Er oplysningerne nødvendige for aftalen, er aftalen grundlaget: vælg %s i stedet for samtykke. Ellers vælg, at de er %s.", choice(drafts.LegalBases, "6.1.b"), choice(drafts.Requirements, "voluntary")))
		} else {
			c.add(SeverityWarning, at, ref, fmt.Sprintf("formålet »%s« bygger på samtykke, men loven kræver oplysningerne", name),
				"Kræver loven oplysningerne, er grundlaget retlig forpligtelse: vælg art. 6, stk. 1, litra c, og skriv loven i law.",
				fmt.Sprintf("Kræver loven oplysningerne, er grundlaget retlig forpligtelse: vælg %s i stedet for samtykke, og skriv loven. Kræver loven dem ikke, så vælg, at de er %s.", choice(drafts.LegalBases, "6.1.c"), choice(drafts.Requirements, "voluntary")))
		}
		return
	}
	staff := slices.ContainsFunc(p.Subjects, func(g string) bool { return g == "employees" || g == "applicants" })
	if p.Required != "law" && !staff {
		return // explicit consent beside the contract: art. 7(4) allows data the contract needs
	}
	cats := content.ExplicitConsent(a, p)
	if len(cats) == 0 {
		return
	}
	var hints []string
	if hasKindOnConsent(a, p, drafts.KindSpecial) {
		if staff {
			hints = append(hints, "for følsomme oplysninger art. 9, stk. 2, litra b, med databeskyttelseslovens § 12")
		} else {
			hints = append(hints, "for følsomme oplysninger den undtagelse, loven giver (art. 9, stk. 2, litra b, g eller h)")
		}
	}
	if hasKindOnConsent(a, p, drafts.KindCPR) {
		hints = append(hints, "for CPR-nummer § 11, stk. 2, nr. 1 (det følger af lovgivningen)")
	}
	if hasKindOnConsent(a, p, drafts.KindCriminal) {
		hints = append(hints, "for strafbare forhold § 8, stk. 3, 2. pkt., eller stk. 5")
	}
	why := "loven kræver oplysningerne"
	if p.Required != "law" {
		why = "man skal give oplysningerne for at blive ansat, og et samtykke over for en arbejdsgiver er sjældent frivilligt"
	}
	c.add(SeverityWarning, at, ref, fmt.Sprintf("formålet »%s« bygger på samtykke for %s, men %s", name, content.JoinAnd(cats), why),
		"Vælg "+content.JoinAnd(hints)+".")
}

// slices6a reports whether any group of p rests on consent (art. 6(1)(a)).
func slices6a(p drafts.Purpose) bool {
	for _, gb := range p.ByGroup {
		for _, b := range gb.Basis {
			if b == "6.1.a" {
				return true
			}
		}
	}
	return false
}

// hasKindOnConsent reports whether p has a category of kind that rests on
// explicit consent.
func hasKindOnConsent(a *drafts.Answers, p drafts.Purpose, kind string) bool {
	for _, id := range p.Data {
		if content.CategoryKind(a, id) != kind {
			continue
		}
		switch kind {
		case drafts.KindSpecial:
			if p.SensitiveBasisFor(id).Basis == "9.2.a" {
				return true
			}
		case drafts.KindCPR:
			if p.CPRBasis == "11.2.2" {
				return true
			}
		case drafts.KindCriminal:
			if p.CriminalBasis == "8.3.1" {
				return true
			}
		}
	}
	return false
}
