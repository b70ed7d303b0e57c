// Package tui is privatliv's terminal wizard: questions on the left, the live
// policy on the right. It edits one drafts.Answers value in place; the
// preview and the saved files are always derived from those answers.
package tui

import (
	"bytes"
	"errors"
	"image/color"
	"os"
	"reflect"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/privatliv/privatliv/content/check"
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
	// ChooseKind starts a new questionnaire by asking what kind of
	// business it is (see drafts.Kinds).
	ChooseKind bool
	// Source is the commented file the answers started from (a kind's
	// starting point or an example), whose comments a new file keeps.
	Source []byte
	// Disk is the answer file's text as loaded (Existing), so it is not
	// read again.
	Disk []byte
	// FirstFrame, if set, is called once the first frame at the
	// terminal's size is drawn.
	FirstFrame func()
	// Width and Height are the terminal's size, when it is known before the
	// program starts: the first form and preview are then made for it, not
	// made for 80x24 and made again when the size message comes.
	Width, Height int
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
	modeChangelog              // the policy changed: write it in the change log?
	modeKind                   // a new questionnaire: which kind of business?
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
	visited  map[string]bool // the form's fields the user has left
	left     string          // the field the user left last
	coll     *collection     // list being edited in modeItem/modePick/modeConfirmDel
	item     int
	newItem  bool
	cursor   int // row in the list view
	listTop  int // first line of the list view on screen
	pick     int
	stepPick int
	start    *start // the first screen's answers, while it is shown
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
	textsFor policyTexts // the policy's parts generated last, and for which copy of the answers
	formCmd  tea.Cmd     // what starting the first form returned, for Init
	sized    bool        // a size message has come: the preview's width is known
	offsets  map[string]int
	rendered map[string]*rendering // last rendering per section id, shown while a newer one renders
	showPrev bool                  // on a narrow screen: the preview replaces the questions
	focusSec string

	// Background work, at most one of each at a time: the preview render
	// and the check running now (nil when none is), kept so that tests and
	// benchmarks can finish them in order.
	pvJob, ckJob tea.Cmd
	checkedFor   *drafts.Answers // the copy of the answers the last check was for
	// unnoted: keys went to the form while work was running or held
	// back, and whether they changed the answers is found out after.
	unnoted  bool
	held     bool      // the next work is held back while keys come fast; a resumeMsg is on its way
	keyAt    time.Time // when the last key went to the form
	renderAt time.Time // when the last preview render started

	opened    *drafts.Answers // the answers as last opened or saved, for the change log
	changeLog changeLog       // the change-log question being asked
	seen      []byte          // encoding of the answers, unless they changed since (seenOld)
	seenOld   bool            // the answers changed after seen was encoded
	snap      *drafts.Answers // a copy of the answers at the last change, never changed itself
	initial   []byte          // encoding of the answers the wizard started with
	saved     []byte          // encoding at the last save or load
	savedA    *drafts.Answers // a copy of the answers at the last save or load, never changed itself
	diskSum   []byte          // the file's bytes when loaded or saved, to notice outside edits
	autosave  bool            // an autosave is scheduled
	toRecover bool            // the answers changed since the last autosave was scheduled
	looksOld  bool            // the answers differed from the saved ones when last noticed
	status    string
	statusErr bool
	findings  []check.Finding
	places    map[string]string // finding path and reference -> the question, as the user saw it
	suggested map[string]bool   // fields holding a template's text the user has not touched
	findPick  int
	findTop   int // first line of the findings on screen
	findGen   int
	quitting  bool
	counts    *counters // background work done, for docs/keystroke.py

	// Bubble Tea asks for a frame after every message but draws at most
	// one per frame time; in a burst of keys most frames are never seen.
	// View draws at most one per frameGap and otherwise hands back the
	// last, with a frameMsg on its way that has the next View draw afresh.
	frame    string           // the last frame drawn
	frameAt  time.Time        // when
	reuse    bool             // the next View hands back frame
	frameDue bool             // a frameMsg is on its way
	clock    func() time.Time // time.Now; tests set it

	id          string        // this wizard's name in recovery files and open marks (see recovery.go)
	recoveryAt  string        // where its recovery file was last written
	recoveryErr error         // the last recovery write failed: nothing may promise a restore
	restoreFrom *leftRecovery // the recovery file offered in modeRestore
	restoreNote string        // that the file changed on disk since it was written,
	restoreDiff []string      // and what restoring it would change in the policy
	openMark    string        // the mark that this wizard has the answer file open
	elsewhere   string        // the process id of another wizard with the file open

	marksFor marksFor // the errors the open form answers, for the findings they came from
	// accessible is set in accessible mode, which asks the questions as
	// plain prompts and has keys of its own.
	accessible bool
}

