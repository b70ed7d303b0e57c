// Package tui is privatliv's terminal wizard: questions on the left, the live
// policy on the right. It edits one drafts.Answers value in place; the
// preview and the saved files are always derived from those answers.
package tui

import (
	"bytes"
	"fmt"
	"image/color"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Options start the wizard.
type Options struct {
	Path     string          // answer file to save to; "" asks on first save
	Answers  *drafts.Answers // answers to start from
	Existing bool            // Path was loaded from disk (edit), so watch it for outside changes
	NoColor  bool            // NO_COLOR is set
	Now      func() time.Time
	// RecoveryDir holds recovery files for answers that have no file yet.
	RecoveryDir string
	// AutosaveDelay is how long after a change the recovery file is
	// written; 400 ms when zero.
	AutosaveDelay time.Duration
	// Interrupt delivers ctrl+c in accessible mode, where the terminal
	// turns it into a signal.
	Interrupt <-chan os.Signal
}

type mode int

const (
	modeForm       mode = iota // a step's own form
	modeList                   // a step's lists
	modeItem                   // editing one item of a list
	modePick                   // choosing a template before adding an item
	modeSteps                  // the step picker
	modeHelp                   // the full key list
	modeConfirmDel             // delete this item?
	modeQuit                   // unsaved changes: save, discard or stay?
	modeRestore                // a recovery file exists: restore it?
	modeSaveAs                 // asking for a file name
	modeOverwrite              // the file changed on disk: overwrite?
	modeFindings               // the list of findings
)

// wideLayout is the width from which questions and preview sit side by side.
const wideLayout = 100

// Model is the wizard's root Bubble Tea model.
type Model struct {
	a    *drafts.Answers
	b    *bindings
	opts Options
	path string

	cur      int // current step
	mode     mode
	prevMode mode // where help, the step picker and dialogs return to
	form     *huh.Form
	q        *questions // the form's fields, checks and hide rules
	fieldErr string
	coll     *collection // list being edited in modeItem/modePick/modeConfirmDel
	item     int
	newItem  bool
	cursor   int // row in the list view
	pick     int
	stepPick int
	saveAs   string

	width, height int
	dark          bool
	bgKnown       bool
	st            styles
	theme         huh.Theme
	keymap        *huh.KeyMap
	help          help.Model
	welcome       bool

	r        *renderer
	pv       preview
	gen      int
	offsets  map[string]int
	rendered map[string]string // last rendered text per section id, shown while a newer one renders
	showPrev bool              // on a narrow screen: the preview replaces the questions
	focusSec string

	seen      []byte // encoding of the answers at the last update
	initial   []byte // encoding of the answers the wizard started with
	saved     []byte // encoding at the last save or load
	diskSum   []byte // the file's bytes when loaded or saved, to notice outside edits
	autosave  bool   // an autosave is scheduled
	status    string
	statusErr bool
	findings  []content.Finding
	findPick  int
	findGen   int
	quitting  bool
}

// New makes the wizard model.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	a := opts.Answers
	if a == nil {
		a = content.Starter(opts.Now())
	}
	m := &Model{
		a: a, b: loadBindings(a), opts: opts, path: opts.Path,
		dark: true, st: newStyles(true, opts.NoColor), theme: cachedTheme(opts.NoColor), keymap: danishKeyMap(),
		help: help.New(), r: newRenderer(),
		rendered: map[string]string{}, offsets: map[string]int{},
		width: 80, height: 24,
	}
	m.help.Styles = help.DefaultStyles(true)
	if opts.NoColor {
		m.help.Styles = help.Styles{}
	}
	m.seen = m.encode()
	m.initial = m.seen
	if opts.AutosaveDelay == 0 {
		m.opts.AutosaveDelay = 400 * time.Millisecond
	}
	// Nothing is unsaved until the user changes an answer: quitting an
	// untouched questionnaire loses nothing.
	m.saved = m.seen
	if opts.Existing {
		if data, err := os.ReadFile(opts.Path); err == nil {
			m.diskSum = data
		}
	}
	if rec, err := os.ReadFile(m.recoveryPath()); err == nil && !bytes.Equal(rec, m.seen) {
		m.mode = modeRestore
	}
	m.enterStep(0)
	// A fresh questionnaire is greeted; answers opened with findings show
	// them instead, once the first check (run by Init) is back.
	m.welcome = m.mode != modeRestore
	return m
}

