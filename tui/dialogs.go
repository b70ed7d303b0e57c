package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/privatliv/privatliv/internal/inert"
)

// Dialogs that ask before something happens: quitting with unsaved
// answers, restoring them, and the step picker.

func (m *Model) quit() tea.Cmd {
	if !m.dirty() {
		m.removeRecovery()
		m.quitting = true
		return tea.Quit
	}
	m.writeRecovery()
	m.prevMode, m.mode = m.mode, modeQuit
	return nil
}

func (m *Model) quitKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "g", "ctrl+s":
		m.mode = m.prevMode
		cmd := m.save(false)
		if !m.dirty() {
			m.quitting = true
			return tea.Quit
		}
		return cmd
	case "a", "q":
		// The recovery file stays, so even this can be undone at the next
		// start, unless it could not be written (the dialog said so).
		m.quitting = true
		return tea.Quit
	case "esc", "n", "f":
		m.mode = m.prevMode
	}
	return nil
}

// quitDialog is the quit dialog's text: it promises a restore only when
// the recovery file holds the answers.
func (m *Model) quitDialog() string {
	quit := "  a  afslut uden at gemme (svarene kan gendannes næste gang)"
	if m.recoveryErr != nil {
		quit = "  a  afslut uden at gemme – ændringerne går tabt: gendannelsesfilen kunne ikke skrives\n     (" + inert.Line(m.recoveryErr.Error()) + ")"
	}
	return "  g  gem og afslut\n" + quit + "\n  esc  bliv i guiden"
}

// restoreDialog asks whether to restore the answers a wizard left. Over a
// file changed on disk since, it says so and lists what restoring would
// change, as many lines of it as fit in h with the question above them.
func (m *Model) restoreDialog(h int) string {
	if m.restoreNote == "" {
		return "Vil du gendanne dem?\n\n  j  ja, gendan\n  n  nej, kassér dem"
	}
	w := max(min(m.width-2, 70), 20) - 4 // inside the box's border and padding
	wrap := lipgloss.NewStyle().Width(w)
	text := m.restoreNote + "\n\n  j  ja, gendan de ugemte svar alligevel\n  n  nej, kassér dem og behold filen\n\nDet ændrer politikken sådan:"
	used := strings.Count(wrap.Render(text), "\n") + 1 + 4 // the title, a blank line, the border
	item := lipgloss.NewStyle().Width(w - 4)
	for i, c := range m.restoreDiff {
		line := "  • " + strings.ReplaceAll(item.Render(c), "\n", "\n    ")
		n := strings.Count(line, "\n") + 1
		if rest := len(m.restoreDiff) - i; used+n > h || rest > 1 && used+n+1 > h {
			text += fmt.Sprintf("\n  … og %d mere", rest)
			break
		}
		text += "\n" + line
		used += n
	}
	return text
}

func (m *Model) restoreKey(k tea.KeyPressMsg) tea.Cmd {
	switch s := k.String(); {
	case s == "enter" && m.restoreNote != "":
		// Restoring over a file changed on disk undoes someone's edit:
		// only a deliberate j does it.
	case s == "j", s == "y", s == "enter":
		err := m.restore()
		m.mode = m.prevMode
		step := m.enterStep(m.cur) // before the status: a new step clears it
		if err != nil {
			m.setStatus("Kunne ikke gendanne: "+err.Error(), true)
		} else {
			m.setStatus("Dine ugemte svar er gendannet. "+m.say("Husk at gemme med ctrl+s.", "De gemmes, når du har været alle trin igennem."), false)
		}
		return tea.Batch(step, m.afterChange())
	case s == "n", s == "esc":
		m.discardRecovery()
		m.mode = m.prevMode
		m.setStatus("De ugemte svar er kasseret.", false)
	}
	return nil
}

func (m *Model) stepsKey(k tea.KeyPressMsg) tea.Cmd {
	switch s := k.String(); {
	case key.Matches(k, keys.Up), s == "shift+tab":
		m.stepPick = max(0, m.stepPick-1)
	case key.Matches(k, keys.Down), s == "tab":
		m.stepPick = min(len(steps)-1, m.stepPick+1)
	case s == "enter":
		m.mode = m.prevMode
		return m.leaveItem(m.stepPick)
	case len(s) == 1 && s[0] >= '1' && s[0] <= '9' && int(s[0]-'1') < len(steps):
		m.mode = m.prevMode
		return m.leaveItem(int(s[0] - '1'))
	case s == "esc" || key.Matches(k, keys.Steps):
		m.mode = m.prevMode
	}
	return nil
}
