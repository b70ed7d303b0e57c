package tui

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// The findings view lists what `privatliv check` would report, live, and
// jumps to the question that fixes the chosen finding.

var findingsKey = key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "fejl og mangler"))

func (m *Model) refreshFindings() {
	m.places = nil
	m.findGen++
	m.findings = check.Check(m.a, m.opts.Now())
}

// findingsMsg carries findings computed by a command, and the encoding of
// the answers it checked.
type findingsMsg struct {
	gen      int
	findings []check.Finding
	answers  *drafts.Answers // the copy that was checked
	encoded  []byte          // its encoding
}

// findingsCmd starts a check when none is running and the findings are not
// for the answers as they stand. Like the preview's render, it runs outside
// Update, at most one at a time, on the last change's copy of the answers,
// so typing on while it runs is safe; when it is back, the next one starts
// from the answers as they are then.
func (m *Model) findingsCmd() tea.Cmd {
	if m.ckJob != nil || m.checkedFor == m.snap {
		return nil
	}
	m.findGen++
	gen, now, snap, path, counts := m.findGen, m.opts.Now(), m.snap, m.path, m.counts
	data := m.seen
	if m.seenOld {
		data = nil // encoded in the command
	}
	m.counts.checksStarted++
	m.ckJob = func() tea.Msg {
		return checkWorker.run(func() tea.Msg {
			counts.checks.Add(1)
			msg := checkAnswers(snap, data, path, now)
			msg.gen = gen
			return msg
		})
	}
	return m.ckJob
}

// checkAnswers checks a, encoded as the file would be (data, when it is
// known already) and read back.
func checkAnswers(a *drafts.Answers, data []byte, path string, now time.Time) findingsMsg {
	if data == nil {
		data = encodeAnswers(a, path)
	}
	msg := findingsMsg{answers: a}
	f, err := drafts.Parse("svar.toml", data)
	if err != nil {
		return msg
	}
	msg.findings, msg.encoded = check.Check(f.Answers, now), data
	return msg
}

// findingsDone takes a check's findings, unless the findings were made
// afresh since it started (ctrl+f checks at once).
func (m *Model) findingsDone(msg findingsMsg) tea.Cmd {
	m.takeFindings(msg)
	return m.backgroundAfter()
}

func (m *Model) takeFindings(msg findingsMsg) {
	m.ckJob = nil
	m.checkedFor = msg.answers
	if msg.encoded == nil {
		return // the answers did not read back; saving says why
	}
	if msg.gen == m.findGen {
		m.findings, m.places = msg.findings, nil
		m.markFields()
	}
	// The check encoded the answers; if they are still the ones it
	// checked, that is their encoding.
	if m.seenOld && reflect.DeepEqual(m.a, msg.answers) {
		m.seen, m.seenOld = msg.encoded, false
	}
	if m.welcome && m.opts.Answers != nil && len(m.findings) > 0 && bytes.Equal(m.encoded(), m.initial) {
		m.welcome = false
	}
}

func (m *Model) findingsKey(k tea.KeyPressMsg) tea.Cmd {
	switch s := k.String(); {
	case key.Matches(k, keys.Up), s == "shift+tab":
		m.findPick = max(0, m.findPick-1)
	case key.Matches(k, keys.Down), s == "tab":
		m.findPick = min(len(m.findings)-1, m.findPick+1)
	case s == "enter" && len(m.findings) > 0:
		f := m.findings[max(0, min(m.findPick, len(m.findings)-1))]
		m.mode = m.prevMode
		return m.jumpTo(f)
	case s == "esc" || key.Matches(k, findingsKey):
		m.mode = m.prevMode
	}
	return nil
}

