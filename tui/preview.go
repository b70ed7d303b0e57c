package tui

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// The preview shows the policy rendered by Glamour. Generating the policy
// and rendering it take milliseconds, tens of them for a large file, so
// they never happen inside Update, and they happen once per change, not
// once per key: at most one preview render runs at a time, in a command, on
// a copy of the answers. When it is back and the answers have changed since
// it started, the next one starts from the answers as they are then, so a
// burst of keys costs a few renders, and the preview shows the last key's
// text one render after it. Each section's rendering is cached per (style,
// width, text), so a render only runs Glamour on the sections that changed.

type renderKey struct {
	style string
	width int
	text  string
}

// rendering is a section rendered by Glamour, cut into lines and measured
// once, in the command, so that putting the preview together in Update
// costs nothing per line.
type rendering struct {
	lines  []string
	widths []int
}

// renderer renders Markdown with Glamour and remembers the results. It is
// safe for use from commands running concurrently.
type renderer struct {
	mu    sync.Mutex
	cache map[renderKey]*rendering
	term  map[[2]any]*glamour.TermRenderer
}

func newRenderer() *renderer {
	return &renderer{cache: map[renderKey]*rendering{}, term: map[[2]any]*glamour.TermRenderer{}}
}

// cached returns a rendered section if it is ready.
func (r *renderer) cached(k renderKey) (*rendering, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.cache[k]
	return s, ok
}

// missing reports whether any of ks is not rendered yet.
func (r *renderer) missing(ks []renderKey) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range ks {
		if _, ok := r.cache[k]; !ok {
			return true
		}
	}
	return false
}

