package drafts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
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
	base := filepath.Base(name)
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
// in them is not lost on the first save. An existing file keeps its own.
func SaveFileFrom(path string, a *Answers, source []byte) (Saved, error) {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Saved{}, fmt.Errorf("save %s: %w", path, err)
	}
	fromSource := err != nil && source != nil
	if fromSource {
		old = source
	}
	data, err := Merge(old, a, path)
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
		return Saved{}, fmt.Errorf("save %s: %w", path, err)
	}
	if err := WriteFileAtomic(path, data); err != nil {
		return Saved{}, err
	}
	return Saved{Data: data, Backup: backup}, nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory, synced and then renamed over path.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, func(w io.Writer) error {
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
	info, err := os.Stat(path)
	if err != nil {
		info = nil
	} else if info.Mode().IsRegular() && info.Size() == int64(len(data)) {
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			return nil
		}
	}
	return writeFile(path, info, false, func(w io.Writer) error {
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
}

func writeAtomic(path string, write func(io.Writer) error) error {
	info, err := os.Stat(path)
	if err != nil {
		info = nil
	}
	return writeFile(path, info, true, write)
}

// writeFile writes path through a temporary file renamed over it. old is
// what is at path now (nil for nothing); the new file gets its mode.
func writeFile(path string, old fs.FileInfo, durable bool, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	perm := fs.FileMode(0o644)
	if old != nil {
		if old.IsDir() {
			return fmt.Errorf("save %s: er en mappe", path)
		}
		perm = old.Mode().Perm()
	}
	f, err := createTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("save %s: ingen skriveadgang til mappen %s", path, dir)
		}
		return fmt.Errorf("save %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return fmt.Errorf("save %s: write: %w", path, err)
	}
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("save %s: sync: %w", path, err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save %s: close: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
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
