package main

import (
	"fmt"

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
opgradere dem for at bruge dem.`, drafts.SchemaVersion),
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
			out := inert.NewWriter(cmd.OutOrStdout()) // file names
			for _, path := range args {
				msg, err := migrateFile(path)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), err)
					failed = true
					continue
				}
				fmt.Fprintf(out, "%s: %s\n", path, msg)
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
