package tui

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// What the wizard's tests share: running the model's commands as the
// runtime would, keys and text, moving between steps and fields, and
// answers to start from.

// run executes cmd the way the Bubble Tea runtime would, but one command
// at a time and in order, feeding every message back into the model until
// nothing is left to do. Nothing is dropped for being slow. Two kinds of
// command are not run: cursor blink timers, which wait half a second only
// to change how the cursor looks, and the sequence huh's Form.Init returns
// (its parts focus the first field, which Init has already done, and ask for
// the window size, which the tests send); the model ignores the message.
func run(t *testing.T, m *Model, cmd tea.Cmd) {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0; n++ {
		if n > 100000 {
			t.Fatal("the model keeps making commands")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil || isBlink(c) || skipped(m, c) {
			continue
		}
		switch msg := c().(type) {
		case nil, tea.QuitMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// blinkCode is the code of the closure a cursor returns to blink; every
// blink timer shares it.
var blinkCode = func() uintptr {
	c := cursor.New()
	return reflect.ValueOf(c.Focus()).Pointer()
}()

func isBlink(c tea.Cmd) bool { return reflect.ValueOf(c).Pointer() == blinkCode }

func send(t *testing.T, m *Model, msgs ...tea.Msg) {
	t.Helper()
	for _, msg := range msgs {
		_, cmd := m.Update(msg)
		run(t, m, cmd)
	}
}

func press(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "f1":
		return tea.KeyPressMsg{Code: tea.KeyF1}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	if strings.HasPrefix(k, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	return keyPress(k)
}

func typeText(t *testing.T, m *Model, s string) {
	t.Helper()
	for _, r := range s {
		send(t, m, keyPress(string(r)))
	}
}

func newTestModel(t *testing.T, a *drafts.Answers, path string, w, h int) *Model {
	t.Helper()
	m := New(Options{Path: path, Answers: a, Existing: path != "" && fileExists(path), NoColor: true,
		RecoveryDir: t.TempDir(), AutosaveDelay: time.Millisecond,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func example(t *testing.T, name string) *drafts.Answers {
	t.Helper()
	a, err := drafts.Example(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func screen(m *Model) string { return m.render() }

// focusedOption is the option under the cursor of the open form's select.
func focusedOption(m *Model) string {
	if m.form == nil {
		return ""
	}
	// The focused field is the one with the thick border; other selects
	// show their answer with the same cursor.
	for _, l := range strings.Split(ansi.Strip(m.form.View()), "\n") {
		l = strings.TrimLeft(l, " ")
		if !strings.HasPrefix(l, "┃") {
			continue
		}
		if l = strings.TrimLeft(l, " ┃"); strings.HasPrefix(l, "> ") {
			return strings.TrimPrefix(l, "> ")
		}
	}
	return ""
}

// flush finishes the wizard's background work at once, in order, as if
// every preview render and check came back as soon as it started: the
// preview and the findings are then those of the answers as they stand.
// The autosave timer is left alone.
func flush(m *Model) {
	m.noteChange()
	m.previewCmd()
	m.findingsCmd()
	for n := 0; m.pvJob != nil || m.ckJob != nil; n++ {
		if n > 10 {
			panic("flush: the background work does not end")
		}
		if j := m.pvJob; j != nil {
			m.takePreview(j().(previewMsg))
		}
		if j := m.ckJob; j != nil {
			m.takeFindings(j().(findingsMsg))
		}
		m.noteUnnoted()
		m.previewCmd()
		m.findingsCmd()
	}
}

// pickCatalogue moves the open picker to option i and chooses it.
func pickCatalogue(t *testing.T, m *Model, i int) {
	t.Helper()
	if m.mode != modePick {
		t.Fatalf("no picker open (mode %d)", m.mode)
	}
	for range i {
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
	// A vendor that fits none of the purposes, or several, is asked about:
	// the purpose it usually serves, new, when offered; else the first.
	if m.mode == modePick && m.form != nil && strings.HasPrefix(m.form.GetFocusedField().(interface{ GetKey() string }).GetKey(), "pick") {
		answerVendorPurpose(t, m, "Et nyt formål")
	}
}

// answerVendorPurpose answers the question which purpose a vendor serves
// with the first option that starts with choice, or the first option.
func answerVendorPurpose(t *testing.T, m *Model, choice string) {
	t.Helper()
	scr := screen(m)
	if !strings.Contains(scr, "Hvilket formål bruger I") {
		t.Fatalf("no question about the vendor's purpose:\n%s", scr)
	}
	// The options are the picker's; move down to the one wanted.
	for n := 0; n < 40; n++ {
		if strings.Contains(focusedOption(m), choice) {
			break
		}
		if n == 39 {
			send(t, m, press("home"))
			break
		}
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
}

func catalogueIndex(t *testing.T, id string) int {
	for i, v := range drafts.Catalogue() {
		if v.ID == id {
			return i
		}
	}
	t.Fatalf("no vendor %s in the catalogue", id)
	return -1
}

// at fails unless the open form's focus is on the field with key k.
func at(t *testing.T, m *Model, k string) {
	t.Helper()
	if m.form == nil {
		t.Fatalf("no form open; want the field %s (mode %d, status %q)", k, m.mode, m.status)
	}
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != k {
		got := "<none>"
		if f != nil {
			got = f.GetKey()
		}
		t.Fatalf("focus is on %s, want %s", got, k)
	}
}

// fill types s into the field k and moves on.
func fill(t *testing.T, m *Model, k, s string) {
	t.Helper()
	at(t, m, k)
	typeText(t, m, s)
	if m.fieldErr != "" {
		t.Fatalf("%s = %q: %s", k, s, m.fieldErr)
	}
	send(t, m, press("enter"))
}

// choose moves the select k from its current answer to value and moves on.
func choose(t *testing.T, m *Model, k, value string) {
	t.Helper()
	at(t, m, k)
	fs := m.q.fields[k]
	idx := func(v string) int {
		return slices.IndexFunc(fs.opts, func(o huh.Option[string]) bool { return o.Value == v })
	}
	from, to := idx(*fs.str), idx(value)
	if to < 0 {
		t.Fatalf("%s has no option %q", k, value)
	}
	for ; from < to; from++ {
		send(t, m, press("down"))
	}
	for ; from > to; from-- {
		send(t, m, press("up"))
	}
	send(t, m, press("enter"))
	if *fs.str != value {
		t.Fatalf("%s is %q after choosing %q", k, *fs.str, value)
	}
}

// tick checks values in the multi-select k and moves on.
func tick(t *testing.T, m *Model, k string, values ...string) {
	t.Helper()
	at(t, m, k)
	fs := m.q.fields[k]
	cur := 0
	for _, v := range values {
		to := slices.IndexFunc(fs.opts, func(o huh.Option[string]) bool { return o.Value == v })
		if to < 0 {
			t.Fatalf("%s has no option %q", k, v)
		}
		for ; cur < to; cur++ {
			send(t, m, press("down"))
		}
		for ; cur > to; cur-- {
			send(t, m, press("up"))
		}
		send(t, m, keyPress("x"))
	}
	send(t, m, press("enter"))
}

func policyText(a *drafts.Answers) string {
	md := string(policy.Generate(a).Markdown(policy.MarkdownOptions{}))
	return strings.Join(strings.Fields(md), " ")
}

// openPurpose opens purposes[i] in step 3.
func openPurpose(t *testing.T, m *Model, i int) {
	t.Helper()
	goToStep(t, m, 2)
	for r, row := range m.rows() {
		if row.coll == purposesColl && row.item == i {
			m.cursor = r
		}
	}
	send(t, m, press("enter"))
	if m.mode != modeItem {
		t.Fatal("the purpose did not open")
	}
}

func clone(t *testing.T, a *drafts.Answers) *drafts.Answers {
	t.Helper()
	return deepCopy(a)
}

// goToStep goes to step i the way a user does: ctrl+g and its number.
func goToStep(t *testing.T, m *Model, i int) {
	t.Helper()
	send(t, m, press("ctrl+g"), keyPress(itoa(i+1)))
	if m.cur != i {
		t.Fatalf("ctrl+g %d went to step %d", i+1, m.cur+1)
	}
}

func tail(s string) string {
	if len(s) > 2000 {
		return s[len(s)-2000:]
	}
	return s
}

// allNewFields is a questionnaire that uses every answer this work added:
// entity, its country, own and joint purposes, a transfer recipient, remote
// access with countries, a catalogue vendor with another entity, a
// recipient by category, cookie categories and purpose_id; and the
// answers of the documents beside the policy: a separate notice, the
// policy's address, the documents written on save, a processor agreement
// and transfer assessment, and who deletes what and how.
func allNewFields(t *testing.T) *drafts.Answers {
	a := example(t, "helle-falsberg")
	pid := a.Purposes[0].ID
	a.Vendors = append(a.Vendors,
		drafts.Vendor{Name: "Fjordbook", Entity: "Fjordbook Holding Inc", EntityCountry: "US", Role: "processor",
			ControllerFor: "sin egen forebyggelse af misbrug", JointFor: "den fælles statistik", Service: "booking",
			Purposes: []string{pid, a.Purposes[1].ID}, PurposeRoles: map[string]string{a.Purposes[1].ID: "joint"},
			Country: "US", Transfer: "dpf", TransferTo: "Fjordbook Inc"},
		drafts.Vendor{Name: "Kontorsky", Role: "processor", Service: "e-mail", Purposes: []string{pid}, Country: "DK",
			Transfer: "none", RemoteAccess: "scc", RemoteCountries: []string{"IN", "US"},
			AgreementSigned: drafts.Date{Year: 2025, Month: 3, Day: 1}, AgreementKept: "i mappen Aftaler", TransferAssessed: drafts.Date{Year: 2025, Month: 4, Day: 2}},
		drafts.Vendor{Catalog: "stripe", Entity: "Stripe Nordic AB", EntityCountry: "SE", ControllerFor: "sin egen kontrol af betalinger", Purposes: []string{pid}},
		drafts.Vendor{Category: "bank", Role: "controller", Purposes: []string{pid}, Country: "EEA", Transfer: "none"},
	)
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "preferences", Purpose: "Husker dit sprog", Lifetime: "1 år"})
	a.Document.URL = "https://hellefalsberg.dk/privatlivspolitik"
	a.Document.Write = []string{"notices", "processors", "retention", "texts"}
	a.Document.Notices = []drafts.Notice{{Groups: []string{"business_customers"}, Where: "Du får den sammen med tilbuddet."}}
	a.Purposes[0].Retention.Responsible = "Helle"
	a.Purposes[0].Retention.Method = "sletter mailen i indbakken"
	if probs := drafts.Validate(a); len(probs) > 0 {
		t.Fatalf("the starting point has problems: %v", probs)
	}
	return a
}

// problemPaths are the paths of a's value problems: what a test's changes
// are measured against when the answers are not complete to begin with.
func problemPaths(a *drafts.Answers) map[string]bool {
	out := map[string]bool{}
	for _, p := range drafts.Validate(a) {
		out[p.Path] = true
	}
	return out
}
