package check

import "fmt"

func init() { register("placeholder address", false, (*checker).placeholderAddress) }

// placeholderAddressRE finds an address that stands in for one: an example
// street from a template (»Eksempelvej 1«, »Testvej 2«, »Vejnavn 12«) or a
// note that the address is missing (»Adresse ikke oplyst«, »Adresse
// følger«). Art. 13(1)(a) wants the controller's real address.
var placeholderAddressRE = lazyRE(`(?i)(^|[^\pL])(eksempel|example|test|demo)(vej|gade|stræde|allé|alle|plads|street|road)(en)?([^\pL]|$)|^\s*(vejnavn|gadenavn|adresse|address|street)\s*\d*\s*$|adresse\s+(ikke|mangler|følger|kommer|ukendt)|(ikke|endnu ikke)\s+(oplyst|angivet)`)

// placeholderAddress: an address, postcode or town that is a placeholder
// is an error, as any unfilled placeholder is.
func (c *checker) placeholderAddress() {
	check := func(path, s string) {
		if m := placeholderAddressRE.FindString(s); m != "" {
			c.add(SeverityError, path, "art. 13(1)(a)", fmt.Sprintf("adressen %q ser ud til at være en pladsholder", s),
				"Skriv den adresse, virksomheden har (den, der står i CVR-registret).")
		}
	}
	check("controller.address", c.a.Controller.Address)
	check("controller.town", c.a.Controller.Town)
	if r := c.a.Representative; r != nil {
		check("representative.address", r.Address)
	}
}
