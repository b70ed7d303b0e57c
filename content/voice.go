package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"text/template"

	"github.com/privatliv/privatliv/drafts"
)

// All of the policy's own words live in the templates (templates/*.md):
// the sections' clauses, their titles and the terms the sections are built
// from (terms.md). Go passes ids, values and booleans; it chooses what to
// say, the templates say it.
//
// The policy speaks as "vi" or, for a one-person business that writes so,
// as "jeg" (controller.voice). The templates mark every word that follows
// the voice with a marker; they are parsed once per voice with the markers
// replaced, so the voice costs nothing when a policy is generated:
//
//	{{vi}} {{Vi}}    vi / jeg
//	{{os}} {{Os}}    os / mig
//	{{min}} {{Min}}  vores / min   (common gender: min hjemmeside)
//	{{mit}} {{Mit}}  vores / mit   (neuter: mit nyhedsbrev)
//	{{mine}} {{Mine}} vores / mine (plural: mine kunder)
//	{{if solo}}…{{else}}…{{end}}  text only a one-person business can say
//	                              (also {{else if solo}})

var pronouns = map[bool]map[string]string{
	false: {"vi": "vi", "Vi": "Vi", "os": "os", "Os": "Os", "min": "vores", "Min": "Vores", "mit": "vores", "Mit": "Vores", "mine": "vores", "Mine": "Vores"},
	true:  {"vi": "jeg", "Vi": "Jeg", "os": "mig", "Os": "Mig", "min": "min", "Min": "Min", "mit": "mit", "Mit": "Mit", "mine": "mine", "Mine": "Mine"},
}

// voiceSource puts a template's source in one voice before it is parsed.
func voiceSource(src string, solo bool) string {
	pairs := []string{"if solo}}", fmt.Sprintf("if %t}}", solo)}
	for k, v := range pronouns[solo] {
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	return strings.NewReplacer(pairs...).Replace(src)
}

// textSet is the templates in one voice, with the terms already looked up.
type textSet struct {
	t     *template.Template
	terms sync.Map // name -> string; the texts that take no data
}

// textSets are parsed when first needed, so a program that never writes a
// policy (the wizard's first frame) does not pay for them.
var textSets = [2]func() *textSet{
	sync.OnceValue(func() *textSet { return parseVoiced(templateFS, "templates/*.md", false) }),
	sync.OnceValue(func() *textSet { return parseVoiced(templateFS, "templates/*.md", true) }),
}

// textsFor is the template set in the voice of a's controller.
func textsFor(a *drafts.Answers) *textSet {
	if a.Controller.FirstPerson() {
		return textSets[1]()
	}
	return textSets[0]()
}

// parseVoiced parses every template in fsys, in one voice.
func parseVoiced(fsys fs.FS, pattern string, solo bool) *textSet {
	paths, err := fs.Glob(fsys, pattern)
	if err != nil || len(paths) == 0 {
		panic(fmt.Sprintf("content: no templates %s: %v", pattern, err))
	}
	ts := &textSet{}
	t := template.New("").Option("missingkey=error").Funcs(template.FuncMap{
		// hasSuffix lets a template avoid »Navn (x) (y)«: a name that
		// ends in a parenthesis gets what follows after a dash instead.
		"hasSuffix": strings.HasSuffix,
		// term is a text without data, by name: {{term "title" "klage"}}.
		"term": func(name ...string) string { return ts.term(strings.Join(name, " ")) },
		// and/or lists: "a, b og c", "a, b eller c" (see list).
		"andList": func(items []string) string { return ts.andList(items) },
		"orList":  func(items []string) string { return ts.orList(items) },
		"upper":   upperFirst,
	})
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			panic(err)
		}
		template.Must(t.New(path.Base(p)).Parse(voiceSource(string(src), solo)))
	}
	ts.t = t
	return ts
}

// term is the text of a template that takes no data, or "" when there is
// no such template. Terms are our own constant text, so each is run once.
func (ts *textSet) term(name string) string {
	if v, ok := ts.terms.Load(name); ok {
		return v.(string)
	}
	s := ""
	if ts.t.Lookup(name) != nil {
		s = ts.exec(name, nil)
	}
	ts.terms.Store(name, s)
	return s
}

// exec runs the named template with data.
func (ts *textSet) exec(name string, data any) string {
	var b bytes.Buffer
	if err := ts.t.ExecuteTemplate(&b, name, data); err != nil {
		// Templates are ours and tested; an error here is a bug, not bad input.
		panic(fmt.Sprintf("content: template %s: %v", name, err))
	}
	return b.String()
}

// term is the named text in the voice of a, "" when there is none: the
// name of a term in terms.md, such as "group customers" or "basis 6.1.a".
func term(a *drafts.Answers, name ...string) string {
	return textsFor(a).term(strings.Join(name, " "))
}

// has reports whether the templates hold the named text.
func has(a *drafts.Answers, name ...string) bool {
	return textsFor(a).t.Lookup(strings.Join(name, " ")) != nil
}

// termOK is term, and whether the templates hold it.
func termOK(a *drafts.Answers, name ...string) (string, bool) {
	ts := textsFor(a)
	n := strings.Join(name, " ")
	return ts.term(n), ts.t.Lookup(n) != nil
}

// fill runs a template that takes data, such as a sentence built from
// several answers, in the voice of a; it does not tidy blank lines.
func fill(a *drafts.Answers, name string, data any) string {
	return textsFor(a).exec(name, data)
}

// exec runs the named section template (name.md) with data, in the voice
// of a.
func exec(a *drafts.Answers, name string, data any) string {
	return squeezeBlankLines(textsFor(a).exec(name+".md", data))
}

// sayers put Go strings with voice markers in a voice: only the change
// log's lines (diff.go) are written so, because they become answers
// (document.changes) that the user may edit before they reach the policy.
var sayers = [2]*strings.Replacer{replacer(false), replacer(true)}

func replacer(solo bool) *strings.Replacer {
	var pairs []string
	for k, v := range pronouns[solo] {
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	return strings.NewReplacer(pairs...)
}

// say puts our own text s in the voice of a's controller.
func say(a *drafts.Answers, s string) string {
	if a.Controller.FirstPerson() {
		return sayers[1].Replace(s)
	}
	return sayers[0].Replace(s)
}
