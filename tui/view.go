package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/internal/inert"
)

// The wizard's screen: header, questions or lists, preview, footer, and
// the dialogs, each cut to the window.

// bodyHeight is the room between the header and the footer.
// bodyHeight is the room between the header (two lines) and the footer
// (at most three).
func (m *Model) bodyHeight() int { return max(m.height-5, 1) }

func (m *Model) wide() bool { return m.width >= wideLayout }

func (m *Model) leftWidth() int {
	if !m.wide() {
		return max(m.width-2, 10)
	}
	return max(m.width*11/20, 50)
}

func (m *Model) previewWidth() int {
	if !m.wide() {
		return max(m.width, 10)
	}
	return max(m.width-m.leftWidth()-3, 10)
}

// frameGap is the time between two frames Bubble Tea draws (privatliv runs
// it at 120 frames a second).
const frameGap = time.Second / 120

// frameMsg asks for a frame drawn afresh.
type frameMsg struct{}

// nextFrame follows an update: the next View draws afresh when the last
// frame was drawn a frame time ago or more; otherwise it hands back the
// last frame, and a frameMsg comes when the frame time is up, so the
// screen shows the state after the last message at most one frame late,
// as Bubble Tea would have drawn it anyway.
func (m *Model) nextFrame() tea.Cmd {
	since := m.clock().Sub(m.frameAt)
	m.reuse = m.frame != "" && since < frameGap && !m.quitting
	if !m.reuse || m.frameDue {
		return nil
	}
	m.frameDue = true
	return tea.Tick(frameGap-since, func(time.Time) tea.Msg { return frameMsg{} })
}

// View draws the screen, never wider than the window.
func (m *Model) View() tea.View {
	if !m.reuse || m.quitting {
		// Text from the answers is made inert where it is put on the
		// screen; Frame makes sure nothing that slipped past can act on
		// the terminal.
		m.frame, m.frameAt = inert.Frame(m.render()), m.clock()
	}
	v := tea.NewView(m.frame)
	if m.sized && m.opts.FirstFrame != nil {
		m.opts.FirstFrame()
		m.opts.FirstFrame = nil
	}
	v.AltScreen = true
	v.WindowTitle = "privatliv"
	return v
}

