package policy

import (
	"strconv"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// voices are answers in each voice, for looking up the templates.
func voices() map[string]*drafts.Answers {
	vi, jeg := &drafts.Answers{}, &drafts.Answers{}
	jeg.Controller.Voice = "jeg"
	return map[string]*drafts.Answers{"vi": vi, "jeg": jeg}
}

// TestEveryIDHasItsTerm: every id an answer file can hold, in every
// vocabulary the policy names, has its words in the templates, in both
// voices. A new id in package drafts without words would otherwise leave a
// hole in a sentence.
func TestEveryIDHasItsTerm(t *testing.T) {
	kinds := map[string][]drafts.Term{
		"basis":               drafts.LegalBases,
		"special-basis":       drafts.SpecialBases,
		"sensitive-law":       drafts.SensitiveLaws,
		"cpr-basis":           drafts.CPRBases,
		"criminal-basis":      append(append([]drafts.Term(nil), drafts.CriminalBases...), drafts.LegacyCriminalBases...),
		"source-kind":         drafts.SourceKinds,
		"cookie-title":        drafts.CookieCategories,
		"cookie-text":         drafts.CookieCategories,
		"automated-exception": drafts.AutomatedExceptions,
		"group":               drafts.SubjectGroups,
		"security":            drafts.SecurityMeasures,
	}
	for voice, a := range voices() {
		for kind, terms := range kinds {
			for _, term := range terms {
				if !has(a, kind, term.ID) {
					t.Errorf("%s: no template %q", voice, kind+" "+term.ID)
				}
			}
		}
		for _, id := range SectionIDs() {
			if !has(a, "title", id) {
				t.Errorf("%s: section %s has no title", voice, id)
			}
		}
		for m := 1; m <= 12; m++ {
			if !has(a, "month", strconv.Itoa(m)) {
				t.Errorf("no month %d", m)
			}
		}
	}
}

// TestEveryRetentionEventIsSaid: each event a period can be counted from
// reads as its own phrase, never as the bare period.
func TestEveryRetentionEventIsSaid(t *testing.T) {
	for voice, a := range voices() {
		bare := retentionFor(a, drafts.Purpose{Retention: drafts.Retention{Period: "2 år"}})
		seen := map[string]string{}
		for _, e := range drafts.RetentionEvents {
			got := retentionFor(a, drafts.Purpose{Retention: drafts.Retention{Period: "2 år", After: e.ID}})
			if got == bare || got == "" {
				t.Errorf("%s: %s reads %q, the same as no event", voice, e.ID, got)
			}
			if other, ok := seen[got]; ok {
				t.Errorf("%s: %s and %s both read %q", voice, e.ID, other, got)
			}
			seen[got] = e.ID
		}
	}
}

// policyFiles are the Go files that write the policy. Their strings are
// ids, template names and data keys; the words are in the templates.
var policyFiles = []string{"policy.go", "sections.go", "terms.go", "summary.go", "draft.go", "texts.go"}

// TestPolicyProseLivesInTemplates: the Go files that write the policy hold
// no sentences or words of it, and every template they name exists.
func TestPolicyProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"term": true, "termOK": true, "has": true, "fill": true, "exec": true, "Exec": true}
	testkit.ProseLivesInTemplates(t, policyFiles, lookups, textsFor(voices()["vi"]).Names())
}

// TestBasisTermsAreNounPhrases: the grounds for sensitive data and criminal
// records follow "på grundlag af" (the special section) and a label's colon
// (the table), so each must be a noun phrase: an "at" clause would need a
// comma after "af" ("på grundlag af, at …") that neither place can give.
func TestBasisTermsAreNounPhrases(t *testing.T) {
	kinds := map[string][]drafts.Term{
		"special-basis":  drafts.SpecialBases,
		"criminal-basis": append(append([]drafts.Term(nil), drafts.CriminalBases...), drafts.LegacyCriminalBases...),
	}
	for voice, a := range voices() {
		for kind, terms := range kinds {
			for _, tm := range terms {
				if s := term(a, kind, tm.ID); strings.HasPrefix(s, "at ") {
					t.Errorf("%s: %s %s = %q: an \"at\" clause after \"på grundlag af\" needs a comma; write a noun phrase", voice, kind, tm.ID, s)
				}
			}
		}
	}
}

// TestSwedishBookkeepingPeriodInTheLawsWords: bokföringslagen 7 kap. 2 §
// keeps records until the end of the Nth year after the calendar year in
// which the financial year ended, and the policy says so in those words, not as N years from the end of the financial year.
func TestSwedishBookkeepingPeriodInTheLawsWords(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"7 år", "Indtil udgangen af det syvende år efter det kalenderår, hvor regnskabsåret sluttede"},
		{"1 år", "Indtil udgangen af det første år efter det kalenderår, hvor regnskabsåret sluttede"},
		{"12 år", "Indtil udgangen af det 12. år efter det kalenderår, hvor regnskabsåret sluttede"},
	} {
		r := drafts.Retention{Period: c.period, After: "fiscal_calendar_year_end"}
		for voice, a := range voices() {
			if got := retentionFor(a, drafts.Purpose{Retention: r}); got != c.want {
				t.Errorf("%s: policy: %s reads %q, want %q", voice, c.period, got, c.want)
			}
		}
	}
}
