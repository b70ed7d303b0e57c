package main

import (
	"fmt"

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
Filerne skrives parallelt på alle kerner.`,
		Example: `  privatliv render firma.toml -o privatlivspolitik.md
  privatliv render firma.toml --format html -o privatlivspolitik.html
  privatliv render firma.toml --format md --front-matter > content/privatliv.md
  privatliv render kunder/ --format html -o politikker/`,
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
			if many, err := isMany(args); err != nil {
				return err
			} else if many {
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
			data, err := renderPolicy(a, format, frontMatter)
			if err != nil {
				return err
			}
			return writeOne(cmd, out, data)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "skriv til denne fil i stedet for standard output (- er standard output)")
	cmd.Flags().StringVarP(&format, "format", "f", "md", "md, html eller html-fragment")
	cmd.Flags().BoolVar(&frontMatter, "front-matter", false, "tilføj YAML front matter (title, date, lang) til Markdown")
	return cmd
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
