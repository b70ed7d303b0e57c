package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/diff"
	"github.com/privatliv/privatliv/drafts"
)

// Saving a file whose policy changed in content since it was opened offers
// what changed as the new change-log entry (diff.Diff, in plain Danish),
// which the user can edit or skip, and offers to raise the version and to
// let the new edition apply from today: a policy that says »Denne udgave
// gælder fra 1. oktober« must not hold a change made in November.

type changeLog struct {
	text    string
	write   bool // put the text in the change log
	bump    bool // raise the version
	version string
	from    bool        // the new edition applies from today
	today   drafts.Date // the date it would apply from
	asked   bool        // asked once for these changes; saving again does not ask again
	force   bool        // the save that asked overwrites a file changed on disk
}

// offerChangeLog asks about the change log before saving, when the policy
// changed since it was opened; it reports whether it asked.
func (m *Model) offerChangeLog(force bool) bool {
	if m.opened == nil || m.changeLog.asked {
		return false
	}
	cs := diff.Diff(m.opened, m.a)
	if len(cs) == 0 {
		return false
	}
	m.changeLog = changeLog{text: diff.ChangeLogText(cs), write: true, force: force}
	q := newQuestions()
	q.group("Politikken er ændret, siden du åbnede den",
		q.text("changelog.text", "Hvad er ændret?", "Sådan står ændringen i politikkens ændringslog. Ret teksten, så en kunde forstår den.", &m.changeLog.text),
		q.confirm("changelog.write", "Skriv ændringen i ændringsloggen?", "Vælg nej for at gemme uden en ny linje i loggen.", &m.changeLog.write),
	)
	var edition []huh.Field
	if next, ok := diff.NextVersion(m.a.Document.Version); ok {
		m.changeLog.version, m.changeLog.bump = next, true
		edition = append(edition, q.confirm("changelog.bump", fmt.Sprintf("Hæv versionen fra %s til %s?", m.a.Document.Version, next), "", &m.changeLog.bump))
	}
	today := drafts.DateOf(m.opts.Now())
	if eff := m.a.Document.Effective; !eff.IsZero() && eff.Time().Before(today.Time()) {
		m.changeLog.today, m.changeLog.from = today, true
		edition = append(edition, q.confirm("changelog.effective",
			fmt.Sprintf("Skal den nye udgave gælde fra i dag, %s?", content.LongDate(today)),
			fmt.Sprintf("Politikken siger nu, at den gælder fra %s. Vælg nej, hvis den ændrede udgave først gælder senere; ret så datoen under »Gennemse og gem«.", content.LongDate(eff)),
			&m.changeLog.from))
	}
	if len(edition) > 0 {
		q.group("Version", edition...)
	}
	m.show(q)
	m.prevMode, m.mode = m.mode, modeChangelog
	m.formInit()
	return true
}

// changeLogDone applies the answers to the change-log question and saves.
func (m *Model) changeLogDone() tea.Cmd {
	cl := m.changeLog
	m.hideForm()
	m.mode = m.prevMode
	m.restoreForm()
	if text := strings.TrimSpace(cl.text); cl.write && text != "" {
		entry := drafts.Change{Date: drafts.DateOf(m.opts.Now()), Text: text}
		m.a.Document.Changes = append([]drafts.Change{entry}, m.a.Document.Changes...)
	}
	if cl.bump && cl.version != "" {
		m.a.Document.Version = cl.version
	}
	if cl.from && !cl.today.IsZero() {
		m.a.Document.Effective = cl.today
	}
	m.changeLog.asked = true
	cmd := m.afterChange()
	return tea.Batch(cmd, m.save(cl.force))
}
