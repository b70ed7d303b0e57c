package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// keyMap holds the wizard's own keys. Keys inside a form (tab, enter, arrows)
// belong to huh and are listed by the form itself.
type keyMap struct {
	Save, Quit, NextStep, PrevStep, Steps, Preview, Help, Back key.Binding
	Add, Edit, Delete, Up, Down, Confirm, Cancel               key.Binding
	ScrollUp, ScrollDown                                       key.Binding
}

var keys = keyMap{
	Save:       key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "gem")),
	Quit:       key.NewBinding(key.WithKeys("ctrl+c", "ctrl+q"), key.WithHelp("ctrl+c", "afslut")),
	NextStep:   key.NewBinding(key.WithKeys("pgdown", "ctrl+n"), key.WithHelp("pgdn", "næste trin")),
	PrevStep:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "forrige trin")),
	Steps:      key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "gå til trin")),
	Preview:    key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "vis/skjul politik")),
	Help:       key.NewBinding(key.WithKeys("f1", "?"), key.WithHelp("f1", "hjælp")),
	Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "tilbage")),
	Add:        key.NewBinding(key.WithKeys("a", "+", "insert"), key.WithHelp("a", "tilføj")),
	Edit:       key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "redigér")),
	Delete:     key.NewBinding(key.WithKeys("d", "delete", "backspace"), key.WithHelp("d", "slet")),
	Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "op")),
	Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "ned")),
	Confirm:    key.NewBinding(key.WithKeys("j", "y", "enter"), key.WithHelp("j", "ja")),
	Cancel:     key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "nej")),
	ScrollUp:   key.NewBinding(key.WithKeys("shift+up", "alt+up"), key.WithHelp("shift+↑", "rul politik op")),
	ScrollDown: key.NewBinding(key.WithKeys("shift+down", "alt+down"), key.WithHelp("shift+↓", "rul politik ned")),
}

// fullHelp is the key list that ? shows.
func fullHelp() [][]key.Binding {
	return [][]key.Binding{
		{keys.Save, keys.Quit, keys.Help, findingsKey, keys.Preview, keys.ScrollUp, keys.ScrollDown},
		{keys.NextStep, keys.PrevStep, keys.Steps, keys.Back},
		{keys.Add, keys.Edit, keys.Delete, keys.Up, keys.Down},
		{
			key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab/enter", "næste spørgsmål")),
			key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "forrige spørgsmål")),
			key.NewBinding(key.WithKeys("x"), key.WithHelp("x/mellemrum", "vælg i liste")),
			key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "søg i liste")),
		},
	}
}

// danishKeyMap is huh's key map with Danish help texts, ctrl+c left to the
// wizard, and j (ja) accepted like y in yes/no questions.
func danishKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	h := func(b *key.Binding, k, desc string) { b.SetHelp(k, desc) }
	h(&km.Input.Prev, "shift+tab", "tilbage")
	h(&km.Input.Next, "enter", "næste")
	h(&km.Input.Submit, "enter", "færdig")
	h(&km.Input.AcceptSuggestion, "ctrl+e", "udfyld forslag")
	h(&km.Text.Prev, "shift+tab", "tilbage")
	h(&km.Text.Next, "enter", "næste")
	h(&km.Text.Submit, "enter", "færdig")
	h(&km.Text.NewLine, "alt+enter", "ny linje")
	km.Text.Editor = key.NewBinding(key.WithDisabled())
	h(&km.Select.Prev, "shift+tab", "tilbage")
	h(&km.Select.Next, "enter", "vælg")
	h(&km.Select.Submit, "enter", "færdig")
	h(&km.Select.Up, "↑", "op")
	h(&km.Select.Down, "↓", "ned")
	h(&km.Select.Filter, "/", "søg")
	h(&km.Select.SetFilter, "esc", "behold søgning")
	h(&km.Select.ClearFilter, "esc", "ryd søgning")
	km.Select.HalfPageUp, km.Select.HalfPageDown = key.NewBinding(key.WithDisabled()), key.NewBinding(key.WithDisabled())
	km.Select.GotoTop, km.Select.GotoBottom = key.NewBinding(key.WithDisabled()), key.NewBinding(key.WithDisabled())
	h(&km.MultiSelect.Prev, "shift+tab", "tilbage")
	h(&km.MultiSelect.Next, "enter", "næste")
	h(&km.MultiSelect.Submit, "enter", "færdig")
	h(&km.MultiSelect.Toggle, "x", "vælg/fravælg")
	h(&km.MultiSelect.Up, "↑", "op")
	h(&km.MultiSelect.Down, "↓", "ned")
	h(&km.MultiSelect.Filter, "/", "søg")
	h(&km.MultiSelect.SetFilter, "esc", "behold søgning")
	h(&km.MultiSelect.ClearFilter, "esc", "ryd søgning")
	h(&km.MultiSelect.SelectAll, "ctrl+a", "vælg alle")
	h(&km.MultiSelect.SelectNone, "ctrl+a", "fravælg alle")
	km.MultiSelect.HalfPageUp, km.MultiSelect.HalfPageDown = key.NewBinding(key.WithDisabled()), key.NewBinding(key.WithDisabled())
	km.MultiSelect.GotoTop, km.MultiSelect.GotoBottom = key.NewBinding(key.WithDisabled()), key.NewBinding(key.WithDisabled())
	h(&km.Note.Prev, "shift+tab", "tilbage")
	h(&km.Note.Next, "enter", "næste")
	h(&km.Note.Submit, "enter", "færdig")
	h(&km.Confirm.Prev, "shift+tab", "tilbage")
	h(&km.Confirm.Next, "enter", "næste")
	h(&km.Confirm.Submit, "enter", "færdig")
	h(&km.Confirm.Toggle, "←/→", "skift")
	km.Confirm.Accept = key.NewBinding(key.WithKeys("j", "J", "y", "Y"), key.WithHelp("j", "ja"))
	h(&km.Confirm.Reject, "n", "nej")
	return km
}

// keyPress makes a key message for a printable key, for code paths that
// reuse the key handlers.
func keyPress(s string) tea.KeyPressMsg {
	r := []rune(s)
	return tea.KeyPressMsg{Code: r[0], Text: s}
}
