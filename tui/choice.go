package tui

import (
	"fmt"
	"reflect"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// choice is a select or multi-select as the wizard shows it. While it has
// the focus it is huh's list, as tall as its options where the form has
// room, and otherwise as tall as the room with a line under it saying how
// many options are above and below. Without the focus it is its title and
// its answer on one line: a list of options with a cursor on "Ikke
// besvaret" reads as if that were the answer. huh keeps the list's state;
// choice only draws it and sizes it.
type choice[T comparable] struct {
	huh.Field // *huh.Select[T] or *huh.MultiSelect[T]

	title string // without a mark
	mark  string // what is wrong with the answer, shown after the title; "" when nothing
	desc  string
	opts  []huh.Option[T]
	// none is the option that stands for no answer (the select's "Ikke
	// besvaret"), when the list has one.
	none    T
	hasNone bool
	multi   bool
	// inline is a select of one line whose option ←/→ changes: huh draws
	// it, with the focus and without, as its title and the option.
	inline bool

	theme   huh.Theme
	dark    bool
	focused bool
	width   int
	// scrolls is set when the options do not fit the room: the list is
	// then one line shorter than the room, and that line says what is
	// hidden.
	scrolls bool
}

func newChoice[T comparable](f huh.Field, title, desc string, opts []huh.Option[T], multi bool) *choice[T] {
	return &choice[T]{Field: f, title: title, desc: desc, opts: opts, multi: multi, dark: true, theme: buildTheme}
}

// Update passes msg on and stays the field the group holds: huh replaces a
// field by what its Update returns.
func (c *choice[T]) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if bg, ok := msg.(tea.BackgroundColorMsg); ok {
		c.dark = bg.IsDark()
	}
	_, cmd := c.Field.Update(msg)
	return c, cmd
}

// oneLine makes a select a line whose option ←/→ changes, for a short
// question among many on one page. It must be called before the form is
// built: huh enables the arrows when it is given its key map.
func (c *choice[T]) oneLine() *choice[T] {
	if s, ok := c.Field.(*huh.Select[T]); ok {
		s.Inline(true)
		c.inline = true
	}
	return c
}

func (c *choice[T]) Focus() tea.Cmd { c.focused = true; return c.Field.Focus() }
func (c *choice[T]) Blur() tea.Cmd  { c.focused = false; return c.Field.Blur() }

// The With… methods return the choice, not the list inside it.

// WithTheme is ignored once a theme is set, as in huh: the list inside
// keeps the theme it was built with, and so does the choice.
func (c *choice[T]) WithTheme(t huh.Theme) huh.Field {
	if c.theme == nil {
		c.theme = t
	}
	c.Field.WithTheme(t)
	return c
}

func (c *choice[T]) WithKeyMap(k *huh.KeyMap) huh.Field { c.Field.WithKeyMap(k); return c }
func (c *choice[T]) WithWidth(w int) huh.Field          { c.width = w; c.Field.WithWidth(w); return c }
func (c *choice[T]) WithHeight(h int) huh.Field         { c.Field.WithHeight(h); return c }
func (c *choice[T]) WithPosition(p huh.FieldPosition) huh.Field {
	c.Field.WithPosition(p)
	return c
}

