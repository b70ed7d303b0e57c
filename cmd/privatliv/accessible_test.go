package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// terminal is privatliv running in a pseudo-terminal, as a person runs it.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	seen bytes.Buffer
	done chan struct{}
}

func startTerminal(t *testing.T, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PRIVATLIV_RUN_MAIN=1", "NO_COLOR=1", "XDG_CACHE_HOME="+t.TempDir())
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	tm := &terminal{t: t, cmd: cmd, pty: f, done: make(chan struct{})}
	go func() {
		defer close(tm.done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			tm.mu.Lock()
			tm.seen.Write(buf[:n])
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		f.Close()
	})
	return tm
}

// waitFor waits until the terminal has shown text since the last wait, and
// returns what it showed. The limit only stops a hung test; it never
// decides a result.
func (tm *terminal) waitFor(text string) string {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		tm.mu.Lock()
		s := tm.seen.String()
		if i := strings.Index(s, text); i >= 0 {
			tm.seen.Next(i + len(text))
			tm.mu.Unlock()
			return s[:i+len(text)]
		}
		tm.mu.Unlock()
		if time.Now().After(deadline) {
			tm.t.Fatalf("the terminal never showed %q; it showed:\n%s", text, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (tm *terminal) send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.pty, s); err != nil {
		tm.t.Fatal(err)
	}
}

// English that huh's own accessible prompts print; none of it may show.
var english = []string{"Enter a number", "Select up to", "Confirm selection", "[y/N]", "[Y/n]", "Input cannot", "Please"}

func TestAccessibleModeInATerminal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helle.toml")
	src, _ := os.ReadFile(helle)
	src = append([]byte("# kunde siden 2019\n"), src...)
	os.WriteFile(path, src, 0o644)

	tm := startTerminal(t, "edit", "--accessible", path)
	shown := tm.waitFor("Virksomhedens navn")
	shown += tm.waitFor("> ")
	if !strings.Contains(shown, "Nu: Helle Falsberg Webdesign") {
		t.Errorf("the existing answer is not shown:\n%s", shown)
	}
	tm.send("\r") // Enter keeps the name
	shown = tm.waitFor("Virksomhedsform")
	shown += tm.waitFor("> ")
	tm.send("ApS\r") // a change, not saved yet
	tm.waitFor("CVR-nummer")
	tm.waitFor("> ")

	tm.send("\x03") // ctrl+c
	shown = tm.waitFor("Enter  fortsæt")
	if !strings.Contains(shown, "Du har ugemte ændringer") {
		t.Errorf("ctrl+c with unsaved answers does not ask:\n%s", shown)
	}
	// The wizard's own recovery file, named by its process.
	found, _ := filepath.Glob(filepath.Join(dir, ".helle.toml.*.gendan"))
	if len(found) != 1 {
		t.Fatalf("recovery files: %v", found)
	}
	recovery := found[0]
	rec, err := os.ReadFile(recovery)
	if err != nil || !strings.Contains(string(rec), `legal_form = "ApS"`) {
		t.Fatalf("no recovery file with the new answer (%v)", err)
	}
	if info, _ := os.Stat(recovery); info.Mode().Perm() != 0o600 {
		t.Errorf("the recovery file has mode %v, want 0600", info.Mode().Perm())
	}
	tm.send("\r") // go on where we were
	tm.waitFor("CVR-nummer")
	tm.send("\x03")
	tm.waitFor("Enter  fortsæt")
	tm.send("a\r") // quit without saving
	<-tm.done
	if b, _ := os.ReadFile(path); !bytes.Equal(b, src) {
		t.Error("quitting without saving changed the answer file")
	}
	if _, err := os.Stat(recovery); err != nil {
		t.Error("quitting without saving removed the recovery file")
	}
	tm.mu.Lock()
	all := tm.seen.String()
	tm.mu.Unlock()
	for _, e := range english {
		if strings.Contains(all, e) {
			t.Errorf("English in accessible mode: %q", e)
		}
	}
}