// New makes the wizard model.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	a := opts.Answers
	if a == nil {
		a = drafts.Starter(opts.Now())
	}
	m := &Model{
		a: a, b: loadBindings(a), opts: opts, path: opts.Path,
		dark: true, st: newStyles(true, opts.NoColor), theme: cachedTheme(opts.NoColor), keymap: danishKeyMap(),
		help: help.New(), r: newRenderer(),
		rendered: map[string]*rendering{}, offsets: map[string]int{},
		width: 80, height: 24, id: newInstanceID(), counts: &counters{}, clock: time.Now,
	}
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height, m.sized = opts.Width, opts.Height, true
	}
	m.help.Styles = help.DefaultStyles(true)
	if opts.NoColor {
		m.help.Styles = help.Styles{}
	}
	// Nothing is unsaved until the user changes an answer: quitting an
	// untouched questionnaire loses nothing.
	m.markSaved()
	m.initial = m.seen
	if opts.AutosaveDelay == 0 {
		m.opts.AutosaveDelay = 400 * time.Millisecond
	}
	if opts.Existing {
		m.opened = deepCopy(m.a)
		m.diskSum = opts.Disk
		if m.diskSum == nil {
			if data, err := drafts.ReadFile(opts.Path, drafts.MaxFileSize); err == nil {
				m.diskSum = data
			}
		}
	}
	m.markOpen()
	if r := m.findRecovery(); r != nil {
		m.restoreFrom = r
		m.restoreNote, m.restoreDiff = m.restoreQuestion(r)
		m.mode = modeRestore
	}
	m.showStep(0)
	if opts.ChooseKind && opts.Answers == nil && m.mode != modeRestore {
		m.askKind()
	}
	m.formCmd = m.formInit() // Init returns it, and starts the preview
	// A fresh questionnaire is greeted; answers opened with findings show
	// them instead, once the first check (run by Init) is back.
	m.welcome = m.mode != modeRestore
	return m
}

// Answers are the answers as they stand.
func (m *Model) Answers() *drafts.Answers { return m.a }

func (m *Model) encode() []byte { return encodeAnswers(m.a, m.path) }

func encodeAnswers(a *drafts.Answers, path string) []byte {
	data, err := drafts.Encode(a, orText(path, "svar.toml"))
	if err != nil {
		return nil
	}
	return data
}

// encoded is the answers' encoding, made again only when they have changed
// since it was last made.
func (m *Model) encoded() []byte {
	m.noteUnnoted()
	if m.seenOld {
		m.seen, m.seenOld = m.encode(), false
	}
	return m.seen
}

// markSaved makes the answers as they stand the saved ones: what the file
// holds after a save, a load or a fresh start.
func (m *Model) markSaved() {
	m.seen, m.seenOld, m.unnoted = m.encode(), false, false
	if m.snap == nil || !reflect.DeepEqual(m.a, m.snap) {
		m.snap = deepCopy(m.a)
	}
	m.saved, m.savedA, m.looksOld = m.seen, m.snap, false
}

// Init asks for the background colour (answered asynchronously, never
// waited for) and renders the first preview.
func (m *Model) Init() tea.Cmd {
	cmd := m.formCmd
	m.formCmd = nil
	return tea.Batch(tea.RequestBackgroundColor, cmd, m.refreshPreview())
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
	m.visited, m.left = map[string]bool{}, ""
	m.form = huh.NewForm(q.groups...).WithTheme(m.theme).WithKeyMap(m.keymap).WithShowHelp(false).
		WithWidth(m.leftWidth()).WithHeight(m.formHeight())
	// The key map came after the positions, which enable the keys.
	m.form.UpdateFieldPositions()
	m.fitLists()
}

// formHeight is the height the form gets: the body less a line for the
// field's error.
func (m *Model) formHeight() int { return max(m.bodyHeight()-1, 5) }

// fitLists makes every select and multi-select as tall as its options
// where the group has room, and as tall as the room otherwise.
func (m *Model) fitLists() {
	if m.q == nil {
		return
	}
	for _, g := range m.q.specs {
		for _, f := range g.lists {
			room := m.formHeight()
			if g.title != "" {
				room -= lipgloss.Height(huhWrap(g.title, f.fieldWidth()))
			}
			f.fit(room)
		}
	}
	m.q.redraw()
}

// hideForm drops the current form.
func (m *Model) hideForm() { m.form, m.q = nil, nil }

