package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"text/template"

	"github.com/privatliv/privatliv/drafts"
)

// The policy speaks as "vi" or, for a one-person business that writes so,
// as "jeg" (controller.voice). Our own text marks every word that follows
// the voice with a marker, in templates and in Go strings alike; templates
// are parsed once per voice with the markers replaced, and Go strings go
// through say:
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

// voiceSource puts a template's source in one voice before it is parsed,
// so the voice costs nothing when a policy is generated.
func voiceSource(src string, solo bool) string {
	return strings.NewReplacer("{{if solo}}", fmt.Sprintf("{{if %t}}", solo), "{{- if solo}}", fmt.Sprintf("{{- if %t}}", solo)).Replace(sayers[solo].Replace(src))
}

// parseVoiced parses every template in fsys, in one voice.
func parseVoiced(fsys fs.FS, pattern string, solo bool) *template.Template {
	paths, err := fs.Glob(fsys, pattern)
	if err != nil || len(paths) == 0 {
		panic(fmt.Sprintf("content: no templates %s: %v", pattern, err))
	}
	// hasSuffix lets a template avoid »Navn (x) (y)«: a name that ends in
	// a parenthesis gets what follows after a dash instead.
	t := template.New("").Option("missingkey=error").Funcs(template.FuncMap{"hasSuffix": strings.HasSuffix})
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			panic(err)
		}
		template.Must(t.New(path.Base(p)).Parse(voiceSource(string(src), solo)))
	}
	return t
}

var sayers = map[bool]*strings.Replacer{false: replacer(false), true: replacer(true)}

func replacer(solo bool) *strings.Replacer {
	var pairs []string
	for k, v := range pronouns[solo] {
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	return strings.NewReplacer(pairs...)
}

// said caches say's results: its input is always our own constant text.
var said = [2]sync.Map{}

// say puts our own text s in the voice of a's controller.
func say(a *drafts.Answers, s string) string {
	solo := a.Controller.FirstPerson()
	i := 0
	if solo {
		i = 1
	}
	if v, ok := said[i].Load(s); ok {
		return v.(string)
	}
	v := sayers[solo].Replace(s)
	said[i].Store(s, v)
	return v
}

// Say puts a text with voice markers in the voice of a's controller, for
// other packages that write sentences about the business.
func Say(a *drafts.Answers, s string) string { return sayers[a.Controller.FirstPerson()].Replace(s) }
