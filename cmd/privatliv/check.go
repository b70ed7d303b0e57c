package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
	"github.com/spf13/cobra"
)

// now is the clock check uses for the age of the effective date; tests set it.
var now = time.Now

type fileReport struct {
	File     string          `json:"file"`
	Errors   int             `json:"errors"`
	Warnings int             `json:"warnings"`
	Findings []check.Finding `json:"findings"`
}

func newCheckCmd() *cobra.Command {
	var (
		format    string
		strict    bool
		forGroups string
	)
	cmd := &cobra.Command{
		Use:   "check FILE.toml...",
		Short: "Find fejl og mangler, før politikken offentliggøres",
		Long: `check læser svarfiler og finder alt, hvad politikken mangler eller har galt:
ugyldige værdier, punkter fra databeskyttelsesforordningens art. 13 og 14,
der ikke kan udfyldes, svar der modsiger hinanden (fx marketingcookies uden
samtykke), og tekst, der er glemt fra skabeloner eller chatbots.

Hvert fund har en alvor (fejl eller advarsel), feltet i svarfilen, den
juridiske henvisning og et forslag til, hvad du skal gøre.

Har svarene særskilte orienteringer ([[document.notices]]), gælder art. 13
og 14 for hver af dem og for politikken uden deres grupper, og check
melder, hvad der mangler i hver. Med --for GRUPPE[,GRUPPE] tjekkes
orienteringen til de grupper alene, som 'privatliv render --for' skriver
den.

Exit-kode 0: ingen fejl. 1: der er fejl (med --strict også advarsler).
2: kommandoen er brugt forkert.`,
		Example: `  privatliv check firma.toml
  privatliv check --strict kunder/*.toml
  privatliv check --format json firma.toml
  privatliv check --for employees,applicants firma.toml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("check skal have mindst én svarfil")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("ukendt format %q; brug text eller json", format)
			}
			groups, err := parseGroups(forGroups, cmd.Flags().Changed("for"))
			if err != nil {
				return err
			}
			// The report quotes the files' names and values: made inert.
			out := inert.NewWriter(cmd.OutOrStdout())
			var reports []fileReport
			failed := false
			for _, path := range args {
				r, err := checkFile(path, groups)
				if err != nil {
					failed = true
					if format == "text" {
						var le *drafts.LoadError
						if errors.As(err, &le) {
							fmt.Fprintln(out, le.Error())
						} else {
							fmt.Fprintln(out, err)
						}
						continue
					}
					r = loadErrorReport(path, err)
				}
				if r.Errors > 0 || (strict && r.Warnings > 0) {
					failed = true
				}
				reports = append(reports, r)
				if format == "text" {
					writeReport(out, r)
				}
			}
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(reports); err != nil {
					return err
				}
			}
			if failed {
				return quiet(exitProblem)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text eller json")
	cmd.Flags().BoolVar(&strict, "strict", false, "lad også advarsler give exit-kode 1 (til CI)")
	cmd.Flags().StringVar(&forGroups, "for", "", "tjek den særskilte orientering til disse persongrupper, fx employees,applicants")
	return cmd
}

// checkFile loads a file and finds everything wrong with it, or with its
// separate notice to groups when groups is not nil. A file that cannot be
// read at all, or has none of the groups, gives an error instead.
func checkFile(path string, groups []string) (fileReport, error) {
	f, err := drafts.Load(path)
	if err != nil {
		return fileReport{}, err
	}
	var fs []check.Finding
	if groups != nil {
		if err := groupsInFile(f.Answers, path, groups); err != nil {
			return fileReport{}, err
		}
		fs = check.CheckNotice(f.Answers, groups, now())
	} else {
		fs = check.Check(f.Answers, now())
	}
	for i := range fs {
		fs[i].Line = f.Line(fs[i].Path)
	}
	r := fileReport{File: path, Findings: fs}
	r.Errors, r.Warnings = check.Count(fs)
	if r.Findings == nil {
		r.Findings = []check.Finding{}
	}
	return r, nil
}

// loadErrorReport turns a load failure into findings for JSON output.
func loadErrorReport(path string, err error) fileReport {
	r := fileReport{File: path}
	var le *drafts.LoadError
	if errors.As(err, &le) {
		for _, p := range le.Problems {
			r.Findings = append(r.Findings, check.Finding{Severity: check.SeverityError, Path: p.Path, Line: p.Line, Reference: "TOML", Message: p.Message})
		}
	} else {
		r.Findings = []check.Finding{{Severity: check.SeverityError, Reference: "fil", Message: err.Error()}}
	}
	r.Errors = len(r.Findings)
	return r
}

func writeReport(w io.Writer, r fileReport) {
	if len(r.Findings) == 0 {
		fmt.Fprintf(w, "%s: ingen fejl eller advarsler\n", r.File)
		return
	}
	fmt.Fprintf(w, "%s: %s, %s\n", r.File, plural(r.Errors, "fejl", "fejl"), plural(r.Warnings, "advarsel", "advarsler"))
	for _, f := range r.Findings {
		where := r.File
		if f.Line > 0 {
			where = fmt.Sprintf("%s:%d", r.File, f.Line)
		}
		fmt.Fprintf(w, "  %s: %s: %s: ", where, f.Severity, f.Reference)
		if f.Path != "" {
			fmt.Fprintf(w, "%s: ", f.Path)
		}
		fmt.Fprintln(w, f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(w, "      → %s\n", f.Suggestion)
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
