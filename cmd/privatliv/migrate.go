package main

import (
	"fmt"
	"io"

	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
	"github.com/spf13/cobra"
)

func newMigrateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "migrate FILE.toml...",
		Short: "Opgrader svarfiler til det nyeste format",
		Long: fmt.Sprintf(`migrate skriver svarfiler i et ældre format (schema 1) om til schema %d.
Kun de linjer, der skal ændres, bliver ændret: kommentarer, rækkefølge og
opsætning bliver, som de var. Svarene er de samme før og efter; ellers
ændres filen ikke.

privatliv læser også filer i det gamle format, så du behøver ikke at
opgradere dem for at bruge dem.

Bagefter siger migrate, hvad den opgraderede fil nu mangler: schema 2
spørger om mere end schema 1 (fx om man skal give oplysningerne), og
kataloget kan være blevet mere forsigtigt med en leverandør. Fejl og
advarsler står med felt og forslag, som 'privatliv check' viser dem; med
fejl skrives politikken som et udkast, til de er rettet.`, drafts.SchemaVersion),
		Example: `  privatliv migrate firma.toml
  privatliv migrate kunder/*.toml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("migrate skal have mindst én svarfil")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			failed := false
			out := inert.NewWriter(cmd.OutOrStdout()) // file names and findings
			for _, path := range args {
				msg, err := migrateFile(path)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), err)
					failed = true
					continue
				}
				fmt.Fprintf(out, "%s: %s\n", path, msg)
				// What the upgraded file now needs, as check says it.
				r, err := checkFile(path, nil)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), err)
					failed = true
					continue
				}
				writeNeeds(out, r)
			}
			if failed {
				return quiet(exitProblem)
			}
			return nil
		},
	}
}

func migrateFile(path string) (string, error) {
	f, err := drafts.Load(path)
	if err != nil {
		return "", err
	}
	if f.Schema == drafts.SchemaVersion {
		return fmt.Sprintf("er allerede schema %d", drafts.SchemaVersion), nil
	}
	// The text Load read is migrated: the file is read and parsed once.
	out, err := f.Migrate()
	if err != nil {
		return "", err
	}
	if err := drafts.WriteFileAtomic(path, out); err != nil {
		return "", err
	}
	return fmt.Sprintf("opgraderet fra schema %d til schema %d", f.Schema, drafts.SchemaVersion), nil
}

// writeNeeds says what a migrated file needs before its policy can be
// published: nothing, or check's findings with their fields and
// suggestions.
func writeNeeds(w io.Writer, r fileReport) {
	if len(r.Findings) == 0 {
		fmt.Fprintf(w, "%s: mangler intet\n", r.File)
		return
	}
	writeReport(w, r)
	if r.Errors > 0 {
		fmt.Fprintf(w, "%s: politikken skrives som udkast, indtil fejlene er rettet\n", r.File)
	}
}