func (m *Model) render() string {
	if m.quitting {
		return ""
	}
	w, h := m.width, m.height
	header := fitLines(m.header(), w, -1)
	footer := fitLines(m.footer(), w, -1)
	bh := max(h-len(header)-len(footer), 1)

	var body []string
	switch {
	case m.mode == modeHelp:
		body = fitLines(m.helpView(), w, bh)
	case m.mode == modeSteps:
		body = fitLines(m.stepsView(), w, bh)
	case m.mode == modeFindings:
		body = fitLines(m.findingsView(w, bh), w, bh)
	case m.mode == modeRestore:
		body = fitLines(m.dialog("Der er ugemte svar fra sidst", m.restoreDialog(bh)), w, bh)
	case m.mode == modeQuit:
		body = fitLines(m.dialog("Du har ugemte ændringer", m.quitDialog()), w, bh)
	case m.mode == modeOverwrite:
		body = fitLines(m.dialog("Filen er ændret udefra", inert.Line(m.path)+" er ændret på disken, siden du åbnede den.\n\n  j  overskriv den med dine svar\n  n  gem ikke"), w, bh)
	case m.mode == modeConfirmDel:
		// The row is shown as it stands in the list, on a line of its own:
		// a row that ends in a question mark ("rolle?") makes no "??".
		body = fitLines(m.dialog("Slet fra »"+m.coll.title+"«?", m.deleteQuestion()), w, bh)
	case !m.wide() && m.showPrev && m.mode != modeKind:
		body = m.previewLines(w, bh)
	case !m.wide() || m.mode == modeKind:
		body = fitLines(m.questions(w, bh), w, bh)
	default:
		lw, pw := m.leftWidth(), m.previewWidth()
		left := fitLines(m.questions(lw, bh), lw, bh)
		right := m.previewLines(pw, bh)
		sep := " " + m.st.Border.Render("│") + " "
		body = make([]string, bh)
		for i := range body {
			body[i] = left[i] + sep + right[i]
		}
	}
	lines := make([]string, 0, h)
	lines = append(lines, header...)
	lines = append(lines, body...)
	lines = append(lines, footer...)
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// fitLines cuts or pads every line of s to exactly w columns, and to h
// lines unless h is negative.
func fitLines(s string, w, h int) []string {
	lines := strings.Split(s, "\n")
	if h >= 0 {
		if len(lines) > h {
			lines = lines[:h]
		}
		for len(lines) < h {
			lines = append(lines, "")
		}
	}
	for i, l := range lines {
		lines[i] = fitWidth(l, ansi.StringWidth(l), w)
	}
	return lines
}

// fitWidth pads or cuts a line whose width is already known.
func fitWidth(l string, lw, w int) string {
	switch {
	case lw > w:
		l = ansi.Truncate(l, w, "…")
		lw = ansi.StringWidth(l)
	}
	if lw < w {
		l += strings.Repeat(" ", w-lw)
	}
	return l
}

func (m *Model) header() string {
	if m.mode == modeKind {
		return m.st.Title.Render("privatliv") + "  " + m.st.Step.Render("Kom i gang") + m.st.Muted.Render(fmt.Sprintf(" (%d/3)", m.start.page+1)) + "\n" +
			m.st.Muted.Render(startHelp[m.start.page])
	}
	s := steps[m.cur]
	done := m.doneSteps()
	title := m.st.Title.Render("privatliv") + "  " + m.st.Step.Render(fmt.Sprintf("%d/%d %s", m.cur+1, len(steps), s.title))
	var dots strings.Builder
	// Every dot says whether its step is without errors, the current one
	// too (in the step's colour): leaving a question there unanswered
	// shows at once.
	for i := range steps {
		dot := "○"
		if done[i] {
			dot = "●"
		}
		switch {
		case i == m.cur:
			dots.WriteString(m.st.Step.Render(dot))
		case done[i]:
			dots.WriteString(m.st.StepDone.Render(dot))
		default:
			dots.WriteString(m.st.StepTodo.Render(dot))
		}
	}
	n := 0
	for _, d := range done {
		if d {
			n++
		}
	}
	right := dots.String() + m.st.Muted.Render(fmt.Sprintf(" %d/%d trin uden mangler", n, len(steps)))
	if m.looksDirty() {
		right += m.st.Warn.Render(" · ikke gemt")
	}
	gap := m.width - lipgloss.Width(title) - lipgloss.Width(right)
	line := title + strings.Repeat(" ", max(gap, 1)) + right
	if gap < 1 {
		line = title + "  " + dots.String()
	}
	return line + "\n" + m.st.Muted.Render(strings.TrimSpace(s.help+" "+s.keysHelp))
}

// doneSteps marks the steps whose part of the answers has no problems and
// is filled in.
func (m *Model) doneSteps() []bool {
	done := make([]bool, len(steps))
	for i, s := range steps {
		ok := true
		for _, p := range m.findings {
			if p.Severity != check.SeverityError {
				continue
			}
			for _, pre := range s.prefixes {
				if p.Path == pre || strings.HasPrefix(p.Path, pre+".") || strings.HasPrefix(p.Path, pre+"[") {
					ok = false
				}
			}
		}
		switch s.id {
		case "controller":
			ok = ok && m.a.Controller.Name != "" && m.a.Controller.Email != ""
		case "people":
			ok = ok && len(m.a.Subjects) > 0
		case "purposes":
			ok = ok && len(m.a.Purposes) > 0
		}
		done[i] = ok
	}
	return done
}

func (m *Model) footer() string {
	status := m.status
	st := m.st.Status
	if m.statusErr {
		st = m.st.Error
	}
	e, w := check.Count(m.findings)
	switch {
	case m.noMatch() != "":
		status, st = m.noMatch(), m.st.Warn
	case m.fieldErr != "":
		status, st = "⚠ "+inert.Line(m.fieldErr), m.st.Error
	case m.leftNote() != "":
		status, st = m.leftNote(), m.st.Warn
	case status != "":
		status = inert.Line(status) // quotes names, file names and errors
	case e+w > 0 && !m.welcome:
		status, st = fmt.Sprintf("%s og %s – ctrl+f viser dem", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler")), m.st.Warn
	case m.welcome && m.wide():
		status = "Velkommen! Besvar spørgsmålene – politikken til højre følger med. F1 viser hjælp og alle taster."
	case m.welcome:
		status = "Velkommen! ctrl+p viser politikken, F1 hjælp og alle taster."
	}
	// A long message wraps onto a second line rather than being cut off.
	// The footer has three lines, which the status and the keys share; on
	// a narrow screen a message may take a fourth, from the questions.
	help := m.shortHelp()
	room := max(3-len(strings.Split(help, "\n")), 2)
	lines := []string{status}
	if ansi.StringWidth(status) > m.width { // wrapping costs more than a frame's worth; only when needed
		lines = strings.Split(lipgloss.NewStyle().Width(max(m.width, 10)).Render(status), "\n")
	}
	if len(lines) > room {
		lines = lines[:room]
	}
	for i, l := range lines {
		lines[i] = st.Render(strings.TrimRight(l, " "))
	}
	return strings.Join(lines, "\n") + "\n" + help
}

// noMatch says what to do when a search in the focused list finds
// nothing; "" while it finds something.
func (m *Model) noMatch() string {
	if m.form == nil || m.mode == modeList {
		return ""
	}
	c, ok := unwrapField(m.form.GetFocusedField()).(choiceField)
	if !ok || !c.GetFiltering() || c.matches() {
		return ""
	}
	switch {
	case m.mode == modeKind:
		return "Intet udgangspunkt passer til søgningen. Tryk esc, og vælg »" + blankStartLabel + "« eller det, der ligner jer mest."
	case m.mode == modePick && m.coll == vendorsColl:
		return "Kataloget har ingen leverandør, der passer til søgningen. Tryk esc og vælg »" + ownVendorLabel + "«."
	case m.mode == modePick && m.coll == purposesColl:
		return "Intet typisk formål passer til søgningen. Tryk esc og vælg »" + ownPurposeLabel() + "«."
	}
	return "Intet svar passer til søgningen. Tryk esc og søg efter et andet ord, eller vælg i listen."
}

func (m *Model) shortHelp() string {
	var b []key.Binding
	switch m.mode {
	case modeList:
		b = []key.Binding{keys.Add, keys.Edit, keys.Delete, keys.NextStep, keys.Save, findingsKey, keys.Help, keys.Quit}
	case modeItem, modePick:
		if m.searching() {
			b = []key.Binding{
				key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "færdig med at søge")),
				key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "flyt")),
				keys.Save,
			}
			break
		}
		if m.form != nil {
			b = append(b, m.form.KeyBinds()...)
		}
		b = append(b, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "til listen")), keys.Save, keys.Help)
	case modeForm:
		if m.searching() {
			b = []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "færdig med at søge")), keys.Save}
			break
		}
		if m.form != nil {
			b = append(b, m.form.KeyBinds()...)
		}
		b = append(b, keys.NextStep, keys.Save, findingsKey, keys.Help, keys.Quit)
	case modeKind:
		b = m.startKeys()
	default:
		b = []key.Binding{keys.Back}
	}
	if !m.wide() && m.mode != modeKind {
		b = append([]key.Binding{keys.Preview}, b...)
	}
	return m.packHelp(b, 2)
}

