package tui

import "charm.land/bubbles/v2/key"

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
	Help:       key.NewBinding(key.WithKeys("f1", "?"), key.WithHelp("?", "alle taster")),
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
		{keys.Save, keys.Quit, keys.Help, keys.Preview, keys.ScrollUp, keys.ScrollDown},
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
