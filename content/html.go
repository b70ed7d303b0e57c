package content

import (
	"bytes"
	_ "embed"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

//go:embed page.css
var pageCSS string

//go:embed page.html
var pageHTML string

// md converts section Markdown to HTML. It runs without goldmark's unsafe
// option, so raw HTML never passes through and dangerous links are dropped;
// our own escaping means user text cannot produce either in the first place.
var md = goldmark.New(goldmark.WithExtensions(extension.Table))

var page = template.Must(template.New("page").Parse(pageHTML))

// HTMLOptions change how the HTML is written.
type HTMLOptions struct {
	// Fragment writes only the policy's content, for pasting into a CMS,
	// instead of a standalone page.
	Fragment bool
}

type htmlSection struct {
	ID, Heading string
	Body        template.HTML
}

// HTML writes the policy as a standalone HTML5 page (lang="da", a small
// stylesheet for screen and print, a table of contents with anchors), or
// as a fragment.
func (p *Policy) HTML(opts HTMLOptions) ([]byte, error) {
	lead, err := markdownToHTML(p.Lead)
	if err != nil {
		return nil, err
	}
	var secs []htmlSection
	for _, s := range p.Sections {
		body, err := markdownToHTML(s.Body)
		if err != nil {
			return nil, err
		}
		secs = append(secs, htmlSection{s.ID, s.Heading(), body})
	}
	var b bytes.Buffer
	err = page.Execute(&b, map[string]any{
		"Fragment": opts.Fragment,
		"Title":    p.Title,
		"Draft":    p.DraftNotice(),
		"Class":    orDefault(p.class, "privatlivspolitik"),
		"CSS":      template.CSS(pageCSS),
		"Lead":     lead,
		"Sections": secs,
	})
	if err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func markdownToHTML(s string) (template.HTML, error) {
	var b bytes.Buffer
	if err := md.Convert([]byte(s), &b); err != nil {
		return "", err
	}
	// goldmark escapes all text and, without the unsafe option, omits raw HTML.
	return template.HTML(b.String()), nil
}
