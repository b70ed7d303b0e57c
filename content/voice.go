package content

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"text/template"

	"github.com/privatliv/privatliv/drafts"
)

// Every word a document says lives in templates: the shared terms in
// templates/<lang>/terms.md here, and each document's own templates in its
// package's templates/<lang>/. Go passes ids, values and booleans; it
// chooses what to say, the templates say it. A second language is a new
// folder of templates beside da/.
//
// A document speaks as "vi" or, for a one-person business that writes so,
// as "jeg" (controller.voice). The templates mark every word that follows
// the voice with a marker; they are parsed once per voice with the markers
// replaced, so the voice costs nothing when a document is generated:
//
//	{{vi}} {{Vi}}    vi / jeg
//	{{os}} {{Os}}    os / mig
//	{{min}} {{Min}}  vores / min   (common gender: min hjemmeside)
//	{{mit}} {{Mit}}  vores / mit   (neuter: mit nyhedsbrev)
//	{{mine}} {{Mine}} vores / mine (plural: mine kunder)
//	{{if solo}}…{{else}}…{{end}}  text only a one-person business can say
//	                              (also {{else if solo}})

// Lang is the language the documents are written in: the folder of
// templates every package reads, templates/<Lang>/.
const Lang = "da"

//go:embed templates
var templateFS embed.FS

// Voice is who a document speaks as.
type Voice int

// The voices.
const (
	We Voice = iota // "vi": a business of more than one, and the default
	I               // "jeg": a one-person business that writes so
)

// VoiceOf is the voice of a's controller.
func VoiceOf(a *drafts.Answers) Voice {
	if a.Controller.FirstPerson() {
		return I
	}
	return We
}

// pronouns are the words each voice marker becomes, the same as in the
// text privatliv writes into answers (drafts.VoiceWords).
var pronouns = [2]map[string]string{We: drafts.VoiceWords[0], I: drafts.VoiceWords[1]}

// voiceSource puts a template's source in one voice before it is parsed.
func voiceSource(src string, v Voice) string {
	pairs := []string{"if solo}}", fmt.Sprintf("if %t}}", v == I)}
	for k, w := range pronouns[v] {
		pairs = append(pairs, "{{"+k+"}}", w)
	}
	return strings.NewReplacer(pairs...).Replace(src)
}

// Texts is a set of templates in one voice: the shared terms and, for a
// document, its own templates, with the terms that take no data looked up
// once.
type Texts struct {
	t     *template.Template
	terms sync.Map // name -> string; the texts that take no data
}

// shared are the shared terms alone, by voice, parsed when first needed: a
// program that never writes a document (the wizard's first frame) does not
// pay for them. Every term a document looks up passes here, so Lang's are
// at hand without a map; another language's are in sharedOther.
var shared = [2]func() *Texts{
	We: sync.OnceValue(func() *Texts { return parseTexts(nil, templateFS, Lang, We) }),
	I:  sync.OnceValue(func() *Texts { return parseTexts(nil, templateFS, Lang, I) }),
}

var sharedOther sync.Map // lang + voice -> func() *Texts

func sharedTerms(lang string, v Voice) *Texts {
	if lang == Lang {
		return shared[v]()
	}
	key := fmt.Sprintf("%s/%d", lang, v)
	f, ok := sharedOther.Load(key)
	if !ok {
		f, _ = sharedOther.LoadOrStore(key, sync.OnceValue(func() *Texts {
			return parseTexts(nil, templateFS, lang, v)
		}))
	}
	return f.(func() *Texts)()
}

// NewTexts is a document's template set: a copy of the shared terms in
// language lang and voice v, with every templates/<lang>/*.md in fsys (the
// document's own embedded templates) added. The document's templates may
// use every shared term and define their own; no document reads another's
// files.
func NewTexts(fsys fs.FS, lang string, v Voice) *Texts {
	return parseTexts(sharedTerms(lang, v), fsys, lang, v)
}

