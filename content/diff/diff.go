// Package diff says what changed between two versions of an answer file
// that matters to the people the policy is about, in plain Danish, for the
// policy's change log (document.changes).
package diff

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func transferText(id string) string {
	if l := drafts.Label(drafts.Transfers, id); l != "" && id != "none" {
		return l
	}
	return "ikke angivet"
}

// What changed between two versions of the answers, in plain Danish, for the
// policy's change log. Only changes that matter to the people the policy is
// about count: reordered lists, comments, white space and the document's
// own metadata (date, version, change log) give nothing.

// ChangeKind says what sort of change a Change is.
type ChangeKind string

// The kinds of change Diff reports.
const (
	ChangeContact        ChangeKind = "contact"         // the controller's name or contact details, DPO, representative, authority
	ChangePurposeAdded   ChangeKind = "purpose-added"   // a new purpose
	ChangePurposeRemoved ChangeKind = "purpose-removed" // a purpose dropped
	ChangePurpose        ChangeKind = "purpose"         // a purpose renamed, or whether data must be given
	ChangeBasis          ChangeKind = "basis"           // a purpose's legal basis, interest or law
	ChangeRetention      ChangeKind = "retention"       // a purpose's retention
	ChangeData           ChangeKind = "data"            // data categories or groups of people in a purpose or group
	ChangeGroup          ChangeKind = "group"           // a group of people added or removed
	ChangeSource         ChangeKind = "source"          // a source added or removed
	ChangeVendor         ChangeKind = "vendor"          // a recipient added, removed, moved or given another role
	ChangeTransfer       ChangeKind = "transfer"        // a third country added or removed, or a transfer's basis
	ChangeCookie         ChangeKind = "cookie"          // a cookie added, removed or changed
	ChangeSecurity       ChangeKind = "security"        // security measures
	ChangeOther          ChangeKind = "other"           // automated decisions, children, processor role
)

// Change is one difference that matters, as one line of plain Danish.
type Change struct {
	Kind ChangeKind
	Text string
}

type differ struct {
	old, new *drafts.Answers
	out      []Change
}

// add reports a change, in the voice of the new answers: the line goes into
// the policy's change log. Only our own format string takes the voice,
// never the names and texts from the answers.
func (d *differ) add(kind ChangeKind, format string, args ...any) {
	d.out = append(d.out, Change{kind, fmt.Sprintf(content.Say(d.new, format), args...)})
}

// Diff lists what changed from old to new that matters to the people in the
// policy, in the policy's order. No changes gives an empty list.
func Diff(old, new *drafts.Answers) []Change {
	d := &differ{old: old, new: new}
	d.contact()
	d.controllerForm()
	d.categories()
	d.groups()
	d.notices() // notices.go
	d.purposes()
	d.sources()
	d.vendors()
	d.disclosures()
	d.banner()
	d.cookies()
	d.cookieGroups()
	d.security()
	d.others()
	d.automatedDetails()
	d.processorDetails()
	return d.out
}

// q quotes a name the Danish way: »Nyhedsbrev«.
func q(s string) string { return "»" + content.Clean(s) + "«" }

func same(a, b string) bool { return content.Clean(a) == content.Clean(b) }

func (d *differ) value(what, a, b string) {
	a, b = content.Clean(a), content.Clean(b)
	switch {
	case a == b:
	case a == "":
		d.add(ChangeContact, "%s er tilføjet: %s.", content.UpperFirst(what), b)
	case b == "":
		d.add(ChangeContact, "%s (%s) er fjernet.", content.UpperFirst(what), a)
	default:
		d.add(ChangeContact, "%s er ændret fra %s til %s.", content.UpperFirst(what), a, b)
	}
}

func address(c drafts.Controller) string {
	s := content.JoinNonEmpty(", ", c.Address, strings.TrimSpace(content.Clean(c.Postcode)+" "+content.Clean(c.Town)))
	if c.CountryCode() != "DK" {
		s += ", " + content.CountryText(c.CountryCode())
	}
	return s
}

