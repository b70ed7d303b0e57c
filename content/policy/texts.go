package policy

import (
	"strings"
	"sync"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// textSets are the policy's templates in each voice, parsed when first
// needed, so a program that never writes a policy (the wizard's first
// frame) does not pay for them.
var textSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.We) }),
	content.I:  sync.OnceValue(func() *content.Texts { return content.NewTexts(templateFS, content.Lang, content.I) }),
}

// textsFor is the template set in the voice of a's controller: the
// policy's, or a separate notice's for answers a notice is being written
// from (notice.go).
func textsFor(a *drafts.Answers) *content.Texts {
	if toParents(a) {
		return parentSets[content.VoiceOf(a)]()
	}
	if isNotice(a) {
		return noticeSets[content.VoiceOf(a)]()
	}
	return textSets[content.VoiceOf(a)]()
}

// term is the named text in the voice of a, "" when there is none: the
// name of a term in terms.md (the policy's or the shared ones), such as
// "group customers" or "basis 6.1.a".
func term(a *drafts.Answers, name ...string) string {
	return textsFor(a).Term(strings.Join(name, " "))
}

// has reports whether the templates hold the named text.
func has(a *drafts.Answers, name ...string) bool {
	return textsFor(a).Has(strings.Join(name, " "))
}

// termOK is term, and whether the templates hold it.
func termOK(a *drafts.Answers, name ...string) (string, bool) {
	return textsFor(a).TermOK(strings.Join(name, " "))
}

// fill runs a template that takes data, such as a sentence built from
// several answers, in the voice of a; it does not tidy blank lines.
func fill(a *drafts.Answers, name string, data any) string {
	return textsFor(a).Exec(name, data)
}

// exec runs the named section template (name.md) with data, in the voice
// of a.
func exec(a *drafts.Answers, name string, data any) string {
	return content.SqueezeBlankLines(textsFor(a).Exec(name+".md", data))
}
