package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// A consultant's notes survive the wizard: each example with comments in
// 20 places, opened, one answer typed, saved: exactly that line changes.
func TestWizardSaveKeepsComments(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	for _, name := range drafts.Examples() {
		t.Run(name, func(t *testing.T) {
			src, err := drafts.ExampleSource(name)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
			var places []int
			for i, l := range lines {
				if strings.HasPrefix(l, "[") || strings.Contains(l, " = ") {
					places = append(places, i)
				}
			}
			at := map[int]int{}
			for j := 0; j < 20; j++ {
				at[places[j*len(places)/20]] = j
			}
			var out []string
			for i, l := range lines {
				if j, ok := at[i]; ok {
					if strings.HasPrefix(l, "[") || j%2 == 0 {
						out = append(out, "", fmt.Sprintf("# note %d: tjekket i CVR 3/9", j))
					} else {
						l += fmt.Sprintf("  # note %d", j)
					}
				}
				out = append(out, l)
			}
			planted := strings.Join(out, "\n") + "\n"
			path := filepath.Join(t.TempDir(), name+".toml")
			os.WriteFile(path, []byte(planted), 0o644)
			f, err := drafts.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			m := newTestModel(t, f.Answers, path, 120, 40)
			typeText(t, m, " II") // the first question: the company's name
			send(t, m, press("ctrl+s"))
			if m.mode == modeChangelog { // no new change-log entry: only the name changes
				doc := m.a.Document
				m.changeLog.text, m.changeLog.version, m.changeLog.effective = "", doc.Version, doc.Effective.String()
				run(t, m, m.changeLogDone())
			}
			got, _ := os.ReadFile(path)
			gl, pl := strings.Split(string(got), "\n"), strings.Split(planted, "\n")
			if len(gl) != len(pl) {
				t.Fatalf("saving changed the number of lines from %d to %d:\n%s", len(pl), len(gl), got)
			}
			var changed []string
			for i := range pl {
				if pl[i] != gl[i] {
					changed = append(changed, gl[i])
				}
			}
			if len(changed) != 1 || !strings.HasPrefix(changed[0], "name = ") || !strings.Contains(changed[0], ` II"`) {
				t.Fatalf("want only the name line changed, got %q", changed)
			}
		})
	}
}
