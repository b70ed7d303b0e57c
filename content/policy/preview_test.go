package policy

import (
	"github.com/privatliv/privatliv/content/internal/testkit"
	"strings"
	"testing"
)

// The preview form of every example has a part per section, the title
// first, and no table rows: each row is a list item with its headings.
func TestPreviewWritesTablesAsLists(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		p := Generate(a)
		ids, texts := p.Preview()
		if len(ids) != len(p.Sections)+1 || ids[0] != "" || !strings.HasPrefix(texts[0], "# ") {
			t.Fatalf("%s: %d parts for %d sections", name, len(ids), len(p.Sections))
		}
		lists := 0
		for i, text := range texts {
			for _, l := range strings.Split(text, "\n") {
				if strings.HasPrefix(l, "|") {
					t.Errorf("%s, %s: a table row in the preview: %q", name, ids[i], l)
				}
			}
			lists += strings.Count(text, "\n- **")
		}
		if !strings.Contains(string(p.Markdown(MarkdownOptions{})), "\n|") || lists == 0 {
			t.Errorf("%s: no table turned into a list", name)
		}
	}
}