func contactText(c *drafts.Contact) string {
	if c == nil {
		return ""
	}
	return content.JoinNonEmpty(", ", c.Name, c.Email, c.Phone)
}

func (d *differ) contact() {
	o, n := d.old.Controller, d.new.Controller
	d.value("virksomhedens navn", o.Name, n.Name)
	d.value("CVR-nummeret", o.CVR, n.CVR)
	d.value("adressen", address(o), address(n))
	d.value("e-mailadressen", o.Email, n.Email)
	d.value("telefonnummeret", o.Phone, n.Phone)
	d.value("hjemmesiden", o.Website, n.Website)
	d.value("kontaktpersonen", o.ContactPerson, n.ContactPerson)
	d.value("databeskyttelsesrådgiveren (DPO)", contactText(d.old.DPO), contactText(d.new.DPO))
	rep := func(r *drafts.Representative) string {
		if r == nil {
			return ""
		}
		return content.JoinNonEmpty(", ", r.Name, r.Address, r.Email)
	}
	d.value("repræsentanten i EU", rep(d.old.Representative), rep(d.new.Representative))
	if oc, nc := o.CountryCode(), n.CountryCode(); oc != nc {
		d.add(ChangeContact, "Den dataansvarlige er nu etableret i %s (før %s).", content.CountryText(nc), content.CountryText(oc))
	}
	// The authority follows the controller's country unless [authority]
	// names it, so a move from Denmark to Sweden changes it too.
	auth := func(a *drafts.Answers) string {
		p := a.Profile()
		if a.Authority == nil {
			return p.Authority.Name
		}
		return content.JoinNonEmpty(", ", p.Authority.Name, p.Authority.Address, p.Authority.Email, p.Authority.Phone, p.Authority.Website)
	}
	d.value("tilsynsmyndigheden", auth(d.old), auth(d.new))
}

// setDiff is what b has that a lacks, and what a has that b lacks, in the
// order of b and a.
func setDiff(a, b []string) (added, removed []string) {
	for _, x := range b {
		if !slices.Contains(a, x) && !slices.Contains(added, x) {
			added = append(added, x)
		}
	}
	for _, x := range a {
		if !slices.Contains(b, x) && !slices.Contains(removed, x) {
			removed = append(removed, x)
		}
	}
	return added, removed
}

func categoryList(a *drafts.Answers, ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, content.CategoryText(a, id))
	}
	return content.JoinAnd(out)
}

func groupList(a *drafts.Answers, ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, content.GroupText(a, id))
	}
	return content.JoinAnd(out)
}

// subjectKey tells groups apart: a built-in group by the group, a group of
// the business's own by its id, so a group renamed is the same group.
func subjectKey(s drafts.Subject) string {
	if s.Group == "other" {
		return "other:" + s.Key()
	}
	return s.Group
}

func subjectName(a *drafts.Answers, s drafts.Subject) string {
	if s.Group == "other" {
		return content.LowerFirst(content.Clean(s.Name))
	}
	return content.GroupText(a, s.Group)
}

func (d *differ) groups() {
	old := map[string]drafts.Subject{}
	for _, s := range d.old.Subjects {
		old[subjectKey(s)] = s
	}
	seen := map[string]bool{}
	for _, s := range d.new.Subjects {
		k := subjectKey(s)
		seen[k] = true
		o, ok := old[k]
		if !ok {
			d.add(ChangeGroup, "Ny gruppe af personer: %s (%s).", subjectName(d.new, s), categoryList(d.new, s.Data))
			continue
		}
		if !same(o.Name, s.Name) {
			// Only the business's own name for the group: the standard
			// names follow the voice, which is no change of group.
			d.add(ChangeGroup, "Gruppen %s hedder nu %s.", q(content.GroupText(d.old, o.Key())), q(content.GroupText(d.new, s.Key())))
		}
		added, removed := setDiff(o.Data, s.Data)
		if len(added) > 0 {
			d.add(ChangeData, "Om %s behandler {{vi}} nu også %s.", subjectName(d.new, s), categoryList(d.new, added))
		}
		if len(removed) > 0 {
			d.add(ChangeData, "Om %s behandler {{vi}} ikke længere %s.", subjectName(d.new, s), categoryList(d.old, removed))
		}
	}
	for _, s := range d.old.Subjects {
		if !seen[subjectKey(s)] {
			d.add(ChangeGroup, "{{Vi}} behandler ikke længere oplysninger om %s.", subjectName(d.old, s))
		}
	}
}

