package check

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func init() {
	register("børneattest without the order that requires it", true, (*checker).childCertificateLaw)
	register("hvidvaskloven without business clients' owners", true, (*checker).moneyLaunderingOwners)
	register("psychologists' old terms", true, (*checker).psychologistTerms)
	register("audit for a sole trader", true, (*checker).soleTraderAudit)
}

// childCertificateLawRE finds the børneattest law named as a purpose's law.
var childCertificateLawRE = lazyRE(`(?i)børneattest`)

// childCertificateLaw: børneattestloven itself obliges no one; it lets each
// ministry decide by order (bekendtgørelse) who must get a børneattest
// (lov om indhentelse af børneattest § 2). The Health Ministry's order
// covers a few posts (school health services, children's wards, practising
// child psychiatrists, paediatricians and psychologists), not every
// clinic with young patients; a physiotherapist's duty may come from its
// practice agreement instead, which is no law. So »jf. børneattestloven«
// alone does not show a legal obligation (art. 6(1)(c) and 6(3)): the
// business must name the order that covers it, or choose another basis.
func (c *checker) childCertificateLaw() {
	for i, p := range c.a.Purposes {
		if !slices.Contains(p.AllBases(), "6.1.c") || !childCertificateLawRE.MatchString(p.Law) {
			continue
		}
		if l := strings.ToLower(p.Law); strings.Contains(l, "bekendtgørelse") || strings.Contains(l, "bek.") {
			continue
		}
		c.add(SeverityWarning, purposePath(i)+".law", "art. 6(1)(c) og 6(3)", fmt.Sprintf("formålet »%s« bygger på en retlig forpligtelse efter børneattestloven, men den pålægger kun pligt, hvor en bekendtgørelse for området kræver attesten", content.OrDefault(p.Name, p.ID)),
			"Skriv den bekendtgørelse, der kræver børneattesten hos jer, i law (fx for dagtilbud, skoler eller visse stillinger i sundhedsvæsenet). Kræver en overenskomst eller jeres egen beslutning den, er grundlaget legitim interesse (litra f), ikke retlig forpligtelse.",
			"Skriv den bekendtgørelse, der kræver børneattesten hos jer, som loven (fx for dagtilbud, skoler eller visse stillinger i sundhedsvæsenet). Kræver en overenskomst eller jeres egen beslutning den, er grundlaget legitim interesse (litra f), ikke retlig forpligtelse.")
	}
}

// moneyLaunderingRE finds the Danish anti-money-laundering act.
var moneyLaunderingRE = lazyRE(`(?i)hvidvask`)

// moneyLaunderingOwners: hvidvaskloven's customer due diligence covers a
// business client's beneficial owners too (their identity, § 11, stk. 1,
// nr. 3, and whether they are politically exposed, § 18), data the
// business gets from the client or the register of beneficial owners
// rather than from the people themselves (art. 14). A
// purpose under the act that covers private clients only, where the
// business also has business clients, leaves those people out.
func (c *checker) moneyLaunderingOwners() {
	a := c.a
	if !content.HasGroup(a, "business_customers") {
		return
	}
	for i, p := range a.Purposes {
		if !moneyLaunderingRE.MatchString(p.Law) {
			continue
		}
		if slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "customers" }) {
			continue // business clients, or a group of their owners, are covered
		}
		c.add(SeverityWarning, purposePath(i)+".subjects", "art. 14 og hvidvaskloven § 11", fmt.Sprintf("formålet »%s« gælder kun private kunder, men hvidvaskloven kræver også, at I identificerer jeres erhvervskunders reelle ejere", content.OrDefault(p.Name, p.ID)),
			"Tilføj en gruppe for erhvervskunders reelle ejere (group = \"other\", fx name = \"Reelle ejere hos erhvervskunder\") med de oplysninger, I registrerer, til formålet, og kilden under [[sources]] (kunden selv eller Erhvervsstyrelsens register over reelle ejere).",
			"Tilføj en gruppe for erhvervskunders reelle ejere (fx »Reelle ejere hos erhvervskunder«) med de oplysninger, I registrerer, sæt kryds ved den i formålet, og tilføj kilden (kunden selv eller Erhvervsstyrelsens register over reelle ejere).")
		return
	}
}

// psychologistTermsRE finds psykologloven's terms, repealed for
// psychologists from 1 January 2026: they keep journals under
// autorisationsloven (L 181, 2025).
var psychologistTermsRE = lazyRE(`(?i)ordnede optegnelser|psykologlov`)

// psychologistTerms: a policy that speaks of »ordnede optegnelser« or
// psykologloven mixes the repealed rules with the new.
func (c *checker) psychologistTerms() {
	textFields(reflect.ValueOf(c.a), func(p *textPath, key, s string) {
		if !freeTextFields[key] {
			return
		}
		if m := psychologistTermsRE.FindString(s); m != "" {
			c.add(SeverityWarning, p.String(), "autorisationsloven § 21", fmt.Sprintf("teksten nævner %q, men psykologer fører siden 1. januar 2026 journal efter autorisationsloven; psykologloven er ophævet", m),
				"Skriv »journal« og »autorisationsloven § 21« (og journalføringsbekendtgørelsen) i stedet.")
		}
	})
}

// soleTraderRE finds a legal form without a duty to audit.
var soleTraderRE = lazyRE(`(?i)enkeltmandsvirksomhed|personligt ejet|personlig virksomhed`)

// auditRE finds an audit of the annual accounts.
var auditRE = lazyRE(`(?i)revision af (års)?regnskab|revidere(r)? (års)?regnskab`)

// soleTraderAudit: a sole trader has no annual report to audit
// (årsregnskabsloven applies to companies); a recipient said to audit its
// accounts is most likely doing its bookkeeping or tax return.
func (c *checker) soleTraderAudit() {
	a := c.a
	if !soleTraderRE.MatchString(a.Controller.LegalForm) {
		return
	}
	for i, v := range a.Vendors {
		if auditRE.MatchString(v.Service) && !strings.Contains(strings.ToLower(v.Service), "frivillig") {
			c.add(SeverityWarning, fmt.Sprintf("vendors[%d].service", i+1), "art. 13(1)(e)", fmt.Sprintf("%s siges at revidere regnskabet, men en enkeltmandsvirksomhed har ingen pligt til revision", drafts.VendorLabel(drafts.ResolveVendor(v))),
				"Skriv, hvad revisoren gør for jer, fx »årsregnskab og selvangivelse«; har I valgt frivillig revision, så skriv det.")
		}
	}
}
