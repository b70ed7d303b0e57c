package main

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// cobraEnglish are cobra's and pflag's own words, which must not reach a user.
var cobraEnglish = regexp.MustCompile(`(?i)help for|script for|disable completion|help about|generate the autocompletion|version for|unknown (command|flag|shorthand)|flag needs|invalid argument|accepts at most|did you mean`)

// TestHelpIsDanish: the help of every command, by --help, -h and »help
// CMD«, holds none of cobra's English (fang's section titles aside).
func TestHelpIsDanish(t *testing.T) {
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			if !sub.Hidden {
				walk(sub, append(append([]string(nil), path...), sub.Name()))
			}
		}
	}
	walk(newRoot(strings.NewReader(""), io.Discard, io.Discard), nil)
	if len(paths) < 15 {
		t.Fatalf("only %d commands", len(paths))
	}
	for _, p := range paths {
		for _, args := range [][]string{append(p, "--help"), append(p, "-h"), append([]string{"help"}, p...)} {
			code, out, errOut := runCLI(t, args...)
			if code != 0 || out == "" {
				t.Errorf("%v: exit %d, %q", args, code, errOut)
			}
			if m := cobraEnglish.FindString(out + errOut); m != "" {
				t.Errorf("%v: English %q in the help", args, m)
			}
		}
	}
}

// TestUsageErrorsAreDanish: cobra's usage errors are said in Danish, with
// the exit code for usage errors and where to read more.
func TestUsageErrorsAreDanish(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"nonsense"}, "ukendt kommando »nonsense«"},
		{[]string{"render", "--foo"}, "ukendt flag --foo"},
		{[]string{"render", "-z"}, "ukendt flag -z"},
		{[]string{"render", "--format"}, "flaget --format skal have en værdi"},
		{[]string{"new", "a.toml", "b.toml"}, "tager højst 1 argument, fik 2"},
		{[]string{"vendors", "--category"}, "flaget --category skal have en værdi"},
	} {
		code, _, errOut := runCLI(t, c.args...)
		if code != exitUsage || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "privatliv --help") {
			t.Errorf("%v: exit %d, %q; want %q", c.args, code, errOut, c.want)
		}
		if m := cobraEnglish.FindString(errOut); m != "" {
			t.Errorf("%v: English %q in %q", c.args, m, errOut)
		}
	}
}
