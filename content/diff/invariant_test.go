package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/drafts"
)

// The invariant of issue 22: diff is silent only when the policy is the
// same. Over every example, each answer field is mutated in turn, with
// mutations that fit the kind of field (another value from its
// vocabulary, new text, a flipped switch, an element added to or taken
// from a list, a pointer set or cleared), plus the changes a business
// makes in real life: a cookie category added, profiling answered, a
// category of cookies from a new provider. Whenever the rendered policy
// changes, diff reports at least one line, and a line names the change:
// the thing it belongs to (the purpose, vendor, group, cookie …) or the
// new value.

// step is one step of a path into the answers: a struct field or a list
// element.
type step struct {
	field int // struct field index, or -1
	index int // slice index, or -1
}

// mutation is one change to one field, with the words a line about it may
// use to name it.
type mutation struct {
	path  string // as the answer file names it, for messages
	steps []step
	names []string
	apply func(v reflect.Value) bool // false when there is nothing to change
}

// at follows steps from v.
func at(v reflect.Value, steps []step) reflect.Value {
	for _, s := range steps {
		switch {
		case v.Kind() == reflect.Pointer:
			v = v.Elem()
			fallthrough
		case s.field >= 0:
			if v.Kind() == reflect.Pointer {
				v = v.Elem()
			}
			v = v.Field(s.field)
		case s.index >= 0:
			v = v.Index(s.index)
		}
	}
	return v
}

func TestDiffNamesEveryChangeToThePolicy(t *testing.T) {
	total, changed := 0, 0
	for name, a := range testkit.Examples(t) {
		before := string(policy.Generate(a).Markdown(policy.MarkdownOptions{}))
		for _, m := range mutationsOf(t, a) {
			b := testkit.Clone(t, a)
			if !m.apply(at(reflect.ValueOf(b).Elem(), m.steps)) {
				continue
			}
			if ps := drafts.Validate(b); len(ps) > 0 {
				continue // a file that does not load renders nothing
			}
			total++
			after := string(policy.Generate(b).Markdown(policy.MarkdownOptions{}))
			if after == before {
				continue
			}
			changed++
			cs := Diff(a, b)
			if len(cs) == 0 {
				t.Errorf("%s: %s: the policy changed, diff is silent:\n%s", name, m.path, firstDifference(before, after))
				continue
			}
			if !namesIt(cs, m.names) {
				t.Errorf("%s: %s: no line names the change (want one of %q):\n%s", name, m.path, m.names, ChangeLogText(cs))
			}
		}
	}
	if changed < 500 {
		t.Errorf("only %d of %d mutations changed a policy; the test checks too little", changed, total)
	}
	t.Logf("%d valid mutations, %d changed a policy", total, changed)
}

// namesIt reports whether a line holds one of the names, ignoring case.
func namesIt(cs []Change, names []string) bool {
	for _, c := range cs {
		l := strings.ToLower(c.Text)
		for _, n := range names {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" && strings.Contains(l, n) {
				return true
			}
		}
	}
	return false
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "- " + al[i] + "\n+ " + bl[i]
		}
	}
	return fmt.Sprintf("(%d lines before, %d after)", len(al), len(bl))
}

// section is a top-level key with the words that name it in a line.
var sectionNames = map[string][]string{
	"controller":     {"virksomhed", "dataansvarlig", "kontakt", "jeg-form", "vi-form", "forening"},
	"dpo":            {"databeskyttelsesrådgiver"},
	"representative": {"repræsentant"},
	"processor":      {"databehandler"},
	"cookies":        {"cookie"},
	"security":       {"sikkerhed"},
	"automated":      {"afgørelse", "profilering"},
	"children":       {"børn"},
	"authority":      {"tilsynsmyndighed"},
}

// controllerNames are the words that name each field of [controller].
var controllerNames = map[string][]string{
	"name": {"navn"}, "legal_form": {"virksomhedsform"}, "cvr": {"cvr", "registreringsnummer"},
	"address": {"adresse"}, "postcode": {"adresse"}, "town": {"adresse"}, "country": {"etableret"},
	"email": {"e-mail"}, "phone": {"telefon"}, "website": {"hjemmeside"}, "contact_person": {"kontaktperson"},
	"kind": {"forening", "virksomhed"}, "voice": {"jeg-form", "vi-form"},
}

