//go:build !unix

package drafts

import "io/fs"

func keepOwner(tempFile, fs.FileInfo) {}
