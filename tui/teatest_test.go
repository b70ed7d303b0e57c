package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/privatliv/privatliv/drafts"
)

// TestWizardInTerminal runs the real program at fixed sizes: type a company
// name, see it in the preview, save, and re-open the saved file.
func TestWizardInTerminal(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		t.Run(itoa(size[0])+"x"+itoa(size[1]), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "ny.toml")
			m := New(Options{Path: path, RecoveryDir: dir, AutosaveDelay: time.Millisecond,
				Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
			tm := teatest.NewTestModel(t, m,
				teatest.WithInitialTermSize(size[0], size[1]),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))

			// Keys reach the model in the order they are sent, so nothing
			// needs to wait between them; what the user would see is read
			// from the final model, never from the raw byte stream.
			tm.Type("Kaffebaren Sol ApS")
			if size[0] < wideLayout {
				tm.Send(tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl})
			}
			tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
			tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
			fm := tm.FinalModel(t).(*Model)
			if !strings.HasPrefix(fm.status, "Gemt") {
				t.Errorf("status after ctrl+s: %q", fm.status)
			}
			fm.quitting = false
			flush(fm)
			if shown := screen(fm); !strings.Contains(shown, "Kaffebaren Sol ApS er") { // the preview's sentence, not the field
				t.Errorf("the preview does not show the name:\n%s", shown)
			}

			f, err := drafts.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Answers.Controller.Name != "Kaffebaren Sol ApS" {
				t.Fatalf("re-opened name %q", f.Answers.Controller.Name)
			}
			// Re-open it in the wizard: the answer is there, and nothing is unsaved.
			m2 := New(Options{Path: path, Answers: f.Answers, Existing: true, RecoveryDir: dir})
			if m2.dirty() || m2.mode == modeRestore || m2.a.Controller.Name != "Kaffebaren Sol ApS" {
				t.Errorf("re-opened wizard: dirty %v, mode %d, name %q", m2.dirty(), m2.mode, m2.a.Controller.Name)
			}
		})
	}
}
