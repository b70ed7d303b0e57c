package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A kept view is the view huh would draw: on every form of the largest
// example, a new questionnaire and answers that use every optional field,
// after each of a run of keys that type, delete, move, tick and go on, every
// field that keeps a view would draw that same view afresh.
func TestKeptViewsAreFresh(t *testing.T) {
	points := startingPoints(t)
	keys := []string{"x", "backspace", "down", "space", "tab", "x", "right", "up", "enter", "shift+tab", "space", "tab", "tab", "enter"}
	for _, name := range []string{"ny", "alle-nye-felter", "nordlys-keramik"} {
		a := points[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m := newTestModel(t, clone(t, a), "", 120, 40)
			kept := 0
			check := func(f form, keys []string) {
				t.Helper()
				if m.form == nil || m.q == nil {
					return
				}
				for _, kv := range m.q.kept {
					if !kv.ok {
						continue
					}
					kept++
					if fresh := kv.Field.View(); kv.view != fresh {
						t.Fatalf("%s, after %v: field %q kept a view that is not its own:\n%s", f.name, keys, kv.GetKey(), lineDiff(kv.view, fresh))
					}
				}
			}
			for _, f := range forms(a) {
				f.open(t, m)
				for i, k := range keys {
					if m.form == nil {
						break
					}
					// Right after the key, and after what it started.
					_, cmd := m.Update(keyMsg(k))
					check(f, keys[:i+1])
					run(t, m, cmd)
					check(f, keys[:i+1])
				}
				send(t, m, press("esc"))
			}
			if kept == 0 {
				t.Fatal("no field kept its view")
			}
		})
	}
}

// keyMsg is press with the keys this test needs besides.
func keyMsg(k string) tea.Msg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	return press(k)
}

// lineDiff shows the lines where two views differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d: kept %q\n         fresh %q", i+1, x, y))
		}
	}
	return strings.Join(out, "\n")
}
