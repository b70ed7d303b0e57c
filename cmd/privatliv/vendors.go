package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newVendorsCmd() *cobra.Command {
	var category string
	cmd := &cobra.Command{
		Use:   "vendors [--category X]",
		Short: "Vis leverandørkataloget",
		Long: `vendors viser de leverandører, privatliv kender. I en svarfil henviser du
til en leverandør med catalog = "ID"; alle andre felter kan du stadig
skrive selv, hvis jeres aftale siger noget andet.

"ukendt" betyder, at kataloget ikke kender faktum; så skal svarfilen
oplyse det ud fra jeres egen aftale, og 'privatliv check' spørger efter det.
Aftalepart i er landet for den virksomhed, I har aftalen med; behandles i
er der, hvor oplysningerne ligger (EEA: et sted i EU/EØS).

Kategorier: ` + categoryIDs(),
		Example: `  privatliv vendors
  privatliv vendors --category analytics
  privatliv vendors show google-analytics`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if category != "" && !drafts.Known(drafts.CatalogCategories, category) {
				return usageErr("ukendt kategori %q; brug en af: %s", category, categoryIDs())
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAVN\tKATEGORI\tROLLE\tAFTALEPART I\tBEHANDLES I\tOVERFØRSEL")
			for _, v := range drafts.Catalogue() {
				if category != "" && v.Category != category {
					continue
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.ID, v.Name, v.Category, roleText(v.Role), unknownText(v.EntityCountry), unknownText(v.Country), transferText(v.Transfer))
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&category, "category", "", "vis kun én kategori")
	cmd.AddCommand(&cobra.Command{
		Use:     "show ID",
		Short:   "Vis alt, kataloget ved om én leverandør",
		Example: `  privatliv vendors show mailchimp`,
		Args:    exactArgs(1, "vendors show skal have præcis ét id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, ok := drafts.LookupVendor(args[0])
			if !ok {
				var ids []string
				for _, v := range drafts.Catalogue() {
					ids = append(ids, v.ID)
				}
				return problemErr(fmt.Errorf("kataloget har ingen leverandør med id %q%s", args[0], closestHint(args[0], ids)))
			}
			out := cmd.OutOrStdout()
			country := func(code string) string {
				if code == drafts.Unknown || code == "" {
					return "ukendt"
				}
				if c, ok := drafts.CountryByCode(code); ok {
					return c.Name + " (" + code + ")"
				}
				return code
			}
			row := func(k, v string) {
				if v != "" {
					// The catalogue's descriptions are in the voice »vi«.
					fmt.Fprintf(out, "%-36s %s\n", k+":", drafts.Say(v, false))
				}
			}
			row("Id", v.ID)
			row("Navn", v.Name)
			entity := unknownText(v.Entity)
			if v.CVR != "" {
				entity += ", CVR " + v.CVR
			}
			row("Juridisk enhed", entity+", "+country(v.EntityCountry))
			row("Bemærkning om enhed", v.EntityNote)
			row("Kategori", drafts.Label(drafts.CatalogCategories, v.Category))
			row("Typisk rolle", roleText(v.Role))
			row("Også selvstændigt dataansvarlig for", v.ControllerFor)
			row("Fælles dataansvarlig for", v.JointFor)
			row("Ydelse", v.Service)
			var data []string
			for _, id := range v.Data {
				for _, c := range drafts.Categories {
					if c.ID == id {
						data = append(data, c.Label)
					}
				}
			}
			row("Typiske oplysninger", strings.Join(data, "; "))
			row("Typisk formål", v.Purpose)
			row("Behandles i", country(v.Country))
			row("Overførsel", transferText(v.Transfer))
			row("Overføres til", v.TransferTo)
			row("Om overførslen", v.TransferNote)
			if v.RemoteAccess != "" {
				row("Adgang uden for EU/EØS", transferText(v.RemoteAccess))
			}
			row("Råd", v.Advice)
			row("Privatlivspolitik", unknownText(v.PrivacyURL))
			row("Kilde", unknownText(v.Source))
			if v.Checked.IsZero() {
				row("Fakta tjekket", "ikke tjekket af privatliv; bekræft dem i jeres aftale")
			} else {
				row("Fakta tjekket", v.Checked.String())
			}
			if len(v.Cookies) > 0 {
				fmt.Fprintln(out, "Cookies:")
				w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
				for _, c := range v.Cookies {
					fmt.Fprintf(w, "  %s\t%s\t%s\t%s\n", c.Name, drafts.Label(drafts.CookieCategories, c.Category), c.Lifetime, c.Purpose)
				}
				w.Flush()
			}
			return nil
		},
	})
	return cmd
}

func categoryIDs() string { return strings.Join(drafts.IDs(drafts.CatalogCategories), ", ") }

func roleText(r string) string {
	if r == drafts.Unknown {
		return "ukendt"
	}
	return drafts.Label(drafts.Roles, r)
}

func transferText(t string) string {
	if t == drafts.Unknown {
		return "ukendt"
	}
	return drafts.Label(drafts.Transfers, t)
}

func unknownText(s string) string {
	if s == drafts.Unknown || s == "" {
		return "ukendt"
	}
	return s
}

// closestHint suggests the nearest id for a typo.
func closestHint(s string, ids []string) string {
	if hint := drafts.Suggest(s, ids); hint != "" {
		return hint
	}
	return "; se 'privatliv vendors'"
}