// mutationsOf lists the mutations of every field of a, but the document's
// own metadata (date, version, change log, record format), which is the
// change log itself.
func mutationsOf(t *testing.T, a *drafts.Answers) []mutation {
	t.Helper()
	var out []mutation
	v := reflect.ValueOf(a).Elem()
	ty := v.Type()
	for i := range ty.NumField() {
		key := tomlKey(ty.Field(i))
		if key == "" || key == "document" || key == "schema" {
			continue
		}
		names := append([]string(nil), sectionNames[key]...)
		walk(a, v.Field(i), key, []step{{field: i, index: -1}}, key, names, &out)
	}
	out = append(out, lifeMutations(a)...)
	return out
}

func tomlKey(f reflect.StructField) string {
	k, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	return k
}

// walk adds the mutations of the value v at path (steps), whose field key
// is key, with the names of the thing it belongs to.
func walk(a *drafts.Answers, v reflect.Value, path string, steps []step, key string, names []string, out *[]mutation) {
	add := func(apply func(v reflect.Value) bool, extra ...string) {
		*out = append(*out, mutation{path: path, steps: slices.Clone(steps), names: append(slices.Clone(names), extra...), apply: apply})
	}
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	switch v.Kind() {
	case reflect.Pointer:
		// Set a pointer that is nil; clear one that is set; and its fields.
		if v.IsNil() {
			add(func(v reflect.Value) bool { v.Set(reflect.ValueOf(pointerValue(key))); return !v.IsNil() })
			return
		}
		add(func(v reflect.Value) bool { v.Set(reflect.Zero(v.Type())); return true })
		walkStruct(a, v.Elem(), path, steps, names, out)
	case reflect.Struct:
		walkStruct(a, v, path, steps, names, out)
	case reflect.Bool:
		add(func(v reflect.Value) bool { v.SetBool(!v.Bool()); return true })
	case reflect.Int:
		add(func(v reflect.Value) bool {
			if v.Int() == 16 {
				v.SetInt(13)
			} else {
				v.SetInt(16)
			}
			return true
		})
	case reflect.String:
		if top == "controller" {
			names = append(names, controllerNames[key]...)
		}
		for _, nv := range stringValues(a, path, key, v.String()) {
			add(func(v reflect.Value) bool {
				if v.String() == nv {
					return false
				}
				v.SetString(nv)
				return true
			}, content.Clean(nv), content.Clean(v.String()))
		}
	case reflect.Map:
		// purpose_roles: give the vendor's first purpose another role, or
		// drop the roles.
		add(func(v reflect.Value) bool {
			if v.Len() == 0 {
				return false
			}
			v.Set(reflect.Zero(v.Type()))
			return true
		})
	case reflect.Slice:
		el := v.Type().Elem()
		if el.Kind() == reflect.String {
			// Drop each element, and add one.
			for j := range v.Len() {
				old := v.Index(j).String()
				add(func(v reflect.Value) bool {
					if j >= v.Len() {
						return false
					}
					v.Set(reflect.AppendSlice(v.Slice(0, j), v.Slice(j+1, v.Len())))
					return true
				}, idNames(a, key, old)...)
			}
			for _, nv := range listAdditions(a, path, key) {
				add(func(v reflect.Value) bool {
					for k := range v.Len() {
						if v.Index(k).String() == nv {
							return false
						}
					}
					v.Set(reflect.Append(v, reflect.ValueOf(nv)))
					return true
				}, idNames(a, key, nv)...)
			}
			return
		}
		for j := range v.Len() {
			ep := fmt.Sprintf("%s[%d]", path, j+1)
			en := append(slices.Clone(names), elementNames(a, top, v.Index(j))...)
			es := append(slices.Clone(steps), step{field: -1, index: j})
			// Drop the element.
			*out = append(*out, mutation{path: ep + " (removed)", steps: slices.Clone(steps), names: en, apply: func(v reflect.Value) bool {
				if j >= v.Len() {
					return false
				}
				v.Set(reflect.AppendSlice(v.Slice(0, j), v.Slice(j+1, v.Len())))
				return true
			}})
			walk(a, v.Index(j), ep, es, key, en, out)
		}
	}
}

func walkStruct(a *drafts.Answers, v reflect.Value, path string, steps []step, names []string, out *[]mutation) {
	ty := v.Type()
	for i := range ty.NumField() {
		key := tomlKey(ty.Field(i))
		if key == "" {
			continue
		}
		walk(a, v.Field(i), path+"."+key, append(slices.Clone(steps), step{field: i, index: -1}), key, names, out)
	}
}

