package tui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/drafts"
)

// walkLists focuses every select and multi-select the user can reach in the
// open form, in order, and calls fn with each.
func walkLists(t *testing.T, m *Model, fn func(c choiceField)) {
	t.Helper()
	walkFields(t, m, func(f huh.Field) {
		if c, ok := unwrapField(f).(choiceField); ok {
			fn(c)
		}
	})
}

// walkFields focuses every field the user can reach in the open form, in
// order, and calls fn with each.
func walkFields(t *testing.T, m *Model, fn func(f huh.Field)) {
	t.Helper()
	seen := map[huh.Field]bool{}
	for range 200 {
		f := m.form.GetFocusedField()
		if f == nil || m.form.State != huh.StateNormal || seen[f] {
			return
		}
		seen[f] = true
		fn(f)
		m.form.NextField()
		if m.form.GetFocusedField() == f {
			m.form.NextGroup()
		}
	}
}

// optionsOf are a choice's option labels.
func optionsOf(c choiceField) []string {
	var out []string
	switch c := c.(type) {
	case *choice[string]:
		for _, o := range c.opts {
			out = append(out, o.Key)
		}
	case *choice[int]:
		for _, o := range c.opts {
			out = append(out, o.Key)
		}
	}
	return out
}

// listShown reports whether every option of the focused list is on the
// screen, and whether the screen says that some are hidden.
func listShown(m *Model, c choiceField) (all, indicator bool) {
	scr := ansi.Strip(screen(m))
	all = true
	for _, o := range optionsOf(c) {
		// An option is cut at the list's width; its start is enough.
		start := []rune(o)
		if len(start) > 24 {
			start = start[:24]
		}
		if !strings.Contains(scr, string(start)) {
			all = false
		}
	}
	return all, strings.Contains(scr, "flere nedenfor") || strings.Contains(scr, "flere ovenfor")
}

// Every list of every example is shown whole, or says that it scrolls: at
// 120x40 the legal bases, the purposes and the security measures are shown
// whole; at 80x24 a long list scrolls with a line saying how many options
// are above and below.
func TestListsUseTheSpace(t *testing.T) {
	mustFit := map[string]bool{"purposes.basis": true, "vendors.purposes": true, "disclosures.purposes": true, "security.measures": true}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		for _, name := range drafts.Examples() {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], name), func(t *testing.T) {
				t.Parallel()
				a := example(t, name)
				m := newTestModel(t, clone(t, a), "", size[0], size[1])
				scrolled := 0
				for _, f := range forms(a) {
					f.open(t, m)
					walkLists(t, m, func(c choiceField) {
						all, indicator := listShown(m, c)
						if !all && !indicator {
							t.Errorf("%s, %s: some options are hidden, and nothing says so:\n%s", f.name, c.GetKey(), ansi.Strip(screen(m)))
						}
						if all && indicator {
							t.Errorf("%s, %s: every option is shown, but the list says more are hidden:\n%s", f.name, c.GetKey(), ansi.Strip(screen(m)))
						}
						if !all {
							scrolled++
						}
						if size[0] == 120 && mustFit[c.GetKey()] && !all {
							t.Errorf("%s, %s: not every option is shown at 120x40:\n%s", f.name, c.GetKey(), ansi.Strip(screen(m)))
						}
					})
					send(t, m, press("esc"))
				}
				if size[0] == 80 && scrolled == 0 {
					t.Errorf("no list scrolls at 80x24; the test shows nothing")
				}
			})
		}
	}
}

// A step's lists show every row, or say how many are above and below,
// wherever the cursor is.
func TestStepListsSayWhatIsHidden(t *testing.T) {
	many := example(t, "helle-falsberg")
	for i := range 40 {
		p := many.Purposes[0]
		p.ID = fmt.Sprintf("%s-%d", p.ID, i)
		many.Purposes = append(many.Purposes, p)
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		for _, name := range append(drafts.Examples(), "mange-formaal") {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], name), func(t *testing.T) {
				t.Parallel()
				a := many
				if name != "mange-formaal" {
					a = example(t, name)
				}
				m := newTestModel(t, clone(t, a), "", size[0], size[1])
				hidden := false
				for i, s := range steps {
					if s.form != nil {
						continue
					}
					goToStep(t, m, i)
					rows := m.rows()
					for r := range rows {
						m.cursor = r
						scr := ansi.Strip(screen(m))
						indicator := strings.Contains(scr, "nedenfor") || strings.Contains(scr, "ovenfor")
						all := true
						for _, row := range rows {
							text := "+ tilføj " + row.coll.noun
							if row.item >= 0 {
								text = row.coll.label(m.a, row.item)
							}
							if r := []rune(text); len(r) > 20 {
								text = string(r[:20])
							}
							all = all && strings.Contains(scr, text)
						}
						if !all && !indicator {
							t.Fatalf("step %d, cursor on row %d: rows are hidden, and nothing says so:\n%s", i+1, r+1, scr)
						}
						hidden = hidden || !all
						if !strings.Contains(scr, "›") {
							t.Fatalf("step %d, cursor on row %d: the cursor is not on screen:\n%s", i+1, r+1, scr)
						}
					}
				}
				if name == "mange-formaal" && !hidden {
					t.Error("46 purposes fit on the screen; the test shows nothing")
				}
			})
		}
	}
}

// At 80x24 the footer always offers f1, which lists every key: on every
// step's list and on every question of every form of every example.
func TestFooterKeepsHelpAt80Columns(t *testing.T) {
	for _, name := range drafts.Examples() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			a := example(t, name)
			m := newTestModel(t, clone(t, a), "", 80, 24)
			check := func(where string) {
				if scr := ansi.Strip(screen(m)); !strings.Contains(scr, "f1 hjælp") {
					t.Fatalf("%s: no f1 in the footer:\n%s", where, scr)
				}
			}
			for i := range steps {
				goToStep(t, m, i)
				check(steps[i].title)
			}
			for _, f := range forms(a) {
				f.open(t, m)
				walkFields(t, m, func(fl huh.Field) { check(f.name + ", " + fl.GetKey()) })
				send(t, m, press("esc"))
			}
		})
	}
}

// The pickers too, the kind picker and each list's »what to add«: every
// option is shown, or the list says how many are hidden, at 120x40 and
// 80x24.
func TestPickersUseTheSpace(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m := New(Options{ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(), Width: size[0], Height: size[1]})
		run(t, m, m.Init())
		check := func(where string) {
			t.Helper()
			c, ok := unwrapField(m.form.GetFocusedField()).(choiceField)
			if !ok {
				t.Fatalf("%s: no list", where)
			}
			if all, indicator := listShown(m, c); !all && !indicator || all && indicator {
				t.Errorf("%dx%d %s: all shown %v, says more are hidden %v:\n%s", size[0], size[1], where, all, indicator, ansi.Strip(screen(m)))
			}
		}
		check("kind picker")
		m.Close()
		m = newTestModel(t, example(t, "helle-falsberg"), "", size[0], size[1])
		for i, s := range steps {
			for _, c := range s.colls {
				if c.templates == nil || len(c.templates(m.a)) < 2 {
					continue
				}
				goToStep(t, m, i)
				for r, row := range m.rows() {
					if row.coll == c && row.item < 0 {
						m.cursor = r
					}
				}
				send(t, m, press("enter"))
				if m.mode != modePick {
					t.Fatalf("%s: no picker (mode %d)", c.title, m.mode)
				}
				check(c.title)
				send(t, m, press("esc"))
			}
		}
	}
}
