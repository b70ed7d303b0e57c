package main

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// Output goes only where it should: a document never replaces the answer
// file it was made from (under any name: a hard link, a symbolic link, a
// path with ..), nor anything that is not a regular file, such as a device
// (root's `render -o /dev/null` turned /dev/null into a regular file) or a
// FIFO. "-o -" is standard output.

// checkOutput refuses out as the place to write what was made from the
// answer files inputs.
func checkOutput(out string, inputs ...string) error {
	info, err := os.Stat(out) // follows a symbolic link, as writing does
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return usageErr("-o %s: %s", out, drafts.DanishIOError(err))
	}
	if !info.Mode().IsRegular() {
		return usageErr("-o %s: %v; brug -o - for standard output", out, drafts.NotRegular(info))
	}
	for _, in := range inputs {
		if i, err := os.Stat(in); err == nil && os.SameFile(i, info) {
			return usageErr("-o %s er svarfilen %s selv, og dokumentet ville skrive svarene over; vælg et andet navn, fx -o %s", out, in, strings.TrimSuffix(in, ".toml")+".md")
		}
	}
	return nil
}

// sameFiles indexes answer files so an output path can be checked against
// all of them at once: by size and time, then os.SameFile.
type sameFiles map[[2]int64][]fileAt

type fileAt struct {
	path string
	info fs.FileInfo
}

func indexFiles(paths []string) sameFiles {
	idx := sameFiles{}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			k := [2]int64{info.Size(), info.ModTime().UnixNano()}
			idx[k] = append(idx[k], fileAt{p, info})
		}
	}
	return idx
}

// find is the answer file that is the same file as info, or "".
func (s sameFiles) find(info fs.FileInfo) string {
	for _, f := range s[[2]int64{info.Size(), info.ModTime().UnixNano()}] {
		if os.SameFile(f.info, info) {
			return f.path
		}
	}
	return ""
}
