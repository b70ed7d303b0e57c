package drafts_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// FuzzParse feeds arbitrary bytes to the loader: it must never panic or
// hang, and every failure must be a *LoadError with at least one problem.
// A file that loads must save and load again to equal answers.
func FuzzParse(f *testing.F) {
	examples, _ := filepath.Glob("examples/*.toml")
	for _, e := range examples {
		b, _ := os.ReadFile(e)
		f.Add(b)
	}
	for _, s := range []string{"", "schema = 1", "schema = 2\n", "[controller]\nname = 1", "schema = 1\n[[purposes]]\nid = \"a\"\n[purposes.retention]\nperiod = \"5 år\"", "\x00\xff", "a = [", "schema = 1\n[document]\neffective = 2026-13-45"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := drafts.Parse("fuzz.toml", data)
		if err != nil {
			var le *drafts.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("failure is not a LoadError with problems: %T %v", err, err)
			}
			return
		}
		_ = file.Validate()
		out, err := drafts.Encode(file.Answers, "fuzz.toml")
		if err != nil {
			t.Fatalf("loaded answers do not encode: %v", err)
		}
		if _, err := drafts.Parse("again.toml", out); err != nil {
			t.Fatalf("saved answers do not load again: %v\n%s", err, out)
		}
	})
}
