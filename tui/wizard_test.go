package tui

import (
	"bytes"
	"image/color"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// acceptChangeLog answers the change-log question, when saving asks it,
// with enter on every field: the offered entry, written, version raised.
func acceptChangeLog(t *testing.T, m *Model) {
	t.Helper()
	for n := 0; m.mode == modeChangelog && n < 10; n++ {
		send(t, m, press("enter"))
	}
}

func TestTypingUpdatesAnswersAndPreview(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	typeText(t, m, " og Zebra")
	if got := m.a.Controller.Name; got != "Helle Falsberg Webdesign og Zebra" {
		t.Fatalf("name is %q after typing", got)
	}
	flush(m)
	if !strings.Contains(screen(m), "og Zebra") {
		t.Errorf("preview does not show the typed name:\n%s", screen(m))
	}
	if !m.dirty() {
		t.Error("changed answers are not marked unsaved")
	}
}

func TestInlineValidationWhileTyping(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Controller.CVR = ""
	m := newTestModel(t, a, "", 120, 40)
	send(t, m, press("tab"), press("tab")) // to the CVR field
	typeText(t, m, "13748137")
	if !strings.Contains(m.fieldErr, "ugyldigt") {
		t.Fatalf("invalid CVR gives no message while typing, fieldErr=%q", m.fieldErr)
	}
	if !strings.Contains(screen(m), "ugyldigt") {
		t.Error("the message is not on screen")
	}
	send(t, m, press("backspace"))
	typeText(t, m, "6")
	if m.fieldErr != "" {
		t.Errorf("valid CVR 13748136 still shows %q", m.fieldErr)
	}
}

func TestNavigationKeepsAnswers(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	typeText(t, m, "X")
	send(t, m, press("pgdown"), press("pgdown"))
	if m.cur != 2 || m.mode != modeList {
		t.Fatalf("after two pgdown: step %d mode %d", m.cur, m.mode)
	}
	if !strings.Contains(screen(m), "3/9 Formål") {
		t.Error("progress line does not say 3/9 Formål")
	}
	send(t, m, press("pgup"), press("pgup"))
	if m.cur != 0 || m.a.Controller.Name != "Helle Falsberg WebdesignX" {
		t.Fatalf("going back lost answers: step %d name %q", m.cur, m.a.Controller.Name)
	}
	// Jump straight to step 6 with the step picker.
	send(t, m, press("ctrl+g"), keyPress("6"))
	if m.cur != 5 {
		t.Errorf("step picker went to step %d, want 6", m.cur+1)
	}
}

func TestEditLists(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	before := len(m.a.Purposes)
	send(t, m, press("ctrl+g"), keyPress("3"))
	// Add a purpose from the template "Kundesupport".
	send(t, m, keyPress("a"))
	if m.mode != modePick {
		t.Fatalf("a did not open the template picker (mode %d)", m.mode)
	}
	support := slices.IndexFunc(drafts.PurposeTemplates(), func(t drafts.PurposeTemplate) bool { return t.Purpose.ID == "support" })
	for range support {
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
	if m.mode != modeItem || len(m.a.Purposes) != before+1 {
		t.Fatalf("picking a template did not add a purpose: mode %d, %d purposes", m.mode, len(m.a.Purposes))
	}
	p := m.a.Purposes[before]
	if p.Name != "Kundesupport" || !reflect.DeepEqual(p.Basis, []string{"6.1.f"}) || p.Retention.Period != "2 år" {
		t.Errorf("template not applied: %+v", p)
	}
	// Edit its name in the form (end first: typing at once would replace
	// the template's suggestion), then leave with esc.
	send(t, m, tea.KeyPressMsg{Code: tea.KeyEnd})
	typeText(t, m, " og reklamationer")
	send(t, m, press("esc"))
	if m.mode != modeList || m.a.Purposes[before].Name != "Kundesupport og reklamationer" {
		t.Fatalf("editing the name failed: mode %d name %q", m.mode, m.a.Purposes[before].Name)
	}
	// Delete it again: move to it, d, then j.
	m.cursor = before
	send(t, m, keyPress("d"))
	if m.mode != modeConfirmDel {
		t.Fatalf("d did not ask before deleting (mode %d)", m.mode)
	}
	send(t, m, keyPress("j"))
	if len(m.a.Purposes) != before {
		t.Errorf("purpose not deleted: %d purposes", len(m.a.Purposes))
	}
	// A new item left empty is dropped: "Anden leverandør" is the last choice.
	n := len(m.a.Vendors)
	send(t, m, press("ctrl+g"), keyPress("5"), keyPress("a"))
	pickCatalogue(t, m, len(drafts.Catalogue()))
	if len(m.a.Vendors) != n+1 || m.mode != modeItem {
		t.Fatalf("choosing an own vendor did not open an empty one")
	}
	send(t, m, press("esc"))
	if len(m.a.Vendors) != n {
		t.Errorf("an empty new vendor was kept")
	}
}

func TestSaveWritesAllFilesAndWarnsOnOutsideChange(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "firma.toml")
	if err := drafts.Save(path, example(t, "helle-falsberg")); err != nil {
		t.Fatal(err)
	}
	f, _ := drafts.Load(path)
	m := newTestModel(t, f.Answers, path, 120, 40)
	typeText(t, m, " ApS")
	send(t, m, press("ctrl+s"))
	acceptChangeLog(t, m)
	for _, ext := range []string{".toml", ".md", ".html"} {
		if !fileExists(filepath.Join(dir, "firma"+ext)) {
			t.Errorf("firma%s not written", ext)
		}
	}
	if !strings.Contains(m.status, "Gemt") || m.dirty() {
		t.Errorf("status %q, dirty %v after save", m.status, m.dirty())
	}
	md, _ := os.ReadFile(filepath.Join(dir, "firma.md"))
	if !strings.Contains(string(md), "Helle Falsberg Webdesign ApS") {
		t.Error("saved policy lacks the new name")
	}
	g, err := drafts.Load(path)
	if err != nil || g.Answers.Controller.Name != "Helle Falsberg Webdesign ApS" {
		t.Fatalf("re-opened file: %v, name %q", err, g.Answers.Controller.Name)
	}

	// A consultant edits the file by hand; saving must warn, not overwrite.
	hand := []byte(strings.Replace(string(mustRead(t, path)), "8000", "8200", 1))
	os.WriteFile(path, hand, 0o644)
	typeText(t, m, "!")
	send(t, m, press("ctrl+s"))
	if m.mode != modeOverwrite {
		t.Fatalf("no warning about the outside change (mode %d)", m.mode)
	}
	send(t, m, keyPress("n"))
	if string(mustRead(t, path)) != string(hand) {
		t.Error("the hand-edited file was overwritten after answering no")
	}
	send(t, m, press("ctrl+s"), keyPress("j"))
	acceptChangeLog(t, m)
	if strings.Contains(string(mustRead(t, path)), "8200") {
		t.Error("answering yes did not overwrite")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestQuitWithUnsavedChangesAsks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "firma.toml")
	m := newTestModel(t, example(t, "helle-falsberg"), path, 120, 40)
	typeText(t, m, "Q")
	_, cmd := m.Update(press("ctrl+c"))
	if m.mode != modeQuit || cmd != nil {
		t.Fatalf("ctrl+c with unsaved changes did not ask (mode %d)", m.mode)
	}
	if !fileExists(m.recoveryPath()) {
		t.Error("no recovery file after ctrl+c")
	}
	send(t, m, press("esc"))
	if m.mode == modeQuit || m.quitting {
		t.Fatal("esc did not return to the wizard")
	}
	_, _ = m.Update(press("ctrl+c"))
	_, cmd = m.Update(keyPress("g"))
	if !m.quitting || fileExists(m.recoveryPath()) || !fileExists(path) {
		t.Errorf("save and quit: quitting %v, recovery left %v, saved %v", m.quitting, fileExists(m.recoveryPath()), fileExists(path))
	}
	_ = cmd
}

func TestRestoreAfterKill(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "firma.toml")
	drafts.Save(path, example(t, "helle-falsberg"))
	f, _ := drafts.Load(path)
	m := newTestModel(t, f.Answers, path, 120, 40)
	typeText(t, m, " Nord")
	m.writeRecovery() // what the autosave tick does; the process is then killed

	g, _ := drafts.Load(path)
	m2 := newTestModel(t, g.Answers, path, 120, 40)
	if m2.mode != modeRestore || !strings.Contains(screen(m2), "ugemte svar") {
		t.Fatalf("no restore offer after a kill (mode %d)", m2.mode)
	}
	send(t, m2, keyPress("j"))
	if m2.a.Controller.Name != "Helle Falsberg Webdesign Nord" || !m2.dirty() {
		t.Errorf("restore gave name %q, dirty %v", m2.a.Controller.Name, m2.dirty())
	}
}

