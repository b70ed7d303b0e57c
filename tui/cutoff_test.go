package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/drafts"
)

// At 120 columns nothing the user needs to read is cut off with …: the
// questions side of every step of every example, the status line and the
// review.
func TestNothingCutOffAt120Columns(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	for _, name := range drafts.Examples() {
		m := newTestModel(t, example(t, name), "", 120, 40)
		m.setStatus("Kataloget kender ikke alt om Cookiebot – udfyld det, der mangler, ud fra jeres aftale med leverandøren, og tjek cookielisten bagefter.", false)
		for i := range steps {
			goToStep(t, m, i)
			for _, l := range strings.Split(screen(m), "\n") {
				left := ansi.Strip(l)
				if j := strings.Index(left, "│"); j >= 0 {
					left = left[:j] // the preview scrolls; the questions may not be cut
				}
				if strings.Contains(left, "…") {
					t.Errorf("%s, step %d: cut off: %q", name, i+1, strings.TrimSpace(left))
				}
			}
		}
	}
}

// At 80 columns, the smallest usual terminal, the header of every step and
// of the first screen is read whole: the step's question is not cut off.
func TestHeaderWholeAt80Columns(t *testing.T) {
	m := newTestModel(t, example(t, "nordlys-keramik"), "", 80, 24)
	check := func(where string) {
		for _, l := range strings.Split(screen(m), "\n")[:2] {
			if strings.Contains(ansi.Strip(l), "…") {
				t.Errorf("%s: header cut off: %q", where, strings.TrimSpace(ansi.Strip(l)))
			}
		}
	}
	for i := range steps {
		goToStep(t, m, i)
		check(steps[i].title)
	}
	m.askKind()
	for page := range startHelp {
		m.start.page = page
		m.start.tick()
		m.askKind()
		check(fmt.Sprintf("first screen, page %d", page+1))
	}
}

// At 80 columns a long status message is shown whole, over two lines if
// it must, next to the keys.
func TestStatusWholeAt80Columns(t *testing.T) {
	m := newTestModel(t, example(t, "nordlys-keramik"), "", 80, 24)
	msg := "Startet fra »Klinik og behandler«. Udfyld jeres oplysninger; ctrl+f viser, hvad der mangler."
	m.setStatus(msg, false)
	got := strings.Join(strings.Fields(ansi.Strip(screen(m))), " ")
	if !strings.Contains(got, msg) {
		t.Errorf("the status is cut off at 80 columns:\n%s", screen(m))
	}
	if n := len(strings.Split(screen(m), "\n")); n > 24 {
		t.Errorf("the screen has %d lines at 24 rows", n)
	}
}
