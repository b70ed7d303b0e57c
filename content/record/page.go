package record

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
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
	add("dataansvarlig", "Den dataansvarlige (art. 30, stk. 1, litra a)", fieldTable(r.Controller))
	for _, a := range r.Activities {
		add("aktivitet-"+a.ID, "Behandlingsaktivitet: "+a.Name, fieldTable(a.Fields))
	}
	add("andre-modtagere", "Modtagere uden for de enkelte behandlinger (art. 30, stk. 1, litra d)", bullets(r.Recipients))
	add("sikkerhed", "Tekniske og organisatoriske sikkerhedsforanstaltninger (art. 30, stk. 1, litra g)", bullets(r.Security))
	if pr := r.Processor; pr != nil {
		add("databehandler", "Som databehandler: databehandleren og de dataansvarlige (art. 30, stk. 2, litra a)", fieldTable(append(append([]Field(nil), pr.Processor...), pr.Controllers...)))
		add("databehandler-behandling", "Som databehandler: kategorier af behandling (art. 30, stk. 2, litra b)", fieldTable(pr.Processing))
		add("databehandler-overfoersel", "Som databehandler: overførsel til tredjelande (art. 30, stk. 2, litra c)", bullets(pr.Transfers))
		add("databehandler-sikkerhed", "Som databehandler: tekniske og organisatoriske sikkerhedsforanstaltninger (art. 30, stk. 2, litra d)", bullets(r.Security))
	}
	return p
}

// fieldTable writes fields as a two-column table, one row per field.
func fieldTable(fs []Field) string {
	if len(fs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("| Punkt | Oplysninger |\n|---|---|\n")
	for _, f := range fs {
		fmt.Fprintf(&b, "| %s | %s |\n", content.Esc(f.Label), content.Esc(inline(f.Lines)))
	}
	return b.String()
}

// inline joins a field's lines into one cell: "a; b; c". A line that
// starts with one of the record's own words continues in lower case; one
// that starts with a name keeps its capital.
func inline(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if i > 0 && ownWords(l) {
			l = content.LowerFirst(l)
		}
		out[i] = l
	}
	return strings.Join(out, "; ")
}

func ownWords(l string) bool {
	for _, t := range [][]drafts.Term{drafts.Roles, drafts.LegalBases} {
		for _, w := range t {
			if strings.HasPrefix(l, w.Label) {
				return true
			}
		}
	}
	for _, w := range []string{"Andre modtagere:", "For ", "Strafbare forhold,", "Ingen:"} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	// The art. 9 exception of a category: "Helbredsoplysninger (art. 9): …".
	return strings.Contains(l, " (art. 9): ")
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
