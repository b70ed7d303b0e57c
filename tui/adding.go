package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
	"github.com/privatliv/privatliv/internal/inert"
)

// Nothing is added behind the owner's back. A vendor from the catalogue
// joins the purpose it serves that the answers already have, or the wizard
// asks which; a purpose added from a template says which groups and data
// it brings; deleting a purpose offers to delete what only it used. Every
// change is said in the status line.

// addPurpose adds the typical purpose at choice, fitted to the groups the
// answers have, with the data and the business's own categories it needs.
func addPurpose(a *drafts.Answers, choice int) int {
	ts := drafts.PurposeTemplatesFor(a)
	if choice < 0 || choice >= len(ts) {
		a.Purposes = append(a.Purposes, drafts.Purpose{})
		return len(a.Purposes) - 1
	}
	return addTemplate(a, ts[choice])
}

// addTemplate adds a typical purpose to a and returns its index.
func addTemplate(a *drafts.Answers, t drafts.PurposeTemplate) int {
	p := drafts.FitPurpose(a, t.Purpose)
	if p.ID != "" {
		p.ID = uniqueSlug(p.ID, func(id string) bool { return purposeTaken(a, id, -1) })
	}
	for _, c := range t.Categories {
		if slices.Contains(p.Data, c.ID) && !slices.ContainsFunc(a.Categories, func(x drafts.CustomCategory) bool { return x.ID == c.ID }) {
			a.Categories = append(a.Categories, c)
		}
	}
	a.Purposes = append(a.Purposes, p)
	ensureSubjects(a, p)
	return len(a.Purposes) - 1
}

// describePurpose says what adding the typical purpose at choice changes
// besides the purpose itself: the groups and data it brings.
func describePurpose(a *drafts.Answers, choice int) string {
	ts := drafts.PurposeTemplatesFor(a)
	if choice < 0 || choice >= len(ts) || ts[choice].Purpose.ID == "" {
		return ""
	}
	p := drafts.FitPurpose(a, ts[choice].Purpose)
	msg := "Formålet »" + p.Name + "« er tilføjet"
	if more := subjectChanges(a, p, ts[choice].Categories); more != "" {
		msg += " – " + more
	}
	return msg + "."
}

