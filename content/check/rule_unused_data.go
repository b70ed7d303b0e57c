package check

import (
	"fmt"
	"slices"

	"github.com/privatliv/privatliv/content"
)

func init() { register("data no purpose uses", true, (*checker).unusedData) }

// unusedData: data about a group of people that no purpose for that group
// uses has no stated purpose or legal basis (art. 5(1)(b), art. 13(1)(c)):
// either a purpose is missing, or the data should go.
func (c *checker) unusedData() {
	a := c.a
	for i, s := range a.Subjects {
		key := s.Key()
		for j, id := range s.Data {
			used := slices.ContainsFunc(a.Purposes, func(p purpose) bool {
				return slices.Contains(p.Data, id) && (len(p.Subjects) == 0 || slices.Contains(p.Subjects, key))
			})
			if used {
				continue
			}
			c.add(SeverityWarning, fmt.Sprintf("subjects[%d].data[%d]", i+1, j+1), "art. 5(1)(b) og art. 13(1)(c)", fmt.Sprintf("om %s står %s, men intet formål for dem bruger det", content.GroupText(a, key), content.CategoryText(a, id)),
				"Tilføj oplysningen til det formål, den bruges til, eller fjern den fra gruppen, hvis I ikke har brug for den.")
		}
	}
}
