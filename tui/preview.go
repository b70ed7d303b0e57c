package tui

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// The preview shows the policy rendered by Glamour. Rendering a whole policy
// takes tens of milliseconds, so it never happens inside Update: each
// section is rendered once per (style, width, text) and cached; sections
// that changed are rendered by a command, and results from an older
// generation are dropped.

type renderKey struct {
	style string
	width int
	text  string
}

// renderer renders Markdown with Glamour and remembers the results. It is
// safe for use from commands running concurrently.
type renderer struct {
	mu     sync.Mutex
	cache  map[renderKey]string
	term   map[[2]any]*glamour.TermRenderer
	latest atomic.Int64 // newest generation; older render commands stop early
}

func newRenderer() *renderer {
	return &renderer{cache: map[renderKey]string{}, term: map[[2]any]*glamour.TermRenderer{}}
}

// cached returns a rendered section if it is ready.
func (r *renderer) cached(k renderKey) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.cache[k]
	return s, ok
}

func (r *renderer) render(k renderKey) string {
	if s, ok := r.cached(k); ok {
		return s
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	tr := r.term[[2]any{k.style, k.width}]
	if tr == nil {
		var err error
		tr, err = glamour.NewTermRenderer(glamour.WithStandardStyle(k.style), glamour.WithWordWrap(k.width))
		if err != nil {
			return k.text
		}
		r.term[[2]any{k.style, k.width}] = tr
	}
	out, err := tr.Render(k.text)
	if err != nil {
		out = k.text
	}
	out = strings.Trim(out, "\n")
	r.cache[k] = out
	return out
}

// glamourStyle picks Glamour's style for the terminal.
func glamourStyle(dark, noColor bool) string {
	switch {
	case noColor:
		return gstyles.NoTTYStyle
	case dark:
		return gstyles.DarkStyle
	default:
		return gstyles.LightStyle
	}
}

// sectionText is the Markdown of each part of the policy, in order, with
// the section ids, in content's preview form.
func sectionText(p *content.Policy) (ids, texts []string) {
	ids, texts = p.Preview()
	for i, t := range texts {
		texts[i] = previewLinks(t)
	}
	return ids, texts
}

// previewMsg carries the preview's parts, rendered by a command.
type previewMsg struct {
	gen   int
	ids   []string
	ks    []renderKey
	a     *drafts.Answers // the copy of the answers the parts were generated for, if any,
	texts []string        // and their texts
}

// renderCmd renders the given keys in the background; the results land in
// the cache, and the message tells the model to assemble the preview again
// from ids and all.
func renderCmd(r *renderer, gen int, ids []string, all, missing []renderKey) tea.Cmd {
	r.latest.Store(int64(gen))
	return func() tea.Msg { return renderSections(r, gen, ids, all, missing) }
}

func renderSections(r *renderer, gen int, ids []string, all, missing []renderKey) tea.Msg {
	for _, k := range missing {
		if r.latest.Load() != int64(gen) {
			return nil // the user typed on; a newer command renders the newer text
		}
		r.render(k)
	}
	return previewMsg{gen: gen, ids: ids, ks: all}
}

// prune forgets renderings that are no longer on screen, so typing through
// a long policy does not keep every earlier version of every section.
func (r *renderer) prune(keep []renderKey) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.cache) <= 2*len(keep)+16 {
		return
	}
	want := make(map[renderKey]bool, len(keep))
	for _, k := range keep {
		want[k] = true
	}
	for k := range r.cache {
		if !want[k] {
			delete(r.cache, k)
		}
	}
}

// refreshPreview assembles the preview from cached sections and starts a
// background render of the ones that changed. Any older preview command
// stops, and its result is dropped. Nothing is rendered before the
// terminal's size is known: the first size message follows at once, and
// rendering for a guessed width only took time from the first frame.
func (m *Model) refreshPreview() tea.Cmd {
	ids, ks := m.previewKeys()
	var missing []renderKey
	for _, k := range ks {
		if _, ok := m.r.cached(k); !ok {
			missing = append(missing, k)
		}
	}
	m.assemble(ids, ks)
	m.gen++
	m.r.latest.Store(int64(m.gen))
	if len(missing) == 0 || !m.sized {
		return nil
	}
	return renderCmd(m.r, m.gen, ids, ks, missing)
}