func (m *Model) findingsView(w, h int) string {
	var b strings.Builder
	if len(m.findings) == 0 {
		b.WriteString(m.st.Title.Render("Ingen fejl eller mangler") + "\n\n" + m.st.OK.Render("Politikken har alt, hvad art. 13 og 14 kræver, ud fra jeres svar.") + "\n\n" + m.st.Muted.Render("esc lukker."))
		return b.String()
	}
	e, wn := check.Count(m.findings)
	head := m.st.Title.Render(fmt.Sprintf("Fejl og mangler: %s, %s", plural(e, "fejl", "fejl"), plural(wn, "advarsel", "advarsler"))) + "\n" +
		m.st.Muted.Render("↑/↓ vælg · enter gå til spørgsmålet · esc luk") + "\n"
	// The chosen finding is shown whole, wrapped under itself: what is
	// wrong, the question, what to do; the others one line each.
	wrap := func(s string, indent int) []string {
		out := strings.Split(lipgloss.NewStyle().Width(max(w-indent, 20)).Render(s), "\n")
		for i, l := range out {
			out[i] = strings.Repeat(" ", indent) + strings.TrimRight(l, " ")
		}
		return out
	}
	var lines []string
	var rowOf []int
	cursorLine := 0
	for i, f := range m.findings {
		sev := m.st.Warn.Render(f.Severity)
		if f.Severity == check.SeverityError {
			sev = m.st.Error.Render(f.Severity)
		}
		line := fmt.Sprintf("%s · %s", sev, inert.Line(plainSentence(f.Message)))
		if i != m.findPick {
			lines, rowOf = append(lines, "  "+line), append(rowOf, i)
			continue
		}
		cursorLine = len(lines)
		var more []string
		for j, l := range wrap(line, 2) {
			if j == 0 {
				l = m.st.Selected.Render("›") + l[1:]
			}
			more = append(more, l)
		}
		if p := m.place(f); p != "" {
			more = append(more, wrap("Spørgsmål: "+p, 4)...)
		}
		if s := wizardHint(f); s != "" {
			more = append(more, wrap("→ "+inert.Line(s), 4)...)
		}
		if f.Reference != "" {
			more = append(more, m.st.Muted.Render("    For rådgivere: "+inert.Line(f.Reference)))
		}
		for _, l := range more {
			lines, rowOf = append(lines, l), append(rowOf, i)
		}
	}
	// Scrolled so that the chosen finding's last line, and then its first,
	// are on screen.
	last := cursorLine
	for last+1 < len(rowOf) && rowOf[last+1] == m.findPick {
		last++
	}
	window(m.st, lines, rowOf, last, max(h-3, 4), &m.findTop)
	shown := window(m.st, lines, rowOf, cursorLine, max(h-3, 4), &m.findTop)
	return head + "\n" + strings.Join(shown, "\n")
}

// findingLines are a finding as the wizard says it: severity and message,
// the question that answers it, and what to do.
func (m *Model) findingLines(f check.Finding) []string {
	out := []string{f.Severity + ": " + plainSentence(f.Message)}
	if p := m.place(f); p != "" {
		out = append(out, "Spørgsmål: "+p)
	}
	if s := wizardHint(f); s != "" {
		out = append(out, "→ "+s)
	}
	return out
}

var indexRE = regexp.MustCompile(`\[(\d+)\]`)

// where finds the question that answers path: its step, and the list and
// item it is in (coll nil for a step's own form; item -1 for a whole list).
func where(a *drafts.Answers, path string) (step int, coll *collection, item int, ok bool) {
	under := func(prefix string) bool {
		return path == prefix || strings.HasPrefix(path, prefix+".") || strings.HasPrefix(path, prefix+"[")
	}
	for i, s := range steps {
		// Lists first, longest prefix first, so cookies.list beats cookies.
		var best *collection
		for _, c := range s.colls {
			if under(c.prefix) && (best == nil || len(c.prefix) > len(best.prefix)) {
				best = c
			}
		}
		if best != nil {
			if best.singleton {
				return i, best, 0, true
			}
			rest := strings.TrimPrefix(path, best.prefix)
			if !strings.HasPrefix(rest, "[") {
				return i, best, -1, true
			}
			n, _ := strconv.Atoi(indexRE.FindStringSubmatch(rest)[1])
			if n < 1 || n > best.count(a) {
				return i, best, -1, true
			}
			return i, best, n - 1, true
		}
		for _, pre := range s.prefixes {
			if s.form != nil && under(pre) {
				return i, nil, -1, true
			}
		}
	}
	return 0, nil, -1, false
}

