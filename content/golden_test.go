package content

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// examples loads every example answer file, failing on any problem.
func examples(t testing.TB) map[string]*drafts.Answers {
	t.Helper()
	paths, err := filepath.Glob("../drafts/examples/*.toml")
	if err != nil || len(paths) < 4 {
		t.Fatalf("want at least 4 examples, found %d (%v)", len(paths), err)
	}
	out := map[string]*drafts.Answers{}
	for _, p := range paths {
		f, err := drafts.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Validate(); err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".toml")] = f.Answers
	}
	return out
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	checkGoldenAt(t, filepath.Join("testdata", "golden", name), got)
}

// checkGoldenAt compares got with the golden file at path, or rewrites it.
func checkGoldenAt(t *testing.T, path string, got []byte) {
	t.Helper()
	name := filepath.Base(path)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./content -update' to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the change and run 'go test ./content -update'\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}

func TestGolden(t *testing.T) {
	for name, a := range examples(t) {
		t.Run(name, func(t *testing.T) {
			p := Generate(a)
			checkGolden(t, name+".md", p.Markdown(MarkdownOptions{}))
			html, err := p.HTML(HTMLOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".html", html)
		})
	}
}

// TestOnlyTheContentsIsNumbered guards against text that Markdown reads as a
// list by accident ("1. oktober 2026: …" at the start of a list item): the
// only numbered list in a page is the table of contents.
func TestOnlyTheContentsIsNumbered(t *testing.T) {
	for name, a := range examples(t) {
		h, err := Generate(a).HTML(HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(h), "<ol"); n != 1 {
			t.Errorf("%s: %d numbered lists, want only the table of contents", name, n)
		}
	}
}
