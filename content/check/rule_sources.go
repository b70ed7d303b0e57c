package check

import (
	"fmt"
	"slices"

	"github.com/privatliv/privatliv/content"
)

func init() {
	register("CVR as a source of personal data", true, (*checker).cvrSource)
	register("references without a source", true, (*checker).referencesSource)
}

// cvrSourceRE finds the Danish company register in a source's name.
var cvrSourceRE = lazyRE(`(?i)(^|[^\pL])(cvr|det centrale virksomhedsregister)`)

// cvrSource: the CVR register holds data about companies (name, number,
// address, owners and management), not a contact person's e-mail, phone
// or job title. A CVR source that gives the standard contact or company
// categories (the latter names »stilling«) says the register gives what it
// does not (art. 14(2)(f)).
func (c *checker) cvrSource() {
	for i, s := range c.a.Sources {
		if !cvrSourceRE.MatchString(s.Name) {
			continue
		}
		var wrong []string
		for _, id := range s.Data {
			if id == "contact" || id == "company" || id == "correspondence" {
				wrong = append(wrong, content.CategoryText(c.a, id))
			}
		}
		if len(wrong) == 0 {
			continue
		}
		c.add(SeverityWarning, fmt.Sprintf("sources[%d].data", i+1), "art. 14(2)(f)", fmt.Sprintf("kilden »%s« giver %s, men CVR-registret har kun oplysninger om virksomheden, ikke fx kontaktpersoners stilling eller e-mail", content.Clean(s.Name), content.JoinAnd(wrong)),
			"Lav en kategori for det, I slår op, fx [[categories]] med id = \"cvr_data\" og name = \"virksomhedens navn, CVR-nummer og adresse\", og brug den her.",
			"Lav en egen oplysning for det, I slår op, fx »virksomhedens navn, CVR-nummer og adresse«, og vælg den her i stedet.")
	}
}

// referencesSource: references (part of the application category) come
// from former employers and others, not from the applicant: data from
// others, whose source the policy names (art. 14(2)(f)).
func (c *checker) referencesSource() {
	a := c.a
	for _, s := range a.Sources {
		if slices.Contains(s.Subjects, "applicants") && slices.Contains(s.Data, "application") {
			return
		}
	}
	for i, p := range a.Purposes {
		if slices.Contains(p.Data, "application") && slices.Contains(p.Subjects, "applicants") {
			c.add(SeverityWarning, purposePath(i)+".data", "art. 14(2)(f)", fmt.Sprintf("formålet »%s« bruger ansøgningsmateriale med referencer, men referencerne kommer fra andre end ansøgeren, og ingen kilde er nævnt", content.OrDefault(p.Name, p.ID)),
				"Tilføj kilden under [[sources]] (fx name = \"Referencer, du har opgivet\", kind = \"other\", subjects = [\"applicants\"], data = [\"application\"]), eller brug en kategori uden referencer, hvis I ikke indhenter dem.",
				"Tilføj kilden, fx »Referencer, du har opgivet«, om jobansøgere med ansøgningsmaterialet, eller brug en oplysning uden referencer, hvis I ikke indhenter dem.")
			return
		}
	}
}
