package check

import (
	"fmt"
	"slices"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func init() { register("children on a contract", true, (*checker).childrenOnContract) }

// childrenOnContract: a child under 18 cannot bind itself by a contract
// (værgemålsloven § 1, stk. 2); its parents make the agreement and pay, so
// "aftale med dig" (art. 6(1)(b)) is seldom the child's basis, and the
// notice to the child would state a false basis and a false consequence.
// It warns, not errs: a child past 15 may pay with money it has earned
// itself (værgemålsloven § 42).
func (c *checker) childrenOnContract() {
	for i, p := range c.a.Purposes {
		for _, g := range p.Subjects {
			j := slices.IndexFunc(c.a.Subjects, func(s drafts.Subject) bool { return s.Key() == g })
			if j < 0 || c.a.Subjects[j].Group != "children" || !slices.Contains(p.BasisFor(g), "6.1.b") {
				continue
			}
			at := purposePath(i) + ".basis"
			for k, gb := range p.ByGroup {
				if gb.Group == g {
					at = fmt.Sprintf("%s.by_group[%d].basis", purposePath(i), k+1)
				}
			}
			name := content.OrDefault(p.Name, p.ID)
			c.add(SeverityWarning, at, "art. 6(1)(b)", fmt.Sprintf("formålet »%s« bygger på aftale (litra b) for %s, men et barn under 18 år kan ikke selv indgå aftalen (værgemålsloven § 1, stk. 2) – det gør forældrene", name, content.GroupName(c.a, g)),
				fmt.Sprintf("Er det forældrene, der aftaler og betaler, så giv gruppen sit eget retsgrundlag: [[purposes.by_group]] med group = %q og basis = [\"6.1.f\"] og den interesse, I har i at kunne opfylde aftalen med forældrene. Betaler barnet selv med egne penge, kan I lade det stå.", g),
				fmt.Sprintf("Er det forældrene, der aftaler og betaler, så vælg %s for %s, og skriv den interesse, I har i at kunne opfylde aftalen med forældrene. Betaler barnet selv med egne penge, kan I lade det stå.", choice(drafts.LegalBases, "6.1.f"), content.GroupName(c.a, g)))
		}
	}
}
