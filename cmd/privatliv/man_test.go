package main

import (
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestManPageInDanish: privatliv man writes a roff man page whose headings,
// placeholders and texts are Danish, as the help is, and which names every
// command the help shows with its description and flags.
func TestManPageInDanish(t *testing.T) {
	code, page, errOut := runCLI(t, "man")
	if code != 0 || !strings.HasPrefix(page, ".TH PRIVATLIV 1 ") {
		t.Fatalf("man: exit %d, %q, page starts %q", code, errOut, page[:min(len(page), 60)])
	}
	for _, h := range []string{"NAVN", "SYNOPSIS", "BESKRIVELSE", "TILVALG", "KOMMANDOER", "EKSEMPLER", "AFSLUTNINGSSTATUS"} {
		if !strings.Contains(page, "\n.SH "+h+"\n") {
			t.Errorf("no section %s", h)
		}
	}
	for _, en := range []string{"NAME", "DESCRIPTION", "OPTIONS", "COMMANDS", "options...", "argument...", "--h --help", "Generates manpages"} {
		if strings.Contains(page, en) {
			t.Errorf("the man page says %q", en)
		}
	}
	if m := cobraEnglish.FindString(page); m != "" {
		t.Errorf("English %q in the man page", m)
	}
	text := strings.ReplaceAll(page, `\&`, "")
	var walk func(c *cobra.Command)
	seen := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden {
				continue
			}
			seen++
			if !strings.Contains(text, `\fB`+sub.Name()+`\fP`) || !strings.Contains(text, sub.Short) {
				t.Errorf("the man page lacks %s (%q)", sub.CommandPath(), sub.Short)
			}
			sub.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if !strings.Contains(text, "--"+f.Name) {
					t.Errorf("the man page lacks %s --%s", sub.CommandPath(), f.Name)
				}
			})
			walk(sub)
		}
	}
	walk(newRoot(strings.NewReader(""), io.Discard, io.Discard))
	if seen < 15 {
		t.Fatalf("only %d commands", seen)
	}
	// The page is the same every time the same binary writes it.
	if _, again, _ := runCLI(t, "man"); again != page {
		t.Error("two runs of privatliv man differ")
	}
	// man's own help is Danish too, though the command is hidden.
	if code, out, _ := runCLI(t, "man", "--help"); code != 0 || cobraEnglish.MatchString(out) || !strings.Contains(out, "man-side") {
		t.Errorf("man --help: exit %d, %q", code, out)
	}
}

// TestManPageRenders: groff reads the page without a warning, when it is
// installed (it is not needed to build privatliv).
func TestManPageRenders(t *testing.T) {
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed")
	}
	_, page, _ := runCLI(t, "man")
	cmd := exec.Command(groff, "-k", "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("groff: %v\n%s", err, out)
	}
}

// TestShortFlags: mango writes a flag with a shorthand as "--h --help";
// the page says "-h, --help".
func TestShortFlags(t *testing.T) {
	for in, want := range map[string]string{"--h --help": "-h, --help", "--strict": "--strict", "--f --format": "-f, --format"} {
		if got := shortFlagRE.ReplaceAllString(in, "-$1, $2"); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