// changedPreviewCmd is refreshPreview after a change to the answers, all of
// it in a command: generating the policy takes a millisecond, which a key
// need not wait for any more than for Glamour. It works on the change's
// copy of the answers; until it is back, the preview shows what it showed.
func (m *Model) changedPreviewCmd() tea.Cmd {
	m.gen++
	gen, r, a := m.gen, m.r, m.snap
	style, w := m.previewStyle()
	r.latest.Store(int64(gen))
	return func() tea.Msg {
		if r.latest.Load() != int64(gen) {
			return nil
		}
		ids, texts := sectionText(content.Generate(a))
		ks := renderKeys(texts, style, w)
		msg := renderSections(r, gen, ids, ks, ks)
		if pm, ok := msg.(previewMsg); ok {
			pm.a, pm.texts = a, texts
			return pm
		}
		return msg
	}
}

// previewKeys are the render keys of the policy's parts as the answers
// stand, with their section ids. While the answers are those of the last
// change, the policy is generated once for them, not again for every
// scroll, step or new width.
func (m *Model) previewKeys() ([]string, []renderKey) {
	style, w := m.previewStyle()
	c := &m.textsFor
	if c.a != m.snap || !reflect.DeepEqual(m.a, m.snap) {
		ids, texts := sectionText(content.Generate(m.a))
		*c = policyTexts{ids: ids, texts: texts}
		if reflect.DeepEqual(m.a, m.snap) {
			c.a = m.snap
		}
	}
	return c.ids, renderKeys(c.texts, style, w)
}

// policyTexts remembers the policy's parts generated for a copy of the
// answers.
type policyTexts struct {
	a          *drafts.Answers // nil: the answers of no change
	ids, texts []string
}

func (m *Model) previewStyle() (style string, width int) {
	return glamourStyle(m.dark, m.opts.NoColor), max(m.previewWidth()-2, 20)
}

// renderKeys are the render keys of texts.
func renderKeys(texts []string, style string, w int) []renderKey {
	ks := make([]renderKey, len(texts))
	for i, t := range texts {
		ks[i] = renderKey{style, w, t}
	}
	return ks
}

// assemble joins the rendered sections into the preview's lines, keeping
// the last rendering of a section whose new text is still being rendered,
// and scrolls to the section the current question is about. The lines are
// only rebuilt when a section's rendering changed, so a keystroke whose
// sections are still rendering costs almost nothing here.
func (m *Model) assemble(ids []string, ks []renderKey) {
	parts := make([]string, len(ks))
	for i, k := range ks {
		out, ok := m.r.cached(k)
		if ok {
			m.rendered[ids[i]] = out
		} else if prev, had := m.rendered[ids[i]]; had {
			out = prev
		} else {
			out = k.text
		}
		parts[i] = out
	}
	if !equalStrings(parts, m.pv.parts) || !equalStrings(ids, m.pv.ids) {
		m.r.prune(ks)
		m.pv.parts, m.pv.ids = parts, ids
		m.pv.lines = m.pv.lines[:0]
		m.offsets = map[string]int{}
		for i, out := range parts {
			if i > 0 {
				m.pv.lines = append(m.pv.lines, "")
			}
			m.offsets[ids[i]] = len(m.pv.lines)
			m.pv.lines = append(m.pv.lines, strings.Split(out, "\n")...)
		}
		// Measure once here, not on every frame.
		m.pv.widths = make([]int, len(m.pv.lines))
		for i, l := range m.pv.lines {
			m.pv.widths[i] = ansi.StringWidth(l)
		}
	}
	sec := m.focusSec
	if sec == "" {
		sec = steps[m.cur].section
	}
	if sec != m.pv.section {
		m.pv.section = sec
		m.pv.offset = 0
		if off, ok := m.offsets[sec]; ok {
			m.pv.offset = off
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// preview is the rendered policy as lines, sliced for the screen rather
// than wrapped again on every frame.
type preview struct {
	parts, ids []string
	lines      []string
	widths     []int
	offset     int
	section    string
}

func (p *preview) scroll(n, h int) {
	p.offset = max(0, min(p.offset+n, len(p.lines)-h))
}

// previewLines is the visible part of the preview: exactly h lines of
// exactly w columns, cut from the lines rendered earlier.
func (m *Model) previewLines(w, h int) []string {
	out := make([]string, h)
	start := max(0, min(m.pv.offset, len(m.pv.lines)-h))
	for i := range out {
		j := start + i
		if j < len(m.pv.lines) {
			out[i] = fitWidth(m.pv.lines[j], m.pv.widths[j], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}
