package drafts

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// An answer file and a cookie scan are untrusted input: what is given as a
// file may be a FIFO that never ends, a device that never stops (/dev/zero)
// or far bigger than any real file. ReadFile reads only regular files, never
// waits on one that is not, and stops at a size limit while reading, so no
// file makes privatliv hang or run out of memory.

// ReadFile reads the regular file at path, refusing it when it holds more
// than limit bytes. Its errors are in Danish and start with path.
func ReadFile(path string, limit int64) ([]byte, error) {
	// O_NONBLOCK: opening a FIFO with nobody writing to it would wait
	// forever. It changes nothing for a regular file.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: NotRegular(info)}
	}
	if info.Size() > limit {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: errTooBig{info.Size(), limit}}
	}
	// The size can change, and some files (under /proc) say 0: the limit
	// holds while reading too.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, &FileError{Path: path, Op: "kan ikke læse filen", Err: errTooBig{int64(len(data)), limit}}
	}
	return data, nil
}

// FileError is a file that could not be read or written, said in Danish:
// "firma.toml: kan ikke gemme filen: disken er fuld". It wraps the cause,
// so errors.Is(err, fs.ErrNotExist) still works.
type FileError struct {
	Path string
	Op   string // what could not be done, in Danish: "kan ikke læse filen"
	Err  error
}

func (e *FileError) Error() string {
	return fmt.Sprintf("%s: %s: %s", e.Path, e.Op, DanishIOError(e.Err))
}

func (e *FileError) Unwrap() error { return e.Err }

// errNotRegular is a path that is not a regular file.
type errNotRegular struct{ what string }

func (e errNotRegular) Error() string {
	return "det er " + e.what + ", ikke en almindelig fil; privatliv læser og skriver kun almindelige filer"
}

// NotRegular is the error for info, a path that is not a regular file,
// saying what it is instead.
func NotRegular(info fs.FileInfo) error {
	m := info.Mode()
	what := "ikke en almindelig fil"
	switch {
	case m.IsDir():
		what = "en mappe"
	case m&fs.ModeNamedPipe != 0:
		what = "en FIFO (navngivet rør)"
	case m&fs.ModeSocket != 0:
		what = "en sokkel"
	case m&fs.ModeCharDevice != 0:
		what = "en tegnenhed (fx /dev/null eller /dev/zero)"
	case m&fs.ModeDevice != 0:
		what = "en blokenhed (en disk)"
	case m&fs.ModeSymlink != 0:
		what = "et symbolsk link"
	}
	return errNotRegular{what}
}

// IsNotRegular reports whether err says a path is not a regular file.
func IsNotRegular(err error) bool {
	var e errNotRegular
	return errors.As(err, &e)
}

type errTooBig struct{ size, limit int64 }

func (e errTooBig) Error() string {
	return fmt.Sprintf("filen er over %s – for stor (højst %s)", megabytes(e.limit), megabytes(e.limit))
}

func megabytes(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// ioMessages say the system's errors in Danish.
var ioMessages = []struct {
	err error
	msg string
}{
	{syscall.ENOSPC, "disken er fuld"},
	{syscall.EDQUOT, "din diskkvote er brugt op"},
	{syscall.EROFS, "filsystemet er skrivebeskyttet"},
	{fs.ErrNotExist, "findes ikke"},
	{fs.ErrPermission, "ingen adgang (mangler rettigheder)"},
	{syscall.EISDIR, "er en mappe"},
	{syscall.ENOTDIR, "en del af stien er ikke en mappe"},
	{syscall.ELOOP, "for mange symbolske links efter hinanden (en løkke?)"},
	{syscall.ENAMETOOLONG, "navnet er for langt"},
	{syscall.EIO, "fejl på disken (I/O-fejl)"},
	{syscall.EMFILE, "for mange åbne filer"},
	{syscall.ENFILE, "for mange åbne filer"},
	{syscall.EXDEV, "filen kan ikke flyttes mellem to filsystemer"},
	{syscall.EBUSY, "filen er i brug"},
	{syscall.ETXTBSY, "filen er i brug"},
	{syscall.EAGAIN, "filen er ikke klar (prøv igen)"},
	{syscall.ENXIO, "enheden findes ikke"},
}

// DanishIOError says err in Danish when it is an error of the system
// (disk full, no access, no such file), else as it is.
func DanishIOError(err error) string {
	var nr errNotRegular
	var tb errTooBig
	switch {
	case errors.As(err, &nr):
		return nr.Error()
	case errors.As(err, &tb):
		return tb.Error()
	}
	for _, m := range ioMessages {
		if errors.Is(err, m.err) {
			return m.msg
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
