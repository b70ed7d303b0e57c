package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// Cobra and pflag speak English in the help they add (the help and version
// flags, the help and completion commands) and in their usage errors; the
// rest of privatliv speaks Danish, so these are put in Danish too. fang's
// own section titles (USAGE, COMMANDS, FLAGS) are fixed in fang.

// danishHelp gives every command Danish help texts for what cobra adds.
func danishHelp(root *cobra.Command) {
	root.Version = buildVersion() // fang sets the same; the flag is ours
	root.Flags().BoolP("version", "v", false, "vis versionen af privatliv")
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c == root {
			c.InitDefaultHelpFlag()
			c.Flags().Lookup("help").Usage = "vis hjælp til privatliv"
		} else {
			// Cobra adds the help flag to a command only when it runs, so
			// a command without flags keeps its short usage line; its
			// usage is put in Danish just before the help is shown.
			c.SetHelpFunc(func(cmd *cobra.Command, args []string) {
				if f := cmd.Flags().Lookup("help"); f != nil {
					f.Usage = "vis hjælp til " + cmd.CommandPath()
				}
				root.HelpFunc()(cmd, args)
			})
		}
		switch {
		case c.Name() == "help" && c.Parent() == root:
			c.Use, c.Short, c.Long = "help [kommando]", "Vis hjælp til en kommando", ""
		case c.Name() == "completion" && c.Parent() == root:
			c.Short = "Lav et script, så din skal kan fuldføre kommandoer og filnavne"
			c.Long = "Skriver et script, der lader din skal fuldføre privatlivs kommandoer og filnavne. Hjælpen til hver skal fortæller, hvordan scriptet tages i brug."
		case c.Parent() != nil && c.Parent().Name() == "completion":
			c.Short = "Script til " + c.Name()
			c.Long = "Skriver scriptet, der lader " + c.Name() + " fuldføre privatlivs kommandoer og filnavne. Gem det, hvor " + c.Name() +
				" læser fuldførelser fra, eller indlæs det i den skal, du bruger nu:\n\n  " + loadCompletion[c.Name()]
			if f := c.Flags().Lookup("no-descriptions"); f != nil {
				f.Usage = "uden beskrivelser af kommandoerne"
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: danishError(err)}
	})
}

// loadCompletion loads the completion script into the running shell.
var loadCompletion = map[string]string{
	"bash":       "source <(privatliv completion bash)",
	"zsh":        "source <(privatliv completion zsh)",
	"fish":       "privatliv completion fish | source",
	"powershell": "privatliv completion powershell | Out-String | Invoke-Expression",
}

// cobraErrors are cobra's and pflag's usage errors, in Danish.
var cobraErrors = []struct {
	re *regexp.Regexp
	da string
}{
	{regexp.MustCompile(`^unknown command "(.*)" for "(.*)"`), "ukendt kommando »$1« til $2"},
	{regexp.MustCompile(`^unknown flag: (\S+)`), "ukendt flag $1"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in \S+`), "ukendt flag -$1"},
	{regexp.MustCompile(`^flag needs an argument: '?(\S+?)'?( in .*)?$`), "flaget $1 skal have en værdi"},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: (.*)`), "»$1« er ikke en gyldig værdi for $2: $3"},
	{regexp.MustCompile(`^bad flag syntax: (.*)`), "forkert skrevet flag: $1"},
	{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)`), "tager højst $1 argument, fik $2"},
}

// danishError says a cobra or pflag usage error in Danish; other errors
// are returned as they are.
func danishError(err error) error {
	msg := err.Error()
	for _, e := range cobraErrors {
		if e.re.MatchString(msg) {
			msg = e.re.ReplaceAllString(msg, e.da)
			return fmt.Errorf("%s", strings.Replace(msg, "Did you mean this?", "Mente du:", 1))
		}
	}
	return err
}
