package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/privatliv/privatliv/content/diff"
	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newDiffCmd() *cobra.Command {
	var changelog bool
	cmd := &cobra.Command{
		Use:   "diff OLD.toml NEW.toml",
		Short: "Vis, hvad der er ændret i politikkens indhold",
		Long: `diff sammenligner to udgaver af en svarfil og skriver én linje på dansk
for hver ændring, der har betydning for de personer, politikken handler om:
nye eller fjernede formål, ændret retsgrundlag eller opbevaring, nye
modtagere og tredjelande, nye cookies, nye typer oplysninger og ændrede
kontaktoplysninger. Ændret rækkefølge, kommentarer og politikkens egne
datoer og versionsnummer tæller ikke.

Hver fil kan også være git:REV:STI, som læses med 'git show REV:STI' fra
den aktuelle mappe (skriv ./ foran stien for at regne den fra mappen i
stedet for fra roden af repoet).

Med --changelog skrives ændringerne som en færdig post til
document.changes, dateret i dag, klar til at sætte ind i svarfilen.

Exit-kode 0: ingen ændringer. 1: der er ændringer. 2: kommandoen er brugt
forkert, eller en fil kunne ikke læses.`,
		Example: `  privatliv diff gammel.toml firma.toml
  privatliv diff git:HEAD:firma.toml firma.toml
  privatliv diff --changelog git:v1.0:./firma.toml firma.toml`,
		Args: exactArgs(2, "diff skal have to svarfiler: den gamle og den nye"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var answers [2]*drafts.Answers
			for i, arg := range args {
				a, err := loadForDiff(arg)
				if err != nil {
					return &exitError{code: exitUsage, err: err}
				}
				answers[i] = a
			}
			cs := diff.Diff(answers[0], answers[1])
			if len(cs) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "Ingen ændringer i politikkens indhold.")
				return nil
			}
			w := cmd.OutOrStdout()
			if changelog {
				fmt.Fprint(w, diff.ChangeLogTOML(diff.ChangeLogEntry(cs, drafts.DateOf(now()))))
			} else {
				for _, c := range cs {
					fmt.Fprintln(w, c.Text)
				}
			}
			return quiet(exitProblem)
		},
	}
	cmd.Flags().BoolVar(&changelog, "changelog", false, "skriv ændringerne som en ny post til document.changes")
	return cmd
}

// loadForDiff reads an answer file from disk, or from git when arg is
// git:REV:PATH. The file must load; values need not validate, so an old
// version can always be compared.
func loadForDiff(arg string) (*drafts.Answers, error) {
	rest, ok := strings.CutPrefix(arg, "git:")
	if !ok {
		f, err := drafts.Load(arg)
		if err != nil {
			return nil, err
		}
		return f.Answers, nil
	}
	rev, path, ok := strings.Cut(rest, ":")
	if !ok || rev == "" || path == "" {
		return nil, fmt.Errorf("%s: skriv git:REV:STI, fx git:HEAD:firma.toml", arg)
	}
	var stderr bytes.Buffer
	c := exec.Command("git", "show", rev+":"+path)
	c.Stderr = &stderr
	data, err := c.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("%s: git show %s:%s: %s", arg, rev, path, strings.TrimSpace(stderr.String()))
		}
		return nil, fmt.Errorf("%s: kan ikke køre git: %w", arg, err)
	}
	f, err := drafts.Parse(arg, data)
	if err != nil {
		return nil, err
	}
	return f.Answers, nil
}
