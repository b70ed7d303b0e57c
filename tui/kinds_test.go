package tui

import (
	"bytes"
	tea "charm.land/bubbletea/v2"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/drafts"
)

// A new questionnaire asks what kind of business it is; choosing one
// starts from its starting point, not marked unsaved.
func TestFirstScreenOffersKinds(t *testing.T) {
	m := New(Options{ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(), AutosaveDelay: time.Millisecond,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.mode != modeKind || !strings.Contains(screen(m), "Hvilken slags virksomhed er det?") || !strings.Contains(screen(m), "Kom i gang") || strings.Contains(screen(m), "1/9") {
		t.Fatalf("the first screen does not ask for the kind of business:\n%s", screen(m))
	}
	for _, k := range drafts.Kinds() {
		if !strings.Contains(screen(m), k.Name) {
			t.Errorf("kind %q not offered", k.Name)
		}
	}
	send(t, m, press("down"), press("enter")) // the first kind, after "Anden slags virksomhed"
	want, _ := drafts.KindAnswers(drafts.Kinds()[0].ID)
	if m.mode != modeForm || m.cur != 0 || len(m.a.Purposes) != len(want.Purposes) {
		t.Fatalf("choosing a kind: mode %d, step %d, %d purposes", m.mode, m.cur, len(m.a.Purposes))
	}
	if m.dirty() {
		t.Error("a starting point counts as unsaved")
	}
	if !strings.Contains(m.status, drafts.Kinds()[0].Name) {
		t.Errorf("status does not say where it started: %q", m.status)
	}

	// esc starts from the general starting point.
	m = New(Options{ChooseKind: true, NoColor: true, RecoveryDir: t.TempDir(),
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, press("esc"))
	if m.mode != modeForm || m.cur != 0 {
		t.Fatalf("esc on the first screen: mode %d", m.mode)
	}
}

// Accessible mode asks the same first question.
func TestAccessibleFirstQuestionIsTheKind(t *testing.T) {
	var out bytes.Buffer
	in := strings.NewReader("2\n" + strings.Repeat("\n", 3000))
	dir := t.TempDir()
	err := RunAccessible(Options{Path: dir + "/ny.toml", ChooseKind: true, NoColor: true, RecoveryDir: dir,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }}, in, &out)
	_ = err // the input ends before the name is given; the answers stay in the recovery file
	if !strings.Contains(out.String(), "Hvilken slags virksomhed er det?") || !strings.Contains(out.String(), "Startet fra »"+drafts.Kinds()[0].Name+"«") {
		t.Errorf("accessible mode does not start with the kind:\n%s", tail(out.String()))
	}
}
