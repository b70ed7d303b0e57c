package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
)

// A new questionnaire starts by asking what kind of business it is, as the
// established generators do: a starting point holds the purposes, groups,
// typical vendors and cookies such a business has, and leaves open what
// only the business knows.

// blankStart is the picker's choice for the general starting point.
const blankStart = -1

const blankStartLabel = "Anden slags virksomhed – et almindeligt udgangspunkt"

func kindOptions() []huh.Option[int] {
	out := []huh.Option[int]{huh.NewOption(blankStartLabel, blankStart)}
	for i, k := range drafts.Kinds() {
		out = append(out, huh.NewOption(k.Name+" – "+k.Description, i))
	}
	return out
}

// askKind shows the first screen: which kind of business is it? It is
// built again when the window changes size, keeping the choice.
func (m *Model) askKind() {
	if m.mode != modeKind {
		m.pick = blankStart
	}
	m.welcome = false
	m.setStatus("Politikken vises, så snart I har valgt.", false)
	q := newQuestions()
	m.show(q.group("Velkommen til privatliv",
		q.pickInt("kind", "Hvilken slags virksomhed er det?",
			"Vælg den, der ligner jer mest; I kan rette alt bagefter. Skriv / for at søge. esc: almindeligt udgangspunkt.",
			kindOptions(), &m.pick),
	))
	// The first screen has the whole width: there is no policy to show yet.
	m.form.WithWidth(max(m.width-2, 10))
	m.fitLists()
	m.mode = modeKind
}

// startFrom replaces the answers with the chosen kind's starting point.
func (m *Model) startFrom(choice int) tea.Cmd {
	m.hideForm()
	m.mode = modeForm
	if choice != blankStart {
		k := drafts.Kinds()[choice]
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			m.setStatus("Kunne ikke starte fra »"+k.Name+"«: "+err.Error(), true)
		} else {
			if a.Document.Effective.IsZero() {
				a.Document.Effective = m.a.Document.Effective
			}
			*m.a = *a
			m.b = loadBindings(m.a)
			m.opts.Source, _ = drafts.KindSource(k.ID) // its comments say what to fill in
		}
	}
	// A starting point is not an unsaved change.
	m.markSaved()
	m.initial = m.seen
	m.statusErr = false
	cmd := tea.Batch(m.enterStep(0), m.findingsCmd())
	m.welcome = choice == blankStart
	if choice != blankStart && m.a.Controller.Name == "" {
		m.setStatus("Startet fra »"+drafts.Kinds()[choice].Name+"«. Udfyld jeres oplysninger"+m.say("; ctrl+f viser, hvad der mangler.", "; når du har svaret, siger guiden, hvad der mangler."), false)
	}
	return cmd
}