// basisLabels are a purpose's art. 6 bases in the record's wording.
func basisLabels(p drafts.Purpose) []string {
	var out []string
	for _, b := range p.Basis {
		if l := drafts.Label(drafts.LegalBases, b); l != "" {
			out = append(out, content.LowerFirst(l))
		} else {
			out = append(out, b)
		}
	}
	return out
}

// matchPurposes pairs old and new purposes by id, then the unpaired ones by
// name, so a renamed id is not a new purpose.
func matchPurposes(old, new []drafts.Purpose) map[int]int {
	pairs := map[int]int{} // new index -> old index
	used := map[int]bool{}
	for i, n := range new {
		for j, o := range old {
			if !used[j] && o.ID == n.ID {
				pairs[i], used[j] = j, true
				break
			}
		}
	}
	for i, n := range new {
		if _, ok := pairs[i]; ok {
			continue
		}
		for j, o := range old {
			if !used[j] && strings.EqualFold(content.Clean(o.Name), content.Clean(n.Name)) {
				pairs[i], used[j] = j, true
				break
			}
		}
	}
	return pairs
}

func (d *differ) purposes() {
	pairs := matchPurposes(d.old.Purposes, d.new.Purposes)
	used := map[int]bool{}
	for i, n := range d.new.Purposes {
		j, ok := pairs[i]
		if !ok {
			d.add(ChangePurposeAdded, "Nyt formål: %s (%s; retsgrundlag: %s).", q(n.Name), categoryList(d.new, n.Data), content.JoinAnd(basisLabels(n)))
			continue
		}
		used[j] = true
		d.purpose(d.old.Purposes[j], n)
	}
	for j, o := range d.old.Purposes {
		if !used[j] {
			d.add(ChangePurposeRemoved, "Formålet %s er fjernet.", q(o.Name))
		}
	}
}

