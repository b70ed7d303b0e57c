package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newRenderCmd() *cobra.Command {
	var (
		out         string
		format      string
		frontMatter bool
		forGroups   string
	)
	cmd := &cobra.Command{
		Use:   "render FILE.toml... | DIR",
		Short: "Skriv privatlivspolitikken ud fra en svarfil",
		Long: `render skriver privatlivspolitikken ud fra en svarfil, uden guiden.

Formater:
  md              Markdown (CommonMark med tabeller), til statiske sites
  html            en selvstændig HTML5-side med indholdsfortegnelse
  html-fragment   kun selve indholdet, til at sætte ind i et CMS

Uden -o skrives politikken til standard output. En svarfil med fejl giver
ingen politik; ret fejlene først (se 'privatliv check').

Med flere svarfiler eller en mappe (som gennemsøges for .toml-filer) skrives
hver politik ved siden af sin svarfil med samme navn, eller i mappen -o DIR.
Filerne skrives parallelt på alle kerner.

Med --for GRUPPE[,GRUPPE] skrives i stedet den særskilte orientering til de
persongrupper (art. 13 og 14): kun deres formål, oplysninger, retsgrundlag,
kilder, modtagere, opbevaring og rettigheder, fx --for employees,applicants
til medarbejdere og jobansøgere eller --for patients til en kliniks
patienter. Grupperne er id'erne fra [[subjects]]. Får grupper deres egen
orientering ([[document.notices]]), udelader privatlivspolitikken dem og
siger, hvor de finder deres. Med flere filer skrives hver orientering som
NAVN-orientering-GRUPPER.FORMAT.`,
		Example: `  privatliv render firma.toml -o privatlivspolitik.md
  privatliv render firma.toml --format html -o privatlivspolitik.html
  privatliv render firma.toml --format md --front-matter > content/privatliv.md
  privatliv render kunder/ --format html -o politikker/
  privatliv render firma.toml --for employees,applicants -o medarbejdere.md`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("render skal have mindst én svarfil eller mappe")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "md" && format != "html" && format != "html-fragment" {
				return usageErr("ukendt format %q; brug md, html eller html-fragment", format)
			}
			if frontMatter && format != "md" {
				return usageErr("--front-matter virker kun med --format md")
			}
			groups, err := parseGroups(forGroups, cmd.Flags().Changed("for"))
			if err != nil {
				return err
			}
			if many, err := isMany(args); err != nil {
				return err
			} else if many {
				if groups != nil {
					return renderMany(cmd, args, out, batch{"-" + policy.NoticeSlug(&drafts.Answers{}, groups) + extFor(format), "orienteringer", func(a *drafts.Answers) ([]byte, error) {
						if len(content.ForGroups(a, groups).Groups) == 0 {
							return nil, fmt.Errorf("svarene har ingen af persongrupperne %s", strings.Join(groups, ", "))
						}
						if err := informed(a, groups); err != nil {
							return nil, err
						}
						return renderNotice(a, groups, format, frontMatter)
					}})
				}
				return renderMany(cmd, args, out, batch{extFor(format), "politikker", func(a *drafts.Answers) ([]byte, error) {
					return renderPolicy(a, format, frontMatter)
				}})
			}
			if out != "" && out != "-" {
				if err := checkOutput(out, args[0]); err != nil {
					return err
				}
			}
			a, err := loadValid(args[0])
			if err != nil {
				return err
			}
			var data []byte
			if groups != nil {
				if err := groupsInFile(a, args[0], groups); err != nil {
					return err
				}
				if err := informed(a, groups); err != nil {
					return problemErr(fmt.Errorf("%s: %w", args[0], err))
				}
				data, err = renderNotice(a, groups, format, frontMatter)
			} else {
				data, err = renderPolicy(a, format, frontMatter)
			}
			if err != nil {
				return err
			}
			return writeOne(cmd, out, data)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "skriv til denne fil i stedet for standard output (- er standard output)")
	cmd.Flags().StringVarP(&format, "format", "f", "md", "md, html eller html-fragment")
	cmd.Flags().BoolVar(&frontMatter, "front-matter", false, "tilføj YAML front matter (title, date, lang) til Markdown")
	cmd.Flags().StringVar(&forGroups, "for", "", "skriv den særskilte orientering til disse persongrupper, fx employees,applicants")
	return cmd
}

// parseGroups reads --for: group ids separated by commas. Not given, it
// is nil.
func parseGroups(s string, given bool) ([]string, error) {
	if !given {
		return nil, nil
	}
	var out []string
	for _, g := range strings.Split(s, ",") {
		if g = strings.TrimSpace(g); g != "" && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return nil, usageErr("--for skal have mindst én persongruppe, fx --for employees,applicants")
	}
	return out, nil
}

// groupsInFile refuses groups the answers do not describe, naming those
// they do.
func groupsInFile(a *drafts.Answers, file string, groups []string) error {
	var have []string
	for _, s := range a.Subjects {
		have = append(have, s.Key())
	}
	for _, g := range groups {
		if !slices.Contains(have, g) {
			return usageErr("%s har ingen persongruppe %q; grupperne i filen er %s", file, g, strings.Join(have, ", "))
		}
	}
	return nil
}

// informed refuses a notice addressed to a group the answers say is not
// told (subjects.not_informed, art. 14(5)).
func informed(a *drafts.Answers, groups []string) error {
	if un := content.Uninformed(a, groups); len(un) > 0 {
		return errors.New(content.UninformedReason(a, un[0]))
	}
	return nil
}

// renderNotice writes the separate notice to groups in format, marked as
// a draft when check finds errors in it.
func renderNotice(a *drafts.Answers, groups []string, format string, frontMatter bool) ([]byte, error) {
	p := policy.GenerateNotice(a, groups)
	p.Errors = check.CountErrorsNotice(a, groups, now())
	switch format {
	case "html", "html-fragment":
		return p.HTML(content.HTMLOptions{Fragment: format == "html-fragment"})
	default:
		return p.Markdown(policy.MarkdownOptions{FrontMatter: frontMatter}), nil
	}
}

// renderPolicy writes the policy in format. A policy whose answers still
// have errors (those check reports) is marked as a draft at the top. The
// answers have passed Validate (loadValid, renderOne), so counting the
// errors need not run the value checks again.
func renderPolicy(a *drafts.Answers, format string, frontMatter bool) ([]byte, error) {
	p := policy.Generate(a)
	p.Errors = check.CountErrorsValid(a, now())
	switch format {
	case "html", "html-fragment":
		return p.HTML(content.HTMLOptions{Fragment: format == "html-fragment"})
	default:
		return p.Markdown(policy.MarkdownOptions{FrontMatter: frontMatter}), nil
	}
}

// loadValid loads an answer file and refuses it when any value is invalid.
func loadValid(path string) (*drafts.Answers, error) {
	f, err := drafts.Load(path)
	if err != nil {
		return nil, problemErr(err)
	}
	if err := f.Validate(); err != nil {
		return nil, problemErr(err)
	}
	return f.Answers, nil
}

func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("%s (fik %d)", msg, len(args))
		}
		return nil
	}
}

// writeOne writes one rendered document to out, or to standard output when
// out is empty or "-". The caller has checked out with checkOutput.
func writeOne(cmd *cobra.Command, out string, data []byte) error {
	if out == "" || out == "-" {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	if err := drafts.WriteFileAtomic(out, data); err != nil {
		return problemErr(err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "Skrev %s\n", out) // standard error makes it inert
	return nil
}
