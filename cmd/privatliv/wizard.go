package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/tui"
	"github.com/spf13/cobra"
)

// isTerminal is replaced in tests.
var isTerminal = func(in io.Reader, out io.Writer) bool {
	fi, ok := in.(*os.File)
	fo, ok2 := out.(*os.File)
	return ok && ok2 && term.IsTerminal(fi.Fd()) && term.IsTerminal(fo.Fd())
}

var errNoTTY = errors.New(`guiden skal bruge en terminal, men input eller output er ikke en terminal.
Uden terminal kan du bruge:
  privatliv render FILE.toml   skriv politikken ud fra en svarfil
  privatliv check FILE.toml    tjek en svarfil for fejl`)

type wizardFlags struct {
	accessible bool
	example    string
	start      startFlags
}

func addWizardFlags(cmd *cobra.Command, f *wizardFlags) {
	cmd.Flags().BoolVar(&f.accessible, "accessible", false, "enkle spørgsmål uden fuldskærm, til skærmlæsere")
}

// runWizard starts the wizard on answers that will be saved to path.
// source is the commented file a started from, if any, whose comments a new
// file keeps.
func runWizard(cmd *cobra.Command, path string, a *drafts.Answers, source []byte, disk []byte, f wizardFlags) error {
	in, out := cmd.InOrStdin(), cmd.OutOrStdout()
	if !isTerminal(in, out) && !f.accessible {
		return &exitError{code: exitUsage, err: errNoTTY}
	}
	// A new questionnaire without --kind or --example starts by asking
	// what kind of business it is.
	opts := tui.Options{Path: path, Answers: a, Source: source, Existing: disk != nil, Disk: disk, NoColor: os.Getenv("NO_COLOR") != "", ChooseKind: a == nil}
	if f.accessible {
		// ctrl+c reaches a line-by-line prompt as a signal; the prompts
		// ask what to do with unsaved answers instead of dying.
		intr := make(chan os.Signal, 1)
		signal.Notify(intr, os.Interrupt)
		defer signal.Stop(intr)
		opts.Interrupt = intr
		return tui.RunAccessible(opts, in, out)
	}
	// A soft limit keeps the wizard small (it holds one policy and its
	// renderings); the garbage collector works harder before it is reached.
	debug.SetMemoryLimit(24 << 20)
	// Starting makes megabytes of short-lived garbage (styles, forms, the
	// policy); collecting it three times over before the first frame only
	// delays the frame. Below the soft limit, the collector waits for it.
	gc := debug.SetGCPercent(-1)
	defer debug.SetGCPercent(gc)
	opts.FirstFrame = func() { debug.SetGCPercent(gc) }
	if f, ok := out.(*os.File); ok {
		if w, h, err := term.GetSize(f.Fd()); err == nil {
			opts.Width, opts.Height = w, h
		}
	}
	m := tui.New(opts)
	defer m.Close()
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithContext(cmd.Context()), tea.WithFPS(120))
	_, err := p.Run()
	if path := os.Getenv("PRIVATLIV_COUNTS"); path != "" {
		// docs/keystroke.py asks how many renders and checks a burst caused.
		if data, jerr := json.Marshal(m.Counts()); jerr == nil {
			os.WriteFile(path, data, 0o600)
		}
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("guiden stoppede: %w", err)
	}
	return nil
}