func (d *differ) purpose(o, n drafts.Purpose) {
	name := q(n.Name)
	if !same(o.Name, n.Name) {
		d.add(ChangePurpose, "Formålet %s hedder nu %s.", q(o.Name), name)
	}
	ob, nb := basisLabels(o), basisLabels(n)
	if added, removed := setDiff(ob, nb); len(added)+len(removed) > 0 {
		d.add(ChangeBasis, "Retsgrundlaget for %s er ændret fra %s til %s.", name, content.JoinAnd(ob), content.JoinAnd(nb))
	}
	d.groupBases(o, n)
	d.sensitive(o, n)
	extra := []struct {
		what   string
		terms  []drafts.Term
		ov, nv string
	}{
		{"for CPR-nummer", drafts.CPRBases, o.CPRBasis, n.CPRBasis},
		{"for oplysninger om strafbare forhold", drafts.CriminalBases, o.CriminalBasis, n.CriminalBasis},
	}
	for _, e := range extra {
		if e.ov == e.nv {
			continue
		}
		if e.nv == "" {
			d.add(ChangeBasis, "%s har ikke længere et grundlag %s.", name, e.what)
		} else {
			d.add(ChangeBasis, "Grundlaget %s i %s er nu: %s.", e.what, name, content.LowerFirst(drafts.Label(e.terms, e.nv)))
		}
	}
	if !same(o.Interest, n.Interest) && slices.Contains(n.AllBases(), "6.1.f") && content.Clean(n.Interest) != "" {
		d.add(ChangeBasis, "Den legitime interesse bag %s er nu: %s.", name, strings.TrimSuffix(content.LowerFirst(content.Clean(n.Interest)), "."))
	}
	if !same(o.Law, n.Law) && slices.Contains(n.AllBases(), "6.1.c") && content.Clean(n.Law) != "" {
		d.add(ChangeBasis, "Den retlige forpligtelse bag %s følger nu af %s.", name, content.Clean(n.Law))
	}
	if or, nr := retentionLine(o.Retention), retentionLine(n.Retention); or != nr {
		d.add(ChangeRetention, "Opbevaringen for %s er ændret fra %s til %s.", name, content.LowerFirst(or), content.LowerFirst(nr))
	}
	switch {
	case n.Retention.ByLaw && !o.Retention.ByLaw:
		d.add(ChangeRetention, "Oplysningerne til %s skal nu opbevares, fordi loven kræver det, og kan ikke slettes før fristens udløb.", name)
	case !n.Retention.ByLaw && o.Retention.ByLaw:
		d.add(ChangeRetention, "Opbevaringen for %s er ikke længere krævet ved lov.", name)
	}
	if nl := content.KeepingLaw(n); o.Retention.ByLaw && n.Retention.ByLaw && nl != content.KeepingLaw(o) {
		if nl == "" {
			d.add(ChangeRetention, "Politikken nævner ikke længere, hvilken lov der kræver oplysningerne til %s gemt.", name)
		} else {
			d.add(ChangeRetention, "Opbevaringen for %s er nu krævet efter %s.", name, nl)
		}
	}
	added, removed := setDiff(o.Data, n.Data)
	if len(added) > 0 {
		d.add(ChangeData, "Til %s behandler {{vi}} nu også %s.", name, categoryList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeData, "Til %s behandler {{vi}} ikke længere %s.", name, categoryList(d.old, removed))
	}
	added, removed = setDiff(o.Subjects, n.Subjects)
	if len(added) > 0 {
		d.add(ChangeData, "%s omfatter nu også %s.", content.UpperFirst(name), groupList(d.new, added))
	}
	if len(removed) > 0 {
		d.add(ChangeData, "%s omfatter ikke længere %s.", content.UpperFirst(name), groupList(d.old, removed))
	}
	req := func(s string) string {
		if s == "" {
			s = "voluntary"
		}
		return content.LowerFirst(drafts.Label(drafts.Requirements, s))
	}
	if req(o.Required) != req(n.Required) {
		d.add(ChangePurpose, "Oplysningerne til %s er nu: %s (før: %s).", name, req(n.Required), req(o.Required))
	}
	d.purposeDetails(o, n)
}

// groupBases reports a changed art. 6 basis, or legitimate interest, for a
// group that has a basis of its own in either version (by_group). A group
// that follows the purpose's own basis in both is covered by that line.
func (d *differ) groupBases(o, n drafts.Purpose) {
	name := q(n.Name)
	var groups []string
	for _, p := range []drafts.Purpose{o, n} {
		for _, gb := range p.ByGroup {
			if !slices.Contains(groups, gb.Group) && slices.Contains(o.Subjects, gb.Group) && slices.Contains(n.Subjects, gb.Group) {
				groups = append(groups, gb.Group)
			}
		}
	}
	labels := func(bs []string) []string { return basisLabels(drafts.Purpose{Basis: bs}) }
	interest := func(p drafts.Purpose, g string) string {
		for _, gb := range p.ByGroup {
			if gb.Group == g && strings.TrimSpace(gb.Interest) != "" {
				return gb.Interest
			}
		}
		return p.Interest
	}
	for _, g := range groups {
		ob, nb := labels(o.BasisFor(g)), labels(n.BasisFor(g))
		if !content.HasOwnBasis(o, g) && !content.HasOwnBasis(n, g) {
			continue
		}
		who := content.GroupText(d.new, g)
		if added, removed := setDiff(ob, nb); len(added)+len(removed) > 0 {
			d.add(ChangeBasis, "Retsgrundlaget for %s i %s er ændret fra %s til %s.", who, name, content.JoinAnd(ob), content.JoinAnd(nb))
			continue
		}
		if oi, ni := interest(o, g), interest(n, g); !same(oi, ni) && slices.Contains(n.BasisFor(g), "6.1.f") {
			if content.Clean(ni) == "" {
				d.add(ChangeBasis, "Den legitime interesse over for %s i %s er ikke længere beskrevet.", who, name)
			} else {
				d.add(ChangeBasis, "Den legitime interesse over for %s i %s er nu: %s.", who, name, strings.TrimSuffix(content.LowerFirst(content.Clean(ni)), "."))
			}
		}
	}
}