// jumpTo opens the question that answers path: the step, the list item
// and the field itself; for a finding about a whole list, the row that
// adds to it.
func (m *Model) jumpTo(f check.Finding) tea.Cmd {
	t, ok := m.targetOf(f)
	if !ok {
		return nil
	}
	cmd := m.leaveItem(t.step)
	if t.coll == nil {
		m.focusField(t.key)
		return cmd
	}
	for j, r := range m.rows() {
		if r.coll == t.coll && r.item == t.item {
			m.cursor = j
		}
	}
	if t.item < 0 {
		m.focusSec = t.coll.section
		m.setStatus("Her kan du rette det: tilføj "+typical(t.coll.noun)+" under »"+t.coll.title+"«.", false)
		return cmd
	}
	open := m.openItem(t.coll, t.item, false)
	m.focusField(t.key)
	return tea.Batch(cmd, open)
}

// place names the question that answers path as the user saw it: "Trin 6
// Cookies › Cookiebanner › Har hjemmesiden et cookiebanner …", never a path
// in the answer file.
func (m *Model) place(f check.Finding) string {
	if p, ok := m.places[f.Path+" "+f.Reference]; ok {
		return p
	}
	t, ok := m.targetOf(f)
	if !ok {
		return ""
	}
	parts := []string{fmt.Sprintf("Trin %d %s", t.step+1, steps[t.step].title)}
	var q *questions
	switch {
	case t.coll == nil:
		q = steps[t.step].form(m)
	case t.coll.singleton:
		parts = append(parts, t.coll.title)
		q = t.coll.form(m, 0)
	case t.item >= 0:
		parts = append(parts, t.coll.name(m.a, t.item))
		q = t.coll.form(m, t.item)
	default:
		parts = append(parts, t.coll.title, "+ tilføj "+t.coll.noun)
	}
	if q != nil {
		if f := q.fields[t.key]; f != nil {
			parts = append(parts, strings.SplitN(f.title, "\n", 2)[0])
		}
	}
	p := strings.Join(parts, " › ")
	if m.places == nil {
		m.places = map[string]string{}
	}
	m.places[f.Path+" "+f.Reference] = p
	return p
}

// focusField moves the form's focus forward to the field with key k. A
// field behind a hidden group or an unanswered required question cannot be
// reached; focus then stays where it got to.
func (m *Model) focusField(k string) {
	if m.form == nil {
		return
	}
	for range 80 {
		f := m.form.GetFocusedField()
		if f == nil || m.form.State != huh.StateNormal {
			break
		}
		if f.GetKey() == k {
			m.focusSec = m.sectionOf(k)
			return
		}
		m.form.NextField()
		if g := m.form.GetFocusedField(); g == f {
			m.form.NextGroup()
			if m.form.GetFocusedField() == f {
				break
			}
		}
	}
	if m.form.State != huh.StateNormal {
		// Walking off the end completed the form; start it again at the top.
		if m.mode == modeItem {
			m.show(m.coll.form(m, m.item))
		} else if steps[m.cur].form != nil {
			m.show(steps[m.cur].form(m))
		}
		m.formInit()
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// wizardHint is what to do about a finding as the wizard says it: in the
// words of its questions and choices (content's Plain), never the answer
// file's keys, which check's own output keeps for consultants.
func wizardHint(f check.Finding) string {
	return plainSentence(f.Plain)
}
