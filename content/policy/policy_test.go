package policy

import (
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

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

// audienceDoc is one document the answers write: the website policy or a
// separate notice, with the answers as that document sees them.
type audienceDoc struct {
	name string
	a    *drafts.Answers
	p    *Policy
}

// documentsOf is the website policy and every separate notice of a.
func documentsOf(a *drafts.Answers) []audienceDoc {
	docs := []audienceDoc{{"the policy", content.WebsiteSubset(a).Answers, Generate(a)}}
	for _, n := range a.Document.Notices {
		docs = append(docs, audienceDoc{"the notice to " + strings.Join(n.Groups, ", "), content.ForGroups(a, n.Groups).Answers, GenerateNotice(a, n.Groups)})
	}
	return docs
}