// sensitiveText is an art. 9 exception with its Danish rule, in the diff's
// words; "" when none is given.
func sensitiveText(a *drafts.Answers, sb drafts.SensitiveBasis) string {
	l := drafts.Label(drafts.SpecialBases, sb.Basis)
	if l == "" {
		return ""
	}
	l = content.LowerFirst(l)
	if ref := sensitiveLawRef[sb.Law]; ref != "" && a.Profile().Danish {
		l += ", jf. " + ref
	}
	return l
}

// sensitive reports, for each sensitive category the purpose had and has,
// a new, removed or changed art. 9 exception. A category new to the
// purpose is reported with the purpose's data.
func (d *differ) sensitive(o, n drafts.Purpose) {
	name := q(n.Name)
	for _, id := range n.Data {
		if content.CategoryKind(d.new, id) != drafts.KindSpecial || !slices.Contains(o.Data, id) {
			continue
		}
		ot, nt := sensitiveText(d.old, o.SensitiveBasisFor(id)), sensitiveText(d.new, n.SensitiveBasisFor(id))
		cat := content.CategoryText(d.new, id)
		switch {
		case ot == nt:
		case nt == "":
			d.add(ChangeBasis, "Til %s er der ikke længere angivet en undtagelse efter art. 9 for %s (før: %s).", name, cat, ot)
		case ot == "":
			d.add(ChangeBasis, "Til %s behandles %s nu efter undtagelsen %s.", name, cat, nt)
		default:
			d.add(ChangeBasis, "Undtagelsen efter art. 9 for %s i %s er nu %s (før: %s).", cat, name, nt, ot)
		}
	}
}

// retentionLine is a retention period with its note, as the diff shows it.
func retentionLine(r drafts.Retention) string {
	s := retentionText(r)
	if n := strings.TrimSuffix(strings.TrimSpace(content.Clean(r.Note)), "."); n != "" {
		s += " (" + n + ")"
	}
	if s == "" {
		s = "ikke angivet"
	}
	return s
}

func (d *differ) sources() {
	key := func(s drafts.Source) string { return strings.ToLower(content.Clean(s.Name)) }
	var ok, nk []string
	names := map[string]string{}
	for _, s := range d.old.Sources {
		ok = append(ok, key(s))
		names[key(s)] = content.Clean(s.Name)
	}
	for _, s := range d.new.Sources {
		nk = append(nk, key(s))
		names[key(s)] = content.Clean(s.Name)
	}
	added, removed := setDiff(ok, nk)
	for _, k := range added {
		d.add(ChangeSource, "Ny kilde til oplysninger: %s.", names[k])
	}
	for _, k := range removed {
		d.add(ChangeSource, "{{Vi}} får ikke længere oplysninger fra %s.", names[k])
	}
	for _, n := range d.new.Sources {
		for _, o := range d.old.Sources {
			if key(o) == key(n) {
				d.sourceDetails(o, n)
				break
			}
		}
	}
}

// vendorKey tells vendors apart: the catalogue id, the name, or the kind
// of recipient for one named only by its kind.
func vendorKey(v drafts.Vendor) string {
	switch {
	case v.Catalog != "":
		return "catalog:" + v.Catalog
	case strings.TrimSpace(content.Clean(v.Name)) != "":
		return strings.ToLower(content.Clean(v.Name))
	}
	return "category:" + v.Category
}

