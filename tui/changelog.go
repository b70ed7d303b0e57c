package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/diff"
	"github.com/privatliv/privatliv/drafts"
)

// Saving a file whose policy changed in content since it was opened asks
// once, on one screen, about the new edition: the change-log line (what
// changed, from diff.Diff in plain Danish; emptied, no line), the
// version (raised by default) and the date it applies from (today by
// default: a policy that says »Denne udgave gælder fra 1. oktober« must not
// hold a change made in November). esc saves nothing.

type changeLog struct {
	text      string
	version   string // as shown in the field
	effective string // as shown in the field

	versionDesc, effectiveDesc string
	asked                      bool // asked once for these changes; saving again does not ask again
	force                      bool // the save that asked overwrites a file changed on disk
}

// offerChangeLog asks about the new edition before saving, when the policy
// changed since it was opened; it reports whether it asked.
func (m *Model) offerChangeLog(force bool) bool {
	if m.opened == nil || m.changeLog.asked {
		return false
	}
	cs := diff.Diff(m.opened, m.a)
	if len(cs) == 0 {
		return false
	}
	doc := m.a.Document
	m.changeLog = changeLog{text: diff.ChangeLogText(cs), version: doc.Version, effective: doc.Effective.String(), force: force}
	versionDesc := "Valgfrit, fx 2.0."
	if next, ok := diff.NextVersion(doc.Version); ok {
		m.changeLog.version = next
		versionDesc = fmt.Sprintf("Den nye udgaves nummer; den forrige var %s. Skriv %s for at beholde det.", doc.Version, doc.Version)
	}
	today := drafts.DateOf(m.opts.Now())
	effDesc := "Datoen, den nye udgave gælder fra: ÅÅÅÅ-MM-DD."
	if eff := doc.Effective; eff.IsZero() || eff.Time().Before(today.Time()) {
		m.changeLog.effective = today.String()
		if !eff.IsZero() {
			effDesc = fmt.Sprintf("Den forrige udgave gjaldt fra %s. Gælder den nye først senere, så skriv den dato (ÅÅÅÅ-MM-DD).", content.LongDate(eff))
		}
	}
	m.changeLog.versionDesc, m.changeLog.effectiveDesc = versionDesc, effDesc
	m.show(m.changeLogForm())
	m.prevMode, m.mode = m.mode, modeChangelog
	m.formInit()
	return true
}

// changeLogForm is the one screen of questions about the new edition.
func (m *Model) changeLogForm() *questions {
	cl := &m.changeLog
	q := newQuestions()
	return q.group("Politikken er ændret, siden du åbnede den",
		q.text("changelog.text", "Linje i ændringsloggen", "Sådan står ændringen i politikkens ændringslog. Ret den, så en kunde forstår den; slet den for at gemme uden en ny linje.", &cl.text),
		q.input("changelog.version", "Version", cl.versionDesc, &cl.version, nil),
		q.input("changelog.effective", "Gælder fra", cl.effectiveDesc, &cl.effective, required("datoen", checkDate)),
	)
}

// changeLogDone applies the answers about the new edition and saves. A
// date that is no date saves nothing and says so.
func (m *Model) changeLogDone() tea.Cmd {
	cl := m.changeLog
	eff, err := drafts.ParseDate(strings.TrimSpace(cl.effective))
	if err != nil {
		m.setStatus("Ikke gemt: »Gælder fra« skal være en dato som "+drafts.DateOf(m.opts.Now()).String()+".", true)
		m.show(m.changeLogForm())
		m.formInit()
		m.focusField("changelog.effective")
		return nil
	}
	m.hideForm()
	m.mode = m.prevMode
	m.restoreForm()
	if text := strings.TrimSpace(cl.text); text != "" {
		entry := drafts.Change{Date: drafts.DateOf(m.opts.Now()), Text: text}
		m.a.Document.Changes = append([]drafts.Change{entry}, m.a.Document.Changes...)
	}
	m.a.Document.Version = strings.TrimSpace(cl.version)
	m.a.Document.Effective = eff
	// The form binds the date as text; the bindings follow the new date.
	m.b.effective, m.b.orig.effective = eff.String(), eff.String()
	m.changeLog.asked = true
	cmd := m.afterChange()
	return tea.Batch(cmd, m.save(cl.force))
}
