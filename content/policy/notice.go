package policy

import (
	"path/filepath"
	"strings"
	"sync"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// A separate notice (art. 13 and 14) to some groups of people, such as
// employees and job applicants, is the policy written from only what
// concerns them (content.ForGroups): their purposes, data, bases, sources,
// recipients and retention, and the rights those give. It has the
// policy's sections and completeness, its own title and lead, and names
// itself as a notice (templates/da/notice/). The policy then leaves those
// groups out and says where they find theirs (separateNotices).

// noticeSets are the notice's templates in each voice: the policy's with
// templates/da/notice/ parsed over them.
var noticeSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts {
		return textSets[content.We]().Variant(templateFS, "notice", content.Lang, content.We)
	}),
	content.I: sync.OnceValue(func() *content.Texts {
		return textSets[content.I]().Variant(templateFS, "notice", content.Lang, content.I)
	}),
}

// parentSets are the notice's templates for a notice to children, which
// speaks to their parents (templates/da/notice/parents/).
var parentSets = [2]func() *content.Texts{
	content.We: sync.OnceValue(func() *content.Texts {
		return noticeSets[content.We]().Variant(templateFS, "notice/parents", content.Lang, content.We)
	}),
	content.I: sync.OnceValue(func() *content.Texts {
		return noticeSets[content.I]().Variant(templateFS, "notice/parents", content.Lang, content.I)
	}),
}

// writing holds the answers a notice is being written from, so that its
// sections, which see only answers, speak as the notice: the value is
// true for a notice to the parents of children.
var writing sync.Map // *drafts.Answers -> bool

func isNotice(a *drafts.Answers) bool {
	_, ok := writing.Load(a)
	return ok
}

func toParents(a *drafts.Answers) bool {
	v, ok := writing.Load(a)
	return ok && v.(bool)
}

// ForParents reports whether a notice to groups is written to the
// holders of parental custody: every group is children. A child's
// parents contract for it, consent to its treatment under 15 and use its
// rights on its behalf, so a small business's notice speaks to them of
// »dit barn« (art. 12(1), recital 58).
func ForParents(a *drafts.Answers, groups []string) bool {
	s := content.ForGroups(a, groups)
	return len(s.Groups) > 0 && content.AllChildren(a, s.Groups)
}

// GenerateNotice builds the separate notice to the groups of people in
// groups (subject group keys). A group the answers do not describe is left
// out; with none left, the notice has only what every notice says.
func GenerateNotice(a *drafts.Answers, groups []string) *Policy {
	s := content.ForGroups(a, groups)
	b := s.Answers
	writing.Store(b, len(s.Groups) > 0 && content.AllChildren(a, s.Groups))
	defer writing.Delete(b)
	p := Generate(b)
	data := map[string]any{
		"Groups":    content.AndList(b, groupNames(b, s.Groups, content.GroupName)),
		"Name":      companyName(b),
		"Effective": content.LongDate(b.Document.Effective),
		"Version":   content.Esc(content.Clean(b.Document.Version)),
	}
	p.Lead = content.SqueezeBlankLines(fill(b, "notice lead", data))
	name := content.Clean(b.Controller.Name)
	if strings.TrimSpace(name) == "" {
		name = fill(b, "gap plain", term(b, "missing name"))
	}
	p.Title = fill(b, "notice title", map[string]string{
		"Groups": content.JoinAnd(groupNames(b, s.Groups, content.GroupText)),
		"Name":   name,
	})
	p.kind = kindNotice
	return p
}

func groupNames(a *drafts.Answers, groups []string, name func(*drafts.Answers, string) string) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = name(a, g)
	}
	return out
}

// separateNotices is the policy's section on the groups that get a notice
// of their own: whom each is for and where they find it.
func separateNotices(a *drafts.Answers) string {
	type item struct{ Groups, Where string }
	var items []item
	for _, n := range a.Document.Notices {
		items = append(items, item{content.AndList(a, groupNames(a, n.Groups, content.GroupName)), content.Sentence(n.Where)})
	}
	if len(items) == 0 {
		return ""
	}
	return exec(a, "separate", map[string]any{"Items": items})
}

// NoticePath is where the separate notice to groups of the answer file at
// path is written in format (md or html): next to it, named after the
// groups, "firma.toml" -> "firma-orientering-medarbejdere-jobansoegere.md".
func NoticePath(a *drafts.Answers, path string, groups []string, format string) string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	return base + "-" + NoticeSlug(a, groups) + "." + format
}

// NoticeSlug names the notice to groups in a file name: "orientering"
// and a word per group.
func NoticeSlug(a *drafts.Answers, groups []string) string {
	parts := []string{term(a, "file notice")}
	for _, g := range groups {
		if w, ok := termOK(a, "file", g); ok {
			parts = append(parts, w)
		} else {
			parts = append(parts, g)
		}
	}
	return strings.Join(parts, "-")
}