func TestResizeNeverDrawsPastWindow(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "nordlys-keramik"), "", 120, 40)
	sizes := [][2]int{{60, 20}, {120, 40}, {80, 24}, {60, 20}, {20, 5}, {1, 1}, {400, 120}, {99, 30}, {100, 30}}
	for _, st := range []int{0, 2, 4, 5, 7} {
		send(t, m, press("ctrl+g"), keyPress(string(rune('1'+st))))
		for _, sz := range sizes {
			send(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			flush(m)
			lines := strings.Split(screen(m), "\n")
			if len(lines) > sz[1] {
				t.Errorf("step %d at %dx%d: %d lines", st+1, sz[0], sz[1], len(lines))
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > sz[0] {
					t.Errorf("step %d at %dx%d: line %d is %d wide", st+1, sz[0], sz[1], i, w)
					break
				}
			}
		}
	}
}

func TestNarrowPreviewToggle(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 80, 24)
	flush(m)
	if strings.Contains(screen(m), "dataansvarlig for de") {
		t.Fatal("preview squeezed in at 80 columns")
	}
	send(t, m, press("ctrl+p"))
	flush(m)
	if !strings.Contains(screen(m), "dataansvarlig") {
		t.Errorf("ctrl+p does not show the preview:\n%s", screen(m))
	}
}

