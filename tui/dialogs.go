package tui

import (
	"os"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/drafts"
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
		// The recovery file stays, so even this can be undone at the next start.
		m.quitting = true
		return tea.Quit
	case "esc", "n", "f":
		m.mode = m.prevMode
	}
	return nil
}

func (m *Model) restoreKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "j", "y", "enter":
		data, err := os.ReadFile(m.recoveryPath())
		if err == nil {
			var f *drafts.File
			if f, err = drafts.Parse(m.recoveryPath(), data); err == nil {
				*m.a = *f.Answers
				m.b = loadBindings(m.a)
				// A questionnaire not yet saved keeps the recovered file's
				// comments (its starting point's) when it is saved.
				if !m.opts.Existing {
					m.opts.Source = data
				}
			}
		}
		m.mode = m.prevMode
		if err != nil {
			m.setStatus("Kunne ikke gendanne: "+err.Error(), true)
		} else {
			m.setStatus("Dine ugemte svar er gendannet. "+m.say("Husk at gemme med ctrl+s.", "De gemmes, når du har været alle trin igennem."), false)
		}
		return tea.Batch(m.enterStep(m.cur), m.afterChange())
	case "n", "esc":
		m.removeRecovery()
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
