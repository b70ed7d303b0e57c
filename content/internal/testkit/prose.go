package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// grammar are the strings Go code may hold although they look like words:
// the Danish grammar rules in content's text.go, which a second language
// would get rules of its own for.
var grammar = regexp.MustCompile(`^(content: .*|bogføringslov|bokföringslag|if solo}}|Leverandør|Leverandøren|Udbyder|Udbyderen| (der|som|hvor|hvis|hvem|om) |At |at|»|«|Din|Dit|Dine|Vores|Jeres|Min|Mit|Mine|Kommunen|Regionen|Banken|Politiet|Arbejdsgiveren|Fagforeningen|Skolen|Lægen|Revisoren|Forsikringsselskabet)$`)

// wordsRE matches text a reader would read: two words, or a Danish letter.
var wordsRE = regexp.MustCompile(`[A-Za-zæøåÆØÅ]{2,} [a-zæøå]{2,}|[æøåÆØÅ]`)

// ProseLivesInTemplates checks that the Go files hold no sentences or words
// a reader reads, only ids, template names and data keys, and that every
// template they name exists among templates. lookups are the functions and
// methods that take a template's name: its parts are their string
// arguments, after an optional first argument that is not a string (the
// answers), and for fill and exec (and Exec) only the first, as data
// follows. exec names a section's own file, name.md. The message of an
// error (fmt.Errorf, errors.New) is the program's, not a document's, and a
// string that starts with "<" is markup.
func ProseLivesInTemplates(t *testing.T, files []string, lookups map[string]bool, templates []string) {
	t.Helper()
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0) // comments are not parsed
		if err != nil {
			t.Fatal(err)
		}
		names := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// An error is a message to the program's user, not a
			// document's text: it is written where it happens.
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && len(call.Args) > 0 {
				if x, ok := sel.X.(*ast.Ident); ok && (x.Name == "fmt" && sel.Sel.Name == "Errorf" || x.Name == "errors" && sel.Sel.Name == "New") {
					if lit, ok := call.Args[0].(*ast.BasicLit); ok {
						names[lit] = true
					}
				}
			}
			fn := ""
			switch f := call.Fun.(type) {
			case *ast.Ident:
				fn = f.Name
			case *ast.SelectorExpr:
				fn = f.Sel.Name
			}
			if !lookups[fn] {
				return true
			}
			args := call.Args
			if len(args) > 0 {
				if lit, ok := args[0].(*ast.BasicLit); !ok || lit.Kind != token.STRING {
					if _, ok := args[0].(*ast.BinaryExpr); !ok {
						args = args[1:]
					}
				}
			}
			if (fn == "fill" || fn == "exec" || fn == "Exec") && len(args) > 0 {
				args = args[:1] // then the data
			}
			// The name is the literal arguments joined by spaces; an id
			// from the answers may follow them.
			var parts []string
			whole := true
			for _, arg := range args {
				lit, ok := arg.(*ast.BasicLit)
				if !ok {
					// "group " + id
					if b, isBin := arg.(*ast.BinaryExpr); isBin {
						lit, ok = b.X.(*ast.BasicLit)
						whole = false
					}
				}
				if !ok || lit.Kind != token.STRING {
					whole = false
					break
				}
				s, _ := strconv.Unquote(lit.Value)
				names[lit] = true
				parts = append(parts, strings.TrimSpace(s))
			}
			if len(parts) == 0 {
				return true
			}
			tmpl := strings.Join(parts, " ")
			if fn == "exec" && !strings.Contains(tmpl, " ") {
				tmpl += ".md" // a section's own file
			}
			if whole && !slices.Contains(templates, tmpl) {
				t.Errorf("%s: %s(%q): no such template", fset.Position(call.Pos()), fn, tmpl)
			}
			if !whole && !slices.ContainsFunc(templates, func(n string) bool { return strings.HasPrefix(n, tmpl+" ") }) {
				t.Errorf("%s: %s(%q, …): no template starts so", fset.Position(call.Pos()), fn, tmpl)
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || names[lit] {
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			if strings.HasPrefix(s, "<") {
				return true // markup, such as a spreadsheet's XML
			}
			if wordsRE.MatchString(s) && !grammar.MatchString(s) {
				t.Errorf("%s: %q: text a reader reads belongs in templates/*.md", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
}
