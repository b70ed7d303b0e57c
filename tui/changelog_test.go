package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// Saying no to »gælde fra i dag« keeps the effective date the user gave;
// a policy already dated today or later is not asked.
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
			send(t, m, press("left")) // from Ja to Nej
		}
		send(t, m, press("enter"))
	}
	g, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Answers.Document.Effective != was {
		t.Errorf("effective date %s after saying no, want %s", g.Answers.Document.Effective, was)
	}

	// Dated today: nothing to ask.
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
	if m.changeLog.from {
		t.Error("asks to apply from today a policy already dated today")
	}
}
