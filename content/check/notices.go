package check

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Art. 13 and 14 apply to every document that informs people, so with
// separate notices (document.notices) they apply to each notice and to the
// policy that leaves those groups out: each is checked as the answers it
// is written from (content.Subset), and what it finds beyond the rules
// for the whole file is reported for that document, at the answer file's
// paths.

// notices checks each separate notice and the policy without their groups.
func (c *checker) notices() {
	a := c.a
	if len(a.Document.Notices) == 0 {
		return
	}
	for i, n := range a.Document.Notices {
		s := content.ForGroups(a, n.Groups)
		label := noticeLabel(s)
		if !c.errorsOnly && strings.TrimSpace(n.Where) == "" {
			c.add(SeverityWarning, fmt.Sprintf("document.notices[%d].where", i+1), "art. 12(1) og art. 13", fmt.Sprintf("politikken siger ikke, hvor %s finder deres særskilte orientering", content.JoinAnd(groupTexts(a, s.Groups))),
				"Skriv i where, hvor de får den, som en sætning til dem, fx »Du får den, når du bliver ansat, og den ligger i personalehåndbogen.«")
		}
		c.subset(s, label)
	}
	c.subset(content.WebsiteSubset(a), "privatlivspolitikken uden de grupper, der har egen orientering")
}

// noticeLabel names a notice in a finding: "orienteringen til
// medarbejdere og jobansøgere".
func noticeLabel(s content.Subset) string {
	return "orienteringen til " + content.JoinAnd(groupTexts(s.Answers, s.Groups))
}

func groupTexts(a *drafts.Answers, groups []string) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = content.GroupText(a, g)
	}
	return out
}

// subset runs the completeness rules (art. 13 and 14) over one
// document's answers and adds, for that document, what the whole file's
// rules did not find; and it checks that each of its groups is told a
// purpose and what each of their data is for. The consistency rules are
// about answers, not documents: a subset holds the same answers, so what
// they find is found for the whole file.
func (c *checker) subset(s content.Subset, label string) {
	sub := &checker{a: s.Answers, now: c.now, errorsOnly: c.errorsOnly}
	sub.audience(s)
	sub.completeness()
	seen := map[string]bool{}
	for _, f := range c.out {
		seen[f.Severity+"\x00"+f.Reference+"\x00"+f.Message] = true
	}
	for _, f := range sub.out {
		if !s.General && strings.HasPrefix(f.Path, "cookies") {
			continue // the website's cookies are the policy's, not a notice's
		}
		if seen[f.Severity+"\x00"+f.Reference+"\x00"+f.Message] {
			continue
		}
		seen[f.Severity+"\x00"+f.Reference+"\x00"+f.Message] = true
		f.Path = s.Path(f.Path)
		f.Message = label + ": " + f.Message
		c.out = append(c.out, f)
	}
}

// audience checks what only a document to some groups can miss: a group
// told no purpose (art. 13(1)(c)), and a category of a group's data that
// none of its purposes uses, so the reader is told the data but not why.
func (c *checker) audience(s content.Subset) {
	a := s.Answers
	for _, g := range s.Groups {
		var used []string
		found := false
		for _, p := range a.Purposes {
			if slices.Contains(p.Subjects, g) {
				found = true
				used = append(used, p.Data...)
			}
		}
		if !found {
			c.add(SeverityError, subjectPath(a, g), "art. 13(1)(c)", fmt.Sprintf("intet formål gælder %s", content.GroupText(a, g)),
				"Tilføj gruppen til de formål, I bruger deres oplysninger til, eller fjern gruppen.")
			continue
		}
		if c.errorsOnly {
			continue
		}
		for j, sub := range a.Subjects {
			if sub.Key() != g {
				continue
			}
			for k, d := range sub.Data {
				if !slices.Contains(used, d) {
					c.add(SeverityWarning, fmt.Sprintf("subjects[%d].data[%d]", j+1, k+1), "art. 13(1)(c)", fmt.Sprintf("der står %s om %s, men intet af deres formål bruger oplysningerne", content.CategoryText(a, d), content.GroupText(a, g)),
						"Tilføj oplysningerne til det formål, I bruger dem til, eller fjern dem fra gruppen.")
				}
			}
		}
	}
}

