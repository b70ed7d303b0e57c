package tui

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// The wizard speaks of questions and choices as shown, never of the answer
// file's codes (DK, EEA, none, dpf, 6.1.f, unknown) or keys (transfer =,
// purpose_id, [[vendors]]). These tests read what it shows.

// fileCodes are the codes and keys of the answer file a user should never
// need to know.
var fileCodes = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{drafts.Unknown: true}
	for _, c := range drafts.Countries {
		out[c.Code] = true
	}
	vocab := [][]drafts.Term{drafts.SubjectGroups, drafts.ControllerKinds, drafts.CategoryKinds, drafts.LegalBases, drafts.SpecialBases,
		drafts.CPRBases, drafts.CriminalBases, drafts.LegacyCriminalBases, drafts.Requirements, drafts.RetentionEvents, drafts.SourceKinds,
		drafts.AutomatedExceptions, drafts.ProfilingUses, drafts.Roles, drafts.Transfers, drafts.CookieCategories, drafts.SecurityMeasures,
		drafts.RecipientCategories, drafts.CatalogCategories, drafts.SensitiveLaws}
	for _, terms := range vocab {
		for _, t := range terms {
			out[t.ID] = true
		}
	}
	for _, c := range drafts.Categories {
		out[c.ID] = true
	}
	// The file's keys, where they cannot be a word: those with an
	// underscore.
	var keys func(t reflect.Type)
	seen := map[reflect.Type]bool{}
	keys = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			if k, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); strings.Contains(k, "_") {
				out[k] = true
			}
			keys(t.Field(i).Type)
		}
	}
	keys(reflect.TypeOf(drafts.Answers{}))
	// Words that are codes and also ordinary words where the wizard uses
	// them: numbers ("12 måneder"), and Danish words (»vi«, »jeg«,
	// »marketing«, »hosting«, »booking«, »bank«).
	for _, w := range []string{"12", "vi", "jeg", "marketing", "hosting", "booking", "bank"} {
		delete(out, w)
	}
	return out
})

var (
	tokenRE   = regexp.MustCompile(`[\pL\pN_.*/-]+`)
	fileKeyRE = regexp.MustCompile(`\[\[|\]\]|\b[a-z_]+ = `)
)

// codesIn lists the file's codes and keys that text shows.
func codesIn(text string) []string {
	var out []string
	codes := fileCodes()
	for _, tok := range tokenRE.FindAllString(text, -1) {
		tok = strings.Trim(tok, ".-/*")
		if codes[tok] {
			out = append(out, tok)
		}
	}
	return append(out, fileKeyRE.FindAllString(text, -1)...)
}

// The wizard's screens over every step, list and question of every example
// show none of the answer file's codes or keys: not in the questions, the
// lists, the findings' summary on the last step, or the preview.
func TestNoFileCodesOnScreen(t *testing.T) {
	for _, name := range drafts.Examples() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			a := example(t, name)
			m := newTestModel(t, clone(t, a), "", 120, 40)
			check := func(where string) {
				t.Helper()
				scr := ansi.Strip(screen(m))
				if codes := codesIn(scr); len(codes) > 0 {
					t.Errorf("%s shows %q:\n%s", where, codes, scr)
				}
			}
			flush(m)
			for i := range steps {
				goToStep(t, m, i)
				flush(m)
				check(steps[i].title)
			}
			for _, f := range forms(a) {
				f.open(t, m)
				walkFields(t, m, func(fl huh.Field) { check(f.name + ", " + fl.GetKey()) })
				send(t, m, press("esc"))
			}
		})
	}
}

// Every finding on every starting point with every planted defect says
// what is wrong and what to do with none of the answer file's codes or
// keys; check's own output keeps them for consultants. (The question each
// finding names is read by the finding walk, which lands on it.)
func TestFindingsSpeakOfQuestions(t *testing.T) {
	for name, start := range walkStarts(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, d := range defects {
				a := clone(t, start)
				if !d.plant(a) {
					continue
				}
				for _, f := range check.Check(a, walkDay) {
					shown := plainSentence(f.Message) + "\n" + wizardHint(f)
					if codes := codesIn(shown); len(codes) > 0 {
						t.Errorf("%s: %s shows %q:\n%s", d.name, f.Path, codes, shown)
					}
				}
			}
		})
	}
}
