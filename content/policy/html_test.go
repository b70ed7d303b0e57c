package policy

import (
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"regexp"
	"strings"
	"testing"
)

// Every cross-reference ("se »Dine rettigheder«") names a section this
// policy has, and in HTML it links to that section's anchor.
func TestCrossReferencesAreLinked(t *testing.T) {
	ref := regexp.MustCompile(`(?:[Ss]e|under|afsnittet) »([^«]+)«`)
	for name, a := range testkit.Examples(t) {
		p := Generate(a)
		ids := map[string]string{}
		for _, s := range p.Sections {
			ids[s.Title] = s.ID
		}
		md := string(p.Markdown(MarkdownOptions{}))
		page, err := p.HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ref.FindAllStringSubmatch(md, -1) {
			id, ok := ids[m[1]]
			if !ok {
				t.Errorf("%s: %q refers to a section the policy does not have", name, m[0])
				continue
			}
			if !strings.Contains(string(page), `<a href="#`+id+`">»`+m[1]+`«</a>`) {
				t.Errorf("%s: %q is not linked to #%s in HTML", name, m[0], id)
			}
		}
	}
}

// Every table cell carries its column's heading, which the stylesheet shows
// when rows are stacked as cards on a phone.
func TestTableCellsAreLabelled(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		page, err := Generate(a).HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(page), "<td>"); n > 0 {
			t.Errorf("%s: %d table cells without data-label", name, n)
		}
		if !strings.Contains(string(page), `<td data-label="Retsgrundlag">`) {
			t.Errorf("%s: purposes table cells are not labelled", name)
		}
	}
}
