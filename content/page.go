package content

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Section is one part of a document.
type Section struct {
	ID     string // anchor in HTML, stable across versions: "rettigheder"
	Title  string // heading without its number
	Number int    // 1, 2, 3 … ; 0 for the unnumbered summary
	Body   string // Markdown, without the heading
}

// Heading is the section's heading text with its number.
func (s Section) Heading() string {
	if s.Number == 0 {
		return s.Title
	}
	return fmt.Sprintf("%d. %s", s.Number, s.Title)
}

// Markdown is the section with its heading, as the preview shows it.
func (s Section) Markdown() string {
	return fmt.Sprintf("## %s\n\n%s\n", s.Heading(), s.Body)
}

//go:embed page.css
var pageCSS string

// md converts section Markdown to HTML. It runs without goldmark's unsafe
// option, so raw HTML never passes through and dangerous links are dropped;
// our own escaping means user text cannot produce either in the first place.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithParserOptions(parser.WithASTTransformers(
		util.Prioritized(cellLabels{}, 1000),
		util.Prioritized(linkBreaks{}, 1001),
	)),
)

// linkBreaks lets a link's text break after each slash: a web address such
// as "hellefalsberg.dk/privatlivspolitik" is wider than a phone's line, and
// without a <wbr> the browser would cut a word in two instead.
type linkBreaks struct{}

func (linkBreaks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	source := reader.Source()
	var texts []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if l, ok := n.(*ast.Link); ok {
			for c := l.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok && !t.IsRaw() && bytes.IndexByte(t.Segment.Value(source), '/') >= 0 {
					texts = append(texts, t)
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, t := range texts {
		parent := t.Parent()
		parts := bytes.SplitAfter(t.Segment.Value(source), []byte("/"))
		for i, part := range parts {
			if len(part) == 0 {
				continue
			}
			parent.InsertBefore(parent, t, ast.NewString(part))
			if i < len(parts)-1 {
				wbr := ast.NewString([]byte("<wbr>"))
				wbr.SetCode(true) // written as it is: our own tag, not user text
				parent.InsertBefore(parent, t, wbr)
			}
		}
		if t.SoftLineBreak() || t.HardLineBreak() {
			// keep the line break where the text had it
			parent.InsertBefore(parent, t, ast.NewString([]byte("\n")))
		}
		parent.RemoveChild(parent, t)
	}
}

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

// page is parsed when the first page is written: the wizard's first frame
// need not wait for it.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.html").ParseFS(templateFS, "templates/"+Lang+"/page.html"))
})

// HTMLOptions change how the HTML is written.
type HTMLOptions struct {
	// Fragment writes only the policy's content, for pasting into a CMS,
	// instead of a standalone page.
	Fragment bool
}

// Page is a document as the HTML page shows it: a title, a lead and
// numbered sections, each of Markdown. Every document writes its HTML
// through a Page, so all share one layout and stylesheet.
type Page struct {
	Title    string    // plain text, not escaped
	Lead     string    // Markdown
	Sections []Section // the table of contents lists them all
	Class    string    // the article's class, which names the document: "privatlivspolitik"
	Draft    string    // the draft notice at the top, "" for a finished document
}

type htmlSection struct {
	ID, Heading string
	Body        template.HTML
}

