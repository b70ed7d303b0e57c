package drafts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Saving through a symbolic link updates the file it points to, keeping
// the link, the file's mode and its owner (review: the wizard said "Gemt",
// replaced the link with a file and left the target unchanged).
func TestSaveThroughSymlinkUpdatesTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "klienter", "firma.toml")
	os.Mkdir(filepath.Dir(real), 0o755)
	src, _ := ExampleSource("helle-falsberg")
	if err := os.WriteFile(real, src, 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		os.Chown(real, 65534, 65534) // nobody:nogroup
	}
	link := filepath.Join(dir, "firma.toml")
	if err := os.Symlink("klienter/firma.toml", link); err != nil {
		t.Fatal(err)
	}
	f, err := Load(link)
	if err != nil {
		t.Fatal(err)
	}
	f.Answers.Controller.Name = "Nyt Navn ApS"
	if err := Save(link, f.Answers); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	g, err := Load(real)
	if err != nil || g.Answers.Controller.Name != "Nyt Navn ApS" {
		t.Fatalf("the target was not updated: %v", err)
	}
	info, _ := os.Stat(real)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	if st := info.Sys().(*syscall.Stat_t); os.Geteuid() == 0 && (st.Uid != 65534 || st.Gid != 65534) {
		t.Errorf("owner %d:%d, want nobody:nogroup (65534)", st.Uid, st.Gid)
	}
	if entries, _ := os.ReadDir(filepath.Dir(real)); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// Nothing is written over what is not a regular file: a FIFO, a device.
func TestSaveRefusesNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	paths := []string{fifo}
	if os.Geteuid() == 0 {
		// A copy of /dev/null (character device 1,3), made here: the
		// review's `render -o /dev/null` as root replaced /dev/null.
		null := filepath.Join(dir, "null")
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
			paths = append(paths, null)
		}
	}
	link := filepath.Join(dir, "link.toml")
	os.Symlink(fifo, link)
	paths = append(paths, link)
	a, _ := Example("helle-falsberg")
	for _, p := range paths {
		for name, err := range map[string]error{
			"Save":            Save(p, a),
			"WriteFileAtomic": WriteFileAtomic(p, []byte("x")),
			"WriteOutput":     WriteOutput(p, []byte("x")),
		} {
			if err == nil || !strings.Contains(err.Error(), "ikke en almindelig fil") {
				t.Errorf("%s(%s): %v", name, filepath.Base(p), err)
			}
		}
		info, err := os.Lstat(p)
		if err != nil || info.Mode().IsRegular() {
			t.Errorf("%s was replaced by a regular file", filepath.Base(p))
		}
	}
}

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	c := exec.Command("true")
	if err := c.Run(); err != nil {
		t.Skip(err)
	}
	return c.Process.Pid
}

// A save that was killed between writing its temporary file and renaming
// it leaves the file behind; the next save into the directory removes it,
// and never one another process is writing.
func TestLeftoverTempFilesRemovedOnNextSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "firma.toml")
	a, _ := Example("helle-falsberg")
	if err := Save(path, a); err != nil {
		t.Fatal(err)
	}
	dead := ".firma.toml.p" + strconv.Itoa(deadPID(t)) + "-123456.tmp"
	live := ".firma.toml.p" + strconv.Itoa(os.Getppid()) + "-123456.tmp" // the test's parent runs
	other := ".andet.toml.p" + strconv.Itoa(deadPID(t)) + "-1.tmp"       // another file's: its own save cleans it
	for _, n := range []string{dead, live, other} {
		os.WriteFile(filepath.Join(dir, n), []byte("halv"), 0o600)
	}
	a.Controller.Name = "Nyt Navn ApS"
	if err := Save(path, a); err != nil {
		t.Fatal(err)
	}
	for n, want := range map[string]bool{dead: false, live: true, other: true} {
		if _, err := os.Stat(filepath.Join(dir, n)); (err == nil) != want {
			t.Errorf("%s: there %v, want %v", n, err == nil, want)
		}
	}
}

// A file with Windows line ends is saved with Windows line ends, and a
// byte order mark with its comments kept (review: mixed line ends; the BOM
// sent every comment to .bak).
func TestSaveKeepsCRLFAndBOM(t *testing.T) {
	src, _ := ExampleSource("helle-falsberg")
	src = append([]byte("# Noter fra mødet\n"), src...)
	for name, form := range map[string]textFormat{"crlf": {crlf: true}, "bom": {bom: true}, "begge": {bom: true, crlf: true}} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "firma.toml")
			os.WriteFile(path, form.apply(src), 0o644)
			f, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			f.Answers.Controller.Name = "Nyt Navn ApS"
			saved, err := SaveFile(path, f.Answers)
			if err != nil || saved.Backup != "" {
				t.Fatalf("%v, backup %q", err, saved.Backup)
			}
			got, _ := os.ReadFile(path)
			if form.crlf && bytes.Count(got, []byte("\n")) != bytes.Count(got, []byte("\r\n")) {
				t.Error("mixed line ends")
			}
			if !form.crlf && bytes.Contains(got, []byte("\r")) {
				t.Error("CR in an LF file")
			}
			if bytes.HasPrefix(got, []byte(bom)) != form.bom {
				t.Errorf("byte order mark %v, want %v", bytes.HasPrefix(got, []byte(bom)), form.bom)
			}
			plain := string(textForm(got).strip(got))
			if !strings.HasPrefix(plain, "# Noter fra mødet\n") || !strings.Contains(plain, `name = "Nyt Navn ApS"`) {
				t.Errorf("comments or the change lost:\n%.300s", plain)
			}
			if want := strings.Replace(string(src), `name = "Helle Falsberg Webdesign"`, `name = "Nyt Navn ApS"`, 1); plain != want {
				t.Error("more than the one line changed")
			}
		})
	}
}

// What a killed save left behind next to any file privatliv writes is
// removed by RemoveLeftovers (the wizard's start, a batch), and nothing
// that is not privatliv's.
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	dead, live := strconv.Itoa(deadPID(t)), strconv.Itoa(os.Getppid())
	gone := []string{
		"..firma.toml." + dead + "-1.gendan.p" + dead + "-123.tmp", // a recovery write
		".firma.md.p" + dead + "-9.tmp",
		"..firma.toml.gendan.123456.tmp", // an older privatliv's, old
		".firma.toml.987654.tmp",
	}
	kept := []string{
		".firma.toml.p" + live + "-5.tmp", // being written now
		".notes.txt.123456.tmp",           // not privatliv's
		".x.pdf-export.tmp",
		".firma.toml.p12x-5.tmp",
		"firma.toml",
	}
	old := time.Now().Add(-2 * time.Minute)
	for _, n := range append(append([]string{}, gone...), kept...) {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte("x"), 0o600)
		os.Chtimes(p, old, old)
	}
	RemoveLeftovers(dir)
	for _, n := range gone {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s is left", n)
		}
	}
	for _, n := range kept {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed", n)
		}
	}
}