// enterStep shows step i, building its form from the answers.
func (m *Model) enterStep(i int) tea.Cmd {
	m.showStep(i)
	return tea.Batch(m.formInit(), m.refreshPreview())
}

// showStep is enterStep without starting the form and the preview, which
// the caller does: New leaves them to Init.
func (m *Model) showStep(i int) {
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
	if _, ok := msg.(frameMsg); ok {
		m.frameDue = false
		return m, m.nextFrame()
	}
	_, cmd := m.update(msg)
	if next := m.nextFrame(); next != nil {
		return m, tea.Batch(cmd, next)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		w, h := max(msg.Width, 1), max(msg.Height, 1)
		if m.sized && w == m.width && h == m.height {
			return m, nil // the size New was given: laid out for it already
		}
		m.width, m.height, m.sized = w, h, true
		if m.mode == modeKind {
			// The page is laid out again for the new size; the answer
			// being given keeps the focus.
			focus := ""
			if m.form != nil && m.form.GetFocusedField() != nil {
				focus = m.form.GetFocusedField().GetKey()
			}
			m.askKind()
			cmd := m.formInit()
			m.refocus(focus)
			return m, cmd
		}
		if m.form != nil {
			m.form.WithWidth(m.leftWidth()).WithHeight(m.formHeight())
			m.fitLists()
			m.form.Update(nil) // scrolls the group to the focused field again
		}
		return m, m.refreshPreview()
	case tea.BackgroundColorMsg:
		style, _ := m.previewStyle()
		m.dark, m.bgKnown = msg.IsDark(), true
		m.st = newStyles(m.dark, m.opts.NoColor)
		if !m.opts.NoColor {
			m.help.Styles = help.DefaultStyles(m.dark)
		}
		if m.form != nil {
			m.form.Update(msg)
		}
		if s, _ := m.previewStyle(); s == style {
			return m, nil // the dark default was right: the preview Init started stands
		}
		return m, m.refreshPreview()
	case previewMsg:
		return m, m.previewDone(msg)
	case findingsMsg:
		return m, m.findingsDone(msg)
	case resumeMsg:
		m.held = false
		if m.pvJob != nil || m.ckJob != nil {
			return m, nil // what is running decides when it is back
		}
		return m, m.backgroundAfter()
	case autosaveMsg:
		m.autosave = false
		m.writeRecovery()
		m.toRecover = false // written as they stand
		return m, m.background()
	case tea.PasteMsg, tea.KeyPressMsg:
		return m.handleInput(msg)
	}
	// Everything else (cursor blinks, huh's own messages) goes to the form.
	if m.form != nil && (m.mode == modeForm || m.mode == modeItem || m.mode == modePick || m.mode == modeSaveAs || m.mode == modeChangelog || m.mode == modeKind) {
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
		case m.mode == modeSaveAs, m.mode == modeChangelog, m.mode == modeKind:
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
	case modeItem, modePick, modeForm, modeSaveAs, modeChangelog, modeKind:
		// esc ends a search first; only then does it leave the form.
		if isKey && k.String() == "esc" && !m.searching() {
			return m, m.escape()
		}
		if isKey && m.answerConfirm(k) {
			return m, m.afterChange()
		}
		m.replaceSuggestion(msg)
		cmd := m.updateForm(msg)
		m.validateFocused()
		return m, tea.Batch(cmd, m.afterKey())
	}
	return m, nil
}

// focusedKey is the key of the focused field, or "".
func (m *Model) focusedKey() string {
	if m.form == nil {
		return ""
	}
	if f := m.form.GetFocusedField(); f != nil {
		return f.GetKey()
	}
	return ""
}

// markFields marks the form's fields whose answer is wrong, or missing
// when it is needed and the user has left the field: at once, where it
// happens, and without keeping the user from going on. The focused field
// is not marked; the line under the form says what is wrong while it is
// typed.
func (m *Model) markFields() {
	if m.q == nil {
		return
	}
	focused, changed := m.focusedKey(), false
	found := m.formFindings()
	for key, f := range m.q.fields {
		mark := ""
		if key != focused {
			mark = m.fieldMark(key, f, found[key])
		}
		changed = f.setMark(mark) || changed
	}
	if changed && m.form != nil {
		m.fitLists()
		m.form.Update(nil) // the group draws its fields when it is updated
	}
}

type marksFor struct {
	q     *questions
	first *check.Finding
	n     int
	out   map[string]string
}

