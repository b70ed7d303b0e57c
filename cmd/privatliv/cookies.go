package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/drafts/cookiescan"
	"github.com/privatliv/privatliv/internal/inert"
	"github.com/spf13/cobra"
)

func newCookiesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cookies",
		Short: "Arbejd med hjemmesidens cookies",
		Args:  cobra.NoArgs,
	}
	var into string
	imp := &cobra.Command{
		Use:   "import SCAN [--into FILE.toml]",
		Short: "Læs cookies fra en HAR-fil eller en cookieliste fra jeres cookieværktøj",
		Long: `import læser de cookies, hjemmesiden faktisk sætter, og genkender dem,
privatliv kender (fx _ga og _ga_* fra Google Analytics). Den bruger ikke
netværket; den læser kun filen.

SCAN er en af:
  • en HAR-fil fra browserens udviklerværktøjer: åbn fanen Netværk, besøg
    siderne, sig ja til alle cookies, og vælg »Save all as HAR«. Cookies
    findes i Set-Cookie- og Cookie-headerne med deres domæner.
  • en CSV-fil med en cookieliste fra jeres cookieværktøj (fx Cookiebots
    cookieerklæring). Første linje er overskrifter; kolonnerne findes ud fra
    navnet: Name/Navn, Domain/Domæne, Provider/Udbyder, Category/Kategori
    (eller Type), Expiry/Udløb/Levetid og Purpose/Formål/Beskrivelse.
    Adskil med komma, semikolon eller tabulator.

Uden --into viser import, hvad den fandt. Med --into tilføjes de kendte
cookies til svarfilen sammen med leverandørerne bag dem og de
samtykkeformål, de kræver; import skriver, hvad den tilføjede. Cookies,
den ikke kender, står med deres domæne, så du kan beskrive dem selv.`,
		Example: `  privatliv cookies import forside.har
  privatliv cookies import cookieerklaering.csv --into firma.toml`,
		Args: exactArgs(1, "cookies import skal have præcis én fil"),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := drafts.ReadFile(args[0], maxScanFile)
			if err != nil {
				return problemErr(err)
			}
			r, err := cookiescan.ImportCookies(data, args[0])
			if err != nil {
				return problemErr(err)
			}
			// A scan is untrusted: its cookie names and domains are made
			// inert before they reach the terminal.
			out := inert.NewWriter(cmd.OutOrStdout())
			writeImport(out, r)
			if into == "" {
				if len(r.Known) > 0 {
					fmt.Fprintf(out, "\nTilføj dem til en svarfil med: privatliv cookies import %s --into FIL.toml\n", args[0])
				}
				return nil
			}
			f, err := drafts.Load(into)
			if err != nil {
				return problemErr(err)
			}
			added := r.ApplyTo(f.Answers)
			if len(added) == 0 {
				fmt.Fprintf(out, "\n%s har allerede alle de kendte cookies; intet er ændret.\n", into)
				return nil
			}
			if err := drafts.Save(into, f.Answers); err != nil {
				return problemErr(fmt.Errorf("%s: kan ikke gemme: %w", into, err))
			}
			fmt.Fprintf(out, "\nTilføjet til %s:\n", into)
			for _, s := range added {
				fmt.Fprintln(out, "  + "+s)
			}
			fmt.Fprintf(out, "\nKør 'privatliv check %s' for at se, hvad der stadig mangler.\n", into)
			return nil
		},
	}
	imp.Flags().StringVar(&into, "into", "", "tilføj de kendte cookies til denne svarfil")
	cmd.AddCommand(imp)
	return cmd
}

// maxScanFile is the largest scan import reads; a HAR of a few pages is
// well under it.
const maxScanFile = 64 << 20

func writeImport(out interface{ Write([]byte) (int, error) }, r cookiescan.CookieImport) {
	fmt.Fprintf(out, "%s: %d kendte cookies, %d ukendte\n", r.Format, len(r.Known), len(r.Unknown))
	if len(r.Known) > 0 {
		fmt.Fprintln(out, "\nKendte cookies:")
		w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		for _, c := range r.Known {
			fmt.Fprintf(w, "  %s\t%s\t%s\t%s\n", inert.Line(c.Name), strings.ToLower(drafts.Label(drafts.CookieCategories, c.Category)), inert.Line(c.Provider), inert.Line(c.Lifetime))
		}
		w.Flush()
	}
	if len(r.Unknown) > 0 {
		fmt.Fprintln(out, "\nUkendte cookies – beskriv dem selv i [[cookies.list]] med kategori, formål og levetid:")
		w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		for _, c := range r.Unknown {
			fmt.Fprintf(w, "  %s\t%s\n", inert.Line(c.Name), inert.Line(c.Domain))
		}
		w.Flush()
	}
}