func TestHelpKey(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	send(t, m, press("ctrl+g"), keyPress("3"), keyPress("?"))
	if m.mode != modeHelp || !strings.Contains(screen(m), "ctrl+s") {
		t.Fatalf("? in a list does not show the key list")
	}
	send(t, m, keyPress("x"))
	if m.mode != modeList {
		t.Error("any key does not close help")
	}
	// In a text field, ? is typed, not help.
	send(t, m, press("ctrl+g"), keyPress("1"), keyPress("?"))
	if m.mode == modeHelp || !strings.HasSuffix(m.a.Controller.Name, "?") {
		t.Errorf("? in a text field: mode %d, name %q", m.mode, m.a.Controller.Name)
	}
}

// TestCatalogueVendorsInWizard is the catalogue's "done when": choosing Google
// Analytics, Mailchimp and Stripe gives correct recipients, transfers and
// cookies without typing any vendor facts.
func TestCatalogueVendorsInWizard(t *testing.T) {
	t.Parallel()                           // slow; independent of the other tests
	m := newTestModel(t, nil, "", 120, 40) // a new questionnaire
	send(t, m, press("ctrl+g"), keyPress("5"))
	before := len(m.a.Vendors)
	had := problemPaths(m.a)
	for _, id := range []string{"google-analytics", "mailchimp", "stripe"} {
		send(t, m, keyPress("a"))
		pickCatalogue(t, m, catalogueIndex(t, id))
		if m.mode != modeItem {
			t.Fatalf("%s: no vendor form after picking (mode %d)", id, m.mode)
		}
		if id == "google-analytics" && !strings.Contains(m.status, "cookiebanner") {
			t.Errorf("no hint about the cookie banner after adding statistics cookies: %q", m.status)
		}
		send(t, m, press("esc"))
	}
	if len(m.a.Vendors) != before+3 {
		t.Fatalf("want 3 vendors more, have %d", len(m.a.Vendors)-before)
	}
	// Their usual purposes were added and linked: new ones for statistics
	// and the newsletter, and Stripe joins the payments that are there.
	for _, want := range []struct{ vendor, purpose string }{{"google-analytics", "statistik"}, {"mailchimp", "nyhedsbrev"}, {"stripe", "betaling"}} {
		found := false
		for _, v := range m.a.Vendors {
			if v.Catalog == want.vendor && len(v.Purposes) == 1 && v.Purposes[0] == want.purpose {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is not linked to purpose %s: %+v", want.vendor, want.purpose, m.a.Vendors)
		}
	}
	for _, p := range drafts.Validate(m.a) {
		if !had[p.Path] { // the company itself and its own systems are not filled in yet
			t.Errorf("adding catalogue vendors left a problem: %s", p)
		}
	}
	md := string(policy.Generate(m.a).Markdown(policy.MarkdownOptions{}))
	for _, want := range []string{
		"- **Google Analytics 4** (Google Ireland Ltd, Irland; oplysningerne behandles i USA): besøgsstatistik for hjemmesiden",
		"- **Mailchimp** (The Rocket Science Group LLC; oplysningerne behandles i USA): udsendelse af nyhedsbrevet",
		"- **Stripe** (Stripe Payments Europe Ltd, Irland; oplysningerne behandles i USA): kortbetaling",
		"## 7. Overførsel uden for EU/EØS",
		"EU-US Data Privacy Framework",
		"### Statistikcookies",
		"| \\_ga | Google Analytics 4 | Skelner mellem besøgende. | 2 år |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("policy lacks %q", want)
		}
	}
	// Each US vendor with its transfer basis; the Commission's approval
	// once, under the list.
	if strings.Count(md, "er certificeret under EU-US Data Privacy Framework.") != 3 {
		t.Error("not every US vendor is listed with its transfer basis")
	}
	if strings.Count(md, "EU-Kommissionen har godkendt EU-US Data Privacy Framework") != 1 {
		t.Error("the Commission's approval of the framework is not said once")
	}
}

