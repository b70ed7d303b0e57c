package drafts

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/privatliv/privatliv/internal/proc"
)

// A save writes a temporary file next to the file and renames it into
// place; a save that is killed between the two leaves the temporary file
// behind. Its name says which process wrote it (.firma.toml.p1234-567.tmp),
// so a later save removes those whose process is gone, and never one
// another privatliv is writing right now.

// tempPattern is the os.CreateTemp pattern for a temporary file of base.
func tempPattern(base string) string {
	return "." + base + ".p" + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// staleAge is the age after which a temporary file is left over whatever
// its name says: a save takes milliseconds, and a process id is reused.
const staleAge = time.Hour

// tempOf parses the name of a temporary file privatliv writes:
// .BASE.pPID-RANDOM.tmp, or from an older privatliv .BASE.RANDOM.tmp
// (pid 0). ok is false for any other name.
func tempOf(name string) (base string, pid int, ok bool) {
	rest, found := strings.CutSuffix(name, ".tmp")
	if !found || !strings.HasPrefix(rest, ".") {
		return "", 0, false
	}
	i := strings.LastIndexByte(rest, '.')
	if i <= 1 {
		return "", 0, false
	}
	base, tail := rest[1:i], rest[i+1:]
	if p, r, cut := strings.Cut(tail, "-"); cut && strings.HasPrefix(p, "p") && digits(p[1:]) && digits(r) {
		n, err := strconv.Atoi(p[1:])
		return base, n, err == nil && n > 0
	}
	return base, 0, digits(tail)
}

func digits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// stale reports whether a temporary file written by process pid (0: an
// older privatliv, which did not say) is left over.
func stale(pid int, e os.DirEntry) bool {
	info, err := e.Info()
	if err != nil {
		return false
	}
	age := time.Since(info.ModTime())
	switch {
	case age > staleAge:
		return true
	case pid == 0:
		return age > time.Minute
	default:
		return pid != os.Getpid() && !proc.Alive(pid)
	}
}

// removeStaleTemps removes the temporary files of base in dir that a
// killed save left behind.
func removeStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if b, pid, ok := tempOf(e.Name()); ok && b == base && !e.IsDir() && stale(pid, e) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// leftoverKinds are the files privatliv writes through a temporary file,
// by how their names end: a temporary file of an older privatliv, whose
// name does not say who wrote it, is removed only for these.
var leftoverKinds = []string{".toml", ".md", ".html", ".xlsx", ".bak", ".gendan"}

// RemoveLeftovers removes every temporary file in dir that a killed
// privatliv left behind, whatever file it was for: a batch of rendered
// policies calls it once for each directory it writes to, and the wizard
// for the answer file's directory, where recovery files come and go.
func RemoveLeftovers(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		base, pid, ok := tempOf(e.Name())
		if !ok || e.IsDir() {
			continue
		}
		if pid == 0 {
			known := false
			for _, k := range leftoverKinds {
				known = known || strings.HasSuffix(base, k)
			}
			if !known {
				continue // not one of ours
			}
		}
		if stale(pid, e) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