func roleText(id string) string { return content.LowerFirst(drafts.Label(drafts.Roles, id)) }

func (d *differ) vendors() {
	ov, nv := d.old.ResolvedVendors(), d.new.ResolvedVendors()
	old := map[string]drafts.Vendor{}
	for i, v := range ov {
		old[vendorKey(d.old.Vendors[i])] = v
	}
	seen := map[string]bool{}
	for i, v := range nv {
		k := vendorKey(d.new.Vendors[i])
		seen[k] = true
		o, ok := old[k]
		name := content.VendorName(v)
		if !ok {
			var about []string
			if r := roleText(v.Role); r != "" {
				about = append(about, r)
			}
			if _, ok := drafts.CountryByCode(v.Country); ok {
				about = append(about, content.CountryText(v.Country))
			}
			line := "Ny modtager: " + name
			if len(about) > 0 {
				line += " (" + strings.Join(about, ", ") + ")"
			}
			if s := content.Clean(v.Service); s != "" {
				line += " – " + s
			}
			d.add(ChangeVendor, "%s.", line)
			continue
		}
		if o.Country != v.Country {
			d.add(ChangeVendor, "%s behandler nu oplysningerne i %s (før %s).", name, content.CountryText(v.Country), content.CountryText(o.Country))
		} else if o.Transfer != v.Transfer && !content.InEEA(v.Country) {
			d.add(ChangeTransfer, "Grundlaget for overførslen til %s hos %s er nu %s (før %s).", content.CountryText(v.Country), name, content.LowerFirst(transferText(v.Transfer)), content.LowerFirst(transferText(o.Transfer)))
		}
		if o.Role != v.Role {
			d.add(ChangeVendor, "%s er nu %s (før %s).", name, roleText(v.Role), roleText(o.Role))
		}
		d.vendorDetails(o, v)
		switch {
		case content.Known(v.RemoteAccess) && !content.Known(o.RemoteAccess):
			d.add(ChangeTransfer, "Hos %s kan medarbejdere eller underleverandører uden for EU/EØS nu få adgang til oplysningerne (%s).", name, content.LowerFirst(transferText(v.RemoteAccess)))
		case !content.Known(v.RemoteAccess) && content.Known(o.RemoteAccess):
			d.add(ChangeTransfer, "Hos %s er der ikke længere adgang til oplysningerne fra lande uden for EU/EØS.", name)
		case content.Known(v.RemoteAccess) && v.RemoteAccess != o.RemoteAccess:
			d.add(ChangeTransfer, "Grundlaget for adgangen fra lande uden for EU/EØS hos %s er nu %s (før %s).", name, content.LowerFirst(transferText(v.RemoteAccess)), content.LowerFirst(transferText(o.RemoteAccess)))
		}
	}
	for i, v := range ov {
		if !seen[vendorKey(d.old.Vendors[i])] {
			d.add(ChangeVendor, "%s modtager ikke længere oplysninger.", content.VendorName(v))
		}
	}
	third := func(vs []drafts.Vendor) []string {
		var out []string
		for _, v := range vs {
			if !content.InEEA(v.Country) {
				out = append(out, v.Country)
			}
			if content.Known(v.RemoteAccess) {
				for _, c := range v.RemoteCountries {
					if !content.InEEA(c) {
						out = append(out, c)
					}
				}
			}
		}
		return out
	}
	added, removed := setDiff(third(ov), third(nv))
	for _, c := range added {
		d.add(ChangeTransfer, "Oplysninger overføres nu også til %s, uden for EU/EØS.", content.CountryText(c))
	}
	for _, c := range removed {
		d.add(ChangeTransfer, "Oplysninger overføres ikke længere til %s.", content.CountryText(c))
	}
}

