//go:build !unix

package drafts

import "io/fs"

func keepOwner(tempFile, fs.FileInfo) {}

// processAlive cannot be asked here: a temporary file counts as in use
// until it is an hour old.
func processAlive(int) bool { return true }
