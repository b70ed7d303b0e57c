//go:build unix

package drafts

import (
	"io/fs"
	"syscall"
)

// keepOwner gives the new file the owner and group of the file it
// replaces, as far as the system allows: root can, and anyone can keep a
// group they belong to. Otherwise the new file is the user's own.
func keepOwner(f tempFile, old fs.FileInfo) {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	uid, gid := int(st.Uid), int(st.Gid)
	if uid == syscall.Geteuid() && gid == syscall.Getegid() {
		return
	}
	if f.Chown(uid, gid) != nil {
		f.Chown(-1, gid)
	}
}