func (r *renderer) render(k renderKey) *rendering {
	if s, ok := r.cached(k); ok {
		return s
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := k.text
	tr := r.term[[2]any{k.style, k.width}]
	if tr == nil {
		var err error
		if tr, err = glamour.NewTermRenderer(glamour.WithStandardStyle(k.style), glamour.WithWordWrap(k.width)); err != nil {
			tr = nil
		} else {
			r.term[[2]any{k.style, k.width}] = tr
		}
	}
	if tr != nil {
		if s, err := tr.Render(k.text); err == nil {
			out = s
		}
	}
	rd := newRendering(strings.Trim(out, "\n"))
	r.cache[k] = rd
	return rd
}

func newRendering(s string) *rendering {
	rd := &rendering{lines: strings.Split(s, "\n")}
	rd.widths = make([]int, len(rd.lines))
	for i, l := range rd.lines {
		rd.widths[i] = ansi.StringWidth(l)
	}
	return rd
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
func sectionText(p *policy.Policy) (ids, texts []string) {
	ids, texts = p.Preview()
	for i, t := range texts {
		texts[i] = previewLinks(t)
	}
	return ids, texts
}

// previewMsg carries a preview render: the policy's parts for a copy of the
// answers, rendered for a style and width.
type previewMsg struct {
	a          *drafts.Answers // the copy of the answers the parts were generated for
	ids, texts []string
	ks         []renderKey
	parts      []*rendering // the renderings of ks
	style      string
	width      int
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

// refreshPreview shows the preview for the current step, size and colours
// from what is rendered already, and starts what is missing (see
// background). Answers changed outside a form are noticed first.
func (m *Model) refreshPreview() tea.Cmd {
	m.noteChange()
	if ids, ks := m.previewKeys(); ids != nil {
		m.assemble(ids, ks, nil)
	} else {
		m.scrollToSection()
	}
	return m.background()
}

// previewCmd starts a preview render when none is running and the preview
// does not show the answers as they stand, at the current size and colours.
// Nothing is rendered before the terminal's size is known: the first size
// message follows at once, and rendering for a guessed width only took time
// from the first frame.
func (m *Model) previewCmd() tea.Cmd {
	if m.pvJob != nil || !m.sized {
		return nil
	}
	style, w := m.previewStyle()
	a, r, counts := m.snap, m.r, m.counts
	var ids, texts []string
	have := m.textsFor.a == a
	if have {
		ids, texts = m.textsFor.ids, m.textsFor.texts
		if !r.missing(renderKeys(texts, style, w)) {
			return nil
		}
	}
	m.counts.previewsStarted++
	m.renderAt = m.clock()
	m.pvJob = func() tea.Msg {
		return previewWorker.run(func() tea.Msg {
			counts.previews.Add(1)
			if !have {
				ids, texts = sectionText(policy.Generate(a))
			}
			ks := renderKeys(texts, style, w)
			parts := make([]*rendering, len(ks))
			for i, k := range ks {
				parts[i] = r.render(k)
			}
			return previewMsg{a: a, ids: ids, texts: texts, ks: ks, parts: parts, style: style, width: w}
		})
	}
	return m.pvJob
}

// previewDone takes a preview render: its parts are the newest generated,
// and it is shown if it was made for the current size and colours, even
// when the answers have changed again since (the next render follows).
func (m *Model) previewDone(msg previewMsg) tea.Cmd {
	m.takePreview(msg)
	return m.backgroundAfter()
}

func (m *Model) takePreview(msg previewMsg) {
	m.pvJob = nil
	m.textsFor = policyTexts{a: msg.a, ids: msg.ids, texts: msg.texts}
	if style, w := m.previewStyle(); msg.style == style && msg.width == w {
		m.assemble(msg.ids, msg.ks, msg.parts)
	}
}

// previewKeys are the render keys, at the current size and colours, of the
// newest policy generated, with their section ids; nil before the first.
func (m *Model) previewKeys() ([]string, []renderKey) {
	style, w := m.previewStyle()
	return m.textsFor.ids, renderKeys(m.textsFor.texts, style, w)
}

// policyTexts remembers the policy's parts generated for a copy of the
// answers.
type policyTexts struct {
	a          *drafts.Answers
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
// and scrolls to the section the current question is about. The renderings
// are rendered (a render's own, when it is back) or looked up in the cache.
// The lines are only joined again when a section's rendering changed; they
// were cut and measured when the section was rendered.
func (m *Model) assemble(ids []string, ks []renderKey, rendered []*rendering) {
	parts := make([]*rendering, len(ks))
	changed := len(ids) != len(m.pv.ids)
	for i, k := range ks {
		var out *rendering
		ok := rendered != nil
		if ok {
			out = rendered[i]
		} else {
			out, ok = m.r.cached(k)
		}
		if ok {
			m.rendered[ids[i]] = out
		} else if prev, had := m.rendered[ids[i]]; had {
			out = prev
		} else {
			out = newRendering(k.text)
			m.rendered[ids[i]] = out
		}
		parts[i] = out
		changed = changed || i >= len(m.pv.parts) || out != m.pv.parts[i] || ids[i] != m.pv.ids[i]
	}
	if changed {
		m.r.prune(ks)
		m.pv.parts, m.pv.ids = parts, ids
		m.pv.lines, m.pv.widths = m.pv.lines[:0], m.pv.widths[:0]
		m.offsets = map[string]int{}
		for i, out := range parts {
			if i > 0 {
				m.pv.lines = append(m.pv.lines, "")
				m.pv.widths = append(m.pv.widths, 0)
			}
			m.offsets[ids[i]] = len(m.pv.lines)
			m.pv.lines = append(m.pv.lines, out.lines...)
			m.pv.widths = append(m.pv.widths, out.widths...)
		}
	}
	m.scrollToSection()
}

// scrollToSection scrolls the preview to the section the current question
// is about, when that changed, or as soon as there is a policy to scroll.
func (m *Model) scrollToSection() {
	sec := m.focusSec
	if sec == "" {
		sec = steps[m.cur].section
	}
	if sec == m.pv.section || len(m.offsets) == 0 {
		return // there already, or no policy yet to scroll in
	}
	m.pv.section = sec
	m.pv.offset = m.offsets[sec] // the top, for a section the policy has not
}

// preview is the rendered policy as lines, sliced for the screen rather
// than wrapped again on every frame.
type preview struct {
	parts   []*rendering
	ids     []string
	lines   []string
	widths  []int
	offset  int
	section string
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
