package drafts_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	// Hostile files (the security review): nesting and dotted keys deeper
	// than an answer file needs, control characters raw and escaped, huge
	// values, other encodings.
	for _, s := range []string{
		"schema = 2\nx = " + strings.Repeat("{a=", 40) + "1" + strings.Repeat("}", 40),
		"schema = 2\nx = " + strings.Repeat("[", 40) + strings.Repeat("]", 40),
		"schema = 2\nx = " + strings.Repeat("[{a=", 10) + "1" + strings.Repeat("}]", 10),
		"schema = 2\n[" + strings.Repeat("a.", 40) + "a]\nb = 1",
		"schema = 2\n" + strings.Repeat("a.", 40) + "a = 1",
		"schema = 2\nx = {" + strings.Repeat("a.", 20) + "a = 1}",
		"schema = 2\n[controller]\nname = \"Helle\\u001b]0;HIJACKED\\u0007\"",
		"schema = 2\n[controller]\nname = \"\\u009d52;c;SElK\\u009c \\u009b2J\"",
		"schema = 2\n[controller]\nname = \"a\x1b[31mb\"",
		"schema = 2\n[[purposes]]\nid = \"a\"\ndescription = \"\"\"linje\r\nlinje\x07\"\"\"",
		"schema = 2\n[controller]\nname = \"" + strings.Repeat("Ø", 50000) + "\"",
		"\xff\xfes\x00c\x00h\x00",
		"\xef\xbb\xbfschema = 2\r\n[controller]\r\nname = \"a\"\r\n",
		"schema = 2\rname = 1",
	} {
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