// Answers are the answers as they stand.
func (m *Model) Answers() *drafts.Answers { return m.a }

func (m *Model) encode() []byte {
	data, err := drafts.Encode(m.a, orText(m.path, "svar.toml"))
	if err != nil {
		return nil
	}
	return data
}

// Init asks for the background colour (answered asynchronously, never
// waited for) and renders the first preview.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.formInit(), m.refreshPreview(), m.findingsCmd(m.seen))
}

func (m *Model) formInit() tea.Cmd {
	if m.form == nil {
		return nil
	}
	cmd := m.form.Init()
	if m.bgKnown {
		m.form.Update(tea.BackgroundColorMsg{Color: bgColor(m.dark)})
	}
	return cmd
}

func bgColor(dark bool) color.Color {
	if dark {
		return lipgloss.Color("#000000")
	}
	return lipgloss.Color("#ffffff")
}

// show makes q the current form, with the wizard's theme, size and keys.
func (m *Model) show(q *questions) {
	m.q = q
	m.form = huh.NewForm(q.groups...).WithTheme(m.theme).WithKeyMap(m.keymap).WithShowHelp(false).
		WithWidth(m.leftWidth()).WithHeight(max(m.bodyHeight()-1, 5))
}

// hideForm drops the current form.
func (m *Model) hideForm() { m.form, m.q = nil, nil }

// enterStep shows step i, building its form from the answers.
func (m *Model) enterStep(i int) tea.Cmd {
	m.cur = max(0, min(i, len(steps)-1))
	s := steps[m.cur]
	m.fieldErr = ""
	m.focusSec = ""
	m.cursor = 0
	if !m.statusErr {
		m.status = ""
	}
	if i > 0 {
		m.welcome = false
	}
	if s.form != nil {
		m.show(s.form(m))
		m.setMode(modeForm)
	} else {
		m.hideForm()
		m.setMode(modeList)
	}
	return tea.Batch(m.formInit(), m.refreshPreview())
}

func (m *Model) setMode(md mode) {
	if m.mode == modeRestore && md != modeRestore {
		// the restore question comes first; keep it until answered
		m.prevMode = md
		return
	}
	m.mode = md
}

// Update handles a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 1), max(msg.Height, 1)
		if m.form != nil {
			m.form.WithWidth(m.leftWidth()).WithHeight(max(m.bodyHeight()-1, 5))
		}
		return m, m.refreshPreview()
	case tea.BackgroundColorMsg:
		m.dark, m.bgKnown = msg.IsDark(), true
		m.st = newStyles(m.dark, m.opts.NoColor)
		if !m.opts.NoColor {
			m.help.Styles = help.DefaultStyles(m.dark)
		}
		if m.form != nil {
			m.form.Update(msg)
		}
		return m, m.refreshPreview()
	case previewMsg:
		if msg.gen == m.gen {
			m.assemble(m.previewKeys())
		}
		return m, nil
	case findingsMsg:
		if msg.gen == m.findGen {
			m.findings = msg.findings
			if m.opts.Answers != nil && len(m.findings) > 0 && bytes.Equal(m.seen, m.initial) {
				m.welcome = false
			}
		}
		return m, nil
	case autosaveMsg:
		m.autosave = false
		m.writeRecovery()
		return m, nil
	case tea.PasteMsg, tea.KeyPressMsg:
		return m.handleInput(msg)
	}
	// Everything else (cursor blinks, huh's own messages) goes to the form.
	if m.form != nil && (m.mode == modeForm || m.mode == modeItem || m.mode == modePick || m.mode == modeSaveAs) {
		return m, m.updateForm(msg)
	}
	return m, nil
}

