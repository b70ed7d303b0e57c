package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// fullScreenKeys are words for the full-screen wizard's keys, which
// accessible mode does not have.
// ctrl+c is accessible mode's too: it asks before it stops.
var fullScreenKeys = []string{"ctrl+s", "ctrl+f", "ctrl+g", "ctrl+p", "ctrl+n", "ctrl+b", "ctrl+a", "ctrl+e", "a tilføjer", "enter retter", "x eller mellemrum", "Vælg med x", "Skriv / ", "esc", "F1", "f1", "pgdn", "pgup", "shift+tab"}

// Accessible mode speaks of its own keys only (review item 10): nothing
// it prints on the way through every example, or a kind's starting point,
// tells the user to press a key it does not have. After saving, it lists
// what is missing with the question to answer, since it has no ctrl+f.
func TestAccessibleSpeaksOfItsOwnKeys(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }
	runs := map[string]func(dir string) (Options, string){}
	for _, name := range drafts.Examples() {
		runs[name] = func(dir string) (Options, string) {
			a := example(t, name)
			path := filepath.Join(dir, name+".toml")
			if err := drafts.Save(path, a); err != nil {
				t.Fatal(err)
			}
			// A finding to list at the end.
			a.Purposes[0].Retention.Period = ""
			return Options{Path: path, Answers: a, Existing: true}, ""
		}
	}
	runs["ny fra frisør"] = func(dir string) (Options, string) {
		// Accessible mode picks by number: the salon follows »Ingen af dem«.
		return Options{Path: filepath.Join(dir, "ny.toml"), ChooseKind: true}, fmt.Sprintf("%d\n", slices.Index(drafts.KindIDs(), "salon")+2)
	}
	for name, setup := range runs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			opts, first := setup(dir)
			opts.NoColor, opts.RecoveryDir, opts.Now = true, dir, now
			var out bytes.Buffer
			in := strings.NewReader(first + strings.Repeat("\n", 3000))
			if err := RunAccessible(opts, in, &out); err != nil {
				t.Fatalf("%v\n%s", err, tail(out.String()))
			}
			shown := out.String()
			for _, k := range fullScreenKeys {
				if i := strings.Index(shown, k); i >= 0 {
					t.Errorf("accessible mode speaks of %q: …%s…", k, shown[max(0, i-80):min(len(shown), i+40)])
				}
			}
			if !strings.Contains(shown, "Fejl og mangler:") || !strings.Contains(shown, "Spørgsmål: Trin ") {
				t.Errorf("accessible mode does not list what is missing:\n%s", tail(shown))
			}
			if _, err := os.Stat(opts.Path); err != nil {
				t.Errorf("not saved: %v", err)
			}
			if first != "" && !strings.Contains(shown, "Startet fra »Frisør og skønhed«") {
				t.Errorf("the number did not choose the salon:\n%s", shown[:min(len(shown), 2000)])
			}
		})
	}
}
