package tui

import (
	"slices"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/drafts"
)

// purposeRoles adds the questions for a vendor whose role differs between
// purposes (processor for one, joint controller for another) and returns
// the sync that writes them into v.PurposeRoles. They are asked only when
// the vendor serves more than one purpose and the user says its role
// differs; every answer is written only when it changed.
func purposeRoles(q *questions, a *drafts.Answers, v *drafts.Vendor) func() {
	split := len(v.PurposeRoles) > 0
	wasSplit := split
	roles := map[string]*string{}
	initial := map[string]string{}
	several := func() bool { return len(v.Purposes) > 1 }
	q.groupIf("Roller pr. formål", several,
		q.confirm("vendors.purpose_roles", "Har leverandøren en anden rolle ved nogle af formålene?",
			"Fx databehandler for jeres annoncer, men fælles dataansvarlig for statistikken om jeres side.", &split),
	)
	opts := append([]huh.Option[string]{huh.NewOption("Samme rolle som ovenfor", "")}, termOptions(drafts.Roles)...)
	for _, p := range a.Purposes {
		if p.ID == "" {
			continue
		}
		id := p.ID
		r := v.PurposeRoles[id]
		roles[id], initial[id] = &r, r
		q.groupIf("Roller pr. formål", func() bool { return split && several() && slices.Contains(v.Purposes, id) },
			q.pick("vendors.purpose_roles."+id, "Rolle ved »"+orText(p.Name, id)+"«", "", opts, &r, ""),
		)
	}
	purposes := slices.Clone(v.Purposes)
	return func() {
		changed := false
		set := func(id, role string) {
			if v.PurposeRoles == nil {
				v.PurposeRoles = map[string]string{}
			}
			if role == "" {
				delete(v.PurposeRoles, id)
			} else {
				v.PurposeRoles[id] = role
			}
			changed = true
		}
		for id, r := range roles {
			if *r != initial[id] {
				initial[id] = *r
				set(id, *r)
			}
		}
		// "No" to a split role, or a purpose taken off the vendor, takes
		// its roles with it.
		if split != wasSplit {
			wasSplit = split
			if !split {
				for id := range v.PurposeRoles {
					set(id, "")
				}
				for id, r := range roles {
					*r, initial[id] = "", ""
				}
			}
		}
		if !slices.Equal(purposes, v.Purposes) {
			purposes = slices.Clone(v.Purposes)
			for id := range v.PurposeRoles {
				if !slices.Contains(v.Purposes, id) {
					set(id, "")
				}
			}
		}
		if changed && len(v.PurposeRoles) == 0 {
			v.PurposeRoles = nil
		}
	}
}
