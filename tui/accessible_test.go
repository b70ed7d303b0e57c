package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// Enter on every prompt of accessible mode keeps every answer: each
// example goes through all steps and is saved byte for byte as it was.
func TestAccessibleEnterKeepsEveryAnswer(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	for _, name := range drafts.Examples() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name+".toml")
			src, _ := drafts.ExampleSource(name)
			src = append([]byte("# noter fra mødet 3/9\n"), src...)
			os.WriteFile(path, src, 0o644)
			f, err := drafts.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			in := strings.NewReader(strings.Repeat("\n", 3000))
			err = RunAccessible(Options{Path: path, Answers: f.Answers, Existing: true, NoColor: true, RecoveryDir: dir,
				Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}, in, &out)
			if err != nil {
				t.Fatalf("%v\n%s", err, tail(out.String()))
			}
			if b, _ := os.ReadFile(path); !bytes.Equal(b, src) {
				t.Errorf("Enter through every question changed the file")
			}
			shown := out.String()
			for _, want := range []string{"Nu: " + f.Answers.Controller.Name, "== Trin 9 af 9", "Gemt"} {
				if !strings.Contains(shown, want) {
					t.Errorf("accessible mode does not show %q", want)
				}
			}
			for _, e := range []string{"Enter a number", "Select up to", "Confirm selection", "[y/N]", "Input cannot"} {
				if strings.Contains(shown, e) {
					t.Errorf("English in accessible mode: %q", e)
				}
			}
		})
	}
}

// Typed answers land in the answers, and a wrong one is refused in Danish.
func TestAccessibleAnswersAndMistakes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ny.toml")
	lines := []string{
		"Café Sol ApS", // name
		"",             // legal form
		"12345678",     // a CVR number that fails its check digit
		"",             // then none
		"Torvet 1",     // address
		"8000",         // postcode
		"Aarhus C",     // town
		"",             // country: keep DK
		"2",            // a company (1 is "not answered")
		"",             // vi or jeg: not answered
		"hej@cafesol.dk",
	}
	in := strings.NewReader(strings.Join(lines, "\n") + strings.Repeat("\n", 3000))
	var out bytes.Buffer
	err := RunAccessible(Options{Path: path, NoColor: true, RecoveryDir: dir,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}, in, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, tail(out.String()))
	}
	f, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	c := f.Answers.Controller
	if c.Name != "Café Sol ApS" || c.CVR != "" || c.Town != "Aarhus C" || c.Email != "hej@cafesol.dk" || c.Country != "" || c.Kind != "company" {
		t.Errorf("answers after accessible mode: %+v", c)
	}
	if !strings.Contains(out.String(), "Fejl: ") {
		t.Error("a wrong CVR number was not refused")
	}
}
