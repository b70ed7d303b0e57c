package content_test

import (
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/formtexts"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/content/processors"
	"github.com/privatliv/privatliv/content/record"
	"github.com/privatliv/privatliv/content/retention"
)

// htmlPages are the policies and records whose HTML the tests below
// compare: every example as it is, and with every free-text field set to
// each hostile value (but the very long ones, which take seconds to
// generate and have no structure the short ones lack).
func htmlPages(t *testing.T) map[string]*content.Page {
	pagesOnce.Do(func() {
		pages = map[string]*content.Page{}
		for name, a := range testkit.Examples(t) {
			pages[name] = policy.Generate(a).Page()
			pages[name+"/fortegnelse"] = record.NewRecord(a, testkit.RecordDay).Page()
			pages[name+"/databehandlere"] = processors.New(a, testkit.RecordDay).Page()
			pages[name+"/sletteplan"] = retention.New(a, testkit.RecordDay).Page()
			pages[name+"/tekster"] = formtexts.New(a).Page()
			for _, n := range a.Document.Notices {
				pages[name+"/orientering"] = policy.GenerateNotice(a, n.Groups).Page()
			}
			for i, s := range testkit.Hostile {
				if len(s) <= 1000 {
					pages[fmt.Sprintf("%s/%d", name, i)] = policy.Generate(testkit.WithText(t, a, s)).Page()
				}
			}
		}
	})
	return pages
}

var (
	pagesOnce sync.Once
	pages     map[string]*content.Page
)

func pageTexts(p *content.Page) []string {
	texts := []string{p.Lead}
	for _, s := range p.Sections {
		texts = append(texts, s.Body)
	}
	return texts
}

// Converting a page's texts in one goldmark pass gives, text by text, what
// converting each alone gives; and the one pass is taken for every example
// and record.
func TestMarkdownOnePass(t *testing.T) {
	for name, p := range htmlPages(t) {
		texts := pageTexts(p)
		got, ok, err := content.MarkdownOnePass(texts)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if !strings.Contains(name, "/") || !strings.ContainsAny(name[strings.LastIndex(name, "/")+1:], "0123456789") {
				t.Errorf("%s: converted text by text, not in one pass", name)
			}
			continue
		}
		for i, s := range texts {
			want, err := content.MarkdownToHTML(s)
			if err != nil {
				t.Fatal(err)
			}
			if got[i] != want {
				t.Errorf("%s: part %d differs:\n got %q\nwant %q", name, i, got[i], want)
			}
		}
	}
	// Texts that would change each other in one document are converted one
	// by one: a link reference defined in one text and used in the next, and
	// a code block that does not end.
	for _, texts := range [][]string{
		{"[a]: https://example.com/", "se [a]"},
		{"```\nkode", "tekst"},
	} {
		if _, ok, _ := content.MarkdownOnePass(texts); ok {
			t.Errorf("%q: converted in one pass", texts)
		}
		parts, err := content.MarkdownParts(texts)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range texts {
			if want, _ := content.MarkdownToHTML(s); parts[i] != want {
				t.Errorf("%q: part %d is %q, want %q", texts, i, parts[i], want)
			}
		}
	}
}

// The cross references link exactly what a strings.Replacer of every lead
// word and quoted title would: in every section of every page, and in text
// made to trip a hand-written scan.
func TestCrossReferences(t *testing.T) {
	replacer := func(secs []content.Section) *strings.Replacer {
		var pairs []string
		for _, s := range secs {
			title := html.EscapeString(s.Title)
			for _, before := range content.RefLeads {
				pairs = append(pairs, before+"»"+title+"«", before+`<a href="#`+s.ID+`">»`+title+"«</a>")
			}
		}
		return strings.NewReplacer(pairs...)
	}
	linked := 0
	for name, p := range htmlPages(t) {
		want, got := replacer(p.Sections), content.NewCrossReferences(p.Sections)
		parts, err := content.MarkdownParts(pageTexts(p))
		if err != nil {
			t.Fatal(err)
		}
		texts := slices.Clone(parts)
		if len(p.Sections) > 2 {
			a, b := p.Sections[1].Title, p.Sections[2].Title
			for _, s := range []string{
				"se »" + a + "«", "Læse »" + a + "«.", "afsnittet »" + a + "« og under »" + b + "«",
				"se »se »" + a + "««", "se »" + a + "«se »" + b + "«", "»" + a + "«", "se »" + a, "se »" + a + "« ",
				"under »»" + a + "«", "se »" + a + "«« se »" + b + "«", "ganske almindelig tekst",
			} {
				texts = append(texts, template.HTML(s))
			}
		}
		for _, h := range texts {
			w, g := want.Replace(string(h)), got.Replace(string(h))
			if g != w {
				t.Errorf("%s: got\n%s\nwant\n%s", name, g, w)
			}
			if g != string(h) {
				linked++
			}
		}
	}
	if linked == 0 {
		t.Error("no page links a section")
	}
}
