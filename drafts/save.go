package drafts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/BurntSushi/toml"
	"github.com/privatliv/privatliv/internal/inert"
)

// header starts every saved answer file, so someone who finds the file
// knows what it is and how to open it.
const header = `# Svarfil til privatliv: svarene bag virksomhedens privatlivspolitik.
# Åbn den i guiden med 'privatliv edit %s', eller ret den i en teksteditor
# og tjek den med 'privatliv check %s'.

`

// Encode writes a as TOML with the explanatory header. The output depends
// only on the answers, so saving twice gives identical bytes.
func Encode(a *Answers, name string) ([]byte, error) {
	c := *a
	c.Schema = SchemaVersion
	var buf bytes.Buffer
	// The name goes into a comment: a newline or a control character in it
	// would end the comment or make the file unreadable.
	base := inert.Line(filepath.Base(name))
	fmt.Fprintf(&buf, header, base, base)
	enc := toml.NewEncoder(&buf)
	enc.Indent = ""
	if err := enc.Encode(&c); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), nil
}

// Save writes a to path atomically: the old file stays whole until the new
// one is complete on disk. An existing file keeps its comments and layout
// (see Merge).
func Save(path string, a *Answers) error {
	_, err := SaveFile(path, a)
	return err
}

// Saved tells what SaveFile wrote.
type Saved struct {
	Data []byte // the file's new bytes
	// Backup names a copy of the old file, made when its comments and
	// layout could not be kept; "" otherwise.
	Backup string
}

// SaveFile is Save, and says what it wrote. When the old file's layout
// cannot be kept, the old file is first copied to path + ".bak", so nothing
// a person wrote in it is lost.
func SaveFile(path string, a *Answers) (Saved, error) { return SaveFileFrom(path, a, nil) }

// SaveFileFrom is SaveFile for answers that started from a commented
// source, such as a kind's starting point: a file that does not exist yet
// is written in that source's layout, with its comments, so the guidance
// in them is not lost on the first save. An existing file keeps its own,
// and its line ends (CRLF) and byte order mark. A symbolic link is
// followed: the file it points to is replaced, keeping its mode and owner,
// as editors do.
func SaveFileFrom(path string, a *Answers, source []byte) (Saved, error) {
	old, err := ReadFile(path, MaxFileSize)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Saved{}, &FileError{Path: path, Op: "kan ikke gemme filen", Err: errors.Unwrap(err)}
	}
	fromSource := err != nil && source != nil
	if fromSource {
		old = source
	}
	// Comments and layout are merged on the text without a byte order
	// mark and with LF line ends; the file gets back what it had.
	form := textForm(old)
	plain := form.strip(old)
	data, err := Merge(plain, a, path)
	var backup string
	if _, ok := err.(errLayout); ok && fromSource {
		data, err = Encode(a, path) // nothing of the user's to keep yet
	} else if ok {
		backup = path + ".bak"
		if err := WriteFileAtomic(backup, old); err != nil {
			return Saved{}, err
		}
		data, err = Encode(a, path)
	}
	if err != nil {
		return Saved{}, fmt.Errorf("%s: kan ikke gemme filen: %w", path, err)
	}
	if !fromSource {
		data = form.apply(data)
	}
	if err := WriteFileAtomic(path, data); err != nil {
		return Saved{}, err
	}
	return Saved{Data: data, Backup: backup}, nil
}

// textFormat is how a file's text is written apart from its content: with
// a byte order mark, with CRLF line ends.
type textFormat struct{ bom, crlf bool }

func textForm(data []byte) textFormat {
	lf := bytes.Count(data, []byte("\n"))
	return textFormat{
		bom:  bytes.HasPrefix(data, []byte(bom)),
		crlf: lf > 0 && bytes.Count(data, []byte("\r\n"))*2 > lf,
	}
}

func (f textFormat) strip(data []byte) []byte {
	if f.bom {
		data = data[len(bom):]
	}
	if f.crlf {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	return data
}

func (f textFormat) apply(data []byte) []byte {
	if f.crlf {
		data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	}
	if f.bom {
		data = append([]byte(bom), data...)
	}
	return data
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory, synced and then renamed over path. A symbolic link is followed
// and the file it points to replaced, keeping its mode and owner; anything
// but a regular file at path is refused.
func WriteFileAtomic(path string, data []byte) error {
	return writeFile(path, 0, true, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFileMode is WriteFileAtomic for a file that must have mode perm,
// whatever it had: a recovery file holding answers is never readable by
// more people than the answer file.
func WriteFileMode(path string, data []byte, perm fs.FileMode) error {
	return writeFile(path, perm, true, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteOutput writes a file that can always be made again from the answers
// (a rendered policy): atomically through a rename, but without waiting for
// the disk, which matters when a thousand policies are written at once. A
// file that already holds exactly data is left as it is: re-rendering a
// folder of clients rewrites only the policies that changed, and a new file
// and a rename cost more than reading the old one.
func WriteOutput(path string, data []byte) error {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == int64(len(data)) {
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			return nil
		}
	}
	return writeFile(path, 0, false, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// createTemp is os.CreateTemp; tests replace it to simulate a full disk.
var createTemp = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }

type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Close() error
	Chmod(fs.FileMode) error
	Chown(uid, gid int) error
}

// resolveLinks follows path's symbolic links to the file they end at, which
// need not exist yet.
func resolveLinks(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", syscall.ELOOP
}

// writeFile writes path through a temporary file renamed over it. The new
// file gets perm, or when perm is 0 the mode of the file it replaces (0644
// for a new one), and the old file's owner when the system allows it.
// Durable writes are synced to disk, and first remove what a save that was
// killed left behind.
func writeFile(path string, perm fs.FileMode, durable bool, write func(io.Writer) error) (err error) {
	fail := func(err error) error { return &FileError{Path: path, Op: "kan ikke gemme filen", Err: err} }
	target, err := resolveLinks(path)
	if err != nil {
		return fail(err)
	}
	old, err := os.Stat(target)
	switch {
	case err == nil && !old.Mode().IsRegular():
		return fail(NotRegular(old))
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fail(err)
	case err != nil:
		old = nil
	}
	if perm == 0 {
		perm = 0o644
		if old != nil {
			perm = old.Mode().Perm()
		}
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	if durable {
		removeStaleTemps(dir, base)
	}
	f, err := createTemp(dir, tempPattern(base))
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fail(fmt.Errorf("ingen skriveadgang til mappen %s: %w", dir, fs.ErrPermission))
		}
		return fail(err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return fail(err)
	}
	if err := f.Chmod(perm); err != nil {
		return fail(err)
	}
	if old != nil {
		keepOwner(f, old)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fail(err)
	}
	// Sync the directory so the rename itself survives a crash.
	if durable {
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
	return nil
}