// Variant is a copy of ts with every templates/<lang>/<name>/*.md in fsys
// parsed over it, in voice v: a variant of a document (the policy as a
// separate notice) redefines a few of its words and keeps the rest.
func (ts *Texts) Variant(fsys fs.FS, name, lang string, v Voice) *Texts {
	return parseGlob(ts, fsys, path.Join("templates", lang, name, "*.md"), v)
}

// parseTexts parses every templates/<lang>/*.md in fsys, in voice v, into
// a copy of base, or into a new set when base is nil.
func parseTexts(base *Texts, fsys fs.FS, lang string, v Voice) *Texts {
	return parseGlob(base, fsys, path.Join("templates", lang, "*.md"), v)
}

func parseGlob(base *Texts, fsys fs.FS, pattern string, v Voice) *Texts {
	paths, err := fs.Glob(fsys, pattern)
	if err != nil || len(paths) == 0 {
		panic(fmt.Sprintf("content: no templates %s: %v", pattern, err))
	}
	ts := &Texts{}
	t := template.New("").Option("missingkey=error")
	if base != nil {
		t = template.Must(base.t.Clone())
	}
	t.Funcs(template.FuncMap{
		// hasSuffix lets a template avoid »Navn (x) (y)«: a name that
		// ends in a parenthesis gets what follows after a dash instead.
		"hasSuffix": strings.HasSuffix,
		// term is a text without data, by name: {{term "title" "klage"}}.
		"term": func(name ...string) string { return ts.Term(strings.Join(name, " ")) },
		// and/or lists: "a, b og c", "a, b eller c" (see list).
		"andList": func(items []string) string { return ts.AndList(items) },
		"orList":  func(items []string) string { return ts.OrList(items) },
		"upper":   UpperFirst,
	})
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			panic(err)
		}
		template.Must(t.New(path.Base(p)).Parse(voiceSource(string(src), v)))
	}
	ts.t = t
	return ts
}

// Term is the text of a template that takes no data, or "" when there is
// no such template. Terms are our own constant text, so each is run once.
func (ts *Texts) Term(name string) string {
	if v, ok := ts.terms.Load(name); ok {
		return v.(string)
	}
	s := ""
	if ts.Has(name) {
		s = ts.Exec(name, nil)
	}
	ts.terms.Store(name, s)
	return s
}

// TermOK is Term, and whether the set holds it.
func (ts *Texts) TermOK(name string) (string, bool) {
	return ts.Term(name), ts.Has(name)
}

// Has reports whether the set holds the named template.
func (ts *Texts) Has(name string) bool { return ts.t.Lookup(name) != nil }

// Exec runs the named template with data.
func (ts *Texts) Exec(name string, data any) string {
	var b bytes.Buffer
	if err := ts.t.ExecuteTemplate(&b, name, data); err != nil {
		// Templates are ours and tested; an error here is a bug, not bad input.
		panic(fmt.Sprintf("content: template %s: %v", name, err))
	}
	return b.String()
}

// Names lists the templates in the set, for tests that check every id has
// its term.
func (ts *Texts) Names() []string {
	var out []string
	for _, t := range ts.t.Templates() {
		out = append(out, t.Name())
	}
	return out
}

// sharedTexts is the shared terms in the voice of a; nil is "vi".
func sharedTexts(a *drafts.Answers) *Texts {
	if a == nil {
		return sharedTerms(Lang, We)
	}
	return sharedTerms(Lang, VoiceOf(a))
}

// sayers put Go strings with voice markers in a voice: only the change
// log's lines (package diff) are written so, because they become answers
// (document.changes) that the user may edit before they reach the policy.
var sayers = [2]*strings.Replacer{replacer(We), replacer(I)}

func replacer(v Voice) *strings.Replacer {
	var pairs []string
	for k, w := range pronouns[v] {
		pairs = append(pairs, "{{"+k+"}}", w)
	}
	return strings.NewReplacer(pairs...)
}

// Say puts our own text s in the voice of a's controller.
func Say(a *drafts.Answers, s string) string {
	return sayers[VoiceOf(a)].Replace(s)
}