// GetFiltering reports whether the list is being searched.
func (c *choice[T]) GetFiltering() bool {
	f, ok := c.Field.(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

// hovered is the option under the cursor; false when a search matches none.
func (c *choice[T]) hovered() (T, bool) {
	if f, ok := c.Field.(interface{ Hovered() (T, bool) }); ok {
		return f.Hovered()
	}
	var zero T
	return zero, false
}

// setMark shows what is wrong with the answer after the title, or nothing.
func (c *choice[T]) setMark(mark string) {
	if mark == c.mark {
		return
	}
	c.mark = mark
	t := withMark(c.title, mark)
	switch f := c.Field.(type) {
	case *huh.Select[T]:
		f.Title(t)
	case *huh.MultiSelect[T]:
		f.Title(t)
	}
}

func (c *choice[T]) setHeight(h int) {
	switch f := c.Field.(type) {
	case *huh.Select[T]:
		f.Height(h)
	case *huh.MultiSelect[T]:
		f.Height(h)
	}
}

// withMark is a title with what is wrong with its answer after it.
func withMark(title, mark string) string {
	if mark == "" {
		return title
	}
	return title + "  ⚠ " + mark
}

func (c *choice[T]) styles() *huh.FieldStyles {
	s := c.theme.Theme(c.dark)
	if c.focused {
		return &s.Focused
	}
	return &s.Blurred
}

func (c *choice[T]) fieldWidth() int { return c.width }

// textWidth is the width inside the field's border.
func (c *choice[T]) textWidth() int {
	return max(c.width-c.styles().Base.GetHorizontalFrameSize(), 10)
}

// fit makes the list as tall as its options, or as the room when they do
// not fit (room is the height the form gives the group's fields).
func (c *choice[T]) fit(room int) {
	if c.width <= 0 || room <= 0 || c.inline {
		return
	}
	head, lines := c.heights()
	want := head + lines
	c.scrolls = want > room
	if c.scrolls {
		want = max(room-1, head+1)
	}
	c.setHeight(want)
	// huh wraps a long description once to count its lines and again to
	// draw it, which can take a line more: what is drawn decides.
	for range 3 {
		total := lipgloss.Height(c.Field.View())
		if c.scrolls {
			total++
		}
		if total <= room || want <= head+1 {
			return
		}
		if !c.scrolls {
			c.scrolls = true
			total++
		}
		want -= total - room
		c.setHeight(max(want, head+1))
	}
}

// heights are the lines of the title and description, and of the options.
func (c *choice[T]) heights() (head, options int) {
	w := c.textWidth()
	head = lipgloss.Height(huhWrap(withMark(c.title, c.mark), w))
	if c.desc != "" {
		head += lipgloss.Height(huhWrap(c.desc, w))
	}
	if c.multi {
		// A multi-select cuts its options to the width: one line each.
		return head, len(c.opts)
	}
	st := c.theme.Theme(c.dark).Focused
	ow := max(w-lipgloss.Width(st.SelectSelector.String()), 1)
	for _, o := range c.opts {
		options += lipgloss.Height(huhWrap(o.Key, ow))
	}
	return head, options
}

// huhWrap wraps text as huh does.
func huhWrap(s string, w int) string { return lipgloss.Wrap(s, w, ",.-; ") }

// View draws the list with the focus, and the title and answer without.
func (c *choice[T]) View() string {
	if c.inline {
		return c.Field.View()
	}
	if !c.focused {
		return c.blurredView()
	}
	v := c.Field.View()
	if s := c.scrollLine(); s != "" {
		v += "\n" + c.styles().Base.Render(c.styles().Description.Render(s))
	}
	return v
}

func (c *choice[T]) blurredView() string {
	st := c.styles()
	w := c.textWidth()
	title := st.Title.Render(huhWrap(withMark(c.title, c.mark), w))
	answer := st.Description.Render(c.answerText())
	if !c.unanswered() {
		answer = st.SelectedOption.Render(huhWrap(c.answerText(), w))
	}
	return st.Base.Width(c.width).Render(title + "\n" + answer)
}

// answerText is the answer as the options word it.
func (c *choice[T]) answerText() string {
	var labels []string
	for _, v := range c.values() {
		if c.hasNone && v == c.none {
			continue
		}
		labels = append(labels, c.label(v))
	}
	if len(labels) == 0 {
		if c.multi {
			return "Ingen valgt"
		}
		return "Ikke besvaret"
	}
	return strings.Join(labels, ", ")
}

func (c *choice[T]) unanswered() bool {
	vs := c.values()
	return len(vs) == 0 || !c.multi && c.hasNone && vs[0] == c.none
}

func (c *choice[T]) values() []T {
	switch v := c.Field.GetValue().(type) {
	case T:
		return []T{v}
	case []T:
		return v
	}
	return nil
}

func (c *choice[T]) label(v T) string {
	for _, o := range c.opts {
		if o.Value == v {
			return o.Key
		}
	}
	return fmt.Sprint(v)
}

// scrollLine says how many options the list hides above and below, when
// it does not show them all; "" when it does, or while it is searched.
func (c *choice[T]) scrollLine() string {
	if !c.scrolls {
		return ""
	}
	above, below, ok := c.hidden()
	if !ok {
		return ""
	}
	var parts []string
	if above > 0 {
		parts = append(parts, fmt.Sprintf("↑ %d flere ovenfor", above))
	}
	if below > 0 {
		parts = append(parts, fmt.Sprintf("↓ %d flere nedenfor", below))
	}
	return strings.Join(parts, " · ")
}

// hidden counts the options above and below the visible rows. huh keeps
// the list's scroll position to itself (its scroll indicators are an open
// pull request, charmbracelet/huh#775), so it is read from the list's
// viewport; if huh changes, there is no indicator rather than a wrong
// one, and TestListsUseTheSpace fails.
func (c *choice[T]) hidden() (above, below int, ok bool) {
	v := reflect.ValueOf(c.Field)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return 0, 0, false
	}
	e := v.Elem()
	vp, filtering, filtered := e.FieldByName("viewport"), e.FieldByName("filtering"), e.FieldByName("filteredOptions")
	if !vp.IsValid() || !filtering.IsValid() || !filtered.IsValid() || filtering.Kind() != reflect.Bool || filtered.Kind() != reflect.Slice {
		return 0, 0, false
	}
	if filtering.Bool() || filtered.Len() != len(c.opts) {
		return 0, 0, false
	}
	y, h := vp.FieldByName("yOffset"), vp.FieldByName("height")
	if !y.IsValid() || !h.IsValid() || y.Kind() != reflect.Int || h.Kind() != reflect.Int {
		return 0, 0, false
	}
	top, height := int(y.Int()), int(h.Int())
	// Count whole options: a select's long option takes several lines.
	w := max(c.textWidth()-lipgloss.Width(c.theme.Theme(c.dark).Focused.SelectSelector.String()), 1)
	line := 0
	for _, o := range c.opts {
		n := 1
		if !c.multi {
			n = lipgloss.Height(huhWrap(o.Key, w))
		}
		switch {
		case line+n <= top:
			above++
		case line >= top+height:
			below++
		}
		line += n
	}
	return above, below, true
}

// choiceField is what the wizard needs of a choice of any type.
type choiceField interface {
	huh.Field
	fit(room int)
	fieldWidth() int
	setMark(mark string)
	scrollLine() string
	matches() bool
	GetFiltering() bool
}

// matches reports whether the cursor is on an option: a search may match
// none.
func (c *choice[T]) matches() bool { _, ok := c.hovered(); return ok }
