package content

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// A document written to some groups of people says only what concerns
// them: a separate notice to employees and job applicants (art. 13 and
// 14) holds only their purposes, data, bases, sources, recipients and
// retention, and the website policy leaves out the groups that get a
// notice of their own (document.notices). Both are the answers seen from
// those groups: a Subset, which every section of the policy and every
// check rule reads as answers like any other.

// Subset is the answers as a document for some groups of people sees
// them, with the way back from each of its lists to the answer file, so a
// finding about the subset can point at the file.
type Subset struct {
	*drafts.Answers
	Groups []string // the groups the document is for, in the answers' order
	// General is true for the website policy: what the answers tie to no
	// group (a purpose without groups, the cookies, the change log) is in
	// it, and in no separate notice.
	General bool
	// Whole is true when the subset is the answers themselves: the website
	// policy of answers without separate notices.
	Whole bool
	// The index in the answer file of each item of the subset's lists.
	purposes, vendors, sources, subjects, disclosures []int
}

// marketingGroups are the groups profiling for marketing can concern; a
// notice to others says nothing about it.
var marketingGroups = map[string]bool{"customers": true, "visitors": true, "subscribers": true}

// WebsiteSubset is the answers the website policy is written from: every
// group without a notice of its own, and what is tied to no group. With no
// separate notices it is the answers themselves.
func WebsiteSubset(a *drafts.Answers) Subset {
	if len(a.Document.Notices) == 0 {
		var groups []string
		for _, s := range a.Subjects {
			groups = append(groups, s.Key())
		}
		return Subset{Answers: a, Groups: groups, General: true, Whole: true}
	}
	var groups []string
	for _, s := range a.Subjects {
		if !a.Document.Separate(s.Key()) {
			groups = append(groups, s.Key())
		}
	}
	return subset(a, groups, true)
}

// ForGroups is the answers a separate notice to the groups is written
// from: only what concerns them. A group the answers do not describe is
// left out; Groups says which remain.
func ForGroups(a *drafts.Answers, groups []string) Subset {
	var keep []string
	for _, s := range a.Subjects {
		if slices.Contains(groups, s.Key()) {
			keep = append(keep, s.Key())
		}
	}
	return subset(a, keep, false)
}

// Uninformed is the groups among groups that the answers say are not told
// about their data (subjects.not_informed, art. 14(5)): no notice may be
// addressed to them, since handing it out would tell what must stay
// confidential, such as the child an underretning is about.
func Uninformed(a *drafts.Answers, groups []string) []string {
	var out []string
	for _, g := range groups {
		if a.NotInformed(g) != "" {
			out = append(out, g)
		}
	}
	return out
}

// UninformedReason says, to the business, why group g gets no notice.
func UninformedReason(a *drafts.Answers, g string) string {
	ref := drafts.Label(drafts.NoticeExemptions, a.NotInformed(g))
	if i := strings.LastIndex(ref, " ("); i >= 0 && strings.HasSuffix(ref, ")") {
		ref = ref[i+2 : len(ref)-1]
	}
	return fmt.Sprintf("persongruppen »%s« skal ifølge svarene ikke have besked om oplysningerne (not_informed, %s), så der må ikke skrives en orientering til den: at give den ville røbe det, der skal forblive fortroligt. Beder nogen om indsigt, så svar ud fra privatlivspolitikken", UpperFirst(GroupText(a, g)), ref)
}

// NoticeSubsets are the answers of each separate notice the answers ask
// for (document.notices), in order.
func NoticeSubsets(a *drafts.Answers) []Subset {
	out := make([]Subset, 0, len(a.Document.Notices))
	for _, n := range a.Document.Notices {
		out = append(out, ForGroups(a, n.Groups))
	}
	return out
}

// AllChildren reports whether every one of groups is of the kind
// children: a notice to them is addressed to the holders of parental
// custody.
func AllChildren(a *drafts.Answers, groups []string) bool {
	for _, g := range groups {
		if kindOf(a, g) != "children" {
			return false
		}
	}
	return len(groups) > 0
}

// kindOf is the kind of the group with key g (children, employees …).
func kindOf(a *drafts.Answers, g string) string {
	for _, s := range a.Subjects {
		if s.Key() == g {
			return s.Group
		}
	}
	return ""
}

