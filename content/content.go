// Package content is privatliv's Danish text: the clause templates, the
// phrasing of every term, and the generator that turns an answer file into
// a privacy policy (privatlivspolitik) as Markdown or HTML.
//
// Every section is a small pure function of the answers. A section with
// nothing to say is left out, and the rest are numbered without gaps. All
// text a user typed is escaped on its way in, so it can never change the
// document's structure.
package content

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates/*.md
var templateFS embed.FS

// templates holds the clause templates in each voice: "vi" (false) and
// "jeg" (true).
var templates = map[bool]*template.Template{
	false: parseVoiced(templateFS, "templates/*.md", false),
	true:  parseVoiced(templateFS, "templates/*.md", true),
}

// Section is one part of the policy.
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

// Policy is a generated privacy policy.
type Policy struct {
	Title     string // plain text, not escaped
	Effective drafts.Date
	Lead      string    // Markdown: effective date and a sentence on what this is
	Sections  []Section // the summary first, then the numbered sections
	Errors    int       // errors in the answers: a draft when above 0 (MarkDraft)
	class     string    // the HTML article's class; "privatlivspolitik" when empty
}

// section is a generator for one part of the policy: it returns the body,
// or "" when the section does not apply to these answers.
type section struct {
	id, title string
	body      func(*drafts.Answers) string
}

// sections is the policy's outline, in order.
var sections = []section{
	{"kort-fortalt", "Kort fortalt", summary},
	{"ansvarlig", "Hvem der har ansvaret for dine oplysninger", controller},
	{"databehandler", "Når {{vi}} behandler oplysninger for {{mine}} kunder", processor},
	{"oplysninger", "Hvilke oplysninger {{vi}} behandler", dataCategories},
	{"formaal", "Formål, retsgrundlag og opbevaring", purposes},
	{"interesser", "{{Mine}} legitime interesser", interests},
	{"saerlige", "Særligt beskyttede oplysninger", specialData},
	{"kilder", "Hvor oplysningerne kommer fra", sources},
	{"krav", "Om du skal give {{os}} oplysningerne", requirements},
	{"modtagere", "Hvem {{vi}} deler oplysningerne med", recipients},
	{"overfoersel", "Overførsel til lande uden for EU/EØS", transfers},
	{"cookies", "Cookies", cookies},
	{"sikkerhed", "Sådan beskytter {{vi}} oplysningerne", security},
	{"automatiske-afgoerelser", "Automatiske afgørelser og profilering", automated},
	{"boern", "Børn", children},
	{"rettigheder", "Dine rettigheder", rights},
	{"samtykke", "Du kan trække dit samtykke tilbage", consent},
	{"klage", "Du kan klage til Datatilsynet", complaint},
	{"aendringer", "Ændringer i politikken", changes},
}

// Generate builds the policy for a. It is deterministic: the same answers
// always give the same policy.
func Generate(a *drafts.Answers) *Policy {
	p := &Policy{
		Title:     "Privatlivspolitik for " + clean(orDefault(a.Controller.Name, "⚠ [mangler: virksomhedens navn]")),
		Effective: a.Document.Effective,
		Lead:      lead(a),
	}
	n := 0
	for _, s := range sections {
		body := strings.TrimSpace(s.body(a))
		if body == "" {
			continue
		}
		sec := Section{ID: s.id, Title: say(a, s.title), Body: body}
		if s.id == "klage" {
			sec.Title = complaintTitle(a)
		}
		if s.id == "automatiske-afgoerelser" && a.Automated.Profiling == "" {
			sec.Title = "Automatiske afgørelser" // nothing is said about profiling until it is answered
		}
		if s.id != "kort-fortalt" {
			n++
			sec.Number = n
		}
		p.Sections = append(p.Sections, sec)
	}
	return p
}

// complaintTitle names the authority in the heading when it is a
// country's own, known one; an authority given by hand is "tilsynsmyndigheden".
func complaintTitle(a *drafts.Answers) string {
	if _, ok := drafts.ProfileFor(a.Controller.CountryCode()); ok && a.Authority == nil {
		return "Du kan klage til " + clean(a.Profile().AuthorityShort)
	}
	return "Du kan klage til tilsynsmyndigheden"
}

// SectionIDs lists the ids of every section the generator knows, in order.
func SectionIDs() []string {
	out := make([]string, len(sections))
	for i, s := range sections {
		out[i] = s.id
	}
	return out
}

// exec runs the named clause template with data, in the voice of a.
func exec(a *drafts.Answers, name string, data any) string {
	var b bytes.Buffer
	if err := templates[a.Controller.FirstPerson()].ExecuteTemplate(&b, name+".md", data); err != nil {
		// Templates are ours and tested; an error here is a bug, not bad input.
		panic(fmt.Sprintf("content: template %s: %v", name, err))
	}
	return squeezeBlankLines(b.String())
}

// squeezeBlankLines keeps template output tidy: no runs of blank lines, no
// trailing spaces.
func squeezeBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// orDefault is s, or def when s holds nothing printable: a name of only
// control characters must not leave "****" behind, which Markdown reads as a
// thematic break.
func orDefault(s, def string) string {
	if strings.TrimSpace(clean(s)) == "" {
		return def
	}
	return s
}