// elementNames are the words that name a list element: a purpose's name, a
// vendor's, a group's, a cookie's …
func elementNames(a *drafts.Answers, top string, v reflect.Value) []string {
	switch e := v.Interface().(type) {
	case drafts.Purpose:
		return []string{e.Name}
	case drafts.Vendor:
		r := drafts.ResolveVendor(e)
		return []string{content.VendorName(r), r.Entity}
	case drafts.Subject:
		return []string{content.GroupText(a, e.Key()), e.Name}
	case drafts.Source:
		return []string{e.Name}
	case drafts.Disclosure:
		return []string{e.Recipient}
	case drafts.Cookie:
		return []string{e.Name}
	case drafts.CookieGroup:
		return []string{content.LowerFirst(drafts.Label(drafts.CookieCategories, e.Category)), e.Provider}
	case drafts.CustomCategory:
		return []string{e.Name}
	}
	return nil
}

// idNames are the words that name an id in a list: a category's name, a
// group's, a purpose's, a country's.
func idNames(a *drafts.Answers, key, id string) []string {
	out := []string{id}
	switch key {
	case "data":
		out = append(out, content.CategoryText(a, id))
	case "subjects":
		out = append(out, content.GroupText(a, id))
	case "purposes":
		for _, p := range a.Purposes {
			if p.ID == id {
				out = append(out, p.Name)
			}
		}
	case "remote_countries":
		out = append(out, content.CountryText(id))
	case "measures":
		out = append(out, content.LowerFirst(drafts.Label(drafts.SecurityMeasures, id)))
	case "basis":
		out = append(out, content.LowerFirst(drafts.Label(drafts.LegalBases, id)))
	}
	return out
}

// stringValues are the values a string field is mutated to: another value
// from its vocabulary, or new text.
func stringValues(a *drafts.Answers, path, key, old string) []string {
	ids := func(ts []drafts.Term) []string { return drafts.IDs(ts) }
	switch {
	case strings.HasSuffix(path, ".role"):
		return ids(drafts.Roles)
	case strings.HasSuffix(path, ".transfer") || strings.HasSuffix(path, ".remote_access"):
		return []string{"scc", "dpf", "none", ""}
	case key == "country" && strings.HasPrefix(path, "vendors"):
		return []string{"US", "DE", "EEA"}
	case key == "entity_country":
		return []string{"SE"}
	case key == "country":
		return []string{"SE"}
	case key == "category" && strings.HasPrefix(path, "vendors"):
		return []string{"it_support"}
	case key == "category":
		return []string{"marketing", "preferences"}
	case key == "required":
		return ids(drafts.Requirements)
	case key == "special_basis" || (key == "basis" && strings.Contains(path, "sensitive")):
		return []string{"9.2.a", "9.2.f"}
	case key == "law" && strings.Contains(path, "sensitive"):
		return []string{"7.3", "12", ""}
	case key == "cpr_basis":
		return []string{"11.2.1", "11.2.2"}
	case key == "criminal_basis":
		return []string{"8.3.1", "8.5"}
	case key == "after":
		return []string{"collection", "contract_end", ""}
	case key == "period":
		return []string{"7 år"}
	case key == "by_law":
		return nil
	case key == "kind" && strings.HasPrefix(path, "controller"):
		return []string{"association", ""}
	case key == "kind" && strings.HasPrefix(path, "categories"):
		return []string{"special", ""}
	case key == "kind":
		return []string{"public_register", "partner"}
	case key == "voice":
		return []string{"jeg", ""}
	case key == "exception":
		return ids(drafts.AutomatedExceptions)
	case key == "profiling":
		return []string{"no", "marketing", "other"}
	case key == "lifetime":
		return []string{"session", "5 år"}
	case key == "group" && strings.HasPrefix(path, "subjects"):
		return []string{"suppliers"}
	case key == "group", key == "data", key == "catalog", key == "id", key == "purpose_id":
		return nil // ids others point to: renaming one breaks the file
	case key == "email":
		return []string{"ny@eksempel.dk"}
	case key == "website" || key == "privacy_url" || key == "settings_url":
		return []string{"https://ny.example.dk"}
	case key == "postcode":
		return []string{"9000"}
	case key == "phone":
		return []string{"11 22 33 44"}
	case key == "cvr":
		if a.Controller.CountryCode() == "DK" {
			return []string{"29412006"}
		}
		return []string{"556677-8899"}
	case key == "transfer_to" || key == "entity":
		return []string{"Nyt Selskab Inc."}
	}
	return []string{"Ny tekst om noget helt andet", ""}
}

