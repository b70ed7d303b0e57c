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
// so the next save into the same directory removes those whose process is
// gone, and never one another privatliv is writing right now.

// tempPattern is the os.CreateTemp pattern for a temporary file of base.
func tempPattern(base string) string {
	return "." + base + ".p" + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// staleAge is the age after which a temporary file is left over whatever
// its name says: a save takes milliseconds, and a process id is reused.
const staleAge = time.Hour

// removeStaleTemps removes the temporary files of base in dir that a
// killed save left behind.
func removeStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || e.IsDir() {
			continue
		}
		if staleTemp(name[len(prefix):len(name)-len(".tmp")], e) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// RemoveLeftovers removes every temporary file in dir that a killed
// privatliv left behind, whatever file it was for: a batch of rendered
// policies calls it once for each directory it writes to.
func RemoveLeftovers(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") || e.IsDir() {
			continue
		}
		i := strings.LastIndex(name, ".p")
		if i < 0 || !strings.Contains(name[i:], "-") {
			continue // not one of ours
		}
		if staleTemp(name[i+1:len(name)-len(".tmp")], e) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// staleTemp reports whether the temporary file whose name has middle
// between the file's name and .tmp was left by a save that is over.
func staleTemp(middle string, e os.DirEntry) bool {
	info, err := e.Info()
	if err != nil {
		return false
	}
	if time.Since(info.ModTime()) > staleAge {
		return true
	}
	pid, ok := strings.CutPrefix(middle, "p")
	if pid, _, ok2 := strings.Cut(pid, "-"); ok && ok2 {
		if n, err := strconv.Atoi(pid); err == nil && n > 0 {
			return n != os.Getpid() && !proc.Alive(n)
		}
	}
	// Written by an older privatliv, which did not name its process:
	// left over once it is more than a minute old.
	return time.Since(info.ModTime()) > time.Minute
}
