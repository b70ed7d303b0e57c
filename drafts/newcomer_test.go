package drafts

import (
	"errors"
	"strings"
	"testing"
)

// The answer-file messages a new owner met (review newcomer-yoga.md,
// item 10).

// An unknown key does not hide the file's other problems: »1 problem«
// was all a misspelt key let through.
func TestUnknownKeyHidesNothing(t *testing.T) {
	src, err := ExampleSource("helle-falsberg")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "[controller]\n", "[controller]\nfoo = 1\n", 1)
	text = strings.Replace(text, `email = "`, `email = "@@`, 1)
	_, err = Parse("x.toml", []byte(text))
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("no problems: %v", err)
	}
	var unknown, email bool
	for _, p := range le.Problems {
		unknown = unknown || strings.Contains(p.Message, `ukendt nøgle "foo"`)
		email = email || p.Path == "controller.email" && p.Line > 0
	}
	if !unknown || !email {
		t.Errorf("want the unknown key and the e-mail, with its line:\n%v", err)
	}
}

// A table whose name is not closed is reported in Danish, on its line.
func TestUnclosedTableInDanish(t *testing.T) {
	for _, tc := range []struct {
		src, want string
		line      int
	}{
		{"schema = 2\n\n[controller\nname = \"x\"\n", "skal sluttes med ] på samme linje", 3},
		{"schema = 2\n\n[[vendors\nname = \"x\"\n", "skal sluttes med ]", 3},
		{"schema = 2\n\n[[vendors]\nname = \"x\"\n", "skal sluttes med ]]", 3},
		{"schema = 2\n\n[controller]\nname = \"x\n\"\n", "må ikke gå over flere linjer", 4},
	} {
		_, err := Parse("x.toml", []byte(tc.src))
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) != 1 {
			t.Fatalf("%q: %v", tc.src, err)
		}
		p := le.Problems[0]
		if !strings.Contains(p.Message, tc.want) || p.Line != tc.line || strings.Contains(p.Message, "expected") {
			t.Errorf("%q: line %d: %s", tc.src, p.Line, p.Message)
		}
	}
}
