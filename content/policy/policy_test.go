package policy

// sectionBody is the body of the section with the id, "" when the policy
// has no such section.
func sectionBody(p *Policy, id string) string {
	for _, s := range p.Sections {
		if s.ID == id {
			return s.Body
		}
	}
	return ""
}
