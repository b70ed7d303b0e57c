package content

import (
	"strings"
	"text/template"

	"github.com/privatliv/privatliv/drafts"
)

// The policy speaks as "vi" or, for a one-person business that writes so,
// as "jeg" (controller.voice). Our own text marks every word that follows
// the voice, in templates as template functions and in Go strings as the
// same markers, replaced by say:
//
//	{{vi}} {{Vi}}    vi / jeg
//	{{os}} {{Os}}    os / mig
//	{{min}} {{Min}}  vores / min   (common gender: min hjemmeside)
//	{{mit}} {{Mit}}  vores / mit   (neuter: mit nyhedsbrev)
//	{{mine}} {{Mine}} vores / mine (plural: mine kunder)
//	{{if solo}}…{{else}}…{{end}}  text only a one-person business can say
//
// say is applied to our own strings only, never to what the user wrote.

var pronouns = map[bool]map[string]string{
	false: {"vi": "vi", "Vi": "Vi", "os": "os", "Os": "Os", "min": "vores", "Min": "Vores", "mit": "vores", "Mit": "Vores", "mine": "vores", "Mine": "Vores"},
	true:  {"vi": "jeg", "Vi": "Jeg", "os": "mig", "Os": "Mig", "min": "min", "Min": "Min", "mit": "mit", "Mit": "Mit", "mine": "mine", "Mine": "Mine"},
}

// voiceFuncs are the template functions for one voice.
func voiceFuncs(solo bool) template.FuncMap {
	fm := template.FuncMap{"solo": func() bool { return solo }}
	for k, v := range pronouns[solo] {
		fm[k] = func() string { return v }
	}
	return fm
}

var sayers = map[bool]*strings.Replacer{false: replacer(false), true: replacer(true)}

func replacer(solo bool) *strings.Replacer {
	var pairs []string
	for k, v := range pronouns[solo] {
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	return strings.NewReplacer(pairs...)
}

// say puts our own text s in the voice of a's controller.
func say(a *drafts.Answers, s string) string {
	return sayers[a.Controller.FirstPerson()].Replace(s)
}

// Say puts a text with voice markers in the voice of a's controller, for
// other packages that write sentences about the business.
func Say(a *drafts.Answers, s string) string { return say(a, s) }