// packHelp lays out key bindings like the help model's short view, on up
// to n lines, so no key is cut off with … where there is room below. When
// they do not fit, the least needed keys go first (the arrows before the
// keys that save or leave); f1, which lists them all, always stays.
func (m *Model) packHelp(bs []key.Binding, n int) string {
	h := m.help
	h.SetWidth(0)
	if all := h.ShortHelpView(bs); lipgloss.Width(all) <= m.width {
		return all
	}
	var enabled []key.Binding
	for _, b := range bs {
		if b.Enabled() {
			enabled = append(enabled, b)
		}
	}
	for {
		lines := m.helpLines(enabled)
		if len(lines) <= n || len(enabled) <= 1 {
			if len(lines) > n {
				lines = lines[:n]
			}
			return strings.Join(lines, "\n")
		}
		drop := 0
		for i, b := range enabled {
			if helpRank(b) <= helpRank(enabled[drop]) {
				drop = i
			}
		}
		enabled = append(enabled[:drop:drop], enabled[drop+1:]...)
	}
}

// helpLines lays bindings out on as many lines as they need.
func (m *Model) helpLines(bs []key.Binding) []string {
	h := m.help
	h.SetWidth(0)
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	var lines []string
	cur, curW := "", 0
	for _, b := range bs {
		item := h.ShortHelpView([]key.Binding{b})
		w := lipgloss.Width(item)
		switch {
		case cur == "":
			cur, curW = item, w
		case curW+lipgloss.Width(sep)+w <= m.width:
			cur += sep + item
			curW += lipgloss.Width(sep) + w
		default:
			lines = append(lines, cur)
			cur, curW = item, w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// helpRank is how much a key is needed in the footer: the lowest goes
// first when they do not all fit.
func helpRank(b key.Binding) int {
	switch b.Help().Key {
	case "f1":
		return 100
	case "ctrl+s", "ctrl+c", "esc":
		return 90
	case "enter", "x", "a":
		return 80
	case "ctrl+f", "pgdn", "ctrl+p", "/", "d":
		return 60
	case "shift+tab":
		return 40
	case "↑", "↓", "←/→", "ctrl+a", "ctrl+e":
		return 20
	}
	return 50
}

func (m *Model) questions(w, h int) string {
	switch m.mode {
	case modeList, modeConfirmDel:
		return m.listView(w, h)
	}
	if m.form == nil {
		return ""
	}
	return m.form.View()
}

func (m *Model) listView(w, h int) string {
	var lines []string
	var rowOf []int // the row each line shows, -1 for titles and space
	add := func(l string, row int) {
		lines = append(lines, l)
		rowOf = append(rowOf, row)
	}
	rows := m.rows()
	var last *collection
	cursorLine := 0
	for j, r := range rows {
		if r.coll != last {
			if last != nil {
				add("", -1)
			}
			add(m.st.Title.Render(r.coll.title), -1)
			last = r.coll
		}
		if j == m.cursor {
			cursorLine = len(lines)
		}
		var text string
		if r.item < 0 {
			text = m.st.Muted.Render("+ tilføj " + r.coll.noun)
		} else {
			text = r.coll.name(m.a, r.item)
			if m.itemHasProblem(r.coll, r.item) {
				text += " " + m.st.Warn.Render("⚠")
			}
		}
		// A long row wraps under itself instead of being cut off.
		wrapped := strings.Split(lipgloss.NewStyle().Width(max(w-4, 10)).Render(text), "\n")
		for k, l := range wrapped {
			l = strings.TrimRight(l, " ")
			switch {
			case k > 0:
				l = "    " + l
			case j == m.cursor:
				l = m.st.Selected.Render("› " + l)
			default:
				l = "  " + l
			}
			add(l, j)
		}
	}
	if steps[m.cur].id == "review" {
		add("", -1)
		for _, l := range strings.Split(lipgloss.NewStyle().Width(max(w, 10)).Render(m.reviewSummary()), "\n") {
			add(l, -1)
		}
	}
	return strings.Join(window(m.st, lines, rowOf, cursorLine, h, &m.listTop), "\n")
}

// window is the part of lines that fits in h lines with the cursor's line
// on it, scrolled as little as possible from *top, with a line at the top
// and bottom saying how many rows are hidden above and below (rowOf tells
// which row each line shows; -1 is no row).
func window(st styles, lines []string, rowOf []int, cursorLine, h int, top *int) []string {
	if len(lines) <= h || h < 4 {
		*top = 0
		return lines
	}
	// Lines start..end are shown; a hidden part above or below costs a
	// line for saying so.
	bounds := func(start int) (from, to int) {
		from, to = start, start+h
		if start > 0 {
			from++
		}
		if to < len(lines) {
			to--
		}
		return from, min(to, len(lines))
	}
	start := max(0, min(*top, len(lines)-h))
	for from, _ := bounds(start); cursorLine < from && start > 0; from, _ = bounds(start) {
		start--
	}
	for _, to := bounds(start); cursorLine >= to && start < len(lines)-h; _, to = bounds(start) {
		start++
	}
	*top = start
	from, to := bounds(start)
	rows := func(rs []int, edge int) int {
		seen := map[int]bool{}
		for _, r := range rs {
			if r >= 0 && r != edge {
				seen[r] = true
			}
		}
		return len(seen)
	}
	say := func(arrow string, n int, where string) string {
		if n == 0 {
			return st.Muted.Render(arrow + " mere " + where)
		}
		return st.Muted.Render(fmt.Sprintf("%s %s %s", arrow, plural(n, "række", "rækker"), where))
	}
	out := make([]string, 0, h)
	if from > 0 {
		// A row partly on screen is not hidden.
		out = append(out, say("↑", rows(rowOf[:from], rowOf[from]), "ovenfor"))
	}
	out = append(out, lines[from:to]...)
	if to < len(lines) {
		out = append(out, say("↓", rows(rowOf[to:], rowOf[to-1]), "nedenfor"))
	}
	return out
}

func (m *Model) itemHasProblem(c *collection, i int) bool {
	p := c.path(i)
	for _, pr := range m.findings {
		if pr.Path == p || strings.HasPrefix(pr.Path, p+".") || strings.HasPrefix(pr.Path, p+"[") {
			return true
		}
	}
	return false
}

func (m *Model) reviewSummary() string {
	var b strings.Builder
	if len(m.findings) == 0 {
		b.WriteString(m.st.OK.Render("Ingen fejl eller mangler – politikken er klar til at blive offentliggjort.") + "\n")
	} else {
		e, w := check.Count(m.findings)
		b.WriteString(m.st.Warn.Render(fmt.Sprintf("%s og %s (ctrl+f viser dem og hopper til spørgsmålet):", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler"))) + "\n")
		for i, p := range m.findings {
			if i == 6 {
				b.WriteString(m.st.Muted.Render(fmt.Sprintf("  … og %d mere", len(m.findings)-6)) + "\n")
				break
			}
			b.WriteString("  • " + p.Severity + ": " + inert.Line(plainSentence(p.Message)) + "\n")
		}
	}
	target := orText(inert.Line(m.path), "(du vælger et filnavn)")
	also := ""
	if n := len(m.a.Document.Write); n > 0 || m.a.Document.Record != "" {
		also = " De dokumenter, du har valgt under Politikken, skrives med."
	}
	b.WriteString("\n" + m.st.Muted.Render("ctrl+s gemmer svarene i "+target+" og politikken som Markdown og HTML ved siden af."+also))
	return b.String()
}

func (m *Model) dialog(title, body string) string {
	w := min(m.width-2, 70)
	return m.st.Box.Width(max(w, 20)).Render(m.st.Title.Render(title) + "\n\n" + body)
}

// helpView lists every key, in two rows of columns when four do not fit.
func (m *Model) helpView() string {
	groups := fullHelp()
	h := m.help
	h.SetWidth(0) // measure it whole; the help model would cut it with …
	keys := h.FullHelpView(groups)
	if lipgloss.Width(keys) > m.width {
		keys = h.FullHelpView(groups[:2]) + "\n\n" + h.FullHelpView(groups[2:])
	}
	note := lipgloss.NewStyle().Width(max(m.width-2, 20)).Render(
		"Svarene gemmes løbende i en gendannelsesfil, så intet går tabt. Tryk en vilkårlig tast for at lukke.")
	return m.st.Title.Render("Taster") + "\n\n" + keys + "\n\n" + m.st.Muted.Render(note)
}

func (m *Model) stepsView() string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render("Gå til trin") + "\n\n")
	done := m.doneSteps()
	for i, s := range steps {
		mark := m.st.StepTodo.Render("○")
		if done[i] {
			mark = m.st.StepDone.Render("●")
		}
		line := fmt.Sprintf("%d %s %s", i+1, mark, s.title)
		if i == m.stepPick {
			line = m.st.Selected.Render("› ") + line
		} else {
			line = "  " + line
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + m.st.Muted.Render("↑/↓ og enter, eller tryk tallet. esc lukker."))
	return b.String()
}
