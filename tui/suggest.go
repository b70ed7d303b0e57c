package tui

import tea "charm.land/bubbletea/v2"

// A new item made from a template (a typical purpose, a catalogue vendor's
// cookie) starts with the template's text in its fields: a visible
// suggestion. Typing in such a field replaces the suggestion instead of
// adding to it, so "2 år" and a typed "1 år" never become "2 år1 år". Moving
// the cursor or deleting first means the user edits the suggestion.

// markSuggestions marks the filled-in text fields of the new item.
func (m *Model) markSuggestions() {
	m.suggested = map[string]bool{}
	if m.q == nil {
		return
	}
	for key, f := range m.q.fields {
		if f.kind == kindInput && f.str != nil && *f.str != "" {
			m.suggested[key] = true
		}
	}
}

// replaceSuggestion clears the focused field before the first character
// typed into an untouched suggestion.
func (m *Model) replaceSuggestion(msg tea.Msg) {
	if m.form == nil || len(m.suggested) == 0 {
		return
	}
	f := m.form.GetFocusedField()
	if f == nil || !m.suggested[f.GetKey()] {
		return
	}
	switch k := msg.(type) {
	case tea.KeyPressMsg:
		switch k.String() {
		case "tab", "shift+tab", "enter", "up", "down", "pgup", "pgdown":
			return // moving on leaves the suggestion as it is
		}
		delete(m.suggested, f.GetKey())
		if k.Text == "" {
			return // arrows, backspace: the user edits the suggestion
		}
	case tea.PasteMsg:
		delete(m.suggested, f.GetKey())
	default:
		return
	}
	// The cursor is at the end of the text: delete everything before it.
	m.form.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
}
