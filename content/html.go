package content

import (
	"bytes"
	_ "embed"
	"html"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

//go:embed page.css
var pageCSS string

//go:embed page.html
var pageHTML string

// md converts section Markdown to HTML. It runs without goldmark's unsafe
// option, so raw HTML never passes through and dangerous links are dropped;
// our own escaping means user text cannot produce either in the first place.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(cellLabels{}, 1000))),
)

// cellLabels gives every table cell a data-label with its column's
// heading, so that on a narrow screen the stylesheet can show each row as
// a card of labelled lines instead of squeezing four columns.
type cellLabels struct{}

func (cellLabels) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*east.Table)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var labels []string
		for row := t.FirstChild(); row != nil; row = row.NextSibling() {
			i := 0
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				if _, header := row.(*east.TableHeader); header {
					labels = append(labels, plainText(cell, source))
				} else if i < len(labels) {
					cell.SetAttributeString("data-label", labels[i])
				}
				i++
			}
		}
		return ast.WalkSkipChildren, nil
	})
}

// plainText is the text of a node's inline content.
func plainText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

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
	links := crossReferences(p.Sections)
	var secs []htmlSection
	for _, s := range p.Sections {
		body, err := markdownToHTML(s.Body)
		if err != nil {
			return nil, err
		}
		secs = append(secs, htmlSection{s.ID, s.Heading(), template.HTML(links.Replace(string(body)))})
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

// crossReferences links the policy's references to its own sections ("se
// »Dine rettigheder«") to the section's anchor. Only a quoted title after
// "se", "under" or "afsnittet" is a reference; a purpose that happens to
// share a section's name is left alone.
func crossReferences(secs []Section) *strings.Replacer {
	var pairs []string
	for _, s := range secs {
		title := html.EscapeString(s.Title)
		for _, before := range []string{"se ", "Se ", "under ", "afsnittet "} {
			pairs = append(pairs, before+"»"+title+"«", before+`<a href="#`+s.ID+`">»`+title+"«</a>")
		}
	}
	return strings.NewReplacer(pairs...)
}
