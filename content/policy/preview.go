package policy

import (
	"github.com/privatliv/privatliv/content"
	"strings"
)

// Preview is the policy as the wizard's preview shows it, part by part: the
// title and lead under the id "", then each section under its id. Tables
// are written as lists, since a four-column table does not fit beside the
// questions; everything else is the policy's own Markdown.
func (p *Policy) Preview() (ids, texts []string) {
	ids = append(ids, "")
	texts = append(texts, "# "+content.Esc(p.Title)+"\n\n"+p.Lead)
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
		texts = append(texts, tablesToLists(s.Markdown()))
	}
	return ids, texts
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
