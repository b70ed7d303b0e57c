package policy

import "github.com/privatliv/privatliv/content"

// HTML writes the policy as a standalone HTML5 page (lang="da", a small
// stylesheet for screen and print, a table of contents with anchors), or
// as a fragment.
func (p *Policy) HTML(opts content.HTMLOptions) ([]byte, error) {
	return p.Page().HTML(opts)
}

// Page is the policy as a page.
func (p *Policy) Page() *content.Page {
	class := "privatlivspolitik"
	if p.kind != "" {
		class = p.kind
	}
	return &content.Page{Title: p.Title, Lead: p.Lead, Sections: p.Sections, Class: class, Draft: p.DraftNotice()}
}
