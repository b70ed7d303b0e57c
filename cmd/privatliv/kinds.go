package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newKindsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "kinds",
		Short: "Vis udgangspunkterne og byggeklodserne, de er bygget af",
		Long: `kinds viser de slags virksomheder, privatliv har et udgangspunkt for, og
byggeklodserne, et udgangspunkt bygges af: en klods for hver ting, en
virksomhed har eller gør (ansatte, en webshop, et nyhedsbrev …), med de
formål, persongrupper og systemer, den fører med sig. Det, kun virksomheden
selv ved, står tomt.

Start guiden fra et udgangspunkt med 'privatliv new FILE.toml --kind ID', og
vælg klodser til eller fra med --with og --without. Med --no-wizard skrives
udgangspunktet til filen uden guiden.`,
		Example: `  privatliv kinds
  privatliv new salon.toml --kind salon
  privatliv new studie.toml --kind studie --voice jeg --with nyhedsbrev,statistik --no-wizard
  privatliv new firma.toml --with ansatte,betaling,erhvervskunder --no-wizard`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			fmt.Fprintln(w, "Udgangspunkter (--kind):")
			for _, k := range drafts.Kinds() {
				fmt.Fprintf(w, "  %-13s %s\n", k.ID, k.Description)
				fmt.Fprintf(w, "  %-13s klodser: %s\n", "", strings.Join(k.Blocks, ", "))
			}
			fmt.Fprintln(w, "\nByggeklodser (--with, --without):")
			for _, b := range drafts.Blocks() {
				fmt.Fprintf(w, "  %-15s %s: %s\n", b.ID, b.Name, b.Help)
			}
			return nil
		},
	}
}

// startFlags choose a starting point from the command line.
type startFlags struct {
	kind     string
	voice    string
	with     string
	without  string
	noWizard bool
}

// given reports whether any flag asks for a starting point.
func (f startFlags) given() bool {
	return f.kind != "" || f.voice != "" || f.with != "" || f.without != ""
}

// setup is the starting point the flags ask for: the kind's preset (or no
// blocks), the voice, and the blocks added and taken away. An unknown
// kind or block is a usage error naming the closest.
func (f startFlags) setup() (drafts.Setup, error) {
	s := drafts.Setup{Voice: "vi"}
	if f.kind != "" {
		var err error
		if s, err = drafts.KindSetup(f.kind); err != nil {
			var ke *drafts.KindError
			if errors.As(err, &ke) {
				return s, usageErr("%v", err)
			}
			return s, err
		}
	}
	switch f.voice {
	case "":
	case "vi", "jeg":
		s.Voice = f.voice
	default:
		return s, usageErr("--voice er »vi« eller »jeg«, ikke %q", f.voice)
	}
	with, err := drafts.ParseBlocks(f.with)
	if err != nil {
		return s, usageErr("--with: %v", err)
	}
	without, err := drafts.ParseBlocks(f.without)
	if err != nil {
		return s, usageErr("--without: %v", err)
	}
	for _, b := range with {
		if slices.Contains(without, b) {
			return s, usageErr("%s står både i --with og --without", b)
		}
		if !slices.Contains(s.Blocks, b) {
			s.Blocks = append(s.Blocks, b)
		}
	}
	s.Blocks = slices.DeleteFunc(s.Blocks, func(b string) bool { return slices.Contains(without, b) })
	return s, nil
}

// startAnswers are the answers and commented source of the starting point
// the flags ask for, dated day.
func startAnswers(f startFlags, day drafts.Date, path string) (*drafts.Answers, []byte, error) {
	s, err := f.setup()
	if err != nil {
		return nil, nil, err
	}
	a, err := drafts.Compose(s)
	if err != nil {
		return nil, nil, err // a starting point that does not compose is a bug; say so plainly
	}
	a.Document.Effective = day
	src, err := drafts.ComposeSource(s, day, orText(path, "svar.toml"))
	if err != nil {
		return nil, nil, err
	}
	return a, src, nil
}

func orText(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// writeStart writes the starting point the flags ask for, with its
// comments and dated day, to path, which must not exist.
func writeStart(cmd *cobra.Command, path string, f startFlags, day drafts.Date) error {
	_, src, err := startAnswers(f, day, path)
	if err != nil {
		return err
	}
	if _, err := drafts.Parse(path, src); err != nil {
		return fmt.Errorf("udgangspunktet kan ikke læses: %w", err)
	}
	if err := drafts.WriteFileAtomic(path, src); err != nil {
		return fmt.Errorf("kan ikke skrive %s: %w", path, err)
	}
	what := "byggeklodserne"
	if k, ok := drafts.LookupKind(f.kind); ok {
		what = "udgangspunktet »" + k.Name + "«"
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Skrev %s ud fra %s.\nUdfyld det, der står tomt (se kommentarerne i filen), og tjek den med 'privatliv check %s'.\n", path, what, path)
	return nil
}
