package main

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/content/record"
	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newRecordCmd() *cobra.Command {
	var out, format, date string
	cmd := &cobra.Command{
		Use:   "record FILE.toml... | DIR",
		Short: "Skriv fortegnelsen over behandlingsaktiviteter (art. 30)",
		Long: `record skriver virksomhedens fortegnelse over behandlingsaktiviteter
(databeskyttelsesforordningens artikel 30) ud fra den samme svarfil som
privatlivspolitikken: den dataansvarlige med kontaktoplysninger, én
behandlingsaktivitet pr. formål med registrerede, oplysninger, modtagere,
overførsler til tredjelande og tidsfrister for sletning, og
sikkerhedsforanstaltningerne. Behandler virksomheden også oplysninger for
sine kunder (processor.acts), kommer fortegnelsen som databehandler med
(art. 30, stk. 2). Fortegnelsen dateres i dag (eller --date) og nævner
svarfilens version.

Formater:
  md     Markdown (CommonMark med tabeller)
  html   en selvstændig HTML-side i samme stil som politikken, klar til print
  xlsx   et regneark med ét ark pr. fortegnelse (Excel og LibreOffice)

Uden -o skrives md og html til standard output; xlsx skal have -o. Med
flere svarfiler eller en mappe skrives hver fortegnelse som
NAVN-fortegnelse.FORMAT ved siden af sin svarfil eller i mappen -o DIR.`,
		Example: `  privatliv record firma.toml -o fortegnelse.md
  privatliv record firma.toml --format xlsx -o fortegnelse.xlsx
  privatliv record kunder/ --format html -o fortegnelser/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("record skal have mindst én svarfil eller mappe")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(drafts.IDs(drafts.RecordFormats), format) {
				return usageErr("ukendt format %q; brug %s", format, strings.Join(drafts.IDs(drafts.RecordFormats), ", "))
			}
			day := drafts.DateOf(now())
			if date != "" {
				d, err := drafts.ParseDate(date)
				if err != nil {
					return usageErr("--date: %v", err)
				}
				day = d
			}
			render := func(a *drafts.Answers) ([]byte, error) { return record.RenderRecord(a, day, format) }
			if many, err := isMany(args); err != nil {
				return err
			} else if many {
				return renderMany(cmd, args, out, batch{"-fortegnelse." + format, "fortegnelser", render})
			}
			if format == "xlsx" && (out == "" || out == "-") {
				return usageErr("et regneark skal skrives til en fil; brug -o fortegnelse.xlsx")
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
			data, err := render(a)
			if err != nil {
				return problemErr(err)
			}
			return writeOne(cmd, out, data)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "skriv til denne fil (eller mappe) i stedet for standard output")
	cmd.Flags().StringVarP(&format, "format", "f", "md", "md, html eller xlsx")
	cmd.Flags().StringVar(&date, "date", "", "datér fortegnelsen denne dag (ÅÅÅÅ-MM-DD) i stedet for i dag, så den kun ændres, når svarene gør")
	return cmd
}