func subset(a *drafts.Answers, groups []string, general bool) Subset {
	in := func(g string) bool { return slices.Contains(groups, g) }
	b := *a
	s := Subset{Answers: &b, Groups: groups, General: general}
	// The data each group has, to tell which of a shared purpose's data
	// belong to the groups left out.
	dataOf := map[string][]string{}
	b.Subjects = nil
	for i, sub := range a.Subjects {
		dataOf[sub.Key()] = sub.Data
		if in(sub.Key()) {
			b.Subjects = append(b.Subjects, sub)
			s.subjects = append(s.subjects, i)
		}
	}
	kept := map[string]bool{} // purpose ids
	b.Purposes = nil
	for i, p := range a.Purposes {
		q, ok := purposeFor(p, in, general, dataOf)
		if !ok {
			continue
		}
		// A notice to one group says the purpose in that group's words,
		// as its forms do: the parent who pays reads of the child's CPR
		// number, not its own. A notice to children is read by their
		// parents, as their forms are filled in by them (AllChildren).
		if !general && len(groups) == 1 {
			q.Description, q.Consequence = q.TextFor(groups[0])
		}
		b.Purposes = append(b.Purposes, q)
		s.purposes = append(s.purposes, i)
		kept[p.ID] = true
	}
	b.Sources = nil
	for i, src := range a.Sources {
		if len(src.Subjects) == 0 {
			if general {
				b.Sources = append(b.Sources, src)
				s.sources = append(s.sources, i)
			}
			continue
		}
		gs := filter(src.Subjects, in)
		if len(gs) == 0 {
			continue
		}
		src.Subjects = gs
		b.Sources = append(b.Sources, src)
		s.sources = append(s.sources, i)
	}
	processor := general || slices.ContainsFunc(a.Processor.Subjects, in)
	if !processor {
		b.Processor = drafts.ProcessorRole{}
	}
	b.Vendors = nil
	for i, v := range a.Vendors {
		if len(v.Purposes) == 0 {
			// Not tied to a purpose: a sub-processor for the customers
			// (processor.vendors), or an oversight check warns about.
			if processor {
				b.Vendors = append(b.Vendors, v)
				s.vendors = append(s.vendors, i)
			}
			continue
		}
		ps := filter(v.Purposes, func(id string) bool { return kept[id] })
		if len(ps) == 0 {
			continue
		}
		v.Purposes = ps
		if len(v.PurposeRoles) > 0 {
			roles := map[string]string{}
			for id, r := range v.PurposeRoles {
				if kept[id] {
					roles[id] = r
				}
			}
			v.PurposeRoles = roles
		}
		b.Vendors = append(b.Vendors, v)
		s.vendors = append(s.vendors, i)
	}
	b.Disclosures = nil
	for i, d := range a.Disclosures {
		if len(d.Purposes) == 0 {
			if general {
				b.Disclosures = append(b.Disclosures, d)
				s.disclosures = append(s.disclosures, i)
			}
			continue
		}
		ps := filter(d.Purposes, func(id string) bool { return kept[id] })
		if len(ps) == 0 {
			continue
		}
		d.Purposes = ps
		b.Disclosures = append(b.Disclosures, d)
		s.disclosures = append(s.disclosures, i)
	}
	if !general {
		// The website, its cookies and the policy's change log are the
		// policy's; a notice is its own document.
		if !in("visitors") {
			b.Cookies = drafts.Cookies{}
		}
		if !in("children") {
			b.Children.Targeted = false
		}
		b.Document.Changes = nil
		b.Document.Notices = nil
		if b.Automated.Profiling == "marketing" && !slices.ContainsFunc(groups, func(g string) bool { return marketingGroups[g] }) {
			// Profiling for marketing is about the people marketed to;
			// the answers say nothing of it to the others.
			b.Automated.Profiling, b.Automated.ProfilingDescription = "", ""
		}
	}
	return s
}

// purposeFor is p as a document for the groups in sees it: only those of
// its groups, their own bases, and the data that is not only the others'.
// A purpose tied to no group is in the general document only.
func purposeFor(p drafts.Purpose, in func(string) bool, general bool, dataOf map[string][]string) (drafts.Purpose, bool) {
	if len(p.Subjects) == 0 {
		return p, general
	}
	gs := filter(p.Subjects, in)
	if len(gs) == 0 {
		return p, false
	}
	if len(gs) == len(p.Subjects) {
		return p, true
	}
	others := filter(p.Subjects, func(g string) bool { return !in(g) })
	q := p
	q.Subjects = gs
	q.ByGroup = nil
	for _, gb := range p.ByGroup {
		if in(gb.Group) {
			q.ByGroup = append(q.ByGroup, gb)
		}
	}
	// A category is left out only when the answers give it to one of the
	// other groups and to none of these: "CPR-nummer" of employees is not
	// told to customers, but a category no group lists stays.
	ownedBy := func(d string, groups []string) bool {
		return slices.ContainsFunc(groups, func(g string) bool { return slices.Contains(dataOf[g], d) })
	}
	data := filter(p.Data, func(d string) bool { return ownedBy(d, gs) || !ownedBy(d, others) })
	if len(data) > 0 {
		q.Data = data
	}
	q.Sensitive = nil
	for _, sb := range p.Sensitive {
		if slices.Contains(q.Data, sb.Data) {
			q.Sensitive = append(q.Sensitive, sb)
		}
	}
	return q, true
}

func filter(ss []string, keep func(string) bool) []string {
	var out []string
	for _, s := range ss {
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}

// Path is the answer-file path of a path in the subset: purposes[2] of an
// employee notice may be purposes[7] of the file. A list inside an item
// that the subset shortened (a purpose's groups or data) is named as a
// whole, since its indices no longer match.
func (s Subset) Path(p string) string {
	for _, l := range []struct {
		name string
		idx  []int
	}{{"purposes", s.purposes}, {"vendors", s.vendors}, {"sources", s.sources}, {"subjects", s.subjects}, {"disclosures", s.disclosures}} {
		rest, ok := strings.CutPrefix(p, l.name+"[")
		if !ok || s.Whole {
			continue
		}
		n, tail, ok := strings.Cut(rest, "]")
		i, err := strconv.Atoi(n)
		if !ok || err != nil || i < 1 || i > len(l.idx) {
			return p
		}
		if cut := strings.IndexByte(tail, '['); cut >= 0 && l.name != "subjects" {
			tail = tail[:cut]
		}
		return fmt.Sprintf("%s[%d]%s", l.name, l.idx[i-1]+1, tail)
	}
	return p
}