// leftNote says what is wrong with the answer to the question just left,
// while it is wrong: the question may be in a group no longer on screen.
func (m *Model) leftNote() string {
	if m.q == nil || m.left == "" || m.left == m.focusedKey() {
		return ""
	}
	f := m.q.fields[m.left]
	if f == nil || f.mark == "" {
		return ""
	}
	return "⚠ »" + strings.SplitN(f.title, "\n", 2)[0] + "«: " + f.mark + ". Du kan gå videre og svare senere (shift+tab går tilbage)."
}

// formFindings are the errors check finds that the open form's questions
// answer, by the question's key.
func (m *Model) formFindings() map[string]string {
	// Worked out again only when the form or the findings change: the
	// marks are looked at on every key.
	c := &m.marksFor
	if c.q == m.q && c.n == len(m.findings) && (c.n == 0 || c.first == &m.findings[0]) && c.out != nil {
		return c.out
	}
	out := map[string]string{}
	defer func() {
		*c = marksFor{q: m.q, n: len(m.findings), out: out}
		if len(m.findings) > 0 {
			c.first = &m.findings[0]
		}
	}()
	for _, f := range m.findings {
		if f.Severity != check.SeverityError {
			continue
		}
		t, ok := m.targetOf(f)
		if !ok || t.key == "" || t.step != m.cur {
			continue
		}
		if m.mode == modeItem && t.coll == m.coll && t.item == m.item || m.mode == modeForm && t.coll == nil {
			if _, had := out[t.key]; !had {
				out[t.key] = plainSentence(f.Message)
			}
		}
	}
	return out
}

// fieldMark is what is wrong with a field's answer, or "": its own check
// (a wrong CVR number), or an error check finds that the question answers
// (a select left unanswered). A missing answer is marked once the user
// has left the question; a wrong one at once.
func (m *Model) fieldMark(key string, f *fieldSpec, finding string) string {
	empty := true
	var err error
	switch {
	case f.check != nil && f.str != nil:
		empty = strings.TrimSpace(*f.str) == ""
		err = f.check(*f.str)
	case f.need != nil && f.strs != nil:
		empty = len(*f.strs) == 0
		err = f.need(*f.strs)
	case finding != "":
		switch {
		case f.str != nil:
			empty = *f.str == ""
		case f.strs != nil:
			empty = len(*f.strs) == 0
		case f.flag != nil:
			empty = false
		}
		err = errors.New(finding)
	}
	switch {
	case err == nil:
		return ""
	case !empty:
		return err.Error()
	case m.visited[key]:
		return "mangler svar"
	}
	return ""
}

// answerConfirm answers the focused yes/no question when the key is j, y
// or n, and stays on it: huh would also move on, so the enter that
// follows, meant to confirm, skipped the next question.
func (m *Model) answerConfirm(k tea.KeyPressMsg) bool {
	if m.form == nil || m.q == nil {
		return false
	}
	f, ok := unwrapField(m.form.GetFocusedField()).(*huh.Confirm)
	if !ok {
		return false
	}
	spec := m.q.fields[f.GetKey()]
	if spec == nil || spec.flag == nil {
		return false
	}
	switch k.Text {
	case "j", "J", "y", "Y":
		*spec.flag = true
	case "n", "N":
		*spec.flag = false
	default:
		return false
	}
	m.sync()
	return true
}

// searching reports whether the focused list is being searched, when every
// printable key types into the search.
func (m *Model) searching() bool {
	if m.form == nil || m.mode == modeList {
		return false
	}
	f, ok := m.form.GetFocusedField().(interface{ GetFiltering() bool })
	return ok && f.GetFiltering()
}

