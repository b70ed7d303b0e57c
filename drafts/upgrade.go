package drafts

import "fmt"

// Upgrade brings answers read from an older schema up to SchemaVersion in
// memory. Nothing the user wrote is dropped; where schema 1 left a fact
// unsaid, schema 2 leaves it unsaid too, and check asks for it.
//
// Schema 1 → 2:
//   - several own groups (group = "other") could not be told apart; each
//     after the first gets its own id ("other-2", "other-3" …), so purposes
//     that named "other" keep meaning the first, as before;
//   - an unset "required" meant "voluntary"; schema 2 has no default, so it
//     stays unset and check reports it instead of the policy asserting it;
//   - special_basis, cpr_basis and criminal_basis keep their meaning.
func Upgrade(a *Answers) {
	if a.Schema >= SchemaVersion {
		return
	}
	n := 0
	for i := range a.Subjects {
		s := &a.Subjects[i]
		if s.Group != "other" || s.ID != "" {
			continue
		}
		n++
		if n > 1 {
			s.ID = fmt.Sprintf("other-%d", n)
		}
	}
	a.Schema = SchemaVersion
}
