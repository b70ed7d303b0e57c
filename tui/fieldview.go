package tui

import (
	"reflect"
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// huh's group draws every one of its fields after every message, and the
// focused one twice: a key typed into the first of a step's ten questions
// drew all ten, most of a key's work. keptView keeps a field's last view
// until something that shows in it may have changed: a message for the
// field (other than huh's "refresh" after every update, which changes
// nothing for fields without dynamic titles or options, and privatliv's have
// none), focus, a new theme, size, key map or position, or its value
// changed from outside. So a key draws the field it changes, once.
type keptView struct {
	huh.Field
	view  string
	value any  // GetValue when view was drawn
	ok    bool // view is the field's view
	pos   huh.FieldPosition
	// posSet is set once a position was passed on since the key map: the
	// position enables the keys (enter as »næste« or »færdig«, shift+tab),
	// and a new key map enables them all again.
	posSet bool
}

// unwrapField is the field huh made, under the view keeper.
func unwrapField(f huh.Field) huh.Field {
	if k, ok := f.(*keptView); ok {
		return k.Field
	}
	return f
}

const huhPkg = "charm.land/huh/v2"

// isRefresh tells huh's refresh message, which a group sends to every field
// after every update.
func isRefresh(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.Name() == "updateFieldMsg" && t.PkgPath() == huhPkg
}

func (k *keptView) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	m, cmd := k.Field.Update(msg)
	k.Field = m.(huh.Field)
	if !isRefresh(msg) {
		k.ok = false
	}
	return k, cmd
}

func (k *keptView) View() string {
	v := k.Field.GetValue()
	if k.ok && sameValue(v, k.value) {
		return k.view
	}
	k.view, k.value, k.ok = k.Field.View(), keepValue(v), true
	return k.view
}

func (k *keptView) Focus() tea.Cmd { k.ok = false; return k.Field.Focus() }
func (k *keptView) Blur() tea.Cmd  { k.ok = false; return k.Field.Blur() }

func (k *keptView) WithTheme(t huh.Theme) huh.Field {
	k.Field, k.ok = k.Field.WithTheme(t), false
	return k
}

// WithKeyMap gives the field its keys afresh, which forgets what its
// position enabled: the next position is passed on again.
func (k *keptView) WithKeyMap(km *huh.KeyMap) huh.Field {
	k.Field, k.ok, k.posSet = k.Field.WithKeyMap(km), false, false
	return k
}

func (k *keptView) WithWidth(w int) huh.Field {
	k.Field, k.ok = k.Field.WithWidth(w), false
	return k
}

func (k *keptView) WithHeight(h int) huh.Field {
	k.Field, k.ok = k.Field.WithHeight(h), false
	return k
}

// WithPosition comes after every update of the form, mostly with the same
// position.
func (k *keptView) WithPosition(p huh.FieldPosition) huh.Field {
	if p != k.pos || !k.posSet {
		k.Field, k.ok, k.pos, k.posSet = k.Field.WithPosition(p), false, p, true
	}
	return k
}

// GetFiltering tells whether a select's list is being searched.
func (k *keptView) GetFiltering() bool {
	f, ok := k.Field.(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

// sameValue compares field values: strings, booleans and lists of strings.
func sameValue(a, b any) bool {
	if as, ok := a.([]string); ok {
		bs, ok := b.([]string)
		return ok && slices.Equal(as, bs)
	}
	return a == b
}

// keepValue keeps a value as it is now: a list may be changed in place.
func keepValue(v any) any {
	if s, ok := v.([]string); ok {
		return slices.Clone(s)
	}
	return v
}
