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
		return m.jumpTo(f.Path)
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
	b.WriteString(m.st.Title.Render(fmt.Sprintf("Fejl og mangler: %s, %s", plural(e, "fejl", "fejl"), plural(wn, "advarsel", "advarsler"))) + "\n")
	b.WriteString(m.st.Muted.Render("↑/↓ vælg · enter gå til spørgsmålet · esc luk") + "\n\n")
	lines := 3
	start := max(0, m.findPick-(h-8)/2)
	for i := start; i < len(m.findings) && lines < h-2; i++ {
		f := m.findings[i]
		sev := m.st.Warn.Render(f.Severity)
		if f.Severity == check.SeverityError {
			sev = m.st.Error.Render(f.Severity)
		}
		line := fmt.Sprintf("%s · %s", sev, inert.Line(plainSentence(f.Message)))
		if i == m.findPick {
			b.WriteString(m.st.Selected.Render("› ") + line + "\n")
			lines++
			if p := m.place(f.Path); p != "" {
				b.WriteString("    Spørgsmål: " + p + "\n")
				lines++
			}
			if s := wizardHint(f.Suggestion); s != "" {
				b.WriteString("    → " + inert.Line(s) + "\n")
				lines++
			}
			if f.Reference != "" {
				b.WriteString("    " + m.st.Muted.Render("For rådgivere: "+inert.Line(f.Reference)) + "\n")
			}
			lines++
		} else {
			b.WriteString("  " + line + "\n")
			lines++
		}
	}
	return b.String()
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

// jumpTo opens the question that answers path: the step, the list item and,
// as far as the form lets us, the field itself.
func (m *Model) jumpTo(path string) tea.Cmd {
	i, c, item, ok := where(m.a, path)
	if !ok {
		return nil
	}
	cmd := m.leaveItem(i)
	if c == nil {
		m.focusField(indexRE.ReplaceAllString(path, ""))
		return cmd
	}
	if item < 0 {
		m.setStatus("Her kan du rette det: "+c.title, false)
		return cmd
	}
	for j, r := range m.rows() {
		if r.coll == c && r.item == item {
			m.cursor = j
		}
	}
	open := m.openItem(c, item, false)
	m.focusField(indexRE.ReplaceAllString(path, ""))
	return tea.Batch(cmd, open)
}

// place names the question that answers path as the user saw it: "Trin 6
// Cookies › Cookiebanner › Har hjemmesiden et cookiebanner …", never a path
// in the answer file.
func (m *Model) place(path string) string {
	if p, ok := m.places[path]; ok {
		return p
	}
	i, c, item, ok := where(m.a, path)
	if !ok {
		return ""
	}
	parts := []string{fmt.Sprintf("Trin %d %s", i+1, steps[i].title)}
	var q *questions
	switch {
	case c == nil:
		q = steps[i].form(m)
	case c.singleton:
		parts = append(parts, c.title)
		q = c.form(m, 0)
	case item >= 0:
		parts = append(parts, c.name(m.a, item))
		q = c.form(m, item)
	default:
		parts = append(parts, c.title)
	}
	if q != nil {
		if f := q.fields[indexRE.ReplaceAllString(path, "")]; f != nil {
			parts = append(parts, strings.SplitN(f.title, "\n", 2)[0])
		}
	}
	p := strings.Join(parts, " › ")
	if m.places == nil {
		m.places = map[string]string{}
	}
	m.places[path] = p
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

// wizardHint is a finding's suggestion as the wizard says it: in plain
// words, and not at all when it speaks of the answer file's keys.
func wizardHint(s string) string {
	if strings.Contains(s, " = ") || strings.Contains(s, "_") || strings.Contains(s, "`") {
		return ""
	}
	return plainSentence(s)
}
