package tui

import (
	"slices"

	"github.com/privatliv/privatliv/drafts"
)

// Deleting a group, a category, a purpose or a vendor takes it out of the
// answers that name it, so nothing is left pointing at what is gone (check
// would report an unknown id, and the user cannot answer that in the
// wizard). Each returns how many answers it changed.

func unlinkGroup(a *drafts.Answers, g string) int {
	if g == "" || slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Key() == g }) {
		return 0 // another group has the same key
	}
	n := 0
	for i := range a.Purposes {
		p := &a.Purposes[i]
		if slices.Contains(p.Subjects, g) {
			p.Subjects = without(p.Subjects, g)
			n++
		}
		if len(p.ByGroup) > 0 {
			p.ByGroup = slices.DeleteFunc(p.ByGroup, func(gb drafts.GroupBasis) bool { return gb.Group == g })
			if len(p.ByGroup) == 0 {
				p.ByGroup = nil
			}
		}
	}
	for i := range a.Sources {
		if slices.Contains(a.Sources[i].Subjects, g) {
			a.Sources[i].Subjects = without(a.Sources[i].Subjects, g)
			n++
		}
	}
	for i := range a.Document.Notices {
		if slices.Contains(a.Document.Notices[i].Groups, g) {
			a.Document.Notices[i].Groups = without(a.Document.Notices[i].Groups, g)
			n++
		}
	}
	return n
}

func unlinkCategory(a *drafts.Answers, id string) int {
	if id == "" {
		return 0
	}
	n := 0
	drop := func(list *[]string) {
		if slices.Contains(*list, id) {
			*list = without(*list, id)
			n++
		}
	}
	for i := range a.Subjects {
		drop(&a.Subjects[i].Data)
	}
	for i := range a.Purposes {
		p := &a.Purposes[i]
		drop(&p.Data)
		if len(p.Sensitive) > 0 {
			p.Sensitive = slices.DeleteFunc(p.Sensitive, func(s drafts.SensitiveBasis) bool { return s.Data == id })
			if len(p.Sensitive) == 0 {
				p.Sensitive = nil
			}
		}
	}
	for i := range a.Sources {
		drop(&a.Sources[i].Data)
	}
	drop(&a.Processor.Data)
	return n
}

func unlinkPurpose(a *drafts.Answers, id string) int {
	if id == "" || slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == id }) {
		return 0
	}
	n := 0
	for i := range a.Vendors {
		v := &a.Vendors[i]
		if slices.Contains(v.Purposes, id) {
			v.Purposes = without(v.Purposes, id)
			n++
		}
		if _, ok := v.PurposeRoles[id]; ok {
			delete(v.PurposeRoles, id)
			if len(v.PurposeRoles) == 0 {
				v.PurposeRoles = nil
			}
		}
	}
	for i := range a.Disclosures {
		if slices.Contains(a.Disclosures[i].Purposes, id) {
			a.Disclosures[i].Purposes = without(a.Disclosures[i].Purposes, id)
			n++
		}
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

func unlinkVendor(a *drafts.Answers, v drafts.Vendor) int {
	n := 0
	for _, name := range []string{v.Catalog, v.Name} {
		if name != "" && slices.Contains(a.Processor.Vendors, name) &&
			!slices.ContainsFunc(a.Vendors, func(o drafts.Vendor) bool { return o.Catalog == name || o.Name == name }) {
			a.Processor.Vendors = without(a.Processor.Vendors, name)
			n++
		}
	}
	return n
}

// without is list without s; nil when nothing is left.
func without(list []string, s string) []string {
	out := slices.DeleteFunc(slices.Clone(list), func(x string) bool { return x == s })
	if len(out) == 0 {
		return nil
	}
	return out
}
