package drafts_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func problemsOf(t *testing.T, err error) []drafts.Problem {
	t.Helper()
	var le *drafts.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want *LoadError, got %T: %v", err, err)
	}
	return le.Problems
}

// last is the last key of a field path: purposes[2].basis[1] -> basis.
func last(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

func TestExamplesValid(t *testing.T) {
	paths, _ := filepath.Glob("examples/*.toml")
	if len(paths) < 4 {
		t.Fatalf("want at least 4 examples, have %d", len(paths))
	}
	for _, p := range paths {
		f, err := drafts.Load(p)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if err := f.Validate(); err != nil {
			t.Errorf("%v", err)
		}
	}
}

// TestBrokenExampleReportsEverything plants one bad value of every kind in a
// copy of an example and expects each to be reported with its field and line.
func TestBrokenExampleReportsEverything(t *testing.T) {
	src, err := os.ReadFile("examples/helle-falsberg.toml")
	if err != nil {
		t.Fatal(err)
	}
	r := strings.NewReplacer(
		`cvr = "12972997"`, `cvr = "12972998"`,
		`email = "kontakt@hellefalsberg.dk"`, `email = "kontakt@hellefalsberg"`,
		`phone = "28 91 44 60"`, `phone = "28 91 44"`,
		`postcode = "8000"`, `postcode = "800"`,
		`website = "https://hellefalsberg.dk"`, `website = "hellefalsberg.dk"`,
		`basis = ["6.1.b"]`, `basis = ["6.1.x"]`,
		`role = "controller"`, `role = "leverandør"`,
		`period = "6 måneder"`, `period = "et halvt år"`,
		`category = "statistics"`, `category = "statistik"`,
		`catalog = "mailchimp"`, "catalog = \"mailchimp\"\ntransfer = \"none\"",
	)
	broken := r.Replace(string(src))
	f, err := drafts.Parse("brudt.toml", []byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	ps := problemsOf(t, f.Validate())
	want := []struct{ path, fragment string }{
		{"controller.cvr", "ugyldigt"},
		{"controller.email", "e-mailadresse"},
		{"controller.phone", "8 cifre"},
		{"controller.postcode", "4 cifre"},
		{"controller.website", "webadresse"},
		{"purposes[2].basis[1]", "ukendt retsgrundlag"},
		{"vendors[3].role", "ukendt rolle"},
		{"purposes[4].retention.period", "periode"},
		{"cookies.list[2].category", `mente du "statistics"`},
		{"vendors[5].transfer", "uden for EU/EØS"},
	}
	lines := strings.Split(broken, "\n")
	for _, w := range want {
		found := false
		for _, p := range ps {
			if p.Path == w.path && strings.Contains(p.Message, w.fragment) {
				found = true
				if p.Line == 0 || p.Line > len(lines) {
					t.Errorf("%s: no line number", w.path)
				} else if key := last(w.path); !strings.Contains(lines[p.Line-1], key) {
					t.Errorf("%s: line %d is %q, which does not hold %q", w.path, p.Line, lines[p.Line-1], key)
				}
			}
		}
		if !found {
			t.Errorf("no problem reported for %s (%s)", w.path, w.fragment)
		}
	}
}