// listAdditions are the ids added to a list of ids.
func listAdditions(a *drafts.Answers, path, key string) []string {
	switch {
	case key == "basis":
		return []string{"6.1.f", "6.1.a"}
	case key == "data":
		return []string{"photo", "health"}
	case key == "subjects" && strings.HasPrefix(path, "processor"):
		return []string{"customers"}
	case key == "subjects":
		var out []string
		for _, s := range a.Subjects {
			out = append(out, s.Key())
		}
		return out
	case key == "purposes":
		var out []string
		for _, p := range a.Purposes {
			out = append(out, p.ID)
		}
		return out
	case key == "remote_countries":
		return []string{"IN"}
	case key == "measures":
		return []string{"physical", "logging"}
	case key == "other":
		return []string{"Vi låser kontoret af om natten."}
	case key == "vendors":
		var out []string
		for _, v := range a.ResolvedVendors() {
			if v.Catalog != "" {
				out = append(out, v.Catalog)
			}
		}
		return out
	}
	return nil
}

// pointerValue is what a nil pointer field is set to.
func pointerValue(key string) any {
	switch key {
	case "dpo":
		return &drafts.Contact{Name: "Dorte Dahl", Email: "dpo@eksempel.dk"}
	case "representative":
		return &drafts.Representative{Name: "EU Rep GmbH", Address: "Hauptstraße 1, Berlin", Email: "rep@eksempel.de"}
	case "authority":
		return &drafts.Authority{Name: "Integritetsskyddsmyndigheten", Address: "Box 8114, 104 20 Stockholm", Website: "https://www.imy.se", Email: "imy@imy.se"}
	}
	return nil
}

// lifeMutations are changes businesses make in real life that no single
// field holds: a category of cookies added, with or without a new
// provider, a named cookie added, profiling answered, a new vendor.
func lifeMutations(a *drafts.Answers) []mutation {
	whole := func(path string, names []string, f func(b *drafts.Answers) bool) mutation {
		return mutation{path: path, names: names, apply: func(v reflect.Value) bool { return f(v.Addr().Interface().(*drafts.Answers)) }}
	}
	consent := ""
	for _, p := range a.Purposes {
		if slices.Contains(p.Basis, "6.1.a") {
			consent = p.ID
			break
		}
	}
	var out []mutation
	for _, cat := range []string{"statistics", "marketing", "preferences"} {
		label := content.LowerFirst(drafts.Label(drafts.CookieCategories, cat))
		out = append(out,
			whole("cookies.categories (a "+cat+" category added)", []string{label, "cookie"}, func(b *drafts.Answers) bool {
				b.Cookies.None = false
				b.Cookies.Banner = true
				b.Cookies.Categories = append(b.Cookies.Categories, drafts.CookieGroup{Category: cat, Purpose: "Måler, hvordan siden bruges", PurposeID: consent})
				return true
			}),
			whole("cookies.categories (a "+cat+" category from a new provider)", []string{"Plausible Insights OÜ", label}, func(b *drafts.Answers) bool {
				b.Cookies.None = false
				b.Cookies.Banner = true
				b.Cookies.Categories = append(b.Cookies.Categories, drafts.CookieGroup{Category: cat, Purpose: "Tæller besøg", Provider: "Plausible Insights OÜ", Lifetime: "1 år", PurposeID: consent})
				return true
			}))
	}
	out = append(out,
		whole("cookies.list (a marketing cookie added)", []string{"_fbp"}, func(b *drafts.Answers) bool {
			b.Cookies.None = false
			b.Cookies.Banner = true
			b.Cookies.List = append(b.Cookies.List, drafts.Cookie{Name: "_fbp", Provider: "Meta", Purpose: "Annoncer", Category: "marketing", Lifetime: "3 måneder", PurposeID: consent})
			return true
		}),
		whole("automated.profiling (marketing, with a marketing category)", []string{"profilering", "marketing"}, func(b *drafts.Answers) bool {
			b.Cookies.None = false
			b.Cookies.Banner = true
			b.Cookies.Categories = append(b.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Viser annoncer", Provider: "Meta", PurposeID: consent})
			b.Automated.Profiling = "marketing"
			b.Automated.ProfilingDescription = "Vi viser annoncer ud fra dine besøg."
			return true
		}),
		whole("vendors (a new vendor)", []string{"Fakturaskyen ApS"}, func(b *drafts.Answers) bool {
			if len(b.Purposes) == 0 {
				return false
			}
			b.Vendors = append(b.Vendors, drafts.Vendor{Name: "Fakturaskyen ApS", Role: "processor", Service: "fakturering", Purposes: []string{b.Purposes[0].ID}, Country: "DK", Transfer: "none"})
			return true
		}),
	)
	return out
}
