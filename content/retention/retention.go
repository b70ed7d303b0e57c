// Package retention writes the business's deletion schedule (slettepolitik)
// from an answer file, as Markdown or HTML: for every purpose how long its
// data is kept, counted from what, why that long (the law that requires
// it, or the business's own judgement), where the data also lies (its
// processors), and who deletes it and how; then every data category with
// the periods of the purposes that use it, and what the answers do not
// yet say.
//
// The schedule is for the business's own use, in plain Danish and its own
// voice (vi or jeg). It says only what follows from the answers: a time
// limit without a starting point is not given one, and who deletes and
// how (retention.responsible, retention.method) are listed as missing
// until answered.
package retention

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

//go:embed templates
var templateFS embed.FS

// FileSuffix ends the name of the schedule's file, before the format's
// extension: "firma.toml" -> "firma-sletteplan.md".
const FileSuffix = "-sletteplan"

var textSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.We) }),
	content.I:  sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.I) }),
}

// Schedule is the deletion schedule of one answer file.
type Schedule struct {
	Name    string      // the business, plain text
	Made    drafts.Date // the day the schedule was made
	Version string      // the answer file's document.version
	Rows    []Row       // one per purpose, in the answers' order
	// Categories are every data category a purpose uses, in the order
	// they first appear, each with the purposes that use it.
	Categories []Category
	a          *drafts.Answers
	texts      *content.Texts
}

// Row is one purpose's time limit.
type Row struct {
	Index   int // in the answers' [[purposes]], from 0
	Purpose drafts.Purpose
	// Missing are what the answers do not say about the deletion, as the
	// retention keys: "period", "after", "latest", "law", "proof",
	// "responsible", "method".
	Missing []string
}

// Category is a data category and the purposes (ids) that use it.
type Category struct {
	ID       string
	Purposes []string
}

// New builds the deletion schedule for a, dated made. It is deterministic.
func New(a *drafts.Answers, made drafts.Date) *Schedule {
	s := &Schedule{
		Name:    content.Clean(a.Controller.Name),
		Made:    made,
		Version: content.Clean(a.Document.Version),
		a:       a,
		texts:   textSets[content.VoiceOf(a)](),
	}
	index := map[string]int{}
	for i, p := range a.Purposes {
		r := p.Retention
		row := Row{Index: i, Purpose: p}
		miss := func(key string, when bool) {
			if when {
				row.Missing = append(row.Missing, key)
			}
		}
		consent := r.After == "consent_withdrawn"
		miss("period", !consent && strings.TrimSpace(r.Period) == "")
		miss("after", !consent && strings.TrimSpace(r.Period) != "" && r.After == "")
		miss("latest", consent && strings.TrimSpace(r.Period) != "" && r.Latest == "")
		miss("law", r.ByLaw && content.KeepingLaw(p) == "")
		miss("proof", content.ConsentPurpose(a, p) && !content.CookiePurpose(a, p) && strings.TrimSpace(r.Proof) == "")
		miss("responsible", strings.TrimSpace(r.Responsible) == "")
		miss("method", strings.TrimSpace(r.Method) == "")
		s.Rows = append(s.Rows, row)
		for _, d := range p.Data {
			j, ok := index[d]
			if !ok {
				j = len(s.Categories)
				index[d] = j
				s.Categories = append(s.Categories, Category{ID: d})
			}
			if !slices.Contains(s.Categories[j].Purposes, p.ID) {
				s.Categories[j].Purposes = append(s.Categories[j].Purposes, p.ID)
			}
		}
	}
	return s
}

// Render writes the schedule in format md or html.
func (s *Schedule) Render(format string) ([]byte, error) {
	switch format {
	case "md":
		return s.Markdown(), nil
	case "html":
		return s.HTML()
	}
	return nil, fmt.Errorf("ukendt format %q; brug md eller html", format)
}

// Render writes the deletion schedule of a, dated day, in format md or
// html.
func Render(a *drafts.Answers, day drafts.Date, format string) ([]byte, error) {
	return New(a, day).Render(format)
}
