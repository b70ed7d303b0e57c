package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/privatliv/privatliv/drafts"
)

// The first screen: what kind of business it is most like, who is behind
// it and what it has and does, and which systems it uses. The starting
// point is composed from the answers and is not an unsaved change.

func newFirstScreen(t *testing.T, path string, w, h int) *Model {
	t.Helper()
	m := New(Options{Path: path, ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(), AutosaveDelay: time.Millisecond,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// chooseKind moves the kind picker to the kind with id ("" for none) and
// chooses it.
func chooseKind(t *testing.T, m *Model, id string) {
	t.Helper()
	if m.mode != modeKind || m.start.page != pageKind {
		t.Fatalf("not on the first page (mode %d)", m.mode)
	}
	n := 0
	if id != "" {
		n = slices.Index(drafts.KindIDs(), id) + 1
	}
	for range n {
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
}

// acceptPages presses enter through the first screen's remaining pages,
// keeping every answer as it stands.
func acceptPages(t *testing.T, m *Model) {
	t.Helper()
	for n := 0; m.mode == modeKind; n++ {
		if n > 60 {
			t.Fatalf("the first screen never ends:\n%s", screen(m))
		}
		send(t, m, press("enter"))
	}
}

func TestFirstScreenAsksAndComposes(t *testing.T) {
	m := newFirstScreen(t, "", 120, 40)
	scr := screen(m)
	if m.mode != modeKind || !strings.Contains(scr, "Hvilken slags virksomhed ligner jeres mest?") || !strings.Contains(scr, "Kom i gang") || strings.Contains(scr, "1/9") {
		t.Fatalf("the first screen does not ask for the kind of business:\n%s", scr)
	}
	for _, k := range drafts.Kinds() {
		if !strings.Contains(scr, k.Name) {
			t.Errorf("kind %q not offered", k.Name)
		}
	}
	chooseKind(t, m, "studie")
	scr = screen(m)
	if m.start.page != pageAbout || !strings.Contains(scr, "Hvem står bag?") || !strings.Contains(scr, "Hvad har og gør I?") {
		t.Fatalf("no questions about the business after the kind:\n%s", scr)
	}
	k, _ := drafts.LookupKind("studie")
	for _, b := range k.Blocks {
		if !slices.Contains(append(slices.Clone(m.start.people), m.start.does...), b) {
			t.Errorf("the studio's block %s is not ticked", b)
		}
	}
	// A list shows its options while it has the focus (without, its
	// title and answer): every block is offered on one of them.
	seen := scr
	for range 2 {
		send(t, m, press("enter"))
		seen += screen(m)
	}
	for _, b := range drafts.Blocks() {
		if !strings.Contains(seen, b.Option) {
			t.Errorf("block %s not offered: %q", b.ID, b.Option)
		}
	}
	send(t, m, press("enter"))
	scr = screen(m)
	if m.start == nil || m.start.page != pageSystems || !strings.Contains(scr, "Hvilket bookingsystem bruger I?") || !strings.Contains(scr, "Hvem er jeres betalingsudbyder?") {
		t.Fatalf("no questions about the systems the blocks bring:\n%s", scr)
	}
	acceptPages(t, m)
	want, _ := drafts.KindAnswers("studie")
	want.Document.Effective = m.a.Document.Effective
	if m.mode != modeForm || m.cur != 0 || !bytes.Equal(encodeAnswers(m.a, ""), encodeAnswers(want, "")) {
		t.Fatalf("keeping every answer did not give the studio's starting point: mode %d, step %d", m.mode, m.cur)
	}
	if m.dirty() {
		t.Error("a starting point counts as unsaved")
	}
	if !strings.Contains(m.status, k.Name) || !strings.Contains(m.status, "5 byggeklodser") {
		t.Errorf("status does not say what it started from: %q", m.status)
	}
}

// TestFirstScreenAnswersShapeTheStart: the answers on the first screen are
// the starting point: a »jeg« voice, blocks ticked and unticked, systems
// named from the catalogue, with what the blocks imply said in the status.
func TestFirstScreenAnswersShapeTheStart(t *testing.T) {
	m := newFirstScreen(t, "", 120, 40)
	chooseKind(t, m, "") // none: the general blocks
	if !slices.Equal(m.start.people, []string{"kunder"}) || !slices.Equal(m.start.does, []string{"hjemmeside", "betaling"}) {
		t.Fatalf("the general blocks: %v %v", m.start.people, m.start.does)
	}
	send(t, m, press("down"), press("enter")) // »jeg«
	send(t, m, press("enter"))                // private customers
	// Untick the website and the payments, tick the webshop: it brings
	// both back.
	at(t, m, "start.does")
	toggle(t, m, "Hjemmeside")
	toggle(t, m, "Betaling og bogføring")
	toggle(t, m, "Webshop med levering")
	send(t, m, press("enter"))
	if m.start.page != pageSystems {
		t.Fatalf("no systems page (page %d)", m.start.page)
	}
	// The webshop platform is Shopify; the rest keep their data in the EU.
	for f := m.form.GetFocusedField(); f.GetKey() != "start.system.webshop"; f = m.form.GetFocusedField() {
		send(t, m, press("enter"))
	}
	send(t, m, press("right"), press("enter"))
	for f := m.form.GetFocusedField(); f.GetKey() != "start.eea"; f = m.form.GetFocusedField() {
		send(t, m, press("enter"))
	}
	send(t, m, press("right"))
	acceptPages(t, m)
	a := m.a
	if a.Controller.Voice != "jeg" {
		t.Errorf("voice %q", a.Controller.Voice)
	}
	if !slices.ContainsFunc(a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "shopify" && slices.Contains(v.Purposes, "webshop") }) {
		t.Errorf("Shopify is not the webshop platform: %+v", a.Vendors)
	}
	for _, v := range a.Vendors {
		if r := drafts.ResolveVendor(v); r.Country == "" || r.Country == drafts.Unknown {
			t.Errorf("%s: no country after the answer that every system is in the EU/EEA", drafts.VendorLabel(r))
		}
	}
	for _, id := range []string{"webshop", "betaling"} {
		if !slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == id }) {
			t.Errorf("no purpose %s", id)
		}
	}
	if !strings.Contains(m.status, "Betaling og bogføring og hjemmeside kom med") && !strings.Contains(m.status, "hjemmeside og betaling og bogføring kom med") {
		t.Errorf("the status does not say what the webshop brought: %q", m.status)
	}
	if strings.Contains(policyText(a), " vi ") {
		t.Error("a »jeg« policy says »vi«")
	}
}

// toggle moves the focused multi-select's cursor to the option and ticks
// or unticks it.
func toggle(t *testing.T, m *Model, option string) {
	t.Helper()
	for range 20 {
		send(t, m, press("up"))
	}
	for n := 0; ; n++ {
		if strings.Contains(focusedOption(m), option) {
			break
		}
		if n > 20 {
			t.Fatalf("no option %q:\n%s", option, screen(m))
		}
		send(t, m, press("down"))
	}
	send(t, m, keyPress("x"))
}

// TestFirstScreenEsc: esc on the first page skips the kind, and on a later
// page goes back one; going back keeps what was changed.
func TestFirstScreenEsc(t *testing.T) {
	m := newFirstScreen(t, "", 120, 40)
	send(t, m, press("esc"))
	if m.mode != modeKind || m.start.page != pageAbout {
		t.Fatalf("esc on the first page: mode %d page %d", m.mode, m.start.page)
	}
	send(t, m, press("down"), press("enter")) // »jeg«
	send(t, m, press("esc"))
	if m.start.page != pageKind {
		t.Fatalf("esc on the second page did not go back (page %d)", m.start.page)
	}
	send(t, m, press("enter")) // still no kind
	if m.start.who != "jeg" {
		t.Errorf("going back and forth lost the answer »jeg«: %q", m.start.who)
	}
}

// Every kind, chosen and kept as it is, gives its starting point; a new
// file keeps the starting point's comments, which say what to fill in,
// when it is first saved.
func TestEveryKindFromTheFirstScreen(t *testing.T) {
	for _, k := range drafts.Kinds() {
		path := filepath.Join(t.TempDir(), k.ID+".toml")
		m := newFirstScreen(t, path, 120, 40)
		chooseKind(t, m, k.ID)
		acceptPages(t, m)
		want, _ := drafts.KindAnswers(k.ID)
		want.Document.Effective = m.a.Document.Effective
		if !bytes.Equal(encodeAnswers(m.a, ""), encodeAnswers(want, "")) {
			t.Errorf("%s: the first screen's answers do not give the kind's starting point", k.ID)
		}
		typeText(t, m, "Firma ApS")
		send(t, m, press("ctrl+s"))
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: not saved: %v (%s)", k.ID, err, m.status)
		}
		src, _ := drafts.KindSource(k.ID)
		var comments []string
		for _, l := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(l, "# ") && len(l) > 20 && !strings.Contains(l, ".toml") {
				comments = append(comments, l)
			}
		}
		for _, c := range comments {
			if !strings.Contains(string(got), c) {
				t.Errorf("%s: the saved file lost the comment %q", k.ID, c)
			}
		}
		f, err := drafts.Parse(path, got)
		if err != nil {
			t.Fatalf("%s: %v", k.ID, err)
		}
		if f.Answers.Controller.Name != "Firma ApS" || len(f.Answers.Purposes) != len(m.a.Purposes) {
			t.Errorf("%s: the saved answers differ: %q, %d purposes", k.ID, f.Answers.Controller.Name, len(f.Answers.Purposes))
		}
	}
}

