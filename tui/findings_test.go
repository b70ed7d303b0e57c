package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// Findings about the new answers name the question that answers them, and
// enter there opens it.
func TestFindingsOnNewAnswersNameTheQuestion(t *testing.T) {
	a := allNewFields(t)
	a.Cookies.List[len(a.Cookies.List)-1].PurposeID = ""
	k := len(a.Cookies.List)
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Viser annoncer"})
	g := len(a.Cookies.Categories)
	m := newTestModel(t, a, "", 120, 40)
	m.refreshFindings()
	for path, want := range map[string]string{
		"cookies.list[" + itoa(k) + "].purpose_id":       "› Hvilket formål tjener den?",
		"cookies.categories[" + itoa(g) + "].purpose_id": "Trin 6 Cookies › Marketing · Viser annoncer · sat af jer › Hvilket formål tjener de?",
	} {
		if !slices.ContainsFunc(m.findings, func(f check.Finding) bool { return f.Path == path }) {
			t.Errorf("no finding at %s", path)
			continue
		}
		if p := m.place(check.Finding{Path: path}); !strings.Contains(p, want) {
			t.Errorf("%s is shown as %q, want %q", path, p, want)
		}
		send(t, m, press("esc"))
		m.jumpTo(check.Finding{Path: path})
		if m.mode != modeItem {
			t.Fatalf("%s: the jump opened nothing (mode %d)", path, m.mode)
		}
		at(t, m, indexRE.ReplaceAllString(path, "")) // focused on the question itself
		send(t, m, press("esc"))
	}
	for _, path := range []string{"vendors[1].remote_access", "vendors[1].entity_country", "vendors[1].transfer_to", "vendors[1].controller_for", "vendors[1].joint_for", "vendors[1].purpose_roles", "cookies.none"} {
		if m.place(check.Finding{Path: path}) == "" || !strings.Contains(m.place(check.Finding{Path: path}), "?") {
			t.Errorf("%s names no question: %q", path, m.place(check.Finding{Path: path}))
		}
	}
}
