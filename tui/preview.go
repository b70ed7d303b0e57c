package tui

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gstyles "charm.land/glamour/v2/styles"
	"github.com/privatliv/privatliv/content"
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
	mu    sync.Mutex
	cache map[renderKey]string
	term  map[[2]any]*glamour.TermRenderer
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
	if len(r.cache) > 4096 { // typing in a long policy makes many versions; keep memory bounded
		r.cache = map[renderKey]string{}
	}
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
// the section ids; the title and lead come first under the id "".
func sectionText(p *content.Policy) (ids, texts []string) {
	ids = append(ids, "")
	texts = append(texts, "# "+escTitle(p.Title)+"\n\n"+p.Lead)
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
		texts = append(texts, tablesToLists(s.Markdown()))
	}
	return ids, texts
}

func escTitle(s string) string {
	return strings.NewReplacer("#", `\#`, "*", `\*`, "_", `\_`, "<", `\<`, "[", `\[`, "`", "\\`").Replace(s)
}

// previewMsg carries sections rendered by a command.
type previewMsg struct {
	gen int
}

// renderCmd renders the given keys in the background; the result lands in
// the cache, and the message tells the model to assemble the preview again.
func renderCmd(r *renderer, gen int, ks []renderKey) tea.Cmd {
	return func() tea.Msg {
		for _, k := range ks {
			r.render(k)
		}
		return previewMsg{gen: gen}
	}
}

// refreshPreview assembles the preview from cached sections and starts a
// background render of the ones that changed.
func (m *Model) refreshPreview() tea.Cmd {
	ks := m.previewKeys()
	var missing []renderKey
	for _, k := range ks {
		if _, ok := m.r.cached(k); !ok {
			missing = append(missing, k)
		}
	}
	m.assemble()
	if len(missing) == 0 {
		return nil
	}
	m.gen++
	return renderCmd(m.r, m.gen, missing)
}

func (m *Model) previewKeys() []renderKey {
	_, texts := sectionText(content.Generate(m.a))
	style := glamourStyle(m.dark, m.opts.NoColor)
	w := max(m.previewWidth()-2, 20)
	ks := make([]renderKey, len(texts))
	for i, t := range texts {
		ks[i] = renderKey{style, w, t}
	}
	return ks
}

// assemble joins the rendered sections, keeping the last rendering of a
// section whose new text is still being rendered, and scrolls the preview
// to the section the current question is about.
func (m *Model) assemble() {
	ids, texts := sectionText(content.Generate(m.a))
	style := glamourStyle(m.dark, m.opts.NoColor)
	w := max(m.previewWidth()-2, 20)
	var b strings.Builder
	offsets := map[string]int{}
	line := 0
	for i, t := range texts {
		out, ok := m.r.cached(renderKey{style, w, t})
		if ok {
			m.rendered[ids[i]] = out
		} else if prev, had := m.rendered[ids[i]]; had {
			out = prev
		} else {
			out = t
		}
		offsets[ids[i]] = line
		if i > 0 {
			b.WriteString("\n\n")
			line += 2
		}
		b.WriteString(out)
		line += strings.Count(out, "\n")
		_ = i
	}
	m.offsets = offsets
	m.vp.SetWidth(m.previewWidth())
	m.vp.SetHeight(m.bodyHeight())
	m.vp.SetContent(b.String())
	sec := m.focusSec
	if sec == "" {
		sec = steps[m.cur].section
	}
	if off, ok := offsets[sec]; ok {
		m.vp.SetYOffset(off + 1)
	} else {
		m.vp.SetYOffset(0)
	}
}

func (m *Model) previewView(w, h int) string {
	m.vp.SetWidth(w)
	m.vp.SetHeight(h)
	return m.vp.View()
}

// tablesToLists rewrites GFM tables as lists for the preview: a four-column
// table squeezed into half a terminal breaks words apart, while a list
// reads well at any width. The saved policy keeps its tables.
func tablesToLists(md string) string {
	if !strings.Contains(md, "\n|") {
		return md
	}
	lines := strings.Split(md, "\n")
	var out []string
	var header []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "|") {
			header = nil
			out = append(out, l)
			continue
		}
		cells := splitRow(l)
		switch {
		case header == nil:
			header = cells
		case strings.HasPrefix(l, "|---") || strings.HasPrefix(l, "| ---"):
		default:
			var b strings.Builder
			b.WriteString("- **" + cells[0] + "**")
			for j := 1; j < len(cells) && j < len(header); j++ {
				b.WriteString("  \n  " + header[j] + ": " + cells[j])
			}
			out = append(out, b.String())
		}
	}
	return strings.Join(out, "\n")
}

// splitRow splits a table row at unescaped pipes.
func splitRow(l string) []string {
	l = strings.TrimSpace(l)
	l = strings.TrimPrefix(l, "|")
	l = strings.TrimSuffix(l, "|")
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) {
			cur.WriteByte(l[i])
			cur.WriteByte(l[i+1])
			i++
			continue
		}
		if l[i] == '|' {
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
			continue
		}
		cur.WriteByte(l[i])
	}
	return append(cells, strings.TrimSpace(cur.String()))
}
