package tui

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// A finding names a field in the answer file ("vendors[3].transfer"); the
// wizard answers it with a question ("Kan nogen uden for EU/EØS få adgang
// …?"). target finds that question: the step, the list and item, and the
// key of the field in the form. The question is the one whose answer clears
// the finding as the answers stand, which is not always the field the path
// names: a vendor's transfer inside the EU/EEA is answered by the question
// about access from outside; a purpose's id is made from its name.

// target is where a finding is answered.
type target struct {
	step int
	coll *collection // nil: the step's own form
	item int         // the list item; -1 for the list itself (its "add" row)
	key  string      // the field's key in the form; "" for a list
}

var pathIndexRE = regexp.MustCompile(`^([a-z_.]+)\[(\d+)\](?:\.(.*))?$`)

// splitItem splits "vendors[3].transfer" into "vendors", 2 and
// "transfer"; ok is false for a path with no index.
func splitItem(path string) (list string, i int, rest string, ok bool) {
	m := pathIndexRE.FindStringSubmatch(path)
	if m == nil {
		return "", 0, "", false
	}
	n, _ := strconv.Atoi(m[2])
	return m[1], n - 1, m[3], true
}

// stripIndex removes the list indexes of a path: "purposes[2].basis[1]" is
// "purposes.basis".
func stripIndex(path string) string { return indexRE.ReplaceAllString(path, "") }

// targetOf finds the question that answers the finding f.
func (m *Model) targetOf(f check.Finding) (target, bool) {
	a, path := m.a, f.Path
	i, c, item, ok := where(a, path)
	if !ok {
		return target{}, false
	}
	t := target{step: i, coll: c, item: item}
	if c != nil && item < 0 {
		return t, true // the list itself: add to it
	}
	t.key = stripIndex(path)
	list, n, rest, indexed := splitItem(path)
	// Findings whose answer is another question than the field's.
	elsewhere := func(path string) (target, bool) {
		i, c, item, ok := where(a, path)
		return target{step: i, coll: c, item: item, key: stripIndex(path)}, ok
	}
	switch {
	case indexed && list == "purposes" && rest == "" && (strings.HasPrefix(f.Reference, "bogføringsloven") || strings.Contains(f.Reference, "art. 30(1)(d)")):
		// A system the purpose needs (the bookkeeping system, the mail
		// host) is missing: add it.
		return target{step: stepIndex("recipients"), coll: vendorsColl, item: -1}, true
	case indexed && (list == "cookies.list" || list == "cookies.categories") && rest == "provider" && strings.HasPrefix(f.Reference, "art. 13(1)(e) og cookiebekendtgørelsen"):
		// The cookies' provider gets the data and is no recipient: add it.
		return target{step: stepIndex("recipients"), coll: vendorsColl, item: -1}, true
	case indexed && list == "vendors" && rest == "purposes" && strings.HasPrefix(f.Reference, "art. 28(2)"):
		// A vendor that may see the customers' data is a sub-processor.
		return elsewhere("processor.vendors")
	case indexed && list == "purposes" && (rest == "withdraw" || rest == "retention.proof"):
		// Consent's own answers on a purpose without consent: the purpose's
		// legal basis decides whether they apply.
		t.key = "purposes.basis"
	case indexed && list == "purposes" && strings.HasPrefix(rest, "group_texts"),
		f.Reference == "art. 12(1)" && strings.Contains(f.Message, "politikken taler som") && !m.asked(path):
		// Text the wizard does not ask (a group's own texts, an answer
		// hidden by another) in the other voice: the voice is the question.
		return elsewhere("controller.voice")
	case indexed && list == "subjects" && strings.HasPrefix(rest, "data") && n < len(a.Subjects) && !groupInPurposes(a, a.Subjects[n].Key()):
		// Data about a group no purpose has: a purpose is missing.
		return target{step: stepIndex("purposes"), coll: purposesColl, item: -1}, true
	case indexed && list == "vendors" && strings.HasPrefix(rest, "data"):
		// What a vendor gets is its purposes' data.
		t.key = "vendors.purposes"
	case path == "dpo":
		t.key = "dpo.email"
	case path == "controller.country" && !hasProfile(a):
		// No known authority for the country: the policy must name it.
		t = target{step: stepIndex("special"), item: -1, key: "authority"}
	case path == "cookies":
		t.key = "cookies.none"
	case path == "representative" || path == "authority":
	case indexed && list == "purposes" && n < len(a.Purposes):
		t.key = purposeKey(a.Purposes[n], rest, a.Profile().Danish, f.Reference)
	case indexed && list == "subjects":
		switch {
		case rest == "" || rest == "group":
			t.key = "subjects.group"
		case rest == "id" || rest == "name":
			t.key = "subjects.name"
		}
	case indexed && list == "categories" && rest == "id":
		t.key = "categories.name"
	case indexed && list == "vendors" && n < len(a.Vendors):
		t.key = vendorKey(a.Vendors[n], rest)
	case indexed && (list == "cookies.list" || list == "cookies.categories") && rest == "purpose_id":
		// A cookie tied to a purpose without consent is answered by tying
		// it to one with consent; when there is none, by the purpose's
		// legal basis.
		id := ""
		if list == "cookies.list" && n < len(a.Cookies.List) {
			id = a.Cookies.List[n].PurposeID
		} else if list == "cookies.categories" && n < len(a.Cookies.Categories) {
			id = a.Cookies.Categories[n].PurposeID
		}
		consent := slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return slices.Contains(p.Basis, "6.1.a") })
		if j, p := purposeOf(a, id); p != nil && !consent {
			t = target{step: stepIndex("purposes"), coll: purposesColl, item: j, key: "purposes.basis"}
		}
	case indexed && c != nil && c.singleton:
	case indexed && rest == "" && c != nil:
		// The whole item: its first question.
		if q := c.form(m, item); len(q.specs) > 0 && len(q.specs[0].fields) > 0 {
			t.key = q.specs[0].fields[0].key
		}
	}
	return t, true
}

