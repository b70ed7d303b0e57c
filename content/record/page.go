package record

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/privatliv/privatliv/content"
)

// The record as a page: the same sections, Markdown, HTML and print
// stylesheet as the policy.

// Page is the record as numbered sections. Titles are plain text, as the
// HTML page expects; Markdown escapes them itself.
func (r *Record) Page() *content.Page {
	p := &content.Page{Title: r.Title(), Lead: content.Esc(r.Lead()), Class: "fortegnelse"}
	add := func(id, title, body string) {
		if body == "" {
			return
		}
		p.Sections = append(p.Sections, content.Section{ID: id, Title: title, Number: len(p.Sections) + 1, Body: body})
	}
	add("dataansvarlig", term("title dataansvarlig"), fieldTable(r.Controller))
	for _, a := range r.Activities {
		add("aktivitet-"+a.ID, fill("title aktivitet", a.Name), fieldTable(a.Fields))
	}
	add("andre-modtagere", term("title andre-modtagere"), bullets(r.Recipients))
	add("sikkerhed", term("title sikkerhed"), bullets(r.Security))
	if pr := r.Processor; pr != nil {
		add("databehandler", term("title databehandler"), fieldTable(append(append([]Field(nil), pr.Processor...), pr.Controllers...)))
		add("databehandler-behandling", term("title databehandler-behandling"), fieldTable(pr.Processing))
		add("databehandler-overfoersel", term("title databehandler-overfoersel"), bullets(pr.Transfers))
		add("databehandler-sikkerhed", term("title databehandler-sikkerhed"), bullets(r.Security))
	}
	return p
}

// fieldTable writes fields as a two-column table, one row per field.
func fieldTable(fs []Field) string {
	if len(fs) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "| %s | %s |\n|---|---|\n", content.Esc(term("column item")), content.Esc(term("column details")))
	for _, f := range fs {
		fmt.Fprintf(&b, "| %s | %s |\n", content.Esc(f.Label), content.Esc(f.inline()))
	}
	return b.String()
}

// inline joins a field's lines into one cell: "a; b; c". A line that
// starts with the record's own words continues in lower case; one that
// starts with a name keeps its capital.
func (f Field) inline() string {
	out := make([]string, len(f.Lines))
	for i, l := range f.Lines {
		if i > 0 && i < len(f.own) && f.own[i] {
			l = content.LowerFirst(l)
		}
		out[i] = l
	}
	return strings.Join(out, "; ")
}

func bullets(items []string) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "- %s\n", content.Esc(it))
	}
	return b.String()
}

// Markdown writes the record as CommonMark with GFM tables.
func (r *Record) Markdown() []byte {
	p := r.Page()
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", content.Esc(p.Title), p.Lead)
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "## %d. %s\n\n%s\n\n", s.Number, content.Esc(s.Title), strings.TrimSpace(s.Body))
	}
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// HTML writes the record as a standalone HTML5 page in the policy's style.
func (r *Record) HTML() ([]byte, error) { return r.Page().HTML(content.HTMLOptions{}) }