type autosaveMsg struct{}

func (m *Model) handleInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey {
		switch m.mode {
		case modeRestore:
			return m, m.restoreKey(k)
		case modeQuit:
			return m, m.quitKey(k)
		case modeOverwrite:
			return m, m.overwriteKey(k)
		case modeConfirmDel:
			return m, m.deleteKey(k)
		case modeHelp:
			m.mode = m.prevMode
			return m, nil
		case modeSteps:
			return m, m.stepsKey(k)
		case modeFindings:
			return m, m.findingsKey(k)
		}
		switch {
		case key.Matches(k, keys.Quit):
			return m, m.quit()
		case key.Matches(k, keys.Save):
			return m, m.save(false)
		case key.Matches(k, keys.Preview):
			m.showPrev = !m.showPrev
			return m, m.refreshPreview()
		case key.Matches(k, keys.ScrollDown):
			m.pv.scroll(3, m.bodyHeight())
			return m, nil
		case key.Matches(k, keys.ScrollUp):
			m.pv.scroll(-3, m.bodyHeight())
			return m, nil
		case m.mode == modeSaveAs:
		case key.Matches(k, keys.NextStep):
			return m, m.leaveItem(m.cur + 1)
		case key.Matches(k, keys.PrevStep):
			return m, m.leaveItem(m.cur - 1)
		case key.Matches(k, keys.Steps):
			m.prevMode, m.mode, m.stepPick = m.mode, modeSteps, m.cur
			return m, nil
		case key.Matches(k, findingsKey):
			m.refreshFindings()
			m.prevMode, m.mode, m.findPick = m.mode, modeFindings, 0
			return m, nil
		case k.String() == "f1" || (k.String() == "?" && !m.typing()):
			m.prevMode, m.mode = m.mode, modeHelp
			return m, nil
		}
	}
	switch m.mode {
	case modeList:
		if isKey {
			return m, m.listKey(k)
		}
		return m, nil
	case modeItem, modePick, modeForm, modeSaveAs:
		if isKey && k.String() == "esc" {
			return m, m.escape()
		}
		cmd := m.updateForm(msg)
		m.validateFocused()
		return m, tea.Batch(cmd, m.afterChange())
	}
	return m, nil
}

// typing reports whether the focused field takes free text, where ? is a
// character, not a request for help.
func (m *Model) typing() bool {
	if m.form == nil || m.mode == modeList {
		return false
	}
	switch m.form.GetFocusedField().(type) {
	case *huh.Input, *huh.Text:
		return true
	}
	return false
}

// updateForm passes a message to the current form and reacts when it is done.
func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	if m.form == nil {
		return nil
	}
	f, cmd := m.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		m.form = ff
	}
	m.sync()
	if m.form.State == huh.StateCompleted {
		return tea.Batch(cmd, m.formDone())
	}
	return cmd
}

// sync writes what follows from the form's fields into the answers: the
// bound values that are not plain strings, and ids made from names.
func (m *Model) sync() {
	if m.q != nil && m.q.sync != nil {
		m.q.sync()
	}
	m.b.store(m.a)
}

// formDone moves on when a form is completed.
func (m *Model) formDone() tea.Cmd {
	switch m.mode {
	case modeForm:
		if m.cur+1 < len(steps) {
			return m.enterStep(m.cur + 1)
		}
		m.show(steps[m.cur].form(m))
		return m.formInit()
	case modeItem:
		m.closeItem()
		return m.refreshPreview()
	case modePick:
		note := ""
		if m.coll.describe != nil {
			note = m.coll.describe(m.a, m.pick)
		}
		i := m.coll.add(m.a, m.pick)
		cmd := m.openItem(m.coll, i, true)
		if note != "" {
			m.setStatus(note, false)
		}
		return cmd
	case modeSaveAs:
		path := strings.TrimSpace(m.saveAs)
		m.hideForm()
		m.mode = m.prevMode
		m.restoreForm()
		m.removeRecovery() // the nameless one; from now on it lives next to the file
		m.path = path
		return m.save(false)
	}
	return nil
}

