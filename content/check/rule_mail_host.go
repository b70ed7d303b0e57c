package check

import (
	"fmt"
	"slices"

	"github.com/privatliv/privatliv/drafts"
)

func init() { register("e-mail without a mail host", true, (*checker).mailHost) }

// mailKinds are the catalogue and recipient categories of vendors that
// hold a business's e-mail: a mail or office suite, a web host that also
// hosts the mail, IT support that runs it.
var mailKinds = []string{"office", "hosting", "email", "it_support"}

// mailServiceRE finds a vendor's service that holds e-mail.
var mailServiceRE = lazyRE(`(?i)(^|[^\pL])(e-?mail|mailboks|mailserver)`)

// mailHost: e-mails to and from the business pass through the provider that
// hosts its mailbox, a processor for the correspondence (art. 28, art.
// 13(1)(e), art. 30(1)(d)). Purposes that keep correspondence, with no
// such vendor at all, leave it out; the record then says no vendor
// processes the data.
func (c *checker) mailHost() {
	a := c.a
	if a.Controller.Email == "" {
		return
	}
	for _, v := range a.ResolvedVendors() {
		kind := v.Category
		if cv, ok := drafts.LookupVendor(v.Catalog); ok {
			kind = cv.Category
		}
		if slices.Contains(mailKinds, kind) || mailServiceRE.MatchString(v.Service) {
			return
		}
	}
	for i, p := range a.Purposes {
		if slices.Contains(p.Data, "correspondence") {
			c.add(SeverityWarning, purposePath(i), "art. 13(1)(e) og art. 30(1)(d)", fmt.Sprintf("formålet »%s« gemmer korrespondance, men ingen leverandør står for jeres e-mail", p.Name),
				"Tilføj den leverandør, der har jeres e-mail (fx catalog = \"microsoft-365\", \"google-workspace\", \"simply\" eller \"one-com\", eller category = \"email\"), som databehandler for formålene med e-mails.",
				"Tilføj den leverandør, der har jeres e-mail (fx Microsoft 365, Google Workspace, Simply eller One.com), som databehandler for formålene med e-mails.")
			return
		}
	}
}