// TestFindingsJumpToQuestion plants a missing retention period: the wizard
// counts it in the status line, lists it with ctrl+f, and enter opens the
// purpose with the period field focused.
func TestFindingsJumpToQuestion(t *testing.T) {
	a := example(t, "helle-falsberg")
	a.Purposes[3].Retention.Period = ""
	a.Controller.CVR = "13748137"
	m := newTestModel(t, a, "", 120, 40)
	if !strings.Contains(screen(m), "2 fejl og 0 advarsler") {
		t.Fatalf("status line does not count the findings:\n%s", screen(m))
	}
	send(t, m, press("ctrl+f"))
	if m.mode != modeFindings || !strings.Contains(screen(m), "art. 13(2)(a)") {
		t.Fatalf("ctrl+f does not list the findings:\n%s", screen(m))
	}
	// Choose the retention finding.
	for i, f := range m.findings {
		if f.Path == "purposes[4].retention.period" {
			m.findPick = i
		}
	}
	send(t, m, press("enter"))
	if m.cur != 2 || m.mode != modeItem || m.item != 3 {
		t.Fatalf("jump went to step %d, mode %d, item %d", m.cur+1, m.mode, m.item)
	}
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != "purposes.retention.period" {
		t.Fatalf("focus is on %v, not the period", f.GetKey())
	}
	typeText(t, m, "6 måneder")
	send(t, m, press("ctrl+f"))
	for _, f := range m.findings {
		if f.Path == "purposes[4].retention.period" {
			t.Error("the finding is still there after answering")
		}
	}
	// The CVR finding jumps to the company form's CVR field.
	send(t, m, press("enter"))
	if m.cur != 0 || m.form.GetFocusedField().GetKey() != "controller.cvr" {
		t.Errorf("CVR finding: step %d, field %s", m.cur+1, m.form.GetFocusedField().GetKey())
	}
	// Saving says how many remain.
	m.path = filepath.Join(t.TempDir(), "x.toml")
	send(t, m, press("ctrl+s"))
	if !strings.Contains(m.status, "1 fejl og 0 advarsler tilbage") {
		t.Errorf("save confirmation: %q", m.status)
	}
}

// TestSaveAsThenQuit: a new questionnaire saved under a chosen name is no
// longer "unsaved", and no recovery file is left behind.
func TestSaveAsThenQuit(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	m := newTestModel(t, nil, "", 80, 24)
	typeText(t, m, "Bager Jensen")
	m.writeRecovery()
	nameless := m.recoveryPath()
	send(t, m, press("ctrl+s"))
	if m.mode != modeSaveAs {
		t.Fatalf("ctrl+s without a file did not ask for a name (mode %d)", m.mode)
	}
	send(t, m, press("enter"))
	if m.path != "bager-jensen.toml" || m.dirty() {
		t.Fatalf("after save-as: path %q, dirty %v", m.path, m.dirty())
	}
	send(t, m, press("ctrl+c"))
	if !m.quitting {
		t.Error("quitting after saving asked about unsaved changes")
	}
	if fileExists(nameless) || fileExists(m.recoveryPath()) {
		t.Error("a recovery file was left behind")
	}
}

// A key that changes an answer leaves encoding the answers to the check's
// command: the frame after it shows them unsaved without encoding them, and
// once the check is back, the encoding is the file's.
func TestChangeIsEncodedByTheCheck(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	_, cmd := m.Update(keyPress("x"))
	if !m.seenOld {
		t.Fatal("the key encoded the answers itself")
	}
	if !strings.Contains(screen(m), "ikke gemt") {
		t.Error("a changed answer is not shown as unsaved")
	}
	run(t, m, cmd)
	if m.seenOld || !bytes.Equal(m.seen, m.encode()) {
		t.Error("the check's encoding was not kept")
	}
	if !m.dirty() || !strings.Contains(screen(m), "ikke gemt") {
		t.Error("a changed answer is not unsaved")
	}
	send(t, m, press("backspace"))
	if m.dirty() || strings.Contains(screen(m), "ikke gemt") {
		t.Error("typing and deleting a letter left the answers unsaved")
	}
}