// escape leaves an item form, a picker or the save dialog.
func (m *Model) escape() tea.Cmd {
	switch m.mode {
	case modeItem:
		m.closeItem()
		return m.refreshPreview()
	case modePick:
		m.hideForm()
		m.mode = modeList
		return nil
	case modeSaveAs:
		m.hideForm()
		m.mode = m.prevMode
		m.restoreForm()
		m.setStatus("Ikke gemt.", false)
		return nil
	}
	return nil
}

// restoreForm rebuilds the step form after a dialog replaced it.
func (m *Model) restoreForm() {
	if m.mode == modeForm {
		m.show(steps[m.cur].form(m))
		m.formInit()
	}
}

// leaveItem closes any item form and goes to step i.
func (m *Model) leaveItem(i int) tea.Cmd {
	if i < 0 || i >= len(steps) {
		return nil
	}
	if m.mode == modeItem {
		m.closeItem()
	}
	return m.enterStep(i)
}

func (m *Model) openItem(c *collection, i int, isNew bool) tea.Cmd {
	m.coll, m.item, m.newItem = c, i, isNew
	m.show(c.form(m, i))
	m.mode = modeItem
	m.fieldErr = ""
	m.sync()
	return tea.Batch(m.formInit(), m.afterChange(), m.refreshPreview())
}

// closeItem returns to the list; a new item left empty is dropped.
func (m *Model) closeItem() {
	if m.newItem && m.coll.empty != nil && m.coll.item(m.a, m.item) {
		m.coll.remove(m.a, m.item)
	}
	m.hideForm()
	m.mode = modeList
	m.fieldErr = ""
	m.afterChange()
}

func (c *collection) item(a *drafts.Answers, i int) bool { return i < c.count(a) && c.empty(a, i) }

// rows are the list view's lines: each collection's items, then its "add" row.
type row struct {
	coll *collection
	item int // -1 for the "add" row
}

func (m *Model) rows() []row {
	var out []row
	for _, c := range steps[m.cur].colls {
		for i := 0; i < c.count(m.a); i++ {
			out = append(out, row{c, i})
		}
		if !c.singleton {
			out = append(out, row{c, -1})
		}
	}
	return out
}

func (m *Model) listKey(k tea.KeyPressMsg) tea.Cmd {
	rows := m.rows()
	m.cursor = max(0, min(m.cursor, len(rows)-1))
	switch {
	case key.Matches(k, keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, keys.Down):
		m.cursor = min(len(rows)-1, m.cursor+1)
	case k.String() == "tab":
		if m.cursor == len(rows)-1 {
			return m.enterStep(m.cur + 1)
		}
		m.cursor++
	case k.String() == "shift+tab":
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, keys.Add):
		c := rows[m.cursor].coll
		if c.singleton {
			for _, r := range rows {
				if !r.coll.singleton {
					c = r.coll
					break
				}
			}
		}
		if !c.singleton {
			return m.addItem(c)
		}
	case key.Matches(k, keys.Edit):
		r := rows[m.cursor]
		if r.item < 0 {
			return m.addItem(r.coll)
		}
		return m.openItem(r.coll, r.item, false)
	case key.Matches(k, keys.Delete):
		r := rows[m.cursor]
		if r.item >= 0 && !r.coll.singleton {
			m.coll, m.item = r.coll, r.item
			m.prevMode, m.mode = m.mode, modeConfirmDel
		}
	}
	m.focusSec = rows[m.cursor].coll.section
	return m.refreshPreview()
}