func newNewCmd() *cobra.Command {
	var f wizardFlags
	cmd := &cobra.Command{
		Use:   "new [FILE.toml]",
		Short: "Start en ny svarfil i guiden",
		Long: `new starter guiden med nye svar, der gemmes i FILE.toml (med ctrl+s).
Uden FILE spørger guiden om et filnavn, første gang du gemmer.

Uden andre valg spørger guiden først, hvad slags virksomhed det er, og hvad
den har og gør. Med --kind starter du fra udgangspunktet for en slags
virksomhed (se 'privatliv kinds'): de byggeklodser, sådan en virksomhed
typisk har, med deres formål, persongrupper og systemer. --with og
--without lægger klodser til og trækker fra, og --voice vælger »vi« eller
»jeg«. Med --no-wizard skrives udgangspunktet til FILE med kommentarer om,
hvad der skal udfyldes, uden at guiden starter.

Med --example starter du fra et af de indbyggede eksempler (se 'privatliv
examples'); eksemplet selv ændres aldrig.`,
		Example: `  privatliv new min-virksomhed.toml
  privatliv new salon.toml --kind salon
  privatliv new kunde.toml --kind raadgiver --no-wizard
  privatliv new studie.toml --kind studie --voice jeg --with nyhedsbrev --no-wizard
  privatliv new firma.toml --with ansatte,betaling,erhvervskunder --no-wizard
  privatliv new --example helle-falsberg helle.toml`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
				if !strings.HasSuffix(path, ".toml") {
					return usageErr("svarfilen skal ende på .toml: %s", path)
				}
				if _, err := os.Stat(path); err == nil {
					return usageErr("%s findes allerede; åbn den med 'privatliv edit %s'", path, path)
				}
				if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
					return usageErr("mappen %s findes ikke", filepath.Dir(path))
				}
			}
			if f.start.given() && f.example != "" {
				return usageErr("vælg enten --example eller et udgangspunkt (--kind, --voice, --with, --without), ikke begge")
			}
			if f.start.noWizard && path == "" {
				return usageErr("--no-wizard skriver et udgangspunkt til en fil: brug 'privatliv new FILE.toml --no-wizard [--kind ID] [--voice jeg|vi] [--with ansatte,booking,…]'")
			}
			if f.start.noWizard && f.example != "" {
				return usageErr("--no-wizard skriver et udgangspunkt, ikke et eksempel; kopiér eksemplet med 'privatliv new --example %s' og gem det", f.example)
			}
			var a *drafts.Answers
			var source []byte
			day := drafts.DateOf(now())
			if f.start.noWizard {
				return writeStart(cmd, path, f.start, day)
			}
			if f.start.given() {
				var err error
				if a, source, err = startAnswers(f.start, day, path); err != nil {
					return err
				}
			}
			if f.example != "" {
				var err error
				if a, err = drafts.Example(f.example); err != nil {
					return usageErr("%v", err)
				}
				source, _ = drafts.ExampleSource(f.example)
			}
			return runWizard(cmd, path, a, source, nil, f)
		},
	}
	addWizardFlags(cmd, &f)
	cmd.Flags().StringVar(&f.example, "example", "", "start fra et indbygget eksempel (se 'privatliv examples')")
	cmd.Flags().StringVar(&f.start.kind, "kind", "", "start fra udgangspunktet for en slags virksomhed (se 'privatliv kinds')")
	cmd.Flags().StringVar(&f.start.voice, "voice", "", "politikken skriver »vi« eller »jeg«")
	cmd.Flags().StringVar(&f.start.with, "with", "", "byggeklodser, der skal med, fx ansatte,booking (se 'privatliv kinds')")
	cmd.Flags().StringVar(&f.start.without, "without", "", "byggeklodser fra udgangspunktet, der ikke skal med")
	cmd.Flags().BoolVar(&f.start.noWizard, "no-wizard", false, "skriv udgangspunktet til FILE uden at starte guiden")
	return cmd
}

func newEditCmd() *cobra.Command {
	var f wizardFlags
	cmd := &cobra.Command{
		Use:   "edit FILE.toml",
		Short: "Åbn en svarfil i guiden",
		Long: `edit åbner en svarfil i guiden med alle svar udfyldt, så du kan rette
det, der er ændret, og gemme igen. En fil, der ikke kan læses, åbnes ikke;
du får de samme fejl som med 'privatliv check'.`,
		Example: `  privatliv edit min-virksomhed.toml`,
		Args:    exactArgs(1, "edit skal have præcis én svarfil"),
		RunE: func(cmd *cobra.Command, args []string) error {
			file, err := drafts.Load(args[0])
			if err != nil {
				return problemErr(err)
			}
			return runWizard(cmd, args[0], file.Answers, nil, file.Data(), f)
		},
	}
	addWizardFlags(cmd, &f)
	return cmd
}

func newExamplesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "examples",
		Short: "Vis de indbyggede eksempler på svarfiler",
		Example: `  privatliv examples
  privatliv new --example tidsflow`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, name := range drafts.Examples() {
				a, err := drafts.Example(name)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%-20s %s\n", name, a.Controller.Name)
			}
			return nil
		},
	}
}
