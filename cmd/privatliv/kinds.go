package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/privatliv/privatliv/drafts"
	"github.com/spf13/cobra"
)

func newKindsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "kinds",
		Short: "Vis udgangspunkterne for forskellige slags virksomheder",
		Long: `kinds viser de slags virksomheder, privatliv har et udgangspunkt for: en
svarfil med de formål, persongrupper, typiske leverandører og cookies, sådan
en virksomhed har. Det, kun virksomheden selv ved, står tomt.

Start guiden fra et udgangspunkt med 'privatliv new FILE.toml --kind ID'.`,
		Example: `  privatliv kinds
  privatliv new salon.toml --kind salon`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			for _, k := range drafts.Kinds() {
				fmt.Fprintf(w, "%-13s %s\n", k.ID, k.Description)
			}
			return nil
		},
	}
}

// kindAnswers is a kind's starting answers, dated day, or a usage error
// that names the closest kind and lists them all.
func kindAnswers(id string, day drafts.Date) (*drafts.Answers, error) {
	a, err := drafts.KindAnswers(id)
	var ke *drafts.KindError
	if errors.As(err, &ke) {
		return nil, usageErr("%v", err)
	}
	if err != nil {
		return nil, err // a starting point that does not load is a bug; say so plainly
	}
	a.Document.Effective = day
	return a, nil
}

// writeKind writes a kind's starting answer file, with its comments and
// dated day, to path, which must not exist.
func writeKind(cmd *cobra.Command, path, id string, day drafts.Date) error {
	src, err := drafts.KindSource(id)
	if err != nil {
		return usageErr("%v", err)
	}
	src = datedKindSource(src, day)
	if _, err := drafts.Parse(path, src); err != nil {
		return fmt.Errorf("udgangspunktet %s kan ikke læses: %w", id, err)
	}
	if err := drafts.WriteFileAtomic(path, src); err != nil {
		return fmt.Errorf("kan ikke skrive %s: %w", path, err)
	}
	k, _ := drafts.LookupKind(id)
	fmt.Fprintf(cmd.OutOrStdout(), "Skrev %s ud fra udgangspunktet »%s«.\nUdfyld det, der står tomt (se kommentarerne i filen), og tjek den med 'privatliv check %s'.\n", path, k.Name, path)
	return nil
}

// datedKindSource gives a kind's source the effective date day, as the
// first key of [document].
func datedKindSource(src []byte, day drafts.Date) []byte {
	const table = "[document]\n"
	i := bytes.Index(src, []byte(table))
	if i < 0 {
		return src
	}
	i += len(table)
	out := append([]byte(nil), src[:i]...)
	out = append(out, "effective = "+day.String()+"\n"...)
	return append(out, src[i:]...)
}