// A change the file cannot show (an empty list where there was none) is
// not unsaved: dirty encodes to know, and the frame knows once the check is
// back.
func TestInvisibleChangeIsNotUnsaved(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	m.a.Processor.Subjects = []string{}
	if !bytes.Equal(m.encode(), m.saved) {
		t.Fatal("an empty list changed the file; pick another change")
	}
	cmd := m.afterChange()
	if m.dirty() {
		t.Error("an empty list is an unsaved change")
	}
	run(t, m, cmd)
	if m.looksDirty() || strings.Contains(screen(m), "ikke gemt") {
		t.Error("an empty list is shown as unsaved")
	}
}

// A change is rendered in a command: the form shows a key at once, the
// preview when the render is back. A key typed while a render runs starts
// none of its own; the render that follows starts from the newest answers.
func TestPreviewFollowsChangeInCommand(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 120, 40)
	_, first := m.Update(keyPress("Q"))
	_, second := m.Update(keyPress("W"))
	if m.pvJob == nil {
		t.Fatal("a change started no preview render")
	}
	// The name is in the form once; the preview does not show it yet.
	if n := strings.Count(screen(m), "WebdesignQW"); n != 1 {
		t.Fatalf("the new name is on the screen %d times before the preview is back", n)
	}
	run(t, m, second)
	if m.pvJob == nil || m.unnoted == false {
		t.Fatal("the second key did not wait for the render the first started")
	}
	run(t, m, first)
	if n := strings.Count(screen(m), "WebdesignQW"); n < 2 {
		t.Errorf("the preview does not show the change:\n%s", screen(m))
	}
	if regexp.MustCompile(`WebdesignQ[^W]`).MatchString(screen(m)) {
		t.Error("the preview shows an older change")
	}
}

// Given the terminal's size before it starts, the wizard lays out its first
// form and renders its preview for that size in Init, and the size message
// that follows changes nothing.
func TestSizeKnownAtStart(t *testing.T) {
	m := New(Options{Answers: example(t, "helle-falsberg"), RecoveryDir: t.TempDir(), NoColor: true, Width: 150, Height: 45})
	run(t, m, m.Init())
	_, ks := m.previewKeys()
	for _, k := range ks {
		if k.width != m.previewWidth()-2 {
			t.Fatalf("preview made %d wide for a %d-column terminal", k.width, m.width)
		}
		if _, ok := m.r.cached(k); !ok {
			t.Errorf("section not rendered by Init: %.40q", k.text)
		}
	}
	form, lines := m.form, strings.Join(m.pv.lines, "\n")
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 150, Height: 45}); cmd != nil || m.form != form || strings.Join(m.pv.lines, "\n") != lines {
		t.Error("the size message for the known size did work again")
	}
	send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if _, ks := m.previewKeys(); ks[0].width != m.previewWidth()-2 || m.width != 100 {
		t.Error("a new size was not taken")
	}
}

// The terminal's background colour only starts the preview again when it
// changes the preview's colours: a dark terminal keeps the rendering Init
// started, a light one gets one in light colours.
func TestBackgroundColourKeepsPreview(t *testing.T) {
	m := New(Options{Answers: example(t, "helle-falsberg"), RecoveryDir: t.TempDir(), Width: 150, Height: 45})
	init := m.Init()
	job := m.pvJob
	if _, cmd := m.Update(tea.BackgroundColorMsg{Color: color.Black}); cmd != nil || m.pvJob == nil || reflect.ValueOf(m.pvJob).Pointer() != reflect.ValueOf(job).Pointer() {
		t.Error("a dark background started the dark preview again")
	}
	run(t, m, init)
	_, cmd := m.Update(tea.BackgroundColorMsg{Color: color.White})
	run(t, m, cmd)
	if _, ks := m.previewKeys(); ks[0].style != glamourStyle(false, false) {
		t.Errorf("a light background left the preview in style %q", ks[0].style)
	} else if _, ok := m.r.cached(ks[0]); !ok {
		t.Error("the light preview was not rendered")
	}
}
