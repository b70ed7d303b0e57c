package policy

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

func TestGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		t.Run(name, func(t *testing.T) {
			p := Generate(a)
			testkit.CheckGolden(t, name+".md", p.Markdown(MarkdownOptions{}))
			html, err := p.HTML(content.HTMLOptions{})
			if err != nil {
				t.Fatal(err)
			}
			testkit.CheckGolden(t, name+".html", html)
		})
	}
}

// TestOnlyTheContentsIsNumbered guards against text that Markdown reads as a
// list by accident ("1. oktober 2026: …" at the start of a list item): the
// only numbered list in a page is the table of contents.
func TestOnlyTheContentsIsNumbered(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		h, err := Generate(a).HTML(content.HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(h), "<ol"); n != 1 {
			t.Errorf("%s: %d numbered lists, want only the table of contents", name, n)
		}
	}
}

// TestSchema1Golden: a schema-1 file still renders, and its policy is kept
// as a golden file so every change to it is seen.
func TestSchema1Golden(t *testing.T) {
	for name, a := range testkit.Schema1Fixtures(t) {
		testkit.CheckGolden(t, filepath.Join("schema1", name+".md"), Generate(a).Markdown(MarkdownOptions{}))
	}
}

// TestMigratedRendersTheSame: upgrading on disk gives the same policy as
// upgrading in memory.
func TestMigratedRendersTheSame(t *testing.T) {
	paths, _ := filepath.Glob("../drafts/testdata/schema1/*.toml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		old, err := drafts.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		out, err := drafts.Migrate(p, data)
		if err != nil {
			t.Fatal(err)
		}
		migrated, err := drafts.Parse(p, out)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := Generate(old.Answers).Markdown(MarkdownOptions{}), Generate(migrated.Answers).Markdown(MarkdownOptions{}); !bytes.Equal(a, b) {
			t.Errorf("%s: migrated file renders differently:\n%s", p, testkit.FirstDiff(string(a), string(b)))
		}
	}
}
