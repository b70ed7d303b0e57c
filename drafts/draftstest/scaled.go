// Package draftstest makes answer files for tests, benchmarks and
// docs/keystroke.py: the largest example, and copies of it grown n-fold, to
// measure how the wizard and the documents grow with the file.
package draftstest

import (
	"fmt"

	"github.com/privatliv/privatliv/drafts"
)

// Largest is the name of the example with the most of everything, the one
// docs/performance.md measures.
const Largest = "nordlys-keramik"

// Scaled is a copy of a with every list of things the policy describes n
// times as long: groups of people, purposes, sources, vendors, disclosures
// and named cookies. Copy k (from 2) of an item has " k" after its name and
// "_k" after its id, and refers to copy k of the groups and purposes, so
// the file stays valid and the policy grows about n-fold. Built-in groups of
// people and catalogue vendors are copied as the business's own, with the
// same data and wording. a itself is not changed.
func Scaled(a *drafts.Answers, n int) (*drafts.Answers, error) {
	out, err := clone(a)
	if err != nil {
		return nil, err
	}
	for k := 2; k <= n; k++ {
		c, err := clone(a)
		if err != nil {
			return nil, err
		}
		sfx := fmt.Sprintf(" %d", k)
		id := func(s string) string { return fmt.Sprintf("%s_%d", s, k) }
		ids := func(s []string) []string {
			out := make([]string, len(s))
			for i, x := range s {
				out[i] = id(x)
			}
			return out
		}
		for _, s := range c.Subjects {
			name := s.Name
			if name == "" {
				name = drafts.Label(drafts.SubjectGroups, s.Group)
			}
			out.Subjects = append(out.Subjects, drafts.Subject{Group: "other", ID: id(s.Key()), Name: name + sfx, Data: s.Data})
		}
		for _, p := range c.Purposes {
			p.ID, p.Name, p.Subjects = id(p.ID), p.Name+sfx, ids(p.Subjects)
			for i := range p.ByGroup {
				p.ByGroup[i].Group = id(p.ByGroup[i].Group)
			}
			out.Purposes = append(out.Purposes, p)
		}
		for _, s := range c.Sources {
			s.Name, s.Subjects = s.Name+sfx, ids(s.Subjects)
			out.Sources = append(out.Sources, s)
		}
		for _, v := range c.Vendors {
			label := drafts.VendorLabel(v)
			v = drafts.ResolveVendor(v)
			v.Catalog, v.Category, v.Name = "", "", label+sfx
			v.Purposes = ids(v.Purposes)
			roles := map[string]string{}
			for p, r := range v.PurposeRoles {
				roles[id(p)] = r
			}
			if len(roles) > 0 {
				v.PurposeRoles = roles
			}
			out.Vendors = append(out.Vendors, v)
		}
		for _, d := range c.Disclosures {
			d.Recipient, d.Purposes = d.Recipient+sfx, ids(d.Purposes)
			out.Disclosures = append(out.Disclosures, d)
		}
		for _, ck := range c.Cookies.List {
			ck.Name = id(ck.Name)
			if ck.PurposeID != "" {
				ck.PurposeID = id(ck.PurposeID)
			}
			out.Cookies.List = append(out.Cookies.List, ck)
		}
	}
	return out, nil
}

// ScaledExample is Scaled on the largest example, encoded as an answer file.
func ScaledExample(n int) ([]byte, error) {
	a, err := drafts.Example(Largest)
	if err != nil {
		return nil, err
	}
	s, err := Scaled(a, n)
	if err != nil {
		return nil, err
	}
	return drafts.Encode(s, fmt.Sprintf("%s-%dx.toml", Largest, n))
}

// clone copies a through its encoding, as the wizard's answers would be
// saved and read back.
func clone(a *drafts.Answers) (*drafts.Answers, error) {
	data, err := drafts.Encode(a, "svar.toml")
	if err != nil {
		return nil, err
	}
	f, err := drafts.Parse("svar.toml", data)
	if err != nil {
		return nil, fmt.Errorf("copying the answers: %w", err)
	}
	return f.Answers, nil
}
