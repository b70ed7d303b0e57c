package check

import (
	"fmt"
	"slices"
)

func init() { register("employees without payroll", true, (*checker).staffWithoutPayroll) }

// staffWithoutPayroll: a business with employees pays them, and payroll is
// processing of its own (art. 30(1)(b)), with its own basis and retention,
// also when a payroll bureau does the work. Employees who appear only in a
// child-protection or recruitment purpose leave that out.
func (c *checker) staffWithoutPayroll() {
	i := slices.IndexFunc(c.a.Subjects, func(s subject) bool { return s.Group == "employees" })
	if i < 0 {
		return
	}
	for _, p := range c.a.Purposes {
		if slices.Contains(p.Subjects, "employees") && slices.Contains(p.Data, "payroll") {
			return
		}
	}
	c.add(SeverityWarning, fmt.Sprintf("subjects[%d].group", i+1), "art. 30(1)(b) og art. 13(1)(c)", "der er medarbejdere, men intet formål for løn og personaleadministration",
		"Tilføj et formål for lønudbetaling og indberetning (løn- og bankoplysninger, CPR-nummer; retlig forpligtelse efter bl.a. skatteindberetningsloven og bogføringsloven), også når et lønbureau gør arbejdet.")
}