func (m *Model) addItem(c *collection) tea.Cmd {
	m.coll = c
	if c.templates != nil {
		m.pick = 0
		m.show(newQuestions().group("",
			pickInt("pick", "Hvad vil du tilføje?", "Vælg et typisk "+c.noun+"; du kan rette alt bagefter. Skriv / for at søge.",
				c.templates(m.a), &m.pick).Height(max(m.bodyHeight()-6, 4)),
		))
		m.mode = modePick
		return m.formInit()
	}
	i := c.add(m.a, 0)
	rows := m.rows()
	for j, r := range rows {
		if r.coll == c && r.item == i {
			m.cursor = j
		}
	}
	return m.openItem(c, i, true)
}

func (m *Model) deleteKey(k tea.KeyPressMsg) tea.Cmd {
	m.mode = m.prevMode
	if key.Matches(k, keys.Confirm) && k.String() != "enter" {
		name := m.coll.label(m.a, m.item)
		m.coll.remove(m.a, m.item)
		m.setStatus("Slettede "+name+".", false)
		m.cursor = max(0, m.cursor-1)
		return tea.Batch(m.afterChange(), m.refreshPreview())
	}
	return nil
}

func (m *Model) stepsKey(k tea.KeyPressMsg) tea.Cmd {
	switch s := k.String(); {
	case key.Matches(k, keys.Up), s == "shift+tab":
		m.stepPick = max(0, m.stepPick-1)
	case key.Matches(k, keys.Down), s == "tab":
		m.stepPick = min(len(steps)-1, m.stepPick+1)
	case s == "enter":
		m.mode = m.prevMode
		return m.leaveItem(m.stepPick)
	case len(s) == 1 && s[0] >= '1' && s[0] <= '9' && int(s[0]-'1') < len(steps):
		m.mode = m.prevMode
		return m.leaveItem(int(s[0] - '1'))
	case s == "esc" || key.Matches(k, keys.Steps):
		m.mode = m.prevMode
	}
	return nil
}

// validateFocused runs the focused field's check on every key, so a wrong
// CVR number shows while it is typed.
func (m *Model) validateFocused() {
	m.fieldErr = ""
	if m.form == nil {
		return
	}
	f := m.form.GetFocusedField()
	if f == nil {
		return
	}
	check := m.q.checks[f.GetKey()]
	if s, ok := f.GetValue().(string); ok && check != nil {
		if err := check(s); err != nil {
			m.fieldErr = err.Error()
		}
	}
	m.focusSec = m.sectionOf(f.GetKey())
}

func (m *Model) sectionOf(fieldKey string) string {
	s := steps[m.cur]
	if sec, ok := s.sections[fieldKey]; ok {
		return sec
	}
	if m.coll != nil && (m.mode == modeItem || m.mode == modePick) {
		return m.coll.section
	}
	return s.section
}

// afterChange notices changed answers: it marks them unsaved, schedules an
// autosave and a new preview.
func (m *Model) afterChange() tea.Cmd {
	cur := m.encode()
	if bytes.Equal(cur, m.seen) {
		return nil
	}
	m.seen = cur
	m.welcome = false
	cmds := []tea.Cmd{m.refreshPreview(), m.findingsCmd(cur)}
	if !m.autosave {
		m.autosave = true
		cmds = append(cmds, tea.Tick(m.opts.AutosaveDelay, func(time.Time) tea.Msg { return autosaveMsg{} }))
	}
	return tea.Batch(cmds...)
}

func (m *Model) dirty() bool { return !bytes.Equal(m.seen, m.saved) }

func (m *Model) setStatus(s string, isErr bool) { m.status, m.statusErr = s, isErr }

func (m *Model) quit() tea.Cmd {
	if !m.dirty() {
		m.removeRecovery()
		m.quitting = true
		return tea.Quit
	}
	m.writeRecovery()
	m.prevMode, m.mode = m.mode, modeQuit
	return nil
}

func (m *Model) quitKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "g", "ctrl+s":
		m.mode = m.prevMode
		cmd := m.save(false)
		if !m.dirty() {
			m.quitting = true
			return tea.Quit
		}
		return cmd
	case "a", "q":
		// The recovery file stays, so even this can be undone at the next start.
		m.quitting = true
		return tea.Quit
	case "esc", "n", "f":
		m.mode = m.prevMode
	}
	return nil
}

