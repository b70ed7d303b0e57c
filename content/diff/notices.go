package diff

import (
	"slices"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// notices reports the groups of people that got or lost a notice of their
// own (document.notices), so the policy's change log says why they are no
// longer, or again, in the policy; and a new place to find a notice.
func (d *differ) notices() {
	groups := func(a *drafts.Answers, pick func(string) bool) []string {
		var out []string
		for _, s := range a.Subjects {
			if pick(s.Key()) {
				out = append(out, content.GroupText(a, s.Key()))
			}
		}
		return out
	}
	oldDoc, newDoc := d.old.Document, d.new.Document
	inOld := func(g string) bool { return content.HasGroup(d.old, g) }
	if gs := groups(d.new, func(g string) bool { return newDoc.Separate(g) && !oldDoc.Separate(g) && inOld(g) }); len(gs) > 0 {
		d.add(ChangeGroup, "Oplysninger om %s står nu i en særskilt orientering til dem og ikke længere i denne politik.", content.JoinAnd(gs))
	}
	if gs := groups(d.new, func(g string) bool { return oldDoc.Separate(g) && !newDoc.Separate(g) }); len(gs) > 0 {
		d.add(ChangeGroup, "Oplysninger om %s står nu i denne politik og ikke længere i en særskilt orientering.", content.JoinAnd(gs))
	}
	for _, n := range newDoc.Notices {
		for _, o := range oldDoc.Notices {
			if slices.Equal(o.Groups, n.Groups) && !same(o.Where, n.Where) && content.Clean(n.Where) != "" {
				d.add(ChangeGroup, "Det står nu et andet sted, hvor %s finder deres særskilte orientering.", content.JoinAnd(groups(d.new, func(g string) bool { return slices.Contains(n.Groups, g) })))
			}
		}
	}
}
