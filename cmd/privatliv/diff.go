package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/privatliv/privatliv/content/diff"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
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
			// The lines quote names from the files: made inert.
			w := inert.NewWriter(cmd.OutOrStdout())
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
	// git must never read the revision as an option: --output=FILE
	// would make it write a file.
	if !gitRev(rev) {
		return nil, fmt.Errorf("%s: %q er ikke en git-revision; skriv fx HEAD, HEAD~1, v1.0 eller et commit-id", arg, rev)
	}
	data, err := gitShow(rev + ":" + path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", arg, err)
	}
	f, err := drafts.Parse(arg, data)
	if err != nil {
		return nil, err
	}
	return f.Answers, nil
}

// gitRev reports whether rev looks like a revision: a branch, a tag, a
// commit id, HEAD~2, main^, @{1}. It never starts with - and never holds
// spaces or control characters.
func gitRev(rev string) bool {
	for i, c := range []byte(rev) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '@':
		case i > 0 && strings.IndexByte("./{}~^+-", c) >= 0:
		default:
			return false
		}
	}
	return rev != ""
}

// gitShow is `git show OBJECT`, read up to the size of an answer file.
// --end-of-options makes sure git reads OBJECT as an object whatever it
// looks like.
func gitShow(object string) ([]byte, error) {
	var stderr bytes.Buffer
	c := exec.Command("git", "show", "--end-of-options", object)
	c.Stderr = &stderr
	out, err := c.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("kan ikke køre git: %w", err)
	}
	if err := c.Start(); err != nil {
		return nil, fmt.Errorf("kan ikke køre git: %w", err)
	}
	data, rerr := io.ReadAll(io.LimitReader(out, drafts.MaxFileSize+1))
	if len(data) > drafts.MaxFileSize {
		c.Process.Kill()
		c.Wait()
		return nil, fmt.Errorf("git show %s: filen er for stor til at være en svarfil (højst %d MB)", object, drafts.MaxFileSize>>20)
	}
	if err := c.Wait(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("git show %s: %s", object, strings.TrimSpace(stderr.String()))
		}
		return nil, fmt.Errorf("kan ikke køre git: %w", err)
	}
	if rerr != nil {
		return nil, fmt.Errorf("git show %s: %w", object, rerr)
	}
	return data, nil
}
