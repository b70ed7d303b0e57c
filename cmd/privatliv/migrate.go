package main

import (
	"fmt"
	"os"

	"github.com/privatliv/privatliv/drafts"
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
			for _, path := range args {
				msg, err := migrateFile(path)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), err)
					failed = true
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", path, msg)
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
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s: kan ikke læse filen: %w", path, err)
	}
	out, err := drafts.Migrate(path, data)
	if err != nil {
		return "", err
	}
	if err := drafts.WriteFileAtomic(path, out); err != nil {
		return "", fmt.Errorf("%s: kan ikke gemme filen: %w", path, err)
	}
	return fmt.Sprintf("opgraderet fra schema %d til schema %d", f.Schema, drafts.SchemaVersion), nil
}
