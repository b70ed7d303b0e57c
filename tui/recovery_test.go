package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/privatliv/privatliv/drafts"
)

// Regression tests for the security review's lost answers: recovery files
// shared between wizards, a quit dialog that promised a restore that had
// failed, a restore that undid another person's edit without asking.

// onDisk writes the example to dir/firma.toml and loads it as edit does.
func onDisk(t *testing.T, dir, name string) (string, *drafts.File) {
	t.Helper()
	path := filepath.Join(dir, "firma.toml")
	src, _ := drafts.ExampleSource(name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, f
}

// wizard opens path like `privatliv edit`, with its marks in recDir.
func wizard(t *testing.T, path, recDir string) *Model {
	t.Helper()
	f, err := drafts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Path: path, Answers: f.Answers, Existing: true, Disk: f.Data(), NoColor: true,
		RecoveryDir: recDir, AutosaveDelay: time.Millisecond,
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	run(t, m, m.Init())
	send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	return m
}

func recoveries(t *testing.T, glob string) []string {
	t.Helper()
	found, _ := filepath.Glob(glob)
	return found
}

// Two wizards on one file each keep their own recovery file: one saving
// does not remove the other's, and after the other is killed its answers
// are offered, with what restoring would undo of the first one's save.
func TestTwoWizardsOnOneFileKeepTheirOwnRecovery(t *testing.T) {
	dir, rec := t.TempDir(), t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	one := wizard(t, path, rec)
	two := wizard(t, path, rec)
	typeText(t, one, " Et")
	typeText(t, two, " To")
	one.writeRecovery()
	two.writeRecovery()
	if got := recoveries(t, filepath.Join(dir, ".firma.toml.*.gendan")); len(got) != 2 {
		t.Fatalf("recovery files: %v", got)
	}
	send(t, one, press("ctrl+s"))
	acceptChangeLog(t, one)
	if fileExists(one.recoveryPath()) || !fileExists(two.recoveryPath()) {
		t.Fatalf("after the first saved: its own %v (want gone), the other's %v (want kept)", fileExists(one.recoveryPath()), fileExists(two.recoveryPath()))
	}
	// The second is killed; the next wizard offers its answers, and says
	// that restoring them undoes what the first saved.
	three := wizard(t, path, rec)
	if three.mode != modeRestore || three.restoreFrom == nil || three.restoreFrom.path != two.recoveryPath() {
		t.Fatalf("the killed wizard's answers are not offered (mode %d)", three.mode)
	}
	shown := screen(three)
	if !strings.Contains(shown, "er ændret på disken") || !strings.Contains(shown, "Et") {
		t.Errorf("the offer does not say what restoring undoes:\n%s", shown)
	}
	// At 80x24 the question stays on screen, above as many changes as fit.
	send(t, three, tea.WindowSizeMsg{Width: 80, Height: 24})
	if shown := screen(three); !strings.Contains(shown, "j  ja, gendan de ugemte svar alligevel") || !strings.Contains(shown, "n  nej, kassér dem") {
		t.Errorf("the question is cut off at 80x24:\n%s", shown)
	}
	send(t, three, press("enter")) // not a deliberate yes
	if three.mode != modeRestore {
		t.Fatal("enter restored over a file changed on disk")
	}
	send(t, three, keyPress("j"))
	if !strings.HasSuffix(three.a.Controller.Name, " To") {
		t.Errorf("restored name %q", three.a.Controller.Name)
	}
	if fileExists(two.recoveryPath()) || !fileExists(three.recoveryPath()) {
		t.Error("the restored recovery file was not taken over")
	}
}

// Restoring from a file nobody changed since needs no more than before;
// saying no removes the recovery file.
func TestRestoreOfferAndDiscard(t *testing.T) {
	dir := t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	one := wizard(t, path, t.TempDir())
	typeText(t, one, " Nord")
	one.writeRecovery()
	two := wizard(t, path, t.TempDir())
	if two.mode != modeRestore || two.restoreNote != "" || strings.Contains(screen(two), "ændret på disken") {
		t.Fatalf("offer: mode %d, note %q", two.mode, two.restoreNote)
	}
	send(t, two, keyPress("n"))
	if fileExists(one.recoveryPath()) {
		t.Error("no did not remove the recovery file")
	}
	if three := wizard(t, path, t.TempDir()); three.mode == modeRestore {
		t.Error("a discarded recovery is offered again")
	}
}

// A recovery file left by an older privatliv (.firma.toml.gendan) is
// still offered.
func TestOldRecoveryFileOffered(t *testing.T) {
	dir := t.TempDir()
	path, f := onDisk(t, dir, "helle-falsberg")
	f.Answers.Controller.Name = "Gammel Gendannelse"
	data, _ := drafts.Encode(f.Answers, path)
	os.WriteFile(filepath.Join(dir, ".firma.toml.gendan"), data, 0o600)
	m := wizard(t, path, t.TempDir())
	if m.mode != modeRestore {
		t.Fatal("the old recovery file is not offered")
	}
	send(t, m, keyPress("j"))
	if m.a.Controller.Name != "Gammel Gendannelse" {
		t.Errorf("restored %q", m.a.Controller.Name)
	}
}

// Two unsaved new questionnaires each keep their answers (review: only the
// last one's survived): after both are killed, each is offered in turn.
func TestTwoNewQuestionnairesKeepTheirAnswers(t *testing.T) {
	rec := t.TempDir()
	start := func() *Model {
		m := New(Options{RecoveryDir: rec, NoColor: true, AutosaveDelay: time.Millisecond,
			Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
		run(t, m, m.Init())
		send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
		return m
	}
	one, two := start(), start() // running at the same time
	send(t, one, press("esc"))   // past the kind question: the usual starting point
	send(t, two, press("esc"))
	typeText(t, one, "Bageriet Et")
	typeText(t, two, "Bageriet To")
	one.writeRecovery()
	two.writeRecovery()
	if files := recoveries(t, filepath.Join(rec, "ny-svarfil.*.toml.gendan")); len(files) != 2 {
		t.Fatalf("recovery files: %v", files)
	}
	// Both are killed. The next start offers one, the one after the other.
	var restored []string
	for range 2 {
		m := start()
		if m.mode != modeRestore {
			t.Fatalf("nothing offered after %v", restored)
		}
		send(t, m, keyPress("j"))
		restored = append(restored, m.a.Controller.Name)
		m.removeRecovery() // saved under a name, say
	}
	if !strings.Contains(strings.Join(restored, " "), "Bageriet Et") || !strings.Contains(strings.Join(restored, " "), "Bageriet To") {
		t.Errorf("restored %q, want both questionnaires", restored)
	}
}

// A wizard is told when the file is open in another running wizard, and
// not by the mark of one that is gone.
func TestSecondWizardToldFileIsOpenElsewhere(t *testing.T) {
	dir, rec := t.TempDir(), t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	os.MkdirAll(filepath.Join(rec, "open"), 0o700)
	other := strconv.Itoa(os.Getppid()) + "-1" // a process that runs: the test's parent
	gone := strconv.Itoa(deadPID(t)) + "-1"
	os.WriteFile(filepath.Join(rec, "open", pathKey(path)+"."+gone), nil, 0o600)
	m := wizard(t, path, rec)
	if m.elsewhere != "" {
		t.Fatalf("a gone wizard's mark counts: %q", m.status)
	}
	if fileExists(filepath.Join(rec, "open", pathKey(path)+"."+gone)) {
		t.Error("a gone wizard's mark is not removed")
	}
	os.WriteFile(filepath.Join(rec, "open", pathKey(path)+"."+other), nil, 0o600)
	m2 := wizard(t, path, rec)
	if !strings.Contains(m2.status, "også åben i en anden privatliv (proces "+strconv.Itoa(os.Getppid())+")") || !m2.statusErr {
		t.Errorf("status %q", m2.status)
	}
	if shown := screen(m2); !strings.Contains(shown, "også åben") {
		t.Errorf("not on screen:\n%s", shown)
	}
	// A running wizard's recovery file says the same, and is not offered.
	os.Remove(filepath.Join(rec, "open", pathKey(path)+"."+other))
	os.WriteFile(filepath.Join(dir, ".firma.toml."+other+".gendan"), []byte("schema = 2\n"), 0o600)
	m3 := wizard(t, path, t.TempDir())
	if m3.mode == modeRestore || !strings.Contains(m3.status, "også åben") {
		t.Errorf("a running wizard's recovery: mode %d, status %q", m3.mode, m3.status)
	}
	// Close removes the wizard's own mark.
	mark := m3.openMark
	m3.Close()
	if mark == "" || fileExists(mark) {
		t.Errorf("mark %q after Close", mark)
	}
	// Accessible mode says it before the first question.
	var out strings.Builder
	os.WriteFile(filepath.Join(rec, "open", pathKey(path)+"."+other), nil, 0o600)
	f, _ := drafts.Load(path)
	RunAccessible(Options{Path: path, Answers: f.Answers, Existing: true, RecoveryDir: rec, NoColor: true}, strings.NewReader(""), &out)
	if !strings.Contains(out.String(), "også åben i en anden privatliv") {
		t.Errorf("accessible mode does not say it:\n%s", tail(out.String()))
	}
}

// The recovery file is never readable by more people than the answer file.
func TestRecoveryFileMode(t *testing.T) {
	for mode, want := range map[fs.FileMode]fs.FileMode{0o644: 0o600, 0o640: 0o600, 0o600: 0o600, 0o400: 0o400, 0o444: 0o400} {
		dir := t.TempDir()
		path, _ := onDisk(t, dir, "helle-falsberg")
		os.Chmod(path, mode)
		m := wizard(t, path, t.TempDir())
		typeText(t, m, "x")
		m.writeRecovery()
		info, err := os.Stat(m.recoveryPath())
		if err != nil || info.Mode().Perm() != want {
			t.Errorf("answer file %v: recovery file %v (%v), want %v", mode, info.Mode().Perm(), err, want)
		}
	}
}

// failRecoveryWrites makes recovery writes fail where fails says.
func failRecoveryWrites(t *testing.T, fails func(path string) bool) {
	orig := writeRecoveryFile
	writeRecoveryFile = func(p string, data []byte, perm fs.FileMode) error {
		if fails(p) {
			return &drafts.FileError{Path: p, Op: "kan ikke gemme filen", Err: &fs.PathError{Op: "open", Path: p, Err: syscall.EROFS}}
		}
		return orig(p, data, perm)
	}
	t.Cleanup(func() { writeRecoveryFile = orig })
}

// In a directory that cannot be written the recovery file goes to the
// cache directory, and is offered from there.
func TestRecoveryFallsBackToTheCacheDirectory(t *testing.T) {
	dir, rec := t.TempDir(), t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	failRecoveryWrites(t, func(p string) bool { return filepath.Dir(p) == dir })
	m := wizard(t, path, rec)
	typeText(t, m, " Nord")
	send(t, m, press("ctrl+c"))
	if m.recoveryErr != nil || filepath.Dir(m.recoveryPath()) != rec {
		t.Fatalf("recovery at %s, %v", m.recoveryPath(), m.recoveryErr)
	}
	if shown := screen(m); !strings.Contains(shown, "kan gendannes næste gang") {
		t.Errorf("the quit dialog does not offer a restore:\n%s", shown)
	}
	if m2 := wizard(t, path, rec); m2.mode != modeRestore {
		t.Error("the recovery file in the cache directory is not offered")
	}
}

// When the recovery file cannot be written anywhere, the quit dialog says
// the changes will be lost instead of promising a restore (review: it
// promised one in a read-only directory).
func TestQuitDialogPromisesNothingWhenRecoveryFailed(t *testing.T) {
	dir := t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	failRecoveryWrites(t, func(string) bool { return true })
	m := wizard(t, path, t.TempDir())
	typeText(t, m, " Nord")
	send(t, m, press("ctrl+c"))
	shown := screen(m)
	if m.mode != modeQuit || strings.Contains(shown, "kan gendannes") || !strings.Contains(shown, "går tabt") || !strings.Contains(shown, "skrivebeskyttet") {
		t.Errorf("quit dialog:\n%s", shown)
	}
	// In accessible mode too, and at the end of piped input.
	var out strings.Builder
	f, _ := drafts.Load(path)
	err := RunAccessible(Options{Path: path, Answers: f.Answers, Existing: true, RecoveryDir: t.TempDir(), NoColor: true},
		strings.NewReader("Nyt Navn ApS\n"), &out)
	if err == nil || !strings.Contains(err.Error(), "tabt") || strings.Contains(err.Error(), "tilbydes") {
		t.Errorf("end of input with a failed recovery: %v", err)
	}
}

// Piped input that ends before the questions do says what was kept, and is
// an error (review: it exited 0 with nothing saved and no message).
func TestAccessibleInputEndingEarly(t *testing.T) {
	dir := t.TempDir()
	path, f := onDisk(t, dir, "helle-falsberg")
	var out strings.Builder
	err := RunAccessible(Options{Path: path, Answers: f.Answers, Existing: true, RecoveryDir: t.TempDir(), NoColor: true}, strings.NewReader(""), &out)
	if err == nil || !strings.Contains(err.Error(), "intet er ændret, og intet er gemt") || !strings.Contains(err.Error(), "Virksomhedens navn") {
		t.Errorf("no input at all: %v", err)
	}
	f, _ = drafts.Load(path)
	err = RunAccessible(Options{Path: path, Answers: f.Answers, Existing: true, RecoveryDir: t.TempDir(), NoColor: true}, strings.NewReader("Nyt Navn ApS\n\n"), &out)
	if err == nil || !strings.Contains(err.Error(), "tilbydes næste gang") {
		t.Fatalf("input ending after a change: %v", err)
	}
	found := recoveries(t, filepath.Join(dir, ".firma.toml.*.gendan"))
	if len(found) != 1 || !strings.Contains(string(mustRead(t, found[0])), "Nyt Navn ApS") || !strings.Contains(err.Error(), found[0]) {
		t.Errorf("recovery files %v; error %v", found, err)
	}
}

// The policy is never written over the answer file through a link
// (firma.md -> firma.toml).
func TestSaveNeverWritesThePolicyOverTheAnswers(t *testing.T) {
	dir := t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	os.Symlink("firma.toml", filepath.Join(dir, "firma.md"))
	m := wizard(t, path, t.TempDir())
	typeText(t, m, " Nord")
	send(t, m, press("ctrl+s"))
	acceptChangeLog(t, m)
	if !m.statusErr || !strings.Contains(m.status, "svarfilen selv") {
		t.Errorf("status %q", m.status)
	}
	if f, err := drafts.Load(path); err != nil || !strings.HasSuffix(f.Answers.Controller.Name, " Nord") {
		t.Errorf("the answers were written over: %v", err)
	}
}

// The cookie import never waits on a FIFO.
func TestCookieImportRefusesAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "scan.har")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	m := newTestModel(t, nil, "", 160, 50)
	openImport(t, m)
	typeText(t, m, fifo)
	if !strings.Contains(m.fieldErr, "FIFO") {
		t.Errorf("field error %q", m.fieldErr)
	}
	var s cookieScan
	if err := s.load(fifo); err == nil || !errors.Is(err, err) || !strings.Contains(err.Error(), "ikke en almindelig fil") {
		t.Errorf("load: %v", err)
	}
}

// A recovery write that was killed leaves ..firma.toml.ID.gendan.…tmp; the
// next wizard on the file removes it (review: left behind forever).
func TestWizardStartRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	dead := strconv.Itoa(deadPID(t))
	left := []string{
		"..firma.toml." + dead + "-1.gendan.p" + dead + "-42.tmp",
		".firma.toml.p" + dead + "-43.tmp",
	}
	for _, n := range left {
		os.WriteFile(filepath.Join(dir, n), []byte("halv"), 0o600)
	}
	wizard(t, path, t.TempDir())
	for _, n := range left {
		if fileExists(filepath.Join(dir, n)) {
			t.Errorf("%s is left", n)
		}
	}
}

// Opened by another name (a symbolic link), the file is the same: the
// second wizard is told, and finds the first's recovery file.
func TestWizardsFindEachOtherThroughALink(t *testing.T) {
	dir, rec := t.TempDir(), t.TempDir()
	path, _ := onDisk(t, dir, "helle-falsberg")
	link := filepath.Join(t.TempDir(), "kunde.toml")
	if err := os.Symlink(path, link); err != nil {
		t.Skip(err)
	}
	one := wizard(t, link, rec)
	typeText(t, one, " Nord")
	one.writeRecovery()
	if filepath.Dir(one.recoveryPath()) != dir {
		t.Errorf("the recovery file is at %s, not next to the file", one.recoveryPath())
	}
	// The same process: the first counts as gone, so its answers are
	// offered; as another running process it would say the file is open.
	two := wizard(t, path, rec)
	if two.mode != modeRestore {
		t.Error("the answers left through the link are not offered")
	}
	os.WriteFile(filepath.Join(rec, "open", pathKey(path)+"."+strconv.Itoa(os.Getppid())+"-1"), nil, 0o600)
	if three := wizard(t, link, rec); !strings.Contains(three.status, "også åben") {
		t.Errorf("through the link: %q", three.status)
	}
}
