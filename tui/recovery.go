package tui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/privatliv/privatliv/content/diff"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
	"github.com/privatliv/privatliv/internal/proc"
)

// Unsaved answers are kept in a recovery file while the wizard runs, so a
// crash or a kill loses nothing. Each wizard has its own: two wizards on
// one file, or two new questionnaires, never write or remove each other's.
// The name says which process wrote it (.firma.toml.1234-1.gendan); at the
// start, a recovery file whose process is gone is offered for restoring,
// and one whose process runs says the file is open in another wizard. It
// lies next to the answer file, or in the user's cache directory when that
// directory cannot be written, and is never readable by more people than
// the answer file.
//
// A recovery file starts with the checksum of the answer file as the
// wizard read or saved it: restoring answers over a file someone changed
// since shows what would be undone, and asks.

// instances counts the wizards this process has started (the tests start
// many; the program one).
var instances atomic.Int64

// newInstanceID is this wizard's name in recovery files and open marks:
// the process id and the wizard's number in it.
func newInstanceID() string {
	return strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(instances.Add(1), 10)
}

// running reports whether the wizard named id still runs: another
// process's that is alive. A wizard of this process other than m is over
// (only the tests start several).
func (m *Model) running(id string) bool {
	if id == m.id {
		return true
	}
	pid, _, ok := strings.Cut(id, "-")
	n, err := strconv.Atoi(pid)
	if !ok || err != nil || n == os.Getpid() {
		return false
	}
	return proc.Alive(n)
}

// recoveryDir holds recovery files of new questionnaires, of files whose
// directory cannot be written, and the marks of open files.
func (m *Model) recoveryDir() string {
	if m.opts.RecoveryDir != "" {
		return m.opts.RecoveryDir
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "privatliv")
	}
	return filepath.Join(os.TempDir(), "privatliv")
}

