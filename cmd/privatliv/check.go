package main

import (
	"errors"
	"fmt"

	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newCheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE.toml...",
		Short: "Tjek svarfiler for fejl",
		Long: `check læser svarfiler og viser alle problemer på én gang, hver med linje,
felt og hvad du skal gøre.

Exit-kode 0: ingen problemer. 1: der er problemer. 2: kommandoen er brugt forkert.`,
		Example: `  privatliv check firma.toml
  privatliv check kunder/*.toml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("check skal have mindst én svarfil")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			bad := 0
			for _, path := range args {
				f, err := drafts.Load(path)
				if err == nil {
					err = f.Validate()
				}
				if err != nil {
					bad++
					var le *drafts.LoadError
					if errors.As(err, &le) {
						fmt.Fprintln(cmd.OutOrStdout(), le.Error())
					} else {
						fmt.Fprintln(cmd.OutOrStdout(), err)
					}
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: ingen problemer\n", path)
			}
			if bad > 0 {
				return quiet(exitProblem)
			}
			return nil
		},
	}
}