func (m *Model) restoreKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "j", "y", "enter":
		data, err := os.ReadFile(m.recoveryPath())
		if err == nil {
			var f *drafts.File
			if f, err = drafts.Parse(m.recoveryPath(), data); err == nil {
				*m.a = *f.Answers
				m.b = loadBindings(m.a)
			}
		}
		m.mode = m.prevMode
		if err != nil {
			m.setStatus("Kunne ikke gendanne: "+err.Error(), true)
		} else {
			m.setStatus("Dine ugemte svar er gendannet. Husk at gemme med ctrl+s.", false)
		}
		return tea.Batch(m.enterStep(m.cur), m.afterChange())
	case "n", "esc":
		m.removeRecovery()
		m.mode = m.prevMode
		m.setStatus("De ugemte svar er kasseret.", false)
	}
	return nil
}

// bodyHeight is the room between the header and the footer.
func (m *Model) bodyHeight() int { return max(m.height-4, 1) }

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

// View draws the screen, never wider than the window.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
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
		body = fitLines(m.dialog("Der er ugemte svar fra sidst", "Vil du gendanne dem?\n\n  j  ja, gendan\n  n  nej, kassér dem"), w, bh)
	case m.mode == modeQuit:
		body = fitLines(m.dialog("Du har ugemte ændringer", "  g  gem og afslut\n  a  afslut uden at gemme (svarene kan gendannes næste gang)\n  esc  bliv i guiden"), w, bh)
	case m.mode == modeOverwrite:
		body = fitLines(m.dialog("Filen er ændret udefra", m.path+" er ændret på disken, siden du åbnede den.\n\n  j  overskriv den med dine svar\n  n  gem ikke"), w, bh)
	case m.mode == modeConfirmDel:
		body = fitLines(m.dialog("Slet?", "Slet "+m.coll.label(m.a, m.item)+"?\n\n  j  ja, slet\n  n  nej"), w, bh)
	case !m.wide() && m.showPrev:
		body = m.previewLines(w, bh)
	case !m.wide():
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
	s := steps[m.cur]
	done := m.doneSteps()
	title := m.st.Title.Render("privatliv") + "  " + m.st.Step.Render(fmt.Sprintf("%d/%d %s", m.cur+1, len(steps), s.title))
	var dots strings.Builder
	for i := range steps {
		switch {
		case i == m.cur:
			dots.WriteString(m.st.Step.Render("●"))
		case done[i]:
			dots.WriteString(m.st.StepDone.Render("●"))
		default:
			dots.WriteString(m.st.StepTodo.Render("○"))
		}
	}
	n := 0
	for _, d := range done {
		if d {
			n++
		}
	}
	right := dots.String() + m.st.Muted.Render(fmt.Sprintf(" %d/%d trin uden mangler", n, len(steps)))
	if m.dirty() {
		right += m.st.Warn.Render(" · ikke gemt")
	}
	gap := m.width - lipgloss.Width(title) - lipgloss.Width(right)
	line := title + strings.Repeat(" ", max(gap, 1)) + right
	if gap < 1 {
		line = title + "  " + dots.String()
	}
	return line + "\n" + m.st.Muted.Render(s.help)
}