// The first screen fits at 80x24: every page shows its question and the
// keys, and nothing is cut off at the right.
func TestFirstScreenAt80x24(t *testing.T) {
	m := newFirstScreen(t, "", 80, 24)
	for _, want := range []string{"Hvilken slags virksomhed", "Hvem står bag?", "Hvem har"} {
		scr := ansi.Strip(screen(m))
		if !strings.Contains(scr, want) {
			t.Fatalf("80x24: %q not on screen:\n%s", want, scr)
		}
		if !strings.Contains(scr, "f1") {
			t.Errorf("80x24: the keys are not on screen:\n%s", scr)
		}
		for _, l := range strings.Split(scr, "\n") {
			if ansi.StringWidth(l) > 80 {
				t.Errorf("80x24: a line is wider than the screen: %q", l)
			}
		}
		send(t, m, press("enter"))
	}
}

// Accessible mode asks the same questions, page by page.
func TestAccessibleFirstQuestionsAreTheFirstScreen(t *testing.T) {
	var out bytes.Buffer
	// The second kind (the studio), »jeg«, the rest as they stand.
	in := strings.NewReader("3\n2\n" + strings.Repeat("\n", 3000))
	dir := t.TempDir()
	err := RunAccessible(Options{Path: dir + "/ny.toml", ChooseKind: true, NoColor: true, RecoveryDir: dir,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}, in, &out)
	_ = err // the input ends before the name is given; the answers stay in the recovery file
	for _, want := range []string{"Hvilken slags virksomhed ligner jeres mest?", "Hvem står bag?", "Hvad har og gør I?", "Hvilket bookingsystem bruger du?", "Startet fra »" + drafts.Kinds()[1].Name + "«"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("accessible mode lacks %q:\n%s", want, tail(out.String()))
		}
	}
}

// A new window size lays the page out again and keeps the focus on the
// question being answered.
func TestFirstScreenResizeKeepsTheFocus(t *testing.T) {
	m := newFirstScreen(t, "", 120, 40)
	chooseKind(t, m, "studie")
	send(t, m, press("enter"), press("enter"))
	at(t, m, "start.does")
	send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	at(t, m, "start.does")
}