// realPath is the answer file's own path, whatever name it was opened by:
// a symbolic link is followed, so two wizards on one file find each other.
func realPath(path string) string {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		path = p
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// pathKey names an answer file in the recovery directory.
func pathKey(path string) string {
	sum := sha256.Sum256([]byte(realPath(path)))
	return hex.EncodeToString(sum[:8])
}

// recoveryFiles is where unsaved answers may lie, in the order they are
// tried: prefix and suffix of their names in a directory.
type recoveryPlace struct{ dir, prefix, suffix, legacy string }

func (m *Model) recoveryPlaces() []recoveryPlace {
	if m.path == "" {
		return []recoveryPlace{{m.recoveryDir(), "ny-svarfil.", ".toml.gendan", "ny-svarfil.toml.gendan"}}
	}
	abs := realPath(m.path)
	base := filepath.Base(abs)
	return []recoveryPlace{
		{filepath.Dir(abs), "." + base + ".", ".gendan", "." + base + ".gendan"},
		{m.recoveryDir(), pathKey(m.path) + ".", ".gendan", ""},
	}
}

func (r recoveryPlace) path(id string) string { return filepath.Join(r.dir, r.prefix+id+r.suffix) }

// idOf is the wizard that wrote the recovery file called name, "" for a
// file of an older privatliv; ok is false for a file that is not one.
func (r recoveryPlace) idOf(name string) (id string, ok bool) {
	if r.legacy != "" && name == r.legacy {
		return "", true
	}
	if len(name) <= len(r.prefix)+len(r.suffix) || !strings.HasPrefix(name, r.prefix) || !strings.HasSuffix(name, r.suffix) {
		return "", false
	}
	id = name[len(r.prefix) : len(name)-len(r.suffix)]
	if pid, _, ok := strings.Cut(id, "-"); !ok || strings.Trim(pid, "0123456789") != "" {
		return "", false
	}
	return id, true
}

// recoveryPath is where this wizard's unsaved answers are, or go first.
func (m *Model) recoveryPath() string {
	if m.recoveryAt != "" {
		return m.recoveryAt
	}
	return m.recoveryPlaces()[0].path(m.id)
}

// recoveryHeader starts a recovery file: the checksum of the answer file
// the answers were made from.
const recoveryHeader = "# privatliv-gendan: "

func checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// recoveryMode is the recovery file's mode: 0600, or the answer file's when
// that is stricter, but always readable by its owner.
func (m *Model) recoveryMode() fs.FileMode {
	perm := fs.FileMode(0o600)
	if m.path != "" {
		if info, err := os.Stat(m.path); err == nil {
			perm &= info.Mode().Perm()
		}
	}
	return perm | 0o400
}

// writeRecoveryFile writes a recovery file; tests make it fail.
var writeRecoveryFile = drafts.WriteFileMode

// writeRecovery saves unsaved answers so a crash or kill loses nothing. A
// failure is remembered (recoveryErr), so nothing promises a restore that
// cannot happen, and said on the status line.
func (m *Model) writeRecovery() {
	if !m.dirty() || m.seen == nil {
		return
	}
	var head []byte
	if m.diskSum != nil {
		head = []byte(recoveryHeader + checksum(m.diskSum) + "\n")
	}
	data := append(head, m.recoveryData()...)
	var first error
	for _, r := range m.recoveryPlaces() {
		p := r.path(m.id)
		err := os.MkdirAll(r.dir, 0o700)
		if err == nil {
			err = writeRecoveryFile(p, data, m.recoveryMode())
		}
		if err == nil {
			if m.recoveryAt != "" && m.recoveryAt != p {
				os.Remove(m.recoveryAt)
			}
			m.recoveryAt, m.recoveryErr = p, nil
			return
		}
		if first == nil {
			first = err
		}
	}
	m.recoveryErr = first
	m.setStatus("Advarsel: kunne ikke gemme gendannelsesfilen, så ugemte svar går tabt, hvis guiden stopper: "+first.Error(), true)
}

// recoveryData is what the recovery file holds: the answers, and for a
// questionnaire not yet saved that started from a kind or an example, the
// starting point's comments too, so a restored questionnaire's first save
// keeps them as an unbroken one does.
func (m *Model) recoveryData() []byte {
	if m.opts.Source != nil && !m.opts.Existing && !fileExistsAt(m.path) {
		if data, err := drafts.Merge(m.opts.Source, m.a, orText(m.path, "svar.toml")); err == nil {
			return data
		}
	}
	return m.encoded()
}

func fileExistsAt(path string) bool {
	if path == "" {
		return false
	}
	_, err := os.Stat(path)
	return err == nil
}

// removeRecovery removes this wizard's recovery file, wherever it lies.
func (m *Model) removeRecovery() {
	for _, r := range m.recoveryPlaces() {
		os.Remove(r.path(m.id))
	}
	if m.recoveryAt != "" {
		os.Remove(m.recoveryAt)
	}
	m.recoveryAt = ""
}

// leftRecovery is a recovery file another wizard left.
type leftRecovery struct {
	path string
	data []byte
	info fs.FileInfo
}

// findRecovery looks at the recovery files of the answers at the start.
// The newest one left by a wizard that is gone, and that holds other
// answers than these, is offered for restoring; one that holds the same
// answers is removed. A running wizard's file means the file is open there.
func (m *Model) findRecovery() (offer *leftRecovery) {
	for _, r := range m.recoveryPlaces() {
		// What a killed save or recovery write left behind goes first.
		drafts.RemoveLeftovers(r.dir)
		entries, err := os.ReadDir(r.dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			id, ok := r.idOf(e.Name())
			if !ok || id == m.id {
				continue
			}
			if id != "" && m.running(id) {
				m.noteOpenElsewhere(id)
				continue
			}
			p := filepath.Join(r.dir, e.Name())
			data, err := drafts.ReadFile(p, drafts.MaxFileSize)
			info, ierr := e.Info()
			if err != nil || ierr != nil {
				continue
			}
			if bytes.Equal(withoutHeader(data), m.seen) {
				os.Remove(p) // nothing to restore
				continue
			}
			if offer == nil || info.ModTime().After(offer.info.ModTime()) {
				offer = &leftRecovery{path: p, data: data, info: info}
			}
		}
	}
	return offer
}

// withoutHeader is a recovery file's answers.
func withoutHeader(data []byte) []byte {
	if bytes.HasPrefix(data, []byte(recoveryHeader)) {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			return data[i+1:]
		}
	}
	return data
}