func (d *differ) disclosures() {
	key := func(x drafts.Disclosure) string { return strings.ToLower(content.Clean(x.Recipient)) }
	var ok, nk []string
	names := map[string]string{}
	for _, x := range d.old.Disclosures {
		ok = append(ok, key(x))
		names[key(x)] = content.Clean(x.Recipient)
	}
	for _, x := range d.new.Disclosures {
		nk = append(nk, key(x))
		names[key(x)] = content.Clean(x.Recipient)
	}
	added, removed := setDiff(ok, nk)
	for _, k := range added {
		d.add(ChangeVendor, "Ny modtager: %s.", names[k])
	}
	for _, k := range removed {
		d.add(ChangeVendor, "%s modtager ikke længere oplysninger.", names[k])
	}
	for _, n := range d.new.Disclosures {
		for _, o := range d.old.Disclosures {
			if key(o) == key(n) {
				d.disclosureDetails(o, n)
				break
			}
		}
	}
}

func cookieCategory(id string) string {
	return content.LowerFirst(drafts.Label(drafts.CookieCategories, id))
}

func (d *differ) cookies() {
	key := func(c drafts.Cookie) string {
		return strings.ToLower(content.Clean(c.Name)) + "\x00" + strings.ToLower(content.Clean(c.Provider))
	}
	old := map[string]drafts.Cookie{}
	for _, c := range d.old.Cookies.List {
		old[key(c)] = c
	}
	seen := map[string]bool{}
	for _, c := range d.new.Cookies.List {
		k := key(c)
		seen[k] = true
		o, ok := old[k]
		switch {
		case !ok:
			d.add(ChangeCookie, "Ny cookie: %s fra %s (%s).", content.Clean(c.Name), content.Clean(c.Provider), cookieCategory(c.Category))
		case o.Category != c.Category:
			d.add(ChangeCookie, "Cookien %s hører nu under %s (før %s).", content.Clean(c.Name), cookieCategory(c.Category), cookieCategory(o.Category))
		case !same(lifetime(o.Lifetime), lifetime(c.Lifetime)):
			d.add(ChangeCookie, "Cookien %s gemmes nu %s (før %s).", content.Clean(c.Name), lifetime(c.Lifetime), lifetime(o.Lifetime))
		}
		if ok {
			d.cookieDetails(o, c)
		}
	}
	for _, c := range d.old.Cookies.List {
		if !seen[key(c)] {
			d.add(ChangeCookie, "Cookien %s fra %s er fjernet.", content.Clean(c.Name), content.Clean(c.Provider))
		}
	}
}

func lifetime(s string) string {
	if drafts.IsSessionLifetime(s) {
		return "indtil browseren lukkes"
	}
	if p, err := drafts.ParsePeriod(s); err == nil {
		return "i " + p.String()
	}
	return content.Clean(s)
}

// securityLines are the security measures as the change log names them:
// the measures' labels and the answers' own words, in lower case.
func securityLines(a *drafts.Answers) []string {
	var out []string
	for _, m := range a.Security.Measures {
		if l := drafts.Label(drafts.SecurityMeasures, m); l != "" {
			out = append(out, content.LowerFirst(l))
		}
	}
	for _, o := range a.Security.Other {
		if s := strings.TrimSuffix(strings.TrimSpace(content.Clean(o)), "."); s != "" {
			out = append(out, content.LowerFirst(content.UpperFirst(s)))
		}
	}
	return out
}

func (d *differ) security() {
	added, removed := setDiff(securityLines(d.old), securityLines(d.new))
	if len(added) > 0 {
		d.add(ChangeSecurity, "Nye sikkerhedsforanstaltninger: %s.", content.JoinAnd(added))
	}
	if len(removed) > 0 {
		d.add(ChangeSecurity, "Sikkerhedsforanstaltninger, der ikke længere er nævnt: %s.", content.JoinAnd(removed))
	}
}

