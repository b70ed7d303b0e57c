package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The help screen fits the window from 80 columns up: nothing is cut off.
func TestHelpFitsTheWindow(t *testing.T) {
	for _, w := range []int{80, 100, 120} {
		m := newTestModel(t, nil, "", w, 30)
		send(t, m, press("f1"))
		if m.mode != modeHelp {
			t.Fatalf("f1 did not open the help at %d columns", w)
		}
		for _, l := range strings.Split(m.helpView(), "\n") {
			if ansi.StringWidth(l) > w {
				t.Errorf("%d columns: help line is %d wide: %q", w, ansi.StringWidth(l), l)
			}
		}
		if s := screen(m); strings.Contains(s, "…") {
			t.Errorf("%d columns: the help is cut off:\n%s", w, s)
		}
	}
}
