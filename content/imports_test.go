package content

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
)

const module = "github.com/privatliv/privatliv"

// layer is where a package stands in the flow of an answer file:
// drafts → content → the documents and tools below content → tui and cmd,
// with internal/ (small tools that know nothing of answers) beneath them all.
func layer(pkg string) string {
	switch {
	case strings.HasPrefix(pkg, "internal/"):
		return "base"
	case pkg == "drafts" || strings.HasPrefix(pkg, "drafts/"):
		return "drafts"
	case pkg == "content":
		return "content"
	case pkg == "content/internal/testkit":
		return "testkit"
	case strings.HasPrefix(pkg, "content/"):
		return "document"
	case pkg == "tui" || strings.HasPrefix(pkg, "tui/"):
		return "tui"
	case strings.HasPrefix(pkg, "cmd/"), strings.HasPrefix(pkg, "docs/"):
		// docs/ holds the programs the performance scripts build (a bare
		// huh form, a grown answer file): programs, like the command line.
		return "cmd"
	}
	return "unknown"
}

// allowed reports whether a file of package from may import package to
// (both relative to the module), and why not. test is whether the file is
// a test: tests may also use the test kit, and a document's tests may
// render another document (check's tests render the policy).
func allowed(from, to string, test bool) (bool, string) {
	lf, lt := layer(from), layer(to)
	if lf == "base" {
		return lt == "base", "internal/ holds small tools beneath everything (inert text, processes); they import nothing of the module above them"
	}
	if lt == "base" {
		return true, ""
	}
	if lt == "testkit" {
		return test && strings.HasPrefix(from, "content"), "only the tests under content use the test kit"
	}
	switch lf {
	case "drafts":
		return lt == "drafts", "drafts is the answer file; it imports nothing of the documents"
	case "testkit":
		return lt == "drafts", "the test kit imports only drafts, so every package's tests can use it"
	case "content":
		// The external tests (package content_test) compare the pages of
		// the documents.
		return lt == "drafts" || (test && (lt == "document" || lt == "content")), "content is the shared vocabulary; it imports only drafts"
	case "document":
		if lt == "document" {
			return test, "a document or tool imports content and drafts, never another document"
		}
		return lt == "drafts" || lt == "content", "a document or tool imports content and drafts"
	case "tui":
		return lt != "cmd", "the wizard does not import the command line"
	case "cmd":
		return true, ""
	}
	return false, "a package outside the layout"
}

// TestImportsRunOneWay: every import between the module's packages runs
// one way, drafts → content → the documents → tui and cmd; no document
// imports another; only tests use the test kit; and no Go file reaches
// out of its own folder for files, so no package reads another's
// templates.
func TestImportsRunOneWay(t *testing.T) {
	root := testkit.Root(t)
	fset := token.NewFileSet()
	seen := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); p != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pkg := filepath.ToSlash(rel)
		test := strings.HasSuffix(p, "_test.go")
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		seen++
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			to, ok := strings.CutPrefix(path, module+"/")
			if !ok {
				continue
			}
			if ok, why := allowed(pkg, to, test); !ok {
				t.Errorf("%s imports %s: %s", fset.Position(imp.Pos()), to, why)
			}
		}
		if !test {
			outside(t, fset, f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 50 {
		t.Fatalf("read %d Go files; the walk missed the module", seen)
	}
}

// outside reports a string in a program's Go file that names a path out of
// its own folder ("../x"), or an embed directive that does.
func outside(t *testing.T, fset *token.FileSet, f *ast.File) {
	t.Helper()
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if rest, ok := strings.CutPrefix(c.Text, "//go:embed "); ok && strings.Contains(rest, "..") {
				t.Errorf("%s: %s reaches out of the package's folder", fset.Position(c.Pos()), c.Text)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, _ := strconv.Unquote(lit.Value)
		if strings.HasPrefix(s, "../") || strings.Contains(s, "/../") || path.Clean(s) == ".." {
			t.Errorf("%s: %q reaches out of the package's folder", fset.Position(lit.Pos()), s)
		}
		return true
	})
}

// TestLayerRules: the rules above, on the imports the layout forbids, so
// the test cannot pass by allowing everything.
func TestLayerRules(t *testing.T) {
	for _, c := range []struct {
		from, to string
		test     bool
		want     bool
	}{
		{"drafts", "content", false, false},
		{"drafts/cookiescan", "content/check", true, false},
		{"content", "content/policy", false, false},
		{"content", "content/policy", true, true},
		{"content/policy", "content/check", false, false},
		{"content/check", "content/policy", true, true},
		{"content/record", "content", false, true},
		{"content/record", "tui", false, false},
		{"content/policy", "content/internal/testkit", false, false},
		{"content/policy", "content/internal/testkit", true, true},
		{"tui", "content/internal/testkit", true, false},
		{"content/internal/testkit", "content", false, false},
		{"tui", "cmd/privatliv", false, false},
		{"cmd/privatliv", "tui", false, true},
	} {
		if got, _ := allowed(c.from, c.to, c.test); got != c.want {
			t.Errorf("%s → %s (test %v): allowed %v, want %v", c.from, c.to, c.test, got, c.want)
		}
	}
}