func (d *differ) others() {
	flag := func(o, n bool, on, off string) {
		switch {
		case !o && n:
			d.add(ChangeOther, "%s", on)
		case o && !n:
			d.add(ChangeOther, "%s", off)
		}
	}
	flag(d.old.Automated.Used, d.new.Automated.Used,
		"Vi træffer nu automatiske afgørelser.", "Vi træffer ikke længere automatiske afgørelser.")
	flag(d.old.Children.Targeted, d.new.Children.Targeted,
		"Vores tjenester henvender sig nu også til børn.", "Vores tjenester henvender sig ikke længere til børn.")
	flag(d.old.Processor.Acts, d.new.Processor.Acts,
		"Vi behandler nu også oplysninger som databehandler for vores kunder.", "Vi behandler ikke længere oplysninger som databehandler for vores kunder.")
	if d.old.Children.Age() != d.new.Children.Age() {
		d.add(ChangeOther, "Aldersgrænsen for børns eget samtykke er nu %d år (før %d).", d.new.Children.Age(), d.old.Children.Age())
	}
}

// ChangeLogText is the changes as one entry for the policy's change log.
func ChangeLogText(cs []Change) string {
	lines := make([]string, len(cs))
	for i, c := range cs {
		lines[i] = c.Text
	}
	return strings.Join(lines, " ")
}

// ChangeLogEntry is the changes as a new entry of document.changes, dated day.
func ChangeLogEntry(cs []Change, day drafts.Date) drafts.Change {
	return drafts.Change{Date: day, Text: ChangeLogText(cs)}
}

// ChangeLogTOML is the entry as TOML, ready to paste into an answer file.
func ChangeLogTOML(c drafts.Change) string {
	return fmt.Sprintf("[[document.changes]]\ndate = %s\ntext = %s\n", c.Date, tomlString(c.Text))
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// NextVersion suggests the version after v by counting up its last number:
// "3.1" -> "3.2", "2" -> "3", "v1.9" -> "v1.10". It reports false when v
// does not end in a number, and the wizard then asks instead of guessing.
func NextVersion(v string) (string, bool) {
	v = strings.TrimSpace(v)
	i := len(v)
	for i > 0 && v[i-1] >= '0' && v[i-1] <= '9' {
		i--
	}
	if i == len(v) || len(v)-i > 9 {
		return "", false
	}
	n, err := strconv.Atoi(v[i:])
	if err != nil {
		return "", false
	}
	return v[:i] + strconv.Itoa(n+1), true
}

// retentionText is a retention period in the change log's words,
// without the note: "5 år fra udgangen af det regnskabsår, oplysningerne
// vedrører".
func retentionText(r drafts.Retention) string {
	p, err := drafts.ParsePeriod(r.Period)
	ps := content.Clean(r.Period)
	if err == nil {
		ps = p.String()
	}
	switch r.After {
	case "consent_withdrawn":
		s := "Indtil samtykket trækkes tilbage"
		if ps != "" {
			s += ", dog højst " + ps
		}
		return s
	case "account_active":
		if ps == "" {
			return "Så længe kontoen er aktiv"
		}
		return "Så længe kontoen er aktiv og derefter i " + ps
	case "office_end":
		if ps == "" {
			return ""
		}
		return ps + " efter at hvervet er ophørt"
	case "fiscal_calendar_year_end":
		if err == nil {
			// Bokföringslagen's own words, as the policy has them.
			return fmt.Sprintf("Indtil udgangen af det %s år efter det kalenderår, hvor regnskabsåret sluttede", content.OrdinalYear(&drafts.Answers{}, r.Period))
		}
	}
	if ps == "" {
		return ""
	}
	if err != nil {
		return ps
	}
	if r.After == "" {
		// No start point was given; the record does not invent one.
		return ps
	}
	return strings.TrimSpace(ps + " " + drafts.Label(drafts.RetentionEvents, r.After))
}

// sensitiveLawRef is the Danish rule that goes with an art. 9 exception, as
// the change log names it.
var sensitiveLawRef = map[string]string{
	"7.3": "databeskyttelseslovens § 7, stk. 3 (sundhedsperson med tavshedspligt)",
	"12":  "databeskyttelseslovens § 12 (ansættelsesforhold)",
}
