package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// TestPasteTenThousandCharacters pastes a long text into a field: the
// answer holds it, nothing crashes, and the screen stays inside the window.
func TestPasteTenThousandCharacters(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 80, 24)
	paste := string([]rune(strings.Repeat("Æblegrød og <script>alert(1)</script> ", 270))[:10000])
	before := len([]rune(m.a.Controller.Name))
	send(t, m, tea.PasteMsg{Content: paste})
	if !strings.HasSuffix(m.a.Controller.Name, paste) || len([]rune(m.a.Controller.Name)) != before+10000 {
		t.Fatalf("paste not in the answer: %d runes", len([]rune(m.a.Controller.Name)))
	}
	flush(m)
	for i, l := range strings.Split(screen(m), "\n") {
		if w := lipgloss.Width(l); w > 80 {
			t.Fatalf("line %d is %d wide after the paste", i, w)
		}
	}
}

// TestCtrlCAtEveryStep quits from every step and every mode with unsaved
// changes: it always asks, and the recovery file holds the answers.
func TestCtrlCAtEveryStep(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	for i := range steps {
		m := newTestModel(t, example(t, "nordlys-keramik"), "", 120, 40)
		send(t, m, press("ctrl+g"), keyPress(string(rune('1'+i))))
		if m.mode == modeList {
			send(t, m, press("enter")) // into the first item's form
		}
		typeText(t, m, "Z")
		send(t, m, press("ctrl+c"))
		if !m.dirty() {
			// Some fields (a select) do not take text; quitting then just quits.
			if !m.quitting {
				t.Errorf("step %d: ctrl+c without changes did not quit", i+1)
			}
			continue
		}
		if m.mode != modeQuit || m.quitting {
			t.Errorf("step %d: ctrl+c with unsaved changes did not ask (mode %d)", i+1, m.mode)
		}
		if !fileExists(m.recoveryPath()) {
			t.Errorf("step %d: no recovery file", i+1)
		}
	}
}

// TestNoBackgroundAnswer: a terminal that never answers the colour query
// leaves the wizard working with its dark default.
func TestNoBackgroundAnswer(t *testing.T) {
	m := New(Options{Answers: example(t, "helle-falsberg"), RecoveryDir: t.TempDir()})
	// Init's commands are not run: no BackgroundColorMsg ever arrives.
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.Update(keyPress("Q"))
	if !strings.HasSuffix(m.a.Controller.Name, "Q") || m.bgKnown || !m.dark {
		t.Errorf("without a background answer: name %q, bgKnown %v, dark %v", m.a.Controller.Name, m.bgKnown, m.dark)
	}
	if s := m.render(); !strings.Contains(s, "privatliv") {
		t.Error("nothing drawn")
	}
}
