package main

import (
	"github.com/privatliv/privatliv/content/formtexts"
	"github.com/privatliv/privatliv/content/processors"
	"github.com/privatliv/privatliv/content/retention"
	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

// document is a document besides the policy and the record that a command
// writes from an answer file, one at a time or in a batch like render:
// the processor overview, the deletion schedule, the texts for forms.
type document struct {
	use, short, long, example string
	suffix                    string // before the format's extension in a batch: "-databehandlere"
	noun                      string // what a batch writes, in the plural
	dated                     bool   // dated today or --date, as the record
	render                    func(a *drafts.Answers, day drafts.Date, format string) ([]byte, error)
}

// documents are the commands' documents, by command.
var documents = []document{
	{
		use:   "processors",
		short: "Skriv oversigten over databehandlere og overførsler",
		long: `processors skriver virksomhedens oversigt over databehandlere ud fra den
samme svarfil som privatlivspolitikken: hver leverandør, der behandler
personoplysninger på virksomhedens vegne, og hver underdatabehandler, den
bruger for sine kunder, med den juridiske enhed og dens land, rollen,
formål og oplysninger, hvor oplysningerne behandles, om de sendes uden for
EU/EØS og på hvilket grundlag, om overførslen kræver en vurdering af
modtagerlandets lovgivning (standardkontraktbestemmelser til et land uden
tilstrækkelighedsafgørelse), og databehandleraftalen (agreement_signed,
agreement_kept). De øvrige modtagere følger, og til sidst en liste over,
hvad svarene endnu ikke dokumenterer. Det er ikke fejl i politikken.

Oversigten dateres i dag (eller --date) og er til virksomheden selv.`,
		example: `  privatliv processors firma.toml -o databehandlere.md
  privatliv processors firma.toml --format html -o databehandlere.html
  privatliv processors kunder/ -o oversigter/`,
		suffix: processors.FileSuffix,
		noun:   "oversigter over databehandlere",
		dated:  true,
		render: processors.Render,
	},
	{
		use:   "retention",
		short: "Skriv sletteplanen: hvor længe, fra hvornår, hvorfor og hvem",
		long: `retention skriver virksomhedens sletteplan ud fra den samme svarfil som
privatlivspolitikken: for hvert formål hvor længe oplysningerne gemmes,
hvad tiden regnes fra, hvorfor (loven, der kræver det, eller virksomhedens
egen vurdering), hvor de også ligger (databehandlerne), og hvem der sletter
dem og hvordan (retention.responsible og retention.method); derefter hver
type oplysninger med fristerne for de formål, der bruger dem, og hvad
svarene endnu ikke siger.

Sletteplanen dateres i dag (eller --date) og er til virksomheden selv.`,
		example: `  privatliv retention firma.toml -o sletteplan.md
  privatliv retention firma.toml --format html -o sletteplan.html
  privatliv retention kunder/ -o sletteplaner/`,
		suffix: retention.FileSuffix,
		noun:   "sletteplaner",
		dated:  true,
		render: retention.Render,
	},
	{
		use:   "texts",
		short: "Skriv tekster til formularer, samtykker og cookiebanneret",
		long: `texts skriver korte tekster til de steder, hvor virksomheden indsamler
personoplysninger, ud fra den samme svarfil som privatlivspolitikken: den
korte oplysning ved en kontakt-, booking-, bestillings- eller
ansøgningsformular med link til politikken (document.url), samtykketeksten
til hvert formål, der bygger på samtykke (fx nyhedsbrev eller udtrykkeligt
samtykke til helbredsoplysninger efter art. 9, stk. 2, litra a), og
cookiebannerets tekster pr. kategori til bannerværktøjets felter. Under
hver tekst står, hvad loven kræver af den.`,
		example: `  privatliv texts firma.toml -o tekster.md
  privatliv texts firma.toml --format html -o tekster.html
  privatliv texts kunder/ -o tekster/`,
		suffix: formtexts.FileSuffix,
		noun:   "tekster",
		render: func(a *drafts.Answers, _ drafts.Date, format string) ([]byte, error) {
			return formtexts.Render(a, format)
		},
	},
}

func newDocumentCmds() []*cobra.Command {
	var out []*cobra.Command
	for _, d := range documents {
		out = append(out, newDocumentCmd(d))
	}
	return out
}

// newDocumentCmd is the command that writes d: to standard output or -o
// FILE for one answer file, next to each answer file or into -o DIR for
// several or a directory, as render and record do.
func newDocumentCmd(d document) *cobra.Command {
	var out, format, date string
	long := d.long + `

Formater:
  md     Markdown (CommonMark med tabeller)
  html   en selvstændig HTML-side i samme stil som politikken, klar til print

Uden -o skrives dokumentet til standard output. Med flere svarfiler eller
en mappe skrives hvert som NAVN` + d.suffix + `.FORMAT ved siden af sin
svarfil eller i mappen -o DIR. En svarfil med ugyldige værdier giver intet
dokument.`
	cmd := &cobra.Command{
		Use:     d.use + " FILE.toml... | DIR",
		Short:   d.short,
		Long:    long,
		Example: d.example,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s skal have mindst én svarfil eller mappe", d.use)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "md" && format != "html" {
				return usageErr("ukendt format %q; brug md eller html", format)
			}
			day := drafts.DateOf(now())
			if date != "" {
				p, err := drafts.ParseDate(date)
				if err != nil {
					return usageErr("--date: %v", err)
				}
				day = p
			}
			render := func(a *drafts.Answers) ([]byte, error) { return d.render(a, day, format) }
			if many, err := isMany(args); err != nil {
				return err
			} else if many {
				return renderMany(cmd, args, out, batch{d.suffix + "." + format, d.noun, render})
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
	cmd.Flags().StringVarP(&format, "format", "f", "md", "md eller html")
	if d.dated {
		cmd.Flags().StringVar(&date, "date", "", "datér dokumentet denne dag (ÅÅÅÅ-MM-DD) i stedet for i dag, så det kun ændres, når svarene gør")
	}
	return cmd
}