// subjectChanges says which groups and data adding p would add to a.
func subjectChanges(a *drafts.Answers, p drafts.Purpose, cats []drafts.CustomCategory) string {
	name := func(id string) string {
		for _, c := range cats {
			if c.ID == id {
				return c.Name
			}
		}
		return content.CategoryText(a, id)
	}
	var parts []string
	for _, g := range p.Subjects {
		i := slices.IndexFunc(a.Subjects, func(s drafts.Subject) bool { return s.Key() == g })
		var data []string
		for _, d := range p.Data {
			if i < 0 || !slices.Contains(a.Subjects[i].Data, d) {
				data = append(data, name(d))
			}
		}
		switch {
		case i < 0:
			parts = append(parts, fmt.Sprintf("gruppen %s med %s", groupLabel(a, g), joinDanish(data)))
		case len(data) > 0:
			parts = append(parts, fmt.Sprintf("%s hos %s", joinDanish(data), groupLabel(a, g)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "og " + joinDanish(parts)
}

// ensureSubjects adds the groups a purpose is about, with its data, when
// the answers do not describe them yet, so a template never leaves a
// dangling reference. What it adds is said by describePurpose.
func ensureSubjects(a *drafts.Answers, p drafts.Purpose) {
	for _, g := range p.Subjects {
		found := false
		for i := range a.Subjects {
			if a.Subjects[i].Key() == g {
				found = true
				for _, d := range p.Data {
					if !contains(a.Subjects[i].Data, d) {
						a.Subjects[i].Data = append(a.Subjects[i].Data, d)
					}
				}
			}
		}
		if !found {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: g, Data: append([]string(nil), p.Data...)})
		}
	}
}

// addVendor adds the catalogue vendor at choice with its cookies. It joins
// the one purpose of the answers it fits; with none or several, the wizard
// asks (askVendorPurpose), and until then it serves none. The choices
// after the catalogue add a vendor typed by hand and a recipient named by
// category; neither gets facts (role, country) nobody gave.
func addVendor(a *drafts.Answers, choice int) int {
	cat := drafts.Catalogue()
	if choice < 0 || choice >= len(cat) {
		v := drafts.Vendor{}
		if k := choice - len(cat) - 1; k >= 0 && k < len(drafts.RecipientCategories) {
			v.Category = drafts.RecipientCategories[k].ID
		}
		a.Vendors = append(a.Vendors, v)
		return len(a.Vendors) - 1
	}
	cv := cat[choice]
	v := drafts.Vendor{Catalog: cv.ID}
	purpose := ""
	if fits := drafts.FittingPurposes(a, cv); len(fits) == 1 {
		purpose = fits[0]
		v.Purposes = []string{purpose}
	}
	named := vendorCookies(a, cv, purpose)
	for _, c := range named {
		a.Cookies.List = append(a.Cookies.List, c)
		// The site has cookies after all.
		a.Cookies.None = false
	}
	// A category entry that described the same cookie goes, and a consent
	// tool becomes the banner when none is named; describeVendor says so.
	dropCovered(a, named)
	adoptBanner(a, cv)
	a.Vendors = append(a.Vendors, v)
	return len(a.Vendors) - 1
}

// describeVendor says what adding the catalogue vendor at choice does.
func describeVendor(a *drafts.Answers, choice int) string {
	cat := drafts.Catalogue()
	if choice < 0 || choice >= len(cat) {
		return ""
	}
	cv := cat[choice]
	msg := cv.Name + " er tilføjet"
	if fits := drafts.FittingPurposes(a, cv); len(fits) == 1 {
		msg += " til formålet »" + purposeName(a, fits[0]) + "«"
	}
	var names []string
	nonNecessary := false
	for _, c := range cv.Cookies {
		if !hasCookie(a, c.Name) {
			names = append(names, c.Name)
			nonNecessary = nonNecessary || c.Category != "necessary"
		}
	}
	switch len(names) {
	case 0:
	case 1:
		msg += " med cookien " + names[0]
	default:
		msg += " med cookierne " + joinDanish(names)
	}
	msg += "."
	if wouldAdoptBanner(a, cv) {
		msg += " " + cv.Name + " står nu som jeres" + " cookiebanner."
	}
	if gone := wouldDrop(a, vendorCookies(a, cv, "")); len(gone) > 0 {
		msg += " " + joinDanish(gone) + " i cookieoversigten."
	}
	if cv.Role == drafts.Unknown || cv.Transfer == drafts.Unknown || cv.Country == drafts.Unknown {
		msg += " Kataloget kender ikke alt om " + cv.Name + " – udfyld det, der mangler, ud fra jeres aftale."
	}
	if nonNecessary && !a.Cookies.Banner {
		msg += " Cookies til statistik og marketing kræver et cookiebanner (trin 6)."
	}
	return msg
}

func purposeName(a *drafts.Answers, id string) string {
	for _, p := range a.Purposes {
		if p.ID == id {
			return orText(p.Name, id)
		}
	}
	return id
}

func hasCookie(a *drafts.Answers, name string) bool {
	for _, c := range a.Cookies.List {
		if c.Name == name {
			return true
		}
	}
	return false
}

// askVendorPurpose asks which purpose a catalogue vendor just added
// serves, when the answers have no purpose it clearly fits, or several:
// one of the purposes there are, a new one from the purpose it usually
// serves, or none yet. nil when there is nothing to ask.
func askVendorPurpose(m *Model, i int) tea.Cmd {
	v := m.a.Vendors[i]
	cv, ok := drafts.LookupVendor(v.Catalog)
	if !ok || len(v.Purposes) > 0 {
		return nil
	}
	fits := drafts.FittingPurposes(m.a, cv)
	var opts []huh.Option[int]
	for _, id := range fits {
		opts = append(opts, huh.NewOption(purposeName(m.a, id), slices.IndexFunc(m.a.Purposes, func(p drafts.Purpose) bool { return p.ID == id })))
	}
	// The purpose the vendor usually serves, new, comes next: with no
	// purpose that fits, it is the likely answer.
	newPurpose := -1
	if t, ok := cv.PurposeTemplate(m.a); ok && !slices.Contains(fits, t.Purpose.ID) {
		newPurpose = len(m.a.Purposes)
		opts = append(opts, huh.NewOption("Et nyt formål: "+t.Purpose.Name, newPurpose))
	}
	for j, p := range m.a.Purposes {
		if !slices.Contains(fits, p.ID) {
			opts = append(opts, huh.NewOption(orText(p.Name, p.ID), j))
		}
	}
	later := len(m.a.Purposes) + 1
	opts = append(opts, huh.NewOption("Intet endnu – jeg vælger i leverandørens formular", later))
	// The question is the vendor list's pick, and its answer opens the
	// vendor's form as a new vendor would.
	c := *m.coll
	c.templates = nil
	c.then = nil
	// What adding the vendor did is said with what the answer does.
	before := m.status
	purposeAnswer := func(a *drafts.Answers, choice int) string {
		switch {
		case choice == later:
			return cv.Name + " bruges ikke til noget formål endnu; vælg det under »Til hvilke formål?«."
		case choice == newPurpose:
			t, _ := cv.PurposeTemplate(a)
			p := drafts.FitPurpose(a, t.Purpose)
			msg := "Formålet »" + p.Name + "« er tilføjet med " + cv.Name
			if more := subjectChanges(a, p, t.Categories); more != "" {
				msg += " " + more
			}
			return msg + "."
		}
		return cv.Name + " er tilføjet til formålet »" + orText(a.Purposes[choice].Name, a.Purposes[choice].ID) + "«."
	}
	c.describe = func(a *drafts.Answers, choice int) string {
		return strings.TrimSpace(before + " " + purposeAnswer(a, choice))
	}
	c.add = func(a *drafts.Answers, choice int) int {
		id := ""
		switch {
		case choice == later:
		case choice == newPurpose:
			t, _ := cv.PurposeTemplate(a)
			id = a.Purposes[addTemplate(a, t)].ID
		case choice >= 0 && choice < len(a.Purposes):
			id = a.Purposes[choice].ID
		}
		if id != "" {
			a.Vendors[i].Purposes = []string{id}
			for k := range a.Cookies.List {
				if ck := &a.Cookies.List[k]; ck.Provider == cv.Name && ck.PurposeID == "" {
					ck.PurposeID = id
				}
			}
		}
		return i
	}
	m.coll = &c
	m.pick = opts[0].Value
	title := "Hvilket formål bruger I " + cv.Name + " til?"
	desc := "Der er ikke ét formål, " + cv.Name + " oplagt hører til."
	if len(fits) > 1 {
		desc = cv.Name + " passer til flere af jeres formål; de står øverst."
	}
	q := newQuestions()
	m.show(q.group("", q.pickInt("pick", title, desc, opts, &m.pick)))
	m.mode = modePick
	return m.formInit()
}

// orphans are what only one purpose uses: data of a group, whole groups,
// vendors and cookies.
type orphans struct {
	data    map[string][]string // group key -> data ids only the purpose uses
	groups  []string            // groups only the purpose is about
	vendors []int               // vendors that serve only the purpose
	cookies []string            // cookies tied to the purpose
}

func (o orphans) empty() bool {
	return len(o.data) == 0 && len(o.groups) == 0 && len(o.vendors) == 0 && len(o.cookies) == 0
}

// purposeOrphans lists what no other purpose of a uses than purpose i.
func purposeOrphans(a *drafts.Answers, i int) orphans {
	p := a.Purposes[i]
	o := orphans{data: map[string][]string{}}
	others := slices.Delete(slices.Clone(a.Purposes), i, i+1)
	for _, s := range a.Subjects {
		if !slices.Contains(p.Subjects, s.Key()) {
			continue
		}
		var left []string
		for _, q := range others {
			if slices.Contains(q.Subjects, s.Key()) {
				left = append(left, q.Data...)
			}
		}
		usedElsewhere := slices.ContainsFunc(others, func(q drafts.Purpose) bool { return slices.Contains(q.Subjects, s.Key()) })
		if !usedElsewhere && !sourceUses(a, s.Key()) && !slices.Contains(a.Processor.Subjects, s.Key()) {
			o.groups = append(o.groups, s.Key())
			continue
		}
		for _, d := range s.Data {
			if slices.Contains(p.Data, d) && !slices.Contains(left, d) {
				o.data[s.Key()] = append(o.data[s.Key()], d)
			}
		}
		if len(o.data[s.Key()]) == 0 {
			delete(o.data, s.Key())
		}
	}
	for j, v := range a.Vendors {
		if len(v.Purposes) > 0 && !slices.ContainsFunc(v.Purposes, func(id string) bool { return id != p.ID }) && !slices.Contains(a.Processor.Vendors, orText(v.Catalog, v.Name)) {
			o.vendors = append(o.vendors, j)
		}
	}
	for _, k := range a.Cookies.List {
		if k.PurposeID == p.ID {
			o.cookies = append(o.cookies, k.Name)
		}
	}
	return o
}

func sourceUses(a *drafts.Answers, g string) bool {
	return slices.ContainsFunc(a.Sources, func(s drafts.Source) bool { return slices.Contains(s.Subjects, g) })
}

// describe lists the orphans as the delete question says them.
func (o orphans) describe(a *drafts.Answers) string {
	var parts []string
	for _, g := range o.groups {
		parts = append(parts, "gruppen "+groupLabel(a, g))
	}
	for _, s := range a.Subjects {
		if ds := o.data[s.Key()]; len(ds) > 0 {
			var names []string
			for _, d := range ds {
				names = append(names, content.CategoryText(a, d))
			}
			parts = append(parts, joinDanish(names)+" hos "+groupLabel(a, s.Key()))
		}
	}
	for _, j := range o.vendors {
		parts = append(parts, "leverandøren "+drafts.VendorLabel(drafts.ResolveVendor(a.Vendors[j])))
	}
	switch len(o.cookies) {
	case 0:
	case 1:
		parts = append(parts, "cookien "+o.cookies[0])
	default:
		parts = append(parts, "cookierne "+joinDanish(o.cookies))
	}
	return joinDanish(parts)
}

// removeOrphans deletes the orphans of a purpose that is gone, and every
// reference to the purpose.
func removeOrphans(a *drafts.Answers, id string, o orphans) {
	a.Subjects = slices.DeleteFunc(a.Subjects, func(s drafts.Subject) bool { return slices.Contains(o.groups, s.Key()) })
	for i := range a.Subjects {
		if ds := o.data[a.Subjects[i].Key()]; len(ds) > 0 {
			a.Subjects[i].Data = slices.DeleteFunc(a.Subjects[i].Data, func(d string) bool { return slices.Contains(ds, d) })
		}
	}
	// Vendors by index, from the last, so the indexes hold.
	vs := slices.Clone(o.vendors)
	slices.Sort(vs)
	for k := len(vs) - 1; k >= 0; k-- {
		a.Vendors = removeAt(a.Vendors, vs[k])
	}
	// The purpose's removal already unlinked these cookies (their
	// purpose_id is empty now): they are the ones the orphans named.
	a.Cookies.List = slices.DeleteFunc(a.Cookies.List, func(k drafts.Cookie) bool {
		return (k.PurposeID == id || k.PurposeID == "") && slices.Contains(o.cookies, k.Name)
	})
	// A category of one's own that nothing holds any more goes too.
	held := map[string]bool{}
	for _, s := range a.Subjects {
		for _, d := range s.Data {
			held[d] = true
		}
	}
	for _, s := range a.Sources {
		for _, d := range s.Data {
			held[d] = true
		}
	}
	a.Categories = slices.DeleteFunc(a.Categories, func(c drafts.CustomCategory) bool { return !held[c.ID] })
}

// dropPurposeRefs takes a deleted purpose's id out of the vendors,
// disclosures and cookies that named it, so nothing points at it.
func dropPurposeRefs(a *drafts.Answers, id string) int {
	n := 0
	for i := range a.Vendors {
		if slices.Contains(a.Vendors[i].Purposes, id) {
			n++
		}
		a.Vendors[i].Purposes = slices.DeleteFunc(a.Vendors[i].Purposes, func(x string) bool { return x == id })
		delete(a.Vendors[i].PurposeRoles, id)
	}
	for i := range a.Disclosures {
		if slices.Contains(a.Disclosures[i].Purposes, id) {
			n++
		}
		a.Disclosures[i].Purposes = slices.DeleteFunc(a.Disclosures[i].Purposes, func(x string) bool { return x == id })
	}
	for i := range a.Cookies.List {
		if a.Cookies.List[i].PurposeID == id {
			a.Cookies.List[i].PurposeID = ""
			n++
		}
	}
	for i := range a.Cookies.Categories {
		if a.Cookies.Categories[i].PurposeID == id {
			a.Cookies.Categories[i].PurposeID = ""
			n++
		}
	}
	return n
}

// deleteNote is the delete question's extra line for an item with
// orphans.
func (m *Model) deleteNote() string {
	if m.coll == nil || m.coll.orphans == nil || m.item >= m.coll.count(m.a) {
		return ""
	}
	o := m.coll.orphans(m.a, m.item)
	if o.empty() {
		return ""
	}
	return inert.Text("Kun dette formål bruger " + o.describe(m.a) + ".")
}

// confirmDelete deletes the item the delete question is about: with alle
// (a), also what only it used.
func (m *Model) confirmDelete(all bool) string {
	name := m.coll.name(m.a, m.item)
	var o orphans
	hasOrphans := m.coll.orphans != nil
	id := ""
	if hasOrphans {
		o = m.coll.orphans(m.a, m.item)
		id = m.a.Purposes[m.item].ID
	}
	n := m.coll.remove(m.a, m.item)
	msg := "Slettede " + name
	if !hasOrphans && n > 0 {
		msg += " og fjernede " + plural(n, "henvisning", "henvisninger") + " til det fra andre svar"
	}
	if hasOrphans {
		if all && !o.empty() {
			what := o.describe(m.a)
			removeOrphans(m.a, id, o)
			msg += " og " + what
		}
		// References left after the orphans went: those removed with the
		// purpose, less those in what was deleted with it.
		refs := dropPurposeRefs(m.a, id)
		if !all || o.empty() {
			refs += n
		}
		if refs > 0 {
			msg += " og fjernede " + plural(refs, "henvisning", "henvisninger") + " til det fra andre svar"
		}
		// A vendor, disclosure or group left with no purpose is said, so
		// nothing dangles unseen.
		if !all && !o.empty() {
			msg += "; " + o.describe(m.a) + " står tilbage uden formålet"
		}
	}
	return strings.TrimSpace(msg) + "."
}

// deleteQuestion is the delete dialog's text: with what only the item
// uses, whether to delete that too.
func (m *Model) deleteQuestion() string {
	q := "  " + m.coll.name(m.a, m.item)
	if note := m.deleteNote(); note != "" {
		return q + "\n\n" + note + "\n\n  j  ja, slet også det\n  k  slet kun formålet\n  n  nej"
	}
	return q + "\n\n  j  ja, slet\n  n  nej"
}
