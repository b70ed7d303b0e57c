package policy

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"golang.org/x/net/html"
)

func TestHostileTextKeepsStructure(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		base := testkit.WithText(t, a, "Almindelig tekst")
		bp := Generate(base)
		baseMD := bp.Markdown(MarkdownOptions{})
		baseHTML, err := bp.HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		wantLevels := testkit.MDHeadings(baseMD)
		wantTags, wantAttrs, wantHeadings, _ := testkit.HTMLShape(t, baseHTML)

		for i, s := range testkit.Hostile {
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				p := Generate(testkit.WithText(t, a, s))
				gotMD := p.Markdown(MarkdownOptions{FrontMatter: true})
				if got := testkit.MDHeadings(bytes.TrimPrefix(gotMD, gotMD[:bytes.Index(gotMD, []byte("\n# "))+1])); !reflect.DeepEqual(got, wantLevels) {
					t.Errorf("Markdown headings changed for %q:\n got %v\nwant %v", s, got, wantLevels)
				}
				gotHTML, err := p.HTML(content.HTMLOptions{})
				if err != nil {
					t.Fatal(err)
				}
				tags, attrs, headings, hrefs := testkit.HTMLShape(t, gotHTML)
				for tag := range tags {
					if !wantTags[tag] {
						t.Errorf("element <%s> came from user text %q", tag, s)
					}
				}
				for at := range attrs {
					if !wantAttrs[at] {
						t.Errorf("attribute %s came from user text %q", at, s)
					}
				}
				if !reflect.DeepEqual(headings, wantHeadings) {
					t.Errorf("HTML headings changed for %q", s)
				}
				for _, h := range hrefs {
					if !strings.HasPrefix(h, "#") && !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "mailto:") {
						t.Errorf("link %q came from user text %q", h, s)
					}
					if strings.Contains(h, "evil") {
						t.Errorf("user link %q became a real link", h)
					}
				}
			})
		}
	}
}

func TestCompanyNameIsLiteral(t *testing.T) {
	a := testkit.Examples(t)["helle-falsberg"]
	for _, name := range []string{"# Test", "<script>alert(1)</script>"} {
		c := *a
		c.Controller.Name = name
		p := Generate(&c)
		h, err := p.HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := html.EscapeString(name)
		if !bytes.Contains(h, []byte(want)) {
			t.Errorf("the name %q is not shown literally in HTML", name)
		}
		if bytes.Contains(h, []byte("<script>")) {
			t.Errorf("raw <script> in HTML for name %q", name)
		}
	}
}
