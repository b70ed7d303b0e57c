package check

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func init() {
	register("systems for business customers, the processor role not answered", true, (*checker).customerSystems)
	register("bookkeeping or payroll for clients without the processor role", true, (*checker).clientBookkeeping)
	register("support for customers' users without a sub-processor", true, (*checker).supportSubProcessor)
}

// clientWorkRE finds text that says the business keeps its clients' books
// or runs their payroll: work done on the clients' behalf, where the
// business is their processor (art. 28), not on its own.
var clientWorkRE = lazyRE(`(?i)(bogføring|bogholderi|regnskab|løn(administration|kørsel|behandling)?|lønsedler)\s+for\s+(kunder|klienter|virksomheder|vores kunder|mine kunder|andre)|lønbureau|bogholderiopgaver for`)

// clientBookkeeping: a bookkeeper or payroll bureau handles its clients'
// customers' and employees' data for the clients. It is then their
// processor, with a processor section in the policy and a record as
// processor (art. 30(2)); answers that describe that work with no
// processor role leave both out.
func (c *checker) clientBookkeeping() {
	a := c.a
	if a.Processor.Acts {
		return
	}
	found := ""
	textFields(reflect.ValueOf(a), func(p *textPath, key, s string) {
		if found == "" && (key == "name" || key == "description" || key == "service") && clientWorkRE.MatchString(s) {
			found = p.String()
		}
	})
	if found == "" {
		return
	}
	c.add(SeverityWarning, "processor.acts", "art. 28 og art. 30(2)", fmt.Sprintf("svarene (%s) beskriver bogføring eller løn for jeres kunder, som I udfører som databehandler, men I står ikke som databehandler", found),
		"Sæt acts = true under [processor], og beskriv, hvad I gør med kundernes oplysninger, hvem de handler om, og hvor kundelisten føres.",
		"Svar ja til, at I behandler oplysninger på vegne af jeres kunder, og beskriv, hvad I gør med kundernes oplysninger, hvem de handler om, og hvor kundelisten føres.")
}

// supportSubProcessor: when the business is a processor for its customers,
// messages from the customers' users to its support often hold the very
// data it processes for the customers (a time sheet, a booking). A vendor
// that handles those messages then processes that data too, as a
// sub-processor (art. 28(2) and (4)), and belongs in processor.vendors,
// where the record as processor lists it.
func (c *checker) supportSubProcessor() {
	a := c.a
	if !a.Processor.Acts || len(a.Processor.Subjects) == 0 {
		return
	}
	for i, v := range a.ResolvedVendors() {
		if a.IsSubProcessor(v) {
			continue
		}
		for _, id := range v.Purposes {
			_, p := purposeByID(a, id)
			if p == nil || !slices.Contains(p.Data, "correspondence") || v.RoleFor(id) != "processor" {
				continue
			}
			if !slices.ContainsFunc(p.Subjects, func(g string) bool { return slices.Contains(a.Processor.Subjects, g) }) {
				continue
			}
			c.add(SeverityWarning, fmt.Sprintf("vendors[%d].purposes", i+1), "art. 28(2) og (4)", fmt.Sprintf("%s behandler henvendelser fra %s i formålet »%s«, og de kan indeholde de oplysninger, I behandler for jeres kunder, men %s står ikke som underdatabehandler", drafts.VendorLabel(v), content.GroupText(a, overlap(p.Subjects, a.Processor.Subjects)), content.OrDefault(p.Name, p.ID), drafts.VendorLabel(v)),
				fmt.Sprintf("Kan henvendelserne indeholde kundernes oplysninger, så tilføj %q til vendors under [processor], og sørg for, at kunderne har godkendt underdatabehandleren.", subProcessorID(v)),
				fmt.Sprintf("Kan henvendelserne indeholde kundernes oplysninger, så sæt kryds ved %s blandt de leverandører, der behandler kundernes oplysninger, og sørg for, at kunderne har godkendt underdatabehandleren.", drafts.VendorLabel(v)))
			break
		}
	}
}

// overlap is the first group of gs that is also in hs.
func overlap(gs, hs []string) string {
	for _, g := range gs {
		if slices.Contains(hs, g) {
			return g
		}
	}
	return ""
}

// subProcessorID is how processor.vendors names a vendor.
func subProcessorID(v drafts.Vendor) string {
	switch {
	case v.Catalog != "":
		return v.Catalog
	case v.Name != "":
		return v.Name
	}
	return v.Category
}

// customerSystemRE finds a website, shop, app or booking system the
// business makes or runs for its customers.
var customerSystemRE = lazyRE(`(?i)(^|[^\pL])(hjemmeside|webshop|app|system|platform|booking)\pL*`)

// ownSystem are the definite forms by which a policy speaks of the
// business's own website, shop, app or system.
var ownSystem = map[string]bool{"hjemmesiden": true, "webshoppen": true, "appen": true, "systemet": true, "platformen": true}

// customerSystems: a business that makes or runs websites, shops, apps or
// booking systems for business customers may see those customers' own
// visitors' or clients' data, and then processes it for them (art. 28):
// a web designer who hosts or maintains a site, an app whose business
// users take their clients' bookings in it. Only the business knows, so
// check asks; the answer is the processor role (acts = true), or, where
// it does not process such data, a word on why in processor.description.
func (c *checker) customerSystems() {
	a := c.a
	pr := a.Processor
	if pr.Acts || strings.TrimSpace(pr.Description) != "" || !content.HasGroup(a, "business_customers") {
		return
	}
	for _, p := range a.Purposes {
		if !slices.Contains(p.Subjects, "business_customers") && !slices.Contains(p.Subjects, "customers") {
			continue
		}
		m := ""
		for _, w := range customerSystemRE.FindAllString(p.Name+" "+p.Description, -1) {
			// »hjemmesiden«, »appen«: the business's own, as the policy
			// speaks of it (a portfolio »på hjemmesiden«), not one it runs
			// for a customer.
			if !ownSystem[strings.ToLower(strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))] {
				m = w
				break
			}
		}
		if m == "" {
			continue
		}
		c.add(SeverityWarning, "processor.acts", "art. 28 og art. 30(2)", fmt.Sprintf("formålet »%s« nævner %q: behandler I oplysninger for jeres erhvervskunder, fx deres besøgendes eller kunders, når I drifter, hoster eller vedligeholder det?", content.OrDefault(p.Name, p.ID), strings.TrimSpace(m)),
			"Gør I, så sæt acts = true under [processor] og beskriv behandlingen. Gør I ikke, så skriv kort hvorfor i description under [processor] (fx »Kunderne har selv hosting, og vi har ikke adgang til deres besøgendes oplysninger«); politikken bruger det ikke.",
			"Gør I, så svar ja til, at I behandler oplysninger på vegne af jeres kunder, og beskriv behandlingen. Gør I ikke, så svar nej.")
		return
	}
}
