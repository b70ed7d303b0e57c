package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func init() { register("bookkeeping without a system", true, (*checker).bookkeepingSystem) }

// bookkeepingSystem: a company that must publish an annual report (ApS,
// A/S, P/S, IVS) must keep its books in a digital bookkeeping system
// (bogføringsloven, in force for such companies from the financial years
// that begin in 2024 and 2025). That system holds the bookkeeping's
// personal data and is a processor the policy and the record must name; a
// bookkeeping purpose no vendor serves has left it out. A sole trader may
// be below the turnover the law counts from, so is not asked.
func (c *checker) bookkeepingSystem() {
	a := c.a
	if !a.Profile().Danish || !annualReportCompany(a) {
		return
	}
	for i, p := range a.Purposes {
		if !bookkeepingRE.MatchString(p.Law) || !hasBasis(p, "6.1.c") {
			continue
		}
		served := slices.ContainsFunc(a.ResolvedVendors(), func(v vendor) bool { return slices.Contains(v.Purposes, p.ID) })
		if served {
			continue
		}
		c.add(SeverityWarning, purposePath(i), "bogføringsloven og art. 13(1)(e)", fmt.Sprintf("formålet »%s« bogfører, men ingen leverandør står ved det, og et selskab skal bogføre i et digitalt bogføringssystem", content.OrDefault(p.Name, p.ID)),
			"Tilføj jeres bogføringssystem under [[vendors]] (fx catalog = \"e-conomic\", \"dinero\" eller \"billy\", eller category = \"accounting_system\") med formålet, og jeres revisor eller bogholder, hvis de får bilagene.",
			"Tilføj jeres bogføringssystem som leverandør (fx e-conomic, Dinero eller Billy) med formålet, og jeres revisor eller bogholder, hvis de får bilagene.")
		return
	}
}

// annualReportCompany reports whether the controller is a company that must
// publish an annual report: an ApS, A/S, P/S or IVS, by its legal form or
// the end of its name.
func annualReportCompany(a *drafts.Answers) bool {
	for _, s := range []string{a.Controller.LegalForm, lastWord(a.Controller.Name)} {
		switch strings.ToLower(strings.TrimSpace(content.Clean(s))) {
		case "aps", "a/s", "p/s", "ivs", "anpartsselskab", "aktieselskab", "partnerselskab", "iværksætterselskab":
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
