package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/privatliv/privatliv/drafts"
)

// Saving an opened file whose policy changed offers what changed as a new
// change-log entry and a higher version; accepting writes both.
func TestSaveOffersTheChangeLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helle.toml")
	drafts.Save(path, example(t, "helle-falsberg"))
	f, _ := drafts.Load(path)
	before := len(f.Answers.Document.Changes)
	m := newTestModel(t, f.Answers, path, 120, 40)

	// Nothing changed: ctrl+s saves at once.
	send(t, m, press("ctrl+s"))
	if m.mode == modeChangelog {
		t.Fatal("saving unchanged answers asks about the change log")
	}

	// The e-mail changes: ctrl+s asks, with the change in plain Danish.
	for m.form.GetFocusedField().GetKey() != "controller.email" {
		send(t, m, press("tab"))
	}
	typeText(t, m, "x")
	send(t, m, press("ctrl+s"))
	if m.mode != modeChangelog {
		t.Fatal("saving a changed policy does not offer the change log")
	}
	if !strings.Contains(strings.ToLower(m.changeLog.text), "e-mail") {
		t.Errorf("the offered entry does not say what changed: %q", m.changeLog.text)
	}
	if m.changeLog.version != "2.1" {
		t.Errorf("offered version %q after 2.0", m.changeLog.version)
	}
	// enter through the questions: keep the text, write it, raise the version.
	for n := 0; m.mode == modeChangelog && n < 10; n++ {
		send(t, m, press("enter"))
	}
	g, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := g.Answers.Document
	if len(doc.Changes) != before+1 || !strings.Contains(strings.ToLower(doc.Changes[0].Text), "e-mail") || doc.Version != "2.1" {
		t.Fatalf("after saving: version %q, %d changes, newest %q", doc.Version, len(doc.Changes), doc.Changes[0].Text)
	}
	if doc.Changes[0].Date != drafts.DateOf(m.opts.Now()) {
		t.Errorf("the entry is dated %s", doc.Changes[0].Date)
	}
	// The edition with the change applies from today, not from the old
	// effective date (2026-09-01) before the change was made.
	if doc.Effective != drafts.DateOf(m.opts.Now()) {
		t.Errorf("the new edition applies from %s, before its change of %s", doc.Effective, doc.Changes[0].Date)
	}

	// Saved: the next ctrl+s has nothing new to log.
	send(t, m, press("ctrl+s"))
	if m.mode == modeChangelog {
		t.Fatal("saving again asks again")
	}

	// esc in the question saves nothing.
	typeText(t, m, "y")
	send(t, m, press("ctrl+s"))
	data, _ := os.ReadFile(path)
	send(t, m, press("esc"))
	if after, _ := os.ReadFile(path); string(after) != string(data) || !m.dirty() {
		t.Error("esc in the change-log question saved anyway")
	}
}

// The record of processing is written on save when the answers ask for it.
func TestSaveWritesTheRecordWhenAsked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helle.toml")
	a := example(t, "helle-falsberg")
	a.Document.Record = "md"
	m := newTestModel(t, a, path, 120, 40)
	send(t, m, press("ctrl+s"))
	b, err := os.ReadFile(filepath.Join(dir, "helle-fortegnelse.md"))
	if err != nil || !strings.Contains(string(b), "ortegnelse") {
		t.Fatalf("no record next to the answer file (%v); status %q", err, m.status)
	}
}

// The new edition's date can be kept: typing the old date in »Gælder fra«
// keeps it; a policy already dated today is offered today.
func TestSaveKeepsTheEffectiveDateWhenAsked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helle.toml")
	drafts.Save(path, example(t, "helle-falsberg"))
	f, _ := drafts.Load(path)
	was := f.Answers.Document.Effective
	m := newTestModel(t, f.Answers, path, 120, 40)
	for m.form.GetFocusedField().GetKey() != "controller.email" {
		send(t, m, press("tab"))
	}
	typeText(t, m, "x")
	send(t, m, press("ctrl+s"))
	for n := 0; m.mode == modeChangelog && n < 10; n++ {
		if m.form.GetFocusedField().GetKey() == "changelog.effective" {
			send(t, m, press("ctrl+u"))
			typeText(t, m, was.String())
		}
		send(t, m, press("enter"))
	}
	g, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Answers.Document.Effective != was {
		t.Errorf("effective date %s after keeping it, want %s", g.Answers.Document.Effective, was)
	}

	// Dated today: today is offered.
	g.Answers.Document.Effective = drafts.DateOf(m.opts.Now())
	drafts.Save(path, g.Answers)
	h, _ := drafts.Load(path)
	m = newTestModel(t, h.Answers, path, 120, 40)
	for m.form.GetFocusedField().GetKey() != "controller.email" {
		send(t, m, press("tab"))
	}
	typeText(t, m, "y")
	send(t, m, press("ctrl+s"))
	if m.mode != modeChangelog {
		t.Fatal("no change-log question")
	}
	if m.changeLog.effective != drafts.DateOf(m.opts.Now()).String() {
		t.Errorf("offers %s for a policy dated today", m.changeLog.effective)
	}
}

// Saving a changed policy asks once (review item: three questions one
// after another): the change-log line, the version and the date are on one
// screen, at 80x24 too, with the offered answers filled in; a date that is
// no date saves nothing and says so.
func TestSaveAsksOnOneScreen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helle.toml")
	drafts.Save(path, example(t, "helle-falsberg"))
	f, _ := drafts.Load(path)
	m := newTestModel(t, f.Answers, path, 80, 24)
	for m.form.GetFocusedField().GetKey() != "controller.email" {
		send(t, m, press("tab"))
	}
	typeText(t, m, "x")
	send(t, m, press("ctrl+s"))
	if m.mode != modeChangelog || len(m.q.groups) != 1 {
		t.Fatalf("mode %d, %d screens of questions", m.mode, len(m.q.groups))
	}
	scr := ansi.Strip(screen(m))
	for _, want := range []string{"Linje i ændringsloggen", "Version", "> 2.1", "Gælder fra", "> " + drafts.DateOf(m.opts.Now()).String()} {
		if !strings.Contains(scr, want) {
			t.Errorf("the save question does not show %q:\n%s", want, scr)
		}
	}
	data, _ := os.ReadFile(path)
	for m.form.GetFocusedField().GetKey() != "changelog.effective" {
		send(t, m, press("enter"))
	}
	send(t, m, press("ctrl+u"))
	typeText(t, m, "i morgen")
	send(t, m, press("enter"))
	if after, _ := os.ReadFile(path); m.mode != modeChangelog || string(after) != string(data) || !strings.Contains(m.status, "Ikke gemt") {
		t.Fatalf("a date that is no date: mode %d, status %q", m.mode, m.status)
	}
	send(t, m, press("ctrl+u"))
	typeText(t, m, "2026-12-01")
	send(t, m, press("enter"))
	g, _ := drafts.Load(path)
	if d := g.Answers.Document; d.Effective.String() != "2026-12-01" || d.Version != "2.1" {
		t.Errorf("saved version %s from %s", d.Version, d.Effective)
	}
}
