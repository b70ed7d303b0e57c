package drafts

import (
	"errors"
	"strings"
	"testing"
)

// Syntax errors are explained in Danish, with the line.
func TestSyntaxErrorsInDanish(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"schema = 2\n[controller]\nname = \"Salon\nemail = \"a@b.dk\"\n", "må ikke gå over flere linjer"},
		{"schema = 2\n[controller]\nname = Salon\n", "tekst skal stå i anførselstegn"},
		{"schema = 2\n[controller]\nname = \"a\"\nname = \"b\"\n", "står to gange"},
		{"schema = 2\n[controller]\nname = \"a\" \"b\"\n", "kun en kommentar"},
	} {
		_, err := Parse("x.toml", []byte(c.src))
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) != 1 {
			t.Fatalf("%q: %v", c.src, err)
		}
		p := le.Problems[0]
		if !strings.Contains(p.Message, c.want) || p.Line < 3 {
			t.Errorf("%q: line %d, %q; want %q", c.src, p.Line, p.Message, c.want)
		}
		for _, english := range []string{"expected", "cannot", "instead", "defined"} {
			if strings.Contains(p.Message, english) {
				t.Errorf("%q: English in %q", c.src, p.Message)
			}
		}
	}
}

func TestUnknownValueListsDanishLabels(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	text := strings.Replace(string(src), `required = "contract"`, `required = "kontrakt"`, 1)
	f, err := Parse("x.toml", []byte(text))
	if err == nil {
		err = f.Validate()
	}
	if err == nil || !strings.Contains(err.Error(), "contract (Nødvendigt for aftalen)") {
		t.Errorf("an unknown value does not list the Danish labels: %v", err)
	}
}

// A problem keeps what is wrong and what to do apart; printed, they read as
// one sentence as before.
func TestProblemHasItsHintApart(t *testing.T) {
	a, _ := Example("helle-falsberg")
	a.Purposes[0].Required = "kontrakt"
	ps := Validate(a)
	if len(ps) != 1 {
		t.Fatalf("want one problem, got %v", ps)
	}
	p := ps[0]
	if strings.Contains(p.Message, "; ") || !strings.HasPrefix(p.Hint, "gyldige værdier:") {
		t.Errorf("message %q, hint %q", p.Message, p.Hint)
	}
	if s := p.String(); !strings.Contains(s, p.Message+"; "+p.Hint) {
		t.Errorf("printed: %q", s)
	}
}