// typing reports whether the focused field takes free text, where ? is a
// character, not a request for help.
func (m *Model) typing() bool {
	if m.form == nil || m.mode == modeList {
		return false
	}
	switch unwrapField(m.form.GetFocusedField()).(type) {
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
	was := m.focusedKey()
	f, cmd := m.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		m.form = ff
	}
	m.sync()
	// huh moves the focus in a message of its own, after the key.
	if k := m.focusedKey(); k != was && was != "" {
		m.visited[was] = true
		m.left = was
		m.validateFocused()
	}
	m.markFields()
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
		if m.coll.then != nil {
			m.setStatus(note, false)
			if cmd := m.coll.then(m, i); cmd != nil {
				return tea.Batch(cmd, m.afterChange())
			}
		}
		cmd := m.openItem(m.coll, i, true)
		m.markSuggestions()
		if note != "" {
			m.setStatus(note, false)
		}
		return cmd
	case modeChangelog:
		return m.changeLogDone()
	case modeKind:
		return m.startNext()
	case modeSaveAs:
		path := strings.TrimSpace(m.saveAs)
		m.hideForm()
		m.mode = m.prevMode
		m.restoreForm()
		m.removeRecovery() // the nameless one; from now on it lives next to the file
		m.path = path
		m.markOpen()
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
	case modeKind:
		return m.startBack()
	case modeSaveAs, modeChangelog:
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

// afterKey follows a key or paste that went to the form and may have
// changed the answers. Finding out costs a comparison and a copy of all the
// answers, so while a preview render or a check runs or is held back, it
// waits until that is over: a burst of keys is then one change, not one per
// key.
func (m *Model) afterKey() tea.Cmd {
	now := m.clock()
	fast := now.Sub(m.keyAt) < frameGap
	m.keyAt = now
	if m.pvJob != nil || m.ckJob != nil || m.held {
		m.unnoted = true
		return nil
	}
	if fast && now.Sub(m.renderAt) < maxHold {
		m.unnoted = true
		return m.hold()
	}
	return m.afterChange()
}

// afterChange notices changed answers, and starts what follows from them:
// a preview render, a check and the autosave timer, each unless it is
// running or scheduled already.
func (m *Model) afterChange() tea.Cmd {
	if !m.noteChange() {
		return nil
	}
	return m.background()
}

// maxHold is how long the preview may lag behind fast typing.
const maxHold = 100 * time.Millisecond

// backgroundAfter follows a preview render or check that is back: keys
// that came while it ran are looked at, and the next work starts from the
// answers as they are then. While keys still come faster than frames, it
// waits for a pause of one frame, or until the last render started maxHold
// ago: a burst of typing then costs a few renders and checks, which would
// otherwise take the processors from the keys, and the last key's render
// starts a frame after it.
func (m *Model) backgroundAfter() tea.Cmd {
	if m.unnoted && !m.held {
		now := m.clock()
		if now.Sub(m.keyAt) < frameGap && now.Sub(m.renderAt) < maxHold {
			return m.hold()
		}
	}
	if m.held {
		return nil // the resumeMsg on its way decides
	}
	m.noteUnnoted()
	return m.background()
}

// hold holds the next work back for a frame.
func (m *Model) hold() tea.Cmd {
	m.held = true
	return tea.Tick(frameGap, func(time.Time) tea.Msg { return resumeMsg{} })
}

// resumeMsg comes a frame after background work was held back.
type resumeMsg struct{}

// background starts what the answers as last noticed need and is not
// running yet: a preview render, a check, the autosave timer.
func (m *Model) background() tea.Cmd {
	return tea.Batch(m.previewCmd(), m.findingsCmd(), m.autosaveCmd())
}

func (m *Model) noteUnnoted() {
	if m.unnoted {
		m.unnoted = false
		m.noteChange()
	}
}

// noteChange compares the answers with the copy made at the last change;
// if they differ, it makes a new copy for the background work, and marks
// them unsaved and to be autosaved. Nothing here encodes the answers
// (over half a millisecond): the check encodes its copy in a command, and
// whatever must know the file's bytes sooner encodes them then.
func (m *Model) noteChange() bool {
	m.unnoted = false
	if reflect.DeepEqual(m.a, m.snap) {
		return false
	}
	m.snap = deepCopy(m.a)
	m.seenOld = true
	m.looksOld = !reflect.DeepEqual(m.snap, m.savedA)
	m.welcome = false
	m.toRecover = true
	m.counts.changed()
	return true
}

// autosaveCmd schedules writing the recovery file, once the answers have
// changed and unless it is scheduled already.
func (m *Model) autosaveCmd() tea.Cmd {
	if !m.toRecover || m.autosave {
		return nil
	}
	m.autosave, m.toRecover = true, false
	return tea.Tick(m.opts.AutosaveDelay, func(time.Time) tea.Msg { return autosaveMsg{} })
}

// dirty reports whether the answers differ from the file as last saved or
// loaded, byte for byte as they would be written.
func (m *Model) dirty() bool { return !bytes.Equal(m.encoded(), m.saved) }

// looksDirty is dirty for drawing a frame, which must not encode or even
// compare the answers on every key: until the check has encoded a change,
// answers that were equal to the saved ones when last noticed are clean and
// any others are not. Keys typed while background work runs are noticed
// when it is back, a few milliseconds later.
func (m *Model) looksDirty() bool {
	if m.seenOld {
		return m.looksOld
	}
	return !bytes.Equal(m.seen, m.saved)
}

func (m *Model) setStatus(s string, isErr bool) { m.status, m.statusErr = s, isErr }

// say picks the words for the mode the wizard runs in: the full-screen
// wizard's keys, or accessible mode's.
func (m *Model) say(fullScreen, accessible string) string {
	if m.accessible {
		return accessible
	}
	return fullScreen
}