// groupInPurposes reports whether a purpose names the group key.
func groupInPurposes(a *drafts.Answers, key string) bool {
	return slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return slices.Contains(p.Subjects, key) })
}

// asked reports whether the field at path is a question the wizard shows
// as the answers stand.
func (m *Model) asked(path string) bool {
	i, c, item, ok := where(m.a, path)
	if !ok {
		return false
	}
	var q *questions
	switch {
	case c == nil:
		q = steps[i].form(m)
	case item >= 0:
		q = c.form(m, item)
	default:
		return false
	}
	key := stripIndex(path)
	for _, g := range q.specs {
		for _, f := range g.fields {
			if f.key == key {
				return g.show == nil || g.show()
			}
		}
	}
	return false
}

func stepIndex(id string) int {
	return slices.IndexFunc(steps, func(s *step) bool { return s.id == id })
}

func hasProfile(a *drafts.Answers) bool {
	_, ok := drafts.ProfileFor(a.Controller.CountryCode())
	return ok
}

// purposeKey is the question in a purpose's form for the field rest;
// danish is whether the controller is Danish, ref the finding's legal
// reference.
func purposeKey(p drafts.Purpose, rest string, danish bool, ref string) string {
	field, sub := rest, ""
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		field, sub = rest[:i], strings.TrimPrefix(rest[i:], ".")
	}
	switch field {
	case "", "id", "name":
		return "purposes.name"
	case "by_group":
		if _, j, what, ok := splitItem("by_group" + sub); ok && j < len(p.ByGroup) {
			if what != "interest" {
				what = "basis"
			}
			return "purposes.by_group." + p.ByGroup[j].Group + "." + what
		}
		return "purposes.basis"
	case "sensitive":
		if _, j, what, ok := splitItem("sensitive" + sub); ok && j < len(p.Sensitive) {
			sb := p.Sensitive[j]
			if what == "" {
				// The rule in databeskyttelsesloven is what is wrong when
				// the finding cites it, or it is given abroad (art. 9(2)
				// alone); otherwise the exception itself.
				if strings.Contains(ref, "databeskyttelsesloven §") || ref == "art. 9(2)" && sb.Law != "" && !danish {
					what = "law"
				}
			}
			if what != "law" && what != "note" {
				what = "basis"
			}
			return "purposes.sensitive." + sb.Data + "." + what
		}
	case "special_basis":
		// Schema 1 gave one exception for the whole purpose; it is asked
		// only when the answers have one. Otherwise each sensitive category
		// has its own question: the first without an exception.
		if p.SpecialBasis == "" {
			for _, d := range p.Data {
				if slices.ContainsFunc(drafts.Categories, func(c drafts.Category) bool { return c.ID == d && c.Kind == drafts.KindSpecial }) &&
					p.SensitiveBasisFor(d).Basis == "" {
					return "purposes.sensitive." + d + ".basis"
				}
			}
		}
		return "purposes.special_basis"
	case "retention":
		return "purposes.retention." + strings.SplitN(sub, ".", 2)[0]
	}
	return "purposes." + field
}

// vendorKey is the question in a vendor's form for the field rest.
func vendorKey(v drafts.Vendor, rest string) string {
	field := rest
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		field = rest[:i]
	}
	r := drafts.ResolveVendor(v)
	switch field {
	case "", "name", "catalog":
		if v.Category != "" {
			return "vendors.category"
		}
		return "vendors.name"
	case "transfer":
		// Whether anything leaves depends on the country: with none known,
		// that is the question; inside the EU/EEA it is the question about
		// access from outside.
		c, ok := drafts.CountryByCode(r.Country)
		switch {
		case !ok:
			return "vendors.country"
		case c.EEA:
			return "vendors.remote_access"
		}
		return "vendors.transfer"
	case "entity_country":
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && (v.Entity == "" || v.Entity == cv.Entity) {
			return "vendors.entity_country.catalogue"
		}
	case "purpose_roles":
		return "vendors.purpose_roles"
	}
	return "vendors." + field
}