// restoreQuestion is what the restore dialog says beyond its question
// when the answer file changed on disk after the recovery file was
// written, and what restoring would change in the policy as the file now
// has it; "" when the file did not change.
func (m *Model) restoreQuestion(r *leftRecovery) (note string, changes []string) {
	if m.diskSum == nil {
		return "", nil
	}
	changed := false
	if bytes.HasPrefix(r.data, []byte(recoveryHeader)) {
		line, _, _ := bytes.Cut(r.data[len(recoveryHeader):], []byte("\n"))
		changed = string(line) != checksum(m.diskSum)
	} else if info, err := os.Stat(m.path); err == nil {
		changed = info.ModTime().After(r.info.ModTime()) // an older privatliv's file
	}
	if !changed {
		return "", nil
	}
	f, err := drafts.Parse(r.path, withoutHeader(r.data))
	if err != nil {
		return "", nil
	}
	note = inert.Line(filepath.Base(m.path)) + " er ændret på disken, siden de ugemte svar blev skrevet. Gendanner du, gælder de ugemte svar i stedet for det, der nu står i filen."
	for _, c := range diff.Diff(m.a, f.Answers) {
		changes = append(changes, inert.Line(c.Text))
	}
	if len(changes) == 0 {
		changes = []string{"(forskellene ændrer ikke politikkens indhold)"}
	}
	return note, changes
}

// restore reads the offered recovery file into the answers; the file goes
// once this wizard's own recovery file holds them.
func (m *Model) restore() error {
	r := m.restoreFrom
	if r == nil {
		return errors.New("der er ingen gendannelsesfil")
	}
	f, err := drafts.Parse(r.path, withoutHeader(r.data))
	if err != nil {
		return err
	}
	*m.a = *f.Answers
	m.b = loadBindings(m.a)
	// A questionnaire not yet saved keeps the recovered file's comments
	// (its starting point's) when it is saved.
	if !m.opts.Existing {
		m.opts.Source = withoutHeader(r.data)
	}
	m.seenOld = true
	m.writeRecovery()
	if m.recoveryErr == nil {
		os.Remove(r.path)
	}
	m.restoreFrom = nil
	return nil
}

// discardRecovery removes the offered recovery file.
func (m *Model) discardRecovery() {
	if m.restoreFrom != nil {
		os.Remove(m.restoreFrom.path)
		m.restoreFrom = nil
	}
}

// markOpen marks the answer file as open in this wizard, after noting any
// other wizard that has it open; Close removes the mark.
func (m *Model) markOpen() {
	if m.path == "" {
		return
	}
	dir := filepath.Join(m.recoveryDir(), "open")
	key := pathKey(m.path) + "."
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			id, ok := strings.CutPrefix(e.Name(), key)
			switch {
			case !ok || id == m.id:
			case m.running(id):
				m.noteOpenElsewhere(id)
			default:
				os.Remove(filepath.Join(dir, e.Name())) // its wizard is gone
			}
		}
	}
	if os.MkdirAll(dir, 0o700) == nil {
		mark := filepath.Join(dir, key+m.id)
		if os.WriteFile(mark, []byte(realPath(m.path)+"\n"), 0o600) == nil {
			m.openMark = mark
		}
	}
}

// noteOpenElsewhere says the answer file is open in the wizard named id.
func (m *Model) noteOpenElsewhere(id string) {
	if m.elsewhere != "" {
		return
	}
	pid, _, _ := strings.Cut(id, "-")
	m.elsewhere = pid
	m.setStatus(fmt.Sprintf("Advarsel: %s er også åben i en anden privatliv (proces %s); gem kun fra den ene.",
		filepath.Base(m.path), pid), true)
}

// Close ends the wizard's hold on its answer file. The program calls it
// when the wizard is over.
func (m *Model) Close() {
	if m.openMark != "" {
		os.Remove(m.openMark)
		m.openMark = ""
	}
}
