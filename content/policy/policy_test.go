package policy

func sectionBody(p *Policy, id string) string {
	for _, s := range p.Sections {
		if s.ID == id {
			return s.Body
		}
	}
	return ""
}