// doneSteps marks the steps whose part of the answers has no problems and
// is filled in.
func (m *Model) doneSteps() []bool {
	done := make([]bool, len(steps))
	for i, s := range steps {
		ok := true
		for _, p := range m.findings {
			if p.Severity != content.SeverityError {
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
	e, w := content.Count(m.findings)
	switch {
	case m.fieldErr != "":
		status, st = "⚠ "+m.fieldErr, m.st.Error
	case status != "":
	case e+w > 0 && !m.welcome:
		status, st = fmt.Sprintf("%s og %s – ctrl+f viser dem", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler")), m.st.Warn
	case m.welcome && m.wide():
		status = "Velkommen! Besvar spørgsmålene – politikken til højre følger med. Tryk ? for hjælp."
	case m.welcome:
		status = "Velkommen! Tryk ctrl+p for at se politikken og ? for hjælp."
	}
	return st.Render(status) + "\n" + m.shortHelp()
}

func (m *Model) shortHelp() string {
	var b []key.Binding
	switch m.mode {
	case modeList:
		b = []key.Binding{keys.Add, keys.Edit, keys.Delete, keys.NextStep, keys.Save, findingsKey, keys.Help, keys.Quit}
	case modeItem, modePick:
		if m.form != nil {
			b = append(b, m.form.KeyBinds()...)
		}
		b = append(b, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "til listen")), keys.Save, keys.Help)
	case modeForm:
		if m.form != nil {
			b = append(b, m.form.KeyBinds()...)
		}
		b = append(b, keys.NextStep, keys.Save, findingsKey, keys.Help, keys.Quit)
	default:
		b = []key.Binding{keys.Back}
	}
	if !m.wide() {
		b = append([]key.Binding{keys.Preview}, b...)
	}
	m.help.SetWidth(m.width)
	return m.help.ShortHelpView(b)
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
	var b strings.Builder
	rows := m.rows()
	var last *collection
	cursorLine, line := 0, 0
	for j, r := range rows {
		if r.coll != last {
			if last != nil {
				b.WriteString("\n")
				line++
			}
			b.WriteString(m.st.Title.Render(r.coll.title) + "\n")
			line++
			last = r.coll
		}
		if j == m.cursor {
			cursorLine = line
		}
		line++
		var text string
		if r.item < 0 {
			text = m.st.Muted.Render("+ tilføj " + r.coll.noun)
		} else {
			text = r.coll.label(m.a, r.item)
			if m.itemHasProblem(r.coll, r.item) {
				text += " " + m.st.Warn.Render("⚠")
			}
		}
		if j == m.cursor {
			b.WriteString(m.st.Selected.Render("› " + text))
		} else {
			b.WriteString("  " + text)
		}
		b.WriteString("\n")
	}
	if steps[m.cur].id == "review" {
		b.WriteString("\n" + m.reviewSummary())
	}
	// Scroll so the selected row is always on screen.
	lines := strings.Split(b.String(), "\n")
	if start := cursorLine - h + 2; start > 0 && len(lines) > h {
		lines = lines[min(start, len(lines)-1):]
	}
	return strings.Join(lines, "\n")
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
		e, w := content.Count(m.findings)
		b.WriteString(m.st.Warn.Render(fmt.Sprintf("%s og %s (ctrl+f viser dem og hopper til spørgsmålet):", plural(e, "fejl", "fejl"), plural(w, "advarsel", "advarsler"))) + "\n")
		for i, p := range m.findings {
			if i == 6 {
				b.WriteString(m.st.Muted.Render(fmt.Sprintf("  … og %d mere", len(m.findings)-6)) + "\n")
				break
			}
			b.WriteString("  • " + p.Severity + ": " + p.Message + "\n")
		}
	}
	target := orText(m.path, "(du vælger et filnavn)")
	b.WriteString("\n" + m.st.Muted.Render("ctrl+s gemmer svarene i "+target+" og politikken som Markdown og HTML ved siden af."))
	return b.String()
}

func (m *Model) dialog(title, body string) string {
	w := min(m.width-2, 70)
	return m.st.Box.Width(max(w, 20)).Render(m.st.Title.Render(title) + "\n\n" + body)
}

func (m *Model) helpView() string {
	return m.st.Title.Render("Taster") + "\n\n" + m.help.FullHelpView(fullHelp()) +
		"\n\n" + m.st.Muted.Render("Svarene gemmes løbende i en gendannelsesfil, så intet går tabt. Tryk en vilkårlig tast for at lukke.")
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
