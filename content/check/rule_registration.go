package check

import (
	"fmt"
	"strings"

	"github.com/privatliv/privatliv/content"
)

func init() {
	register("foreign company without a registration number", true, (*checker).foreignRegistration)
}

// foreignRegistration: a company established outside Denmark is identified
// by its own register's number (a Swedish organisationsnummer), as a
// Danish one by its CVR number (art. 13(1)(a)). Associations need none.
func (c *checker) foreignRegistration() {
	ct := c.a.Controller
	if ct.CountryCode() == "DK" || ct.IsAssociation() || strings.TrimSpace(ct.CVR) != "" {
		return
	}
	c.add(SeverityWarning, "controller.cvr", "art. 13(1)(a)", fmt.Sprintf("politikken har intet registreringsnummer for virksomheden i %s", content.CountryText(ct.CountryCode())),
		"Skriv virksomhedens nummer i cvr, fx det svenske organisationsnummer (»556677-8899«).",
		"Skriv virksomhedens registreringsnummer under »CVR-nummer«, fx det svenske organisationsnummer (»556677-8899«).")
}
