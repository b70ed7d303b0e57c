package main

import (
	"io"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/muesli/mango"
	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// The man page is built from the commands' own help, as fang's is, but in
// Danish like the rest of privatliv: mango's section headings are English,
// so a builder puts them in Danish on their way into roff.

func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Skriv privatlivs man-side",
		Long: `Skriver privatlivs man-side (roff, sektion 1) til standardud, bygget af
hjælpen til hver kommando. Til pakker, eller til din egen man:

  privatliv man > ~/.local/share/man/man1/privatliv.1`,
		Example:               "  privatliv man | man -l -",
		Hidden:                true, // for packagers, as fang's man command
		DisableFlagsInUseLine: true,
		Args:                  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// manPage is the man page of root and its visible commands.
func manPage(root *cobra.Command) string {
	page := mango.NewManPage(1, root.Name(), root.Short).WithLongDescription(unwrap(root.Long))
	// mcobra.AddCommand only fails for a command added twice.
	_ = mcobra.AddCommand(page, root)
	page = page.WithSection("Eksempler", unindent(root.Example)).
		WithSection("Afslutningsstatus", "0: alt gik godt.\n"+
			"1: svarene har fejl (check og render), eller noget har ændret sig (diff).\n"+
			"2: kommandoen er brugt forkert, eller en fil kan ikke læses.")
	return page.Build(&danishRoff{Document: roff.NewDocument(), date: buildTime()})
}

// danishRoff is a roff document that writes mango's fixed English words in
// Danish, and dates the page by the commit it was built from.
type danishRoff struct {
	*roff.Document
	date time.Time
}

// manWords are mango's headings and placeholders, in Danish.
var manWords = map[string]string{
	"User Commands": "Brugerkommandoer",
	"Name":          "Navn",
	"Synopsis":      "Synopsis",
	"Description":   "Beskrivelse",
	"Options":       "Tilvalg",
	"OPTIONS":       "TILVALG",
	"Commands":      "Kommandoer",
	"COMMANDS":      "KOMMANDOER",
	"options...":    "tilvalg …",
	"argument...":   "kommando og argumenter …",
}

func danish(s string) string {
	if d, ok := manWords[s]; ok {
		return d
	}
	return s
}

func (d *danishRoff) Heading(section uint, title, description string, _ time.Time) {
	// The centre of the header names the manual, as man-pages do; the
	// description is under Navn.
	d.Document.Heading(section, title, manWords["User Commands"], d.date)
}
func (d *danishRoff) Section(text string) { d.Document.Section(danish(text)) }
func (d *danishRoff) TextBold(text string) {
	d.Document.TextBold(shortFlagRE.ReplaceAllString(danish(text), "-$1, $2"))
}
func (d *danishRoff) TextItalic(text string) { d.Document.TextItalic(danish(text)) }

// shortFlagRE finds a flag and its shorthand as mango writes them, "--h
// --help", which is "-h, --help".
var shortFlagRE = regexp.MustCompile(`^--(\S) (--\S+)$`)

// buildTime is when the commit the binary was built from was made, so the
// same binary always writes the same page; without one, today.
func buildTime() time.Time {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.time" {
				if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
					return t
				}
			}
		}
	}
	return time.Now()
}

// unwrap joins the lines of each paragraph of a help text, which are wrapped
// for the terminal: roff fills the lines itself, and mango makes every line
// a paragraph of its own. Indented lines (examples) keep their own line.
func unwrap(s string) string {
	var out []string
	for _, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		lines := strings.Split(para, "\n")
		if strings.HasPrefix(lines[0], " ") {
			out = append(out, unindent(para))
			continue
		}
		out = append(out, strings.Join(lines, " "))
	}
	return strings.Join(out, "\n")
}

// unindent takes the two spaces cobra's examples are indented by off each
// line.
func unindent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "  ")
	}
	return strings.Join(lines, "\n")
}
