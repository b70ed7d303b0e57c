package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

// isMany reports whether render was given several files or a directory.
func isMany(args []string) (bool, error) {
	if len(args) > 1 {
		return true, nil
	}
	info, err := os.Stat(args[0])
	if err != nil {
		return false, nil // render of one file reports a missing file itself
	}
	return info.IsDir(), nil
}

// answerFiles expands directories into the .toml files below them.
func answerFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, usageErr("%s findes ikke", a)
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != a && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".toml") && !strings.HasPrefix(d.Name(), ".") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("gennemgå %s: %w", a, err)
		}
	}
	sort.Strings(files)
	return files, nil
}

func extFor(format string) string {
	if format == "md" {
		return ".md"
	}
	return ".html"
}

// batch says what renderMany makes of each answer file.
type batch struct {
	suffix string // replaces ".toml" in the output's name: ".html", "-fortegnelse.xlsx"
	noun   string // what is written, in the plural: "politikker"
	render func(*drafts.Answers) ([]byte, error)
}

// renderMany renders every answer file on all cores, writing each result
// next to its file or into outDir. A file with problems is reported and
// skipped; the others are still written.
func renderMany(cmd *cobra.Command, args []string, outDir string, job batch) error {
	// A batch makes short-lived garbage by the megabyte; collecting less
	// often costs memory a command line can spare and saves a tenth of
	// the time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	files, err := answerFiles(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageErr("ingen .toml-filer i %s", strings.Join(args, ", "))
	}
	if outDir != "" {
		// Several policies need a directory: "-o politik.md" is a mistake,
		// not a wish for a directory called politik.md.
		if info, err := os.Stat(outDir); err == nil && !info.IsDir() {
			return usageErr("-o %s er en fil; med flere svarfiler eller en mappe skal -o være en mappe", outDir)
		}
		if ext := strings.ToLower(filepath.Ext(outDir)); ext == ".md" || ext == ".html" || ext == ".htm" || ext == ".toml" {
			return usageErr("-o %s ligner et filnavn; med flere svarfiler eller en mappe skal -o være en mappe, fx -o politikker/", outDir)
		}
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return problemErr(fmt.Errorf("opret %s: %w", outDir, err))
		}
	}
	target := func(f string) string {
		name := strings.TrimSuffix(filepath.Base(f), ".toml") + job.suffix
		if outDir != "" {
			return filepath.Join(outDir, name)
		}
		return filepath.Join(filepath.Dir(f), name)
	}
	// Two answer files with the same name would overwrite each other in -o
	// DIR, and an output that is an answer file (through a link) would
	// replace its answers.
	seen := map[string]string{}
	inputs := indexFiles(files)
	dirs := map[string]bool{}
	for _, f := range files {
		t := target(f)
		if prev, ok := seen[t]; ok {
			return usageErr("%s og %s ville begge blive skrevet til %s", prev, f, t)
		}
		seen[t] = f
		if info, err := os.Stat(t); err == nil {
			if in := inputs.find(info); in != "" {
				return usageErr("%s er svarfilen %s, og %s ville skrive svarene over; flyt eller omdøb den", t, in, job.noun)
			}
		}
		dirs[filepath.Dir(t)] = true
	}
	// What a killed batch left behind goes now.
	for d := range dirs {
		drafts.RemoveLeftovers(d)
	}

	errs := make([]error, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				errs[i] = renderOne(files[i], target(files[i]), job.render)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	// Problems go to standard error, which makes file names and quoted
	// values inert, with the summary.
	failed := 0
	for _, err := range errs {
		if err != nil {
			failed++
			fmt.Fprintln(cmd.ErrOrStderr(), err)
		}
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "Skrev %d af %d %s\n", len(files)-failed, len(files), job.noun)
	if failed > 0 {
		return quiet(exitProblem)
	}
	return nil
}

func renderOne(file, out string, render func(*drafts.Answers) ([]byte, error)) error {
	f, err := drafts.Load(file)
	if err == nil {
		err = f.Validate()
	}
	if err != nil {
		return err
	}
	data, err := render(f.Answers)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return drafts.WriteOutput(out, data)
}