// subjectPath is the path of group g in a's list of groups.
func subjectPath(a *drafts.Answers, g string) string {
	for j, s := range a.Subjects {
		if s.Key() == g {
			return fmt.Sprintf("subjects[%d]", j+1)
		}
	}
	return "subjects"
}

// CheckNotice finds what the separate notice to groups is missing or gets
// wrong: every rule applied to the answers it is written from, at the
// answer file's paths, and what only such a notice can miss.
func CheckNotice(a *drafts.Answers, groups []string, now time.Time) []Finding {
	s := content.ForGroups(a, groups)
	sub := &checker{a: s.Answers, now: now}
	sub.audience(s)
	out := uninformed(a, groups)
	sub.toldByOthers(s)
	for _, f := range append(Check(s.Answers, now), sub.out...) {
		if strings.HasPrefix(f.Path, "cookies") {
			continue // the website's cookies are the policy's, not a notice's
		}
		f.Path = s.Path(f.Path)
		out = append(out, f)
	}
	return out
}

// CountErrorsNotice is the number of errors CheckNotice finds in answers
// that have passed drafts.Validate, which mark a notice as a draft.
func CountErrorsNotice(a *drafts.Answers, groups []string, now time.Time) int {
	s := content.ForGroups(a, groups)
	c := &checker{a: s.Answers, now: now, errorsOnly: true}
	c.audience(s)
	n := len(uninformed(a, groups))
	for _, f := range append(checkRules(s.Answers, now, true, nil), c.out...) {
		if f.Severity == SeverityError && !strings.HasPrefix(f.Path, "cookies") {
			n++
		}
	}
	return n
}

// uninformed: a group the answers say is not told (subjects.not_informed,
// art. 14(5)) must get no notice addressed to it.
func uninformed(a *drafts.Answers, groups []string) []Finding {
	var out []Finding
	for _, g := range content.Uninformed(a, groups) {
		out = append(out, Finding{Severity: SeverityError, Path: subjectPath(a, g) + ".not_informed", Reference: "art. 14(5)", Message: content.UninformedReason(a, g),
			Suggestion: "Skriv ikke en orientering til gruppen. Skal den alligevel have besked, så fjern not_informed.", Plain: "Skriv ikke en orientering til gruppen. Skal den alligevel have besked, så svar, at den får besked."})
	}
	return out
}

// toldByOthers: a notice to a group whose every category the business gets
// from others is an art. 14 notice, which the business must give within a
// month (art. 14(3)) unless an exception in art. 14(5) applies; only the
// business knows which, so it is asked.
func (c *checker) toldByOthers(s content.Subset) {
	a := s.Answers
	for _, g := range s.Groups {
		if a.NotInformed(g) != "" {
			continue
		}
		j := slices.IndexFunc(a.Subjects, func(sub drafts.Subject) bool { return sub.Key() == g })
		if j < 0 || len(a.Subjects[j].Data) == 0 {
			continue
		}
		fromOthers := func(d string) bool {
			return slices.ContainsFunc(a.Sources, func(src drafts.Source) bool {
				return slices.Contains(src.Subjects, g) && slices.Contains(src.Data, d)
			})
		}
		if !slices.ContainsFunc(a.Subjects[j].Data, func(d string) bool { return !fromOthers(d) }) {
			c.add(SeverityWarning, subjectPath(a, g)+".not_informed", "art. 14(3) og (5)", fmt.Sprintf("alle oplysninger om %s får I fra andre; så skal de have orienteringen senest en måned efter, medmindre en undtagelse i art. 14, stk. 5 gælder", content.GroupText(a, g)),
				fmt.Sprintf("Giver I dem orienteringen, kan I lade det stå. Gælder en undtagelse (fx tavshedspligt), så skriv den i not_informed (%s); så skrives der ingen orientering til dem.", strings.Join(drafts.IDs(drafts.NoticeExemptions), ", ")),
				"Giver I dem orienteringen, kan I lade det stå. Gælder en undtagelse (fx tavshedspligt), så svar, hvilken; så skrives der ingen orientering til dem.")
		}
	}
}
