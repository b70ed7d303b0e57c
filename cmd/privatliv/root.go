package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/charmbracelet/fang"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
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
		newMigrateCmd(), newRecordCmd(), newDiffCmd(), newManCmd())
	root.AddCommand(newDocumentCmds()...)
	danishHelp(root)
	return root
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildVersion()),
		// fang's man page has English headings and goes to os.Stdout;
		// privatliv man writes a Danish one (man.go).
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

// buildVersion is what --version says: the version the binary was built
// as and the commit it was built from, as Go records them in the binary.
func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionText(version, info)
}

// versionText is the version and commit in info (nil: none recorded), in
// Danish: "v0.3.0 (commit 5854786abcd1 fra 6. december 2026)". ldflags is
// the version a release build names with -ldflags "-X main.version=…"; it
// wins over the module's. A binary built without version control (go run,
// or a copy of the sources without git) says so rather than claim one.
func versionText(ldflags string, info *debug.BuildInfo) string {
	v := ldflags
	var rev, when string
	modified := false
	if info != nil {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	commit := ""
	if rev != "" {
		commit = "commit " + rev[:min(len(rev), 12)]
		if t, err := time.Parse(time.RFC3339, when); err == nil {
			commit += " fra " + content.LongDate(drafts.DateOf(t))
		}
		if modified {
			commit += " med ændringer, der ikke var committet"
		}
	}
	switch {
	case v != "" && commit != "":
		return v + " (" + commit + ")"
	case v != "":
		return v
	case commit != "":
		return "udviklingsudgave (" + commit + ")"
	}
	return "udviklingsudgave uden oplysninger om version og commit (bygget med go run eller uden git)"
}
