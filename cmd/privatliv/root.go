package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/fang"
	"github.com/privatliv/privatliv/internal/inert"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

// Exit codes.
const (
	exitOK      = 0
	exitProblem = 1 // the answers have problems
	exitUsage   = 2 // the command was used wrongly
)

// exitError carries an exit code; quiet ones have already said what is wrong.
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

func problemErr(err error) error { return &exitError{code: exitProblem, err: err} }

// quiet is the error for "problems were printed already".
func quiet(code int) error {
	return &exitError{code: code, err: errors.New("problemer fundet"), quiet: true}
}

var rootFlags wizardFlags

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "privatliv",
		Short: "Skriv virksomhedens privatlivspolitik ved at svare på spørgsmål",
		Long: `privatliv skriver en dansk privatlivspolitik ud fra dine svar om de
personoplysninger, virksomheden behandler. Svarene gemmes i en TOML-fil, som
du kan åbne igen og rette; politikken gemmes som Markdown og HTML.

Alt foregår på din egen maskine: privatliv bruger aldrig netværket.`,
		Example: `  # Start guiden med et udfyldt eksempel
  privatliv new --example helle-falsberg

  # Start fra udgangspunktet for en slags virksomhed (se 'privatliv kinds')
  privatliv new salon.toml --kind salon

  # Start en ny svarfil, eller ret en eksisterende
  privatliv new min-virksomhed.toml
  privatliv edit min-virksomhed.toml

  # Skriv politikken ud fra en svarfil, uden guiden
  privatliv render min-virksomhed.toml --format html -o privatlivspolitik.html`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWizard(cmd, "", nil, nil, nil, rootFlags)
		},
	}
	addWizardFlags(root, &rootFlags)
	root.SetIn(stdin)
	root.SetOut(stdout)
	// Standard error carries only messages, and they quote file names,
	// git's answers and values from files: all made inert.
	root.SetErr(inert.NewWriter(stderr))
	root.AddCommand(newNewCmd(), newEditCmd(), newExamplesCmd(), newKindsCmd(), newRenderCmd(), newCheckCmd(), newVendorsCmd(), newCookiesCmd(),
		newMigrateCmd(), newRecordCmd(), newDiffCmd())
	danishHelp(root)
	return root
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildVersion()),
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			var e *exitError
			if errors.As(err, &e) && e.quiet {
				return
			}
			fmt.Fprintln(w, "privatliv: "+danishError(err).Error())
			if exitCodeOf(err) == exitUsage {
				fmt.Fprintln(w, "Se 'privatliv --help'.")
			}
		}),
	)
	return exitCodeOf(err)
}

func exitCodeOf(err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	// Cobra's own errors (unknown flag, wrong number of arguments) are usage errors.
	msg := err.Error()
	for _, p := range []string{"unknown", "invalid argument", "flag needs", "accepts", "requires", "bad flag"} {
		if strings.Contains(msg, p) {
			return exitUsage
		}
	}
	return exitProblem
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
