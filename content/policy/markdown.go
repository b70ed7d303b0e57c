package policy

import (
	"bytes"
	"fmt"
	"github.com/privatliv/privatliv/content"
	"strings"
)

// MarkdownOptions change how the Markdown is written.
type MarkdownOptions struct {
	// FrontMatter adds YAML front matter (title, date, lang) for static-site
	// generators such as Jekyll, Hugo and Astro.
	FrontMatter bool
}

// Markdown writes the policy as CommonMark with GFM tables.
func (p *Policy) Markdown(opts MarkdownOptions) []byte {
	var b bytes.Buffer
	if opts.FrontMatter {
		b.WriteString("---\n")
		fmt.Fprintf(&b, "title: %s\n", yamlString(p.Title))
		if !p.Effective.IsZero() {
			fmt.Fprintf(&b, "date: %s\n", p.Effective)
		}
		b.WriteString("lang: da\n---\n\n")
	}
	fmt.Fprintf(&b, "# %s\n\n", content.Esc(p.Title))
	if n := p.DraftNotice(); n != "" {
		fmt.Fprintf(&b, "> **%s**\n\n", content.Esc(n))
	}
	if p.Lead != "" {
		b.WriteString(p.Lead)
		b.WriteString("\n\n")
	}
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", s.Heading(), s.Body)
	}
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// yamlString quotes s as a YAML double-quoted scalar.
func yamlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range content.Clean(s) {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
