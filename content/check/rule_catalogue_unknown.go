package check

import (
	"fmt"

	"github.com/privatliv/privatliv/drafts"
)

func init() { register("facts the catalogue does not know", false, (*checker).catalogueUnknowns) }

// catalogueUnknowns: a catalogue vendor whose role, processing country or
// transfer basis the catalogue does not know needs the business's own
// answer from its contract before the policy can be published (art.
// 13(1)(e) and (f)). The file still loads and renders, marked as a draft:
// a catalogue that grew less certain about a vendor must not stop an old
// file that rendered before, and this finding says what to add.
func (c *checker) catalogueUnknowns() {
	for i, v := range c.a.ResolvedVendors() {
		p := fmt.Sprintf("vendors[%d]", i+1)
		who := drafts.VendorLabel(v)
		if v.Role == drafts.Unknown {
			c.add(SeverityError, p+".role", "art. 13(1)(e)", fmt.Sprintf("kataloget kender ikke %ss rolle", who),
				"Skriv role = \"processor\", \"controller\" eller \"joint\" ud fra jeres aftale.",
				fmt.Sprintf("Vælg ud fra jeres aftale med %s, om den er %s, %s eller %s.", who,
					choice(drafts.Roles, "processor"), choice(drafts.Roles, "controller"), choice(drafts.Roles, "joint")))
		}
		if v.Country == drafts.Unknown {
			c.add(SeverityError, p+".country", "art. 13(1)(f)", fmt.Sprintf("kataloget ved ikke, hvor %s behandler oplysningerne", who),
				"Skriv country ud fra jeres aftale (fx \"DK\", \"EEA\" eller \"US\"), og transfer, hvis det er uden for EU/EØS.",
				fmt.Sprintf("Vælg ud fra jeres aftale, hvor %s behandler oplysningerne, og hvad der sikrer overførslen, hvis det er uden for EU/EØS.", who))
		}
		if co, ok := drafts.CountryByCode(v.Country); ok && !co.EEA && v.Transfer == drafts.Unknown {
			c.add(SeverityError, p+".transfer", "art. 13(1)(f) og art. 44-46", fmt.Sprintf("kataloget ved ikke, hvad der sikrer overførslen til %s hos %s", co.Name, who),
				fmt.Sprintf("Skriv transfer = \"dpf\", \"scc\", \"bcr\" eller \"adequacy\" ud fra jeres aftale med %s.", who),
				fmt.Sprintf("Vælg ud fra jeres aftale med %s, hvad der sikrer overførslen, fx %s eller %s.", who, choice(drafts.Transfers, "scc"), choice(drafts.Transfers, "dpf")))
		}
	}
}
