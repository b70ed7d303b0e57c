// Command barehuh is the bare huh form that docs/keystroke.py measures
// privatliv against: one text field, the company name, run by huh itself
// with the same Charm libraries as privatliv (this module's go.mod), full
// screen and at privatliv's 120 frames a second, so that what differs is
// only the work privatliv does on top of a form.
//
// Usage: barehuh [VALUE]   (VALUE is the field's starting text)
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

func main() {
	name := ""
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	form := huh.NewForm(huh.NewGroup(
		huh.NewInput().Title("Virksomhedens navn").Description("Som det står i CVR-registret.").Value(&name),
	)).
		WithViewHook(func(v tea.View) tea.View { v.AltScreen = true; return v }).
		WithProgramOptions(tea.WithFPS(120))
	if err := form.Run(); err != nil && err != huh.ErrUserAborted {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
