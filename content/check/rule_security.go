package check

import (
	"fmt"

	"github.com/privatliv/privatliv/drafts"
)

func init() { register("security answered", true, (*checker).securityAnswered) }

// securityAnswered: the business must protect the data (art. 32), and the
// record of processing describes how where possible (art. 30(1)(g)). An
// empty security answer leaves the record without that row and the policy
// without a word on it.
func (c *checker) securityAnswered() {
	s := c.a.Security
	if len(s.Measures) > 0 {
		return
	}
	for _, o := range s.Other {
		if o != "" {
			return
		}
	}
	c.add(SeverityWarning, "security.measures", "art. 32 og art. 30(1)(g)", "svarene siger intet om, hvordan I beskytter oplysningerne, så fortegnelsen mangler sikkerhedsforanstaltningerne",
		"Vælg de foranstaltninger, I faktisk bruger, fx measures = [\"encryption\", \"access_control\", \"mfa\", \"backup\", \"updates\"], og skriv jeres egne i other.",
		fmt.Sprintf("Sæt kryds ved det, I faktisk gør, fx %s, %s og %s, og skriv jeres egne under »Andre foranstaltninger«.",
			choice(drafts.SecurityMeasures, "access_control"), choice(drafts.SecurityMeasures, "mfa"), choice(drafts.SecurityMeasures, "backup")))
}
