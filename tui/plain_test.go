package tui

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// pathRE matches an answer-file path such as vendors[8].purposes or
// cookies.banner.
var pathRE = regexp.MustCompile(`\b[a-z_]+(\[\d+\])?\.[a-z_]+\b|\[\d+\]`)

// The wizard's lists and findings speak plain Danish: no article letters,
// no answer-file paths. Articles are kept on one line for consultants.
func TestListsAndFindingsInPlainWords(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	for _, name := range append(drafts.Examples(), "ny") {
		var a *drafts.Answers
		if name != "ny" {
			a = example(t, name)
			// Plant findings: a missing retention and a banner taken away.
			a.Purposes[0].Retention.Period = ""
			a.Cookies.Banner = false
			// A category of each kind of its own, one with brackets in
			// its name.
			for _, k := range drafts.CategoryKinds {
				a.Categories = append(a.Categories, drafts.CustomCategory{ID: "egen_" + k.ID, Name: "noter (" + k.ID + ")", Kind: k.ID})
			}
		}
		m := newTestModel(t, a, "", 120, 40)
		for i := range steps {
			goToStep(t, m, i)
			if steps[i].form != nil {
				continue
			}
			for _, line := range strings.Split(m.listView(120, 200), "\n") {
				if strings.Contains(line, "litra") || strings.Contains(line, "art.") {
					t.Errorf("%s, step %d: list line with an article: %q", name, i+1, line)
				}
				if nestedBracket(line) {
					t.Errorf("%s, step %d: list line with a bracket in a bracket: %q", name, i+1, line)
				}
			}
		}
		m.refreshFindings()
		if len(m.findings) == 0 {
			t.Fatalf("%s: no findings to show", name)
		}
		for k := range m.findings {
			m.findPick = k
			view := m.findingsView(120, 400)
			for _, line := range strings.Split(view, "\n") {
				if strings.Contains(line, "For rådgivere:") {
					continue
				}
				if strings.Contains(line, "litra") || pathRE.MatchString(line) {
					t.Errorf("%s: finding line with an article or a path: %q", name, line)
				}
			}
			if m.place(m.findings[k]) == "" {
				t.Errorf("%s: finding %s names no question", name, m.findings[k].Path)
			}
		}
	}
}

func TestFindingNamesTheQuestion(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Cookies.Banner = false
	m := newTestModel(t, a, "", 120, 40)
	m.refreshFindings()
	found := false
	for _, f := range m.findings {
		if f.Path == "cookies.banner" {
			found = true
			if p := m.place(f); !strings.HasPrefix(p, "Trin 6 Cookies › Cookiebanner › Har hjemmesiden et cookiebanner") {
				t.Errorf("cookies.banner is shown as %q", p)
			}
		}
	}
	if !found {
		t.Fatal("no finding for the missing banner")
	}
}

// "salon.dk" in the website field becomes https://salon.dk in the answers.
func TestWebsiteWithoutScheme(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Controller.Website = ""
	m := newTestModel(t, a, "", 120, 40)
	for n := 0; m.form.GetFocusedField().GetKey() != "controller.website"; n++ {
		if n > 20 {
			t.Fatal("tab never reached the website field")
		}
		send(t, m, press("tab"))
	}
	typeText(t, m, "salon.dk")
	if m.fieldErr != "" {
		t.Errorf("salon.dk is refused: %s", m.fieldErr)
	}
	send(t, m, press("tab"))
	if got := m.a.Controller.Website; got != "https://salon.dk" {
		t.Errorf("website is %q", got)
	}
}

// Typing into a template's suggestion replaces it: "2 år" and "1 år" never
// become "2 år1 år".
func TestTypingReplacesASuggestion(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	goToStep(t, m, 2)
	rows := m.rows()
	m.cursor = len(rows) - 1 // + tilføj formål
	send(t, m, press("enter"))
	if m.mode != modePick {
		t.Fatal("no template picker")
	}
	send(t, m, press("enter")) // the first template
	i := len(m.a.Purposes) - 1
	p := &m.a.Purposes[i]
	if p.Retention.Period == "" {
		t.Skip("the first template suggests no period")
	}
	m.focusField("purposes.retention.period")
	typeText(t, m, "1 år")
	if p.Retention.Period != "1 år" {
		t.Errorf("typing into the suggestion gave %q", p.Retention.Period)
	}
	typeText(t, m, "x")
	if p.Retention.Period != "1 årx" {
		t.Errorf("the user's own text was replaced: %q", p.Retention.Period)
	}
}

// A purpose of one's own starts without a basis or a retention period: no
// silent "Aftale, 1 år".
func TestOwnPurposeStartsEmpty(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	goToStep(t, m, 2)
	m.cursor = len(m.rows()) - 1
	send(t, m, press("enter"))
	opts := purposesColl.templates(m.a)
	for range len(opts) - 1 { // "Eget formål" is the last choice
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
	p := m.a.Purposes[len(m.a.Purposes)-1]
	if len(p.Basis) != 0 || p.Retention.Period != "" || p.Retention.After != "" || p.Required != "" {
		t.Errorf("an own purpose starts with answers nobody gave: %+v", p)
	}
}

// deepCopy shares nothing with what it copies.
func TestDeepCopyIsDeep(t *testing.T) {
	for _, name := range drafts.Examples() {
		a := example(t, name)
		c := deepCopy(a)
		if !reflect.DeepEqual(a, c) {
			t.Fatalf("%s: the copy differs", name)
		}
		c.Purposes[0].Data[0] = "x"
		c.Subjects = append(c.Subjects[:0], c.Subjects[1:]...)
		if a.Purposes[0].Data[0] == "x" || reflect.DeepEqual(a, c) {
			t.Fatalf("%s: the copy shares memory", name)
		}
	}
}

// nestedBracket reports whether a line has a bracket inside a bracket, or
// two brackets side by side: »(Følsomme oplysninger (art. 9))«.
func nestedBracket(line string) bool {
	depth := 0
	for _, r := range line {
		switch r {
		case '(':
			depth++
			if depth > 1 {
				return true
			}
		case ')':
			depth--
		}
	}
	return strings.Contains(line, ") (")
}
