// Package proc asks the system about other processes: whether one that
// left a file behind (a temporary file, a recovery file, a mark that a
// file is open) is still running.
package proc

// Alive reports whether a process with id pid is running. Where the system
// cannot be asked, every process counts as running.
func Alive(pid int) bool { return alive(pid) }