// HTML writes the page as a standalone HTML5 page (lang="da", a small
// stylesheet for screen and print, a table of contents with anchors), or
// as a fragment.
func (p *Page) HTML(opts HTMLOptions) ([]byte, error) {
	texts := make([]string, 0, len(p.Sections)+1)
	texts = append(texts, p.Lead)
	for _, s := range p.Sections {
		texts = append(texts, s.Body)
	}
	parts, err := markdownParts(texts)
	if err != nil {
		return nil, err
	}
	links := newCrossReferences(p.Sections)
	secs := make([]htmlSection, len(p.Sections))
	for i, s := range p.Sections {
		secs[i] = htmlSection{s.ID, s.Heading(), template.HTML(links.replace(string(parts[i+1])))}
	}
	var b bytes.Buffer
	err = page().Execute(&b, map[string]any{
		"Fragment": opts.Fragment,
		"Title":    p.Title,
		"Draft":    p.Draft,
		"Class":    p.Class,
		"CSS":      template.CSS(pageCSS),
		"Lead":     parts[0],
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

// partBreak separates the texts markdownParts joins into one document. An
// HTML comment alone on a line between blank lines is a block of its own
// that ends any list, table or paragraph before it; no user text can be one,
// as user text is escaped.
const partBreak = "<!--privatliv:del-->"

// markdownParts converts each text to HTML, as markdownToHTML would, but
// in one goldmark pass over all of them: parsing and rendering a policy's
// twenty sections one by one cost a fifth of the HTML page. The texts are
// joined with breaks, and each top-level block is rendered into the part
// of the text it came from. When the texts could affect each other in one
// document (a link reference defined in one and used in another) or a break
// is not a block of its own (an open code block swallowed it), they are
// converted one by one instead.
func markdownParts(texts []string) ([]template.HTML, error) {
	parts, ok, err := markdownOnePass(texts)
	if ok || err != nil {
		return parts, err
	}
	parts = make([]template.HTML, len(texts))
	for i, t := range texts {
		if parts[i], err = markdownToHTML(t); err != nil {
			return nil, err
		}
	}
	return parts, nil
}

// markdownOnePass is markdownParts' one pass; ok is false when the texts
// must be converted one by one.
func markdownOnePass(texts []string) (parts []template.HTML, ok bool, err error) {
	var src bytes.Buffer
	for i, t := range texts {
		if i > 0 {
			src.WriteString("\n\n" + partBreak + "\n\n")
		}
		src.WriteString(t)
	}
	source := src.Bytes()
	pc := parser.NewContext()
	doc := md.Parser().Parse(text.NewReader(source), parser.WithContext(pc))
	if len(pc.References()) > 0 {
		return nil, false, nil
	}
	var out bytes.Buffer
	out.Grow(2 * len(source))
	w := bufio.NewWriter(&out)
	r := md.Renderer()
	parts = make([]template.HTML, 0, len(texts))
	start := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if isPartBreak(n, source) {
			parts = append(parts, template.HTML(out.Bytes()[start:]))
			start = out.Len()
			continue
		}
		// Render flushes w into out when it is done.
		if err := r.Render(w, source, n); err != nil {
			return nil, false, err
		}
	}
	parts = append(parts, template.HTML(out.Bytes()[start:]))
	return parts, len(parts) == len(texts), nil
}

// isPartBreak reports whether a top-level block is one of markdownParts'
// breaks.
func isPartBreak(n ast.Node, source []byte) bool {
	b, ok := n.(*ast.HTMLBlock)
	if !ok || b.HTMLBlockType != ast.HTMLBlockType2 || b.Lines().Len() != 1 {
		return false
	}
	line := b.Lines().At(0)
	return string(bytes.TrimRight(line.Value(source), "\n")) == partBreak
}

// crossReferences links the policy's references to its own sections ("se
// »Dine rettigheder«") to the section's anchor. Only a quoted title after
// "se", "under" or "afsnittet" is a reference; a purpose that happens to
// share a section's name is left alone.
type crossReferences struct {
	titles []string // each section's title, escaped as in the HTML
	ids    []string
}

// refLeads are the words before a reference, with the space after them.
var refLeads = []string{"se ", "Se ", "under ", "afsnittet "}

func newCrossReferences(secs []Section) crossReferences {
	var c crossReferences
	for _, s := range secs {
		c.titles = append(c.titles, html.EscapeString(s.Title))
		c.ids = append(c.ids, s.ID)
	}
	return c
}

// replace links every reference in h: a lead word, », a section's title
// and «, becomes the lead word and a link around »title«. It replaces what
// a strings.Replacer of every lead and title would, left to right without
// overlaps, but looks only where a » is.
func (c crossReferences) replace(h string) string {
	var b strings.Builder
	done := 0 // h[:done] is in b
	for i := 0; ; {
		j := strings.Index(h[i:], "»")
		if j < 0 {
			break
		}
		i += j
		lead := ""
		for _, l := range refLeads {
			if strings.HasSuffix(h[:i], l) && i-len(l) >= done {
				lead = l
				break
			}
		}
		k := -1
		if lead != "" {
			for t, title := range c.titles {
				if strings.HasPrefix(h[i+len("»"):], title+"«") {
					k = t
					break
				}
			}
		}
		if k < 0 {
			i += len("»")
			continue
		}
		end := i + len("»") + len(c.titles[k]) + len("«")
		if b.Len() == 0 {
			b.Grow(len(h) + 256)
		}
		b.WriteString(h[done:i])
		b.WriteString(`<a href="#` + c.ids[k] + `">»` + c.titles[k] + "«</a>")
		done, i = end, end
	}
	if done == 0 {
		return h
	}
	b.WriteString(h[done:])
	return b.String()
}

// Markdown writes the page as CommonMark with GFM tables: the title, the
// draft notice, the lead and each section under its numbered heading, as
// the HTML has them.
func (p *Page) Markdown() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", Esc(p.Title))
	if p.Draft != "" {
		fmt.Fprintf(&b, "> **%s**\n\n", Esc(p.Draft))
	}
	if lead := strings.TrimSpace(p.Lead); lead != "" {
		b.WriteString(lead)
		b.WriteString("\n\n")
	}
	for _, s := range p.Sections {
		if s.Number > 0 {
			fmt.Fprintf(&b, "## %d. %s\n\n%s\n\n", s.Number, Esc(s.Title), strings.TrimSpace(s.Body))
		} else {
			fmt.Fprintf(&b, "## %s\n\n%s\n\n", Esc(s.Title), strings.TrimSpace(s.Body))
		}
	}
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}
