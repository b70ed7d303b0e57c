package policy

import (
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// FuzzRender puts arbitrary text into the free-text fields of an example and
// renders Markdown, HTML and the check: no panic, no hang, and the HTML
// keeps exactly the elements our templates make.
func FuzzRender(f *testing.F) {
	for _, s := range testkit.Hostile {
		if len(s) < 1000 {
			f.Add(s, s[:len(s)/2])
		}
	}
	base := testkit.Examples(f)["nordlys-keramik"]
	baseHTML, err := Generate(withTextF(f, base, "Tekst", "Tekst")).HTML(content.HTMLOptions{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s1, s2 string) {
		a := withTextF(t, base, s1, s2)
		p := Generate(a)
		p.Markdown(MarkdownOptions{FrontMatter: true})
		html, err := p.HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatalf("HTML: %v", err)
		}
		check.Check(a, testkit.CheckDay)
		wantTags, wantAttrs, _, _ := testkit.HTMLShape(t, baseHTML)
		tags, attrs, _, _ := testkit.HTMLShape(t, html)
		for tag := range tags {
			if !wantTags[tag] {
				t.Fatalf("element <%s> came from %q / %q", tag, s1, s2)
			}
		}
		for at := range attrs {
			if !wantAttrs[at] {
				t.Fatalf("attribute %s came from %q / %q", at, s1, s2)
			}
		}
	})
}

// withTextF is withText for fuzzing: half the fields get s1, half s2.
func withTextF(t testing.TB, a *drafts.Answers, s1, s2 string) *drafts.Answers {
	c := testkit.Clone(t, a)
	c.Controller.Name, c.Controller.Address, c.Controller.Email = s1, s2, s1
	for i := range c.Purposes {
		c.Purposes[i].Name, c.Purposes[i].Description, c.Purposes[i].Interest = s1, s2, s1
		c.Purposes[i].Retention.Note = s2
	}
	for i := range c.Vendors {
		c.Vendors[i].Name, c.Vendors[i].Service, c.Vendors[i].TransferNote = s2, s1, s2
	}
	for i := range c.Cookies.List {
		c.Cookies.List[i].Name, c.Cookies.List[i].Purpose = s1, s2
	}
	c.Document.Version = s2
	return c
}
