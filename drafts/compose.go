package drafts

import (
	"bytes"
	"embed"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed blocks/*.toml
var blocksFS embed.FS

// Setup is what a business answers on the first screen: what it is, how it
// speaks, what it has and does, and which systems it uses. Compose turns it
// into a starting point.
type Setup struct {
	Kind        string   // a kind's id, or "" for none: only the blocks
	Association bool     // a forening rather than a company
	Voice       string   // "vi" or "jeg"
	Blocks      []string // the chosen blocks (what they imply is added)
	// Systems names a catalogue vendor for a system a block brings, by the
	// recipient category the block names it by ("booking": "planway").
	// A system not named stays a recipient named by its category, whose
	// country only the business knows.
	Systems map[string]string
	// SystemsInEEA is the business's answer that every system whose
	// country is not known keeps the data inside the EU/EEA and sends
	// nothing out of it.
	SystemsInEEA bool
	// Banner is the website's consent banner: a catalogue id of a consent
	// tool, BannerOwn for another banner, or "" when not answered.
	Banner string
	// Profiling answers whether the ads are targeted at what people do on
	// the website: "marketing" (with the annoncer block's description),
	// "no", or "" when not answered.
	Profiling string
	// NoCookies is the business's answer that its website sets no cookies
	// at all; it holds only when no block brings any.
	NoCookies bool
}

// Cookies reports whether the setup's website has cookies its blocks
// describe (a webshop's basket, statistics), so whether it sets any at all
// is already answered.
func (s Setup) Cookies() bool {
	s.NoCookies = false
	a, _, err := s.compose()
	return err == nil && a.Cookies.Any()
}

// BannerOwn is Setup.Banner for a banner that is not in the catalogue.
const BannerOwn = "own"

// KindSetup is the setup a kind's starting point is composed from: its
// blocks, voice and form.
func KindSetup(id string) (Setup, error) {
	k, ok := lookupKind(id)
	if !ok {
		return Setup{}, &KindError{ID: id}
	}
	return Setup{Kind: id, Association: k.Association, Voice: orString(k.Voice, "vi"), Blocks: slices.Clone(k.Blocks)}, nil
}

func orString(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// AllBlocks is the setup's blocks with everything they imply, in the order
// they are composed in, including the pieces every business has.
func (s Setup) AllBlocks() []string {
	have := map[string]bool{"base": true}
	var add func(id string)
	add = func(id string) {
		if have[id] {
			return
		}
		have[id] = true
		b, _ := lookupBlock(id)
		for _, x := range b.Implies {
			add(x)
		}
	}
	for _, id := range s.Blocks {
		add(id)
	}
	if s.Banner != "" && s.Banner != BannerOwn {
		have["cookiebanner"] = true
	}
	var out []string
	for _, id := range fragmentOrder {
		if have[id] {
			out = append(out, id)
		}
	}
	return out
}

// Slots are the systems the setup's blocks bring that a business names:
// recipient categories such as "booking" or "payment", in the order the
// starting point lists them.
func (s Setup) Slots() []string {
	s.Systems = nil
	a, _, err := s.compose()
	if err != nil {
		return nil
	}
	var out []string
	for _, v := range a.Vendors {
		if v.Catalog == "" && v.Name == "" && v.Category != "" && !slices.Contains(out, v.Category) {
			out = append(out, v.Category)
		}
	}
	return out
}

// SlotVendors are the catalogue's vendors that can fill a slot: the ones
// of the catalogue categories that match the recipient category.
func SlotVendors(slot string) []CatalogVendor {
	var out []CatalogVendor
	for _, v := range Catalogue() {
		if slotFits(slot, v) {
			out = append(out, v)
		}
	}
	return out
}

func slotFits(slot string, v CatalogVendor) bool {
	switch slot {
	case "email":
		return v.Category == "office" && strings.Contains(v.Service, "e-mail") ||
			v.Category == "hosting" && strings.Contains(v.Service, "e-mail")
	case "hosting":
		return v.Category == "hosting" && strings.Contains(v.Service, "hjemmeside")
	case "webshop":
		return v.Category == "hosting" && strings.Contains(v.Service, "webshop")
	case "payment":
		return v.Category == "payments"
	case "accounting_system":
		return v.Category == "accounting"
	case "payroll":
		return v.Category == "payroll"
	case "booking", "newsletter", "analytics", "ads", "shipping", "consent":
		return v.Category == slot
	}
	return false
}

// Compose makes the starting point for a setup: the blocks' pieces put
// together in the business's voice, the systems it named filled in from the
// catalogue, and everything that does not apply to it left out, so every
// group, data category, recipient and cookie serves one of its purposes.
func Compose(s Setup) (*Answers, error) {
	a, _, err := s.compose()
	return a, err
}

// ComposeSource is the starting point as a commented answer file named
// name, dated day (when not zero): the comments say what to fill in.
func ComposeSource(s Setup, day Date, name string) ([]byte, error) {
	a, notes, err := s.compose()
	if err != nil {
		return nil, err
	}
	a.Document.Effective = day
	data, err := Encode(a, name)
	if err != nil {
		return nil, err
	}
	out := annotate(data, a, notes, s.intro())
	if a.Automated.Profiling == "" && slices.ContainsFunc(a.Purposes, func(p Purpose) bool { return p.ID == "annoncer" }) {
		out = append(out, profilingNote(s)...)
	}
	if len(a.Security.Measures) == 0 && len(a.Security.Other) == 0 {
		out = append(out, securityNote(s)...)
	}
	return out, nil
}

// profilingNote asks a starting point with ads whether they are targeted
// (profiling), with the words the policy would use.
func profilingNote(s Setup) []byte {
	s.Profiling = "marketing"
	text := ""
	if a, _, err := s.compose(); err == nil {
		text = a.Automated.ProfilingDescription
	}
	var b strings.Builder
	b.WriteString("\n# Målrettes annoncerne efter, hvad folk gør på hjemmesiden? Så er det\n# profilering: skriv profiling = \"marketing\" og beskriv den, fx\n")
	fmt.Fprintf(&b, "# profiling_description = %q\n", text)
	b.WriteString("# Målrettes de ikke, så skriv profiling = \"no\".\n[automated]\nprofiling = \"\"\n")
	return []byte(b.String())
}

// securityNote ends a starting point with the security measures such a
// business should consider, for it to write the ones it takes: the
// policy and the record (art. 30(1)(g)) say only what it writes.
func securityNote(s Setup) []byte {
	measures := []string{"access_control", "mfa", "backup", "updates", "dpa", "confidentiality"}
	if k, ok := lookupKind(s.Kind); ok && len(k.Measures) > 0 {
		measures = k.Measures
	}
	var ids, labels []string
	for _, m := range measures {
		ids = append(ids, fmt.Sprintf("%q", m))
		l := Label(SecurityMeasures, m)
		if r := []rune(l); len(r) > 0 {
			l = strings.ToLower(string(r[0])) + string(r[1:])
		}
		labels = append(labels, l)
	}
	var b strings.Builder
	b.WriteString("\n# Hvad gør I for at passe på oplysningerne? Skriv kun det, I faktisk gør,\n# fx measures = [" + strings.Join(ids, ", ") + "]\n")
	line := "#"
	for _, w := range strings.Fields("(" + strings.Join(labels, "; ") + ").") {
		if len(line)+1+len(w) > 76 {
			b.WriteString(line + "\n")
			line = "#"
		}
		line += " " + w
	}
	b.WriteString(line + "\n[security]\n")
	return []byte(b.String())
}

// intro is the comment a composed starting point opens with.
func (s Setup) intro() string {
	what := "jeres egne svar"
	if k, ok := lookupKind(s.Kind); ok {
		what = "»" + k.Name + "«"
	}
	var names []string
	for _, id := range s.AllBlocks() {
		if b, ok := LookupBlock(id); ok {
			names = append(names, strings.ToLower(b.Name))
		}
	}
	list := ""
	if len(names) > 0 {
		list = "\n# Byggeklodser: " + strings.Join(names, ", ") + "."
	}
	return "# Udgangspunkt: " + what + "." + list + `
#
# privatliv har udfyldt det, der følger af svarene. Det er forslag: ret det,
# der ikke passer, og slet det, I ikke gør – politikken siger kun det, der
# står i filen. Det, kun I ved, er tomt: udfyld det, og kør bagefter
# 'privatliv check' på filen; den viser, hvad der mangler.
`
}

// fragment is one block's piece of an answer file, read in a voice.
type fragment struct {
	id    string
	a     Answers
	notes map[string]string // comments, by what they stand above (see itemKey)
}

func readFragment(fsys embed.FS, path, id string, firstPerson bool) (*fragment, error) {
	raw, err := fsys.ReadFile(path)
	if err != nil {
		return nil, err
	}
	src := Say(string(raw), firstPerson)
	f := &fragment{id: id}
	md, err := toml.Decode(src, &f.a)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("%s: ukendt nøgle %s", path, u[0])
	}
	f.notes = fragmentNotes(src, &f.a)
	return f, nil
}

// blockFragment reads a block's piece, in the association's own words
// where it has them (blocks/<id>.forening.toml).
func blockFragment(id string, s Setup) (*fragment, error) {
	firstPerson := s.Voice == "jeg"
	if s.Association {
		if f, err := readFragment(blocksFS, "blocks/"+id+".forening.toml", id, firstPerson); err == nil {
			return f, nil
		}
	}
	return readFragment(blocksFS, "blocks/"+id+".toml", id, firstPerson)
}

func (s Setup) compose() (*Answers, map[string]string, error) {
	if s.Voice != "" && s.Voice != "vi" && s.Voice != "jeg" {
		return nil, nil, fmt.Errorf("stemmen skal være »vi« eller »jeg«, ikke %q", s.Voice)
	}
	for _, id := range s.Blocks {
		if _, ok := LookupBlock(id); !ok {
			return nil, nil, &BlockError{ID: id}
		}
	}
	var k Kind
	if s.Kind != "" {
		var ok bool
		if k, ok = lookupKind(s.Kind); !ok {
			return nil, nil, &KindError{ID: s.Kind}
		}
	}
	c := &composer{notes: map[string]string{}, groups: map[string]bool{}}
	c.a.Schema = SchemaVersion
	c.a.Document.Version = "1.0"
	if s.Association {
		c.a.Controller.Kind = "association"
	}
	if s.Voice == "jeg" {
		c.a.Controller.Voice = "jeg"
	}
	customers := k.CustomerGroup
	// The kind's own piece comes first: its purposes and groups lead, and
	// its words replace the blocks' where it has its own.
	var own *fragment
	if s.Kind != "" {
		f, err := readFragment(kindsFS, "kinds/"+s.Kind+".toml", "kind", s.Voice == "jeg")
		if err != nil {
			return nil, nil, err
		}
		own = f
		for _, sub := range f.a.Subjects {
			// The kind brings its own groups (a clinic's patients); the
			// groups a block brings come with the block, if it is chosen,
			// whatever the kind adds to them.
			if len(sub.Data) > 0 && !blockGroup(sub.Key()) {
				c.groups[sub.Key()] = true
			}
		}
		c.order(&f.a)
	}
	for _, id := range s.AllBlocks() {
		f, err := blockFragment(id, s)
		if err != nil {
			return nil, nil, err
		}
		if customers != "" {
			renameGroup(&f.a, "customers", customers)
			f.notes = renameNotes(f.notes, "customers", customers)
		}
		b, _ := lookupBlock(id)
		for _, g := range b.Groups {
			if g == "customers" && customers != "" {
				g = customers
			}
			c.groups[g] = true
		}
		c.merge(f)
	}
	if own != nil {
		c.overlay(own)
		for _, id := range k.Drop {
			c.a.Purposes = slices.DeleteFunc(c.a.Purposes, func(p Purpose) bool { return p.ID == id })
		}
	}
	a := &c.a
	c.systems(s)
	if s.Banner != "" {
		a.Cookies.Banner = true
		if cv, ok := LookupVendor(s.Banner); ok {
			a.Cookies.BannerTool = cv.Name
		}
	}
	if s.Profiling == "marketing" {
		a.Automated.Profiling = "marketing"
	} else {
		a.Automated.ProfilingDescription = ""
		a.Automated.Profiling = s.Profiling
	}
	prune(a, c.groups)
	if s.NoCookies && !a.Cookies.Any() {
		a.Cookies.None = true
	}
	if s.SystemsInEEA {
		inEEA(a)
	}
	return a, c.notes, nil
}

// blockGroup reports whether some block brings group g.
func blockGroup(g string) bool {
	for _, b := range blocks {
		if slices.Contains(b.Groups, g) {
			return true
		}
	}
	return false
}

// composer puts fragments together.
type composer struct {
	a      Answers
	notes  map[string]string
	groups map[string]bool // the groups some piece brings
	// first are the keys of the kind's own items, in its order: they lead.
	first []string
}

func (c *composer) order(a *Answers) {
	for _, s := range a.Subjects {
		c.first = append(c.first, "subjects:"+s.Key())
	}
	for _, p := range a.Purposes {
		c.first = append(c.first, "purposes:"+p.ID)
	}
	for _, v := range a.Vendors {
		c.first = append(c.first, "vendors:"+vendorKey(v))
	}
}

func vendorKey(v Vendor) string {
	switch {
	case v.Catalog != "":
		return v.Catalog
	case v.Category != "" && v.Name == "":
		return "category " + v.Category
	}
	return "name " + v.Name
}

// merge adds a block's piece: new items are added, and an item that is
// already there (a group, a purpose, a recipient) gets what the piece adds
// to it.
func (c *composer) merge(f *fragment) {
	a := &c.a
	for k, n := range f.notes {
		if _, ok := c.notes[k]; !ok {
			c.notes[k] = n
		}
	}
	for _, cat := range f.a.Categories {
		if !slices.ContainsFunc(a.Categories, func(x CustomCategory) bool { return x.ID == cat.ID }) {
			a.Categories = append(a.Categories, cat)
		}
	}
	for _, s := range f.a.Subjects {
		if i := slices.IndexFunc(a.Subjects, func(x Subject) bool { return x.Key() == s.Key() }); i >= 0 {
			a.Subjects[i].Data = union(a.Subjects[i].Data, s.Data)
			if a.Subjects[i].Name == "" {
				a.Subjects[i].Name = s.Name
			}
			continue
		}
		a.Subjects = append(a.Subjects, cloneSubject(s))
	}
	for _, p := range f.a.Purposes {
		if i := slices.IndexFunc(a.Purposes, func(x Purpose) bool { return x.ID == p.ID }); i >= 0 {
			q := &a.Purposes[i]
			q.Subjects = union(q.Subjects, p.Subjects)
			q.Data = union(q.Data, p.Data)
			fillScalars(reflect.ValueOf(q).Elem(), reflect.ValueOf(p))
			continue
		}
		a.Purposes = append(a.Purposes, clonePurpose(p))
	}
	for _, v := range f.a.Vendors {
		if i := slices.IndexFunc(a.Vendors, func(x Vendor) bool { return vendorKey(x) == vendorKey(v) }); i >= 0 {
			a.Vendors[i].Purposes = union(a.Vendors[i].Purposes, v.Purposes)
			continue
		}
		v.Purposes = slices.Clone(v.Purposes)
		a.Vendors = append(a.Vendors, v)
	}
	// The same authority for another reason (Skattestyrelsen gets the pay
	// reported and checks the accounts) is a disclosure of its own.
	for _, d := range f.a.Disclosures {
		if i := slices.IndexFunc(a.Disclosures, func(x Disclosure) bool { return x.Recipient == d.Recipient && x.Reason == d.Reason }); i >= 0 {
			a.Disclosures[i].Purposes = union(a.Disclosures[i].Purposes, d.Purposes)
			continue
		}
		d.Purposes = slices.Clone(d.Purposes)
		a.Disclosures = append(a.Disclosures, d)
	}
	for _, s := range f.a.Sources {
		if i := slices.IndexFunc(a.Sources, func(x Source) bool { return x.Name == s.Name && x.Kind == s.Kind }); i >= 0 {
			a.Sources[i].Subjects = union(a.Sources[i].Subjects, s.Subjects)
			a.Sources[i].Data = union(a.Sources[i].Data, s.Data)
			continue
		}
		s.Subjects, s.Data = slices.Clone(s.Subjects), slices.Clone(s.Data)
		a.Sources = append(a.Sources, s)
	}
	for _, g := range f.a.Cookies.Categories {
		if !slices.Contains(a.Cookies.Categories, g) {
			a.Cookies.Categories = append(a.Cookies.Categories, g)
		}
	}
	for _, k := range f.a.Cookies.List {
		if !slices.ContainsFunc(a.Cookies.List, func(x Cookie) bool { return x.Name == k.Name }) {
			a.Cookies.List = append(a.Cookies.List, k)
		}
	}
	if f.a.Processor.Acts {
		a.Processor.Acts = true
	}
	if d := f.a.Automated.ProfilingDescription; d != "" {
		a.Automated.ProfilingDescription = d
	}
}

// overlay adds the kind's own piece: its items lead, and where it has its
// own words for a block's item, they replace the block's.
func (c *composer) overlay(f *fragment) {
	a := &c.a
	for k, n := range f.notes {
		c.notes[k] = n
	}
	for _, cat := range f.a.Categories {
		if !slices.ContainsFunc(a.Categories, func(x CustomCategory) bool { return x.ID == cat.ID }) {
			a.Categories = append(a.Categories, cat)
		}
	}
	for _, s := range f.a.Subjects {
		if i := slices.IndexFunc(a.Subjects, func(x Subject) bool { return x.Key() == s.Key() }); i >= 0 {
			a.Subjects[i].Data = union(a.Subjects[i].Data, s.Data)
			if s.Name != "" {
				a.Subjects[i].Name = s.Name
			}
			continue
		}
		a.Subjects = append(a.Subjects, cloneSubject(s))
	}
	for _, p := range f.a.Purposes {
		i := slices.IndexFunc(a.Purposes, func(x Purpose) bool { return x.ID == p.ID })
		if i < 0 {
			a.Purposes = append(a.Purposes, clonePurpose(p))
			continue
		}
		q := &a.Purposes[i]
		setScalars(reflect.ValueOf(q).Elem(), reflect.ValueOf(p))
		if len(p.Subjects) > 0 {
			q.Subjects = slices.Clone(p.Subjects)
		}
		if len(p.Data) > 0 {
			q.Data = slices.Clone(p.Data)
		}
		if len(p.Basis) > 0 {
			q.Basis = slices.Clone(p.Basis)
		}
		if len(p.ByGroup) > 0 {
			q.ByGroup = clonePurpose(p).ByGroup
		}
		if len(p.Sensitive) > 0 {
			q.Sensitive = slices.Clone(p.Sensitive)
		}
		if !reflect.ValueOf(p.Retention).IsZero() {
			q.Retention = clonePurpose(p).Retention
		}
	}
	for _, v := range f.a.Vendors {
		i := slices.IndexFunc(a.Vendors, func(x Vendor) bool { return vendorKey(x) == vendorKey(v) })
		if i < 0 {
			v.Purposes = slices.Clone(v.Purposes)
			a.Vendors = append(a.Vendors, v)
			continue
		}
		purposes := union(a.Vendors[i].Purposes, v.Purposes)
		setScalars(reflect.ValueOf(&a.Vendors[i]).Elem(), reflect.ValueOf(v))
		a.Vendors[i].Purposes = purposes
	}
	for _, d := range f.a.Disclosures {
		if i := slices.IndexFunc(a.Disclosures, func(x Disclosure) bool { return x.Recipient == d.Recipient }); i >= 0 {
			a.Disclosures[i].Purposes = union(a.Disclosures[i].Purposes, d.Purposes)
			if d.Reason != "" {
				a.Disclosures[i].Reason = d.Reason
			}
			continue
		}
		d.Purposes = slices.Clone(d.Purposes)
		a.Disclosures = append(a.Disclosures, d)
	}
	for _, s := range f.a.Sources {
		s.Subjects, s.Data = slices.Clone(s.Subjects), slices.Clone(s.Data)
		a.Sources = append(a.Sources, s)
	}
	for _, g := range f.a.Cookies.Categories {
		if !slices.Contains(a.Cookies.Categories, g) {
			a.Cookies.Categories = append(a.Cookies.Categories, g)
		}
	}
	if f.a.Processor.Acts {
		a.Processor = f.a.Processor
		a.Processor.Subjects = slices.Clone(f.a.Processor.Subjects)
		a.Processor.Data = slices.Clone(f.a.Processor.Data)
	}
	// The kind's own items lead, in its order.
	lead := func(key func(i int) string, n int, move func(order []int)) {
		var order []int
		for _, k := range c.first {
			for i := 0; i < n; i++ {
				if key(i) == k {
					order = append(order, i)
				}
			}
		}
		for i := 0; i < n; i++ {
			if !slices.Contains(order, i) {
				order = append(order, i)
			}
		}
		move(order)
	}
	lead(func(i int) string { return "subjects:" + a.Subjects[i].Key() }, len(a.Subjects), func(o []int) { a.Subjects = reorder(a.Subjects, o) })
	lead(func(i int) string { return "purposes:" + a.Purposes[i].ID }, len(a.Purposes), func(o []int) { a.Purposes = reorder(a.Purposes, o) })
	lead(func(i int) string { return "vendors:" + vendorKey(a.Vendors[i]) }, len(a.Vendors), func(o []int) { a.Vendors = reorder(a.Vendors, o) })
}

func reorder[T any](s []T, order []int) []T {
	out := make([]T, 0, len(s))
	for _, i := range order {
		out = append(out, s[i])
	}
	return out
}

// fillScalars sets dst's empty strings and false booleans from src.
func fillScalars(dst, src reflect.Value) {
	for i := 0; i < dst.NumField(); i++ {
		d, s := dst.Field(i), src.Field(i)
		switch d.Kind() {
		case reflect.String:
			if d.String() == "" {
				d.SetString(s.String())
			}
		case reflect.Bool:
			if !d.Bool() {
				d.SetBool(s.Bool())
			}
		}
	}
}

// setScalars sets dst's strings and booleans that src gives.
func setScalars(dst, src reflect.Value) {
	for i := 0; i < dst.NumField(); i++ {
		d, s := dst.Field(i), src.Field(i)
		switch d.Kind() {
		case reflect.String:
			if s.String() != "" {
				d.SetString(s.String())
			}
		case reflect.Bool:
			if s.Bool() {
				d.SetBool(true)
			}
		}
	}
}

func cloneSubject(s Subject) Subject {
	s.Data = slices.Clone(s.Data)
	return s
}

// union is a with b's items that a lacks added, in order; a new slice.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// renameGroup makes group from the group to everywhere in a.
func renameGroup(a *Answers, from, to string) {
	ren := func(s []string) {
		for i := range s {
			if s[i] == from {
				s[i] = to
			}
		}
	}
	for i := range a.Subjects {
		if a.Subjects[i].Group == from && a.Subjects[i].ID == "" {
			a.Subjects[i].Group = to
		}
	}
	for i := range a.Purposes {
		p := &a.Purposes[i]
		ren(p.Subjects)
		p.Subjects = slices.Compact(p.Subjects)
		for j := range p.ByGroup {
			if p.ByGroup[j].Group == from {
				p.ByGroup[j].Group = to
			}
		}
	}
	for i := range a.Sources {
		ren(a.Sources[i].Subjects)
	}
	ren(a.Processor.Subjects)
}

func renameNotes(notes map[string]string, from, to string) map[string]string {
	out := map[string]string{}
	for k, v := range notes {
		out[strings.Replace(k, "subjects:"+from, "subjects:"+to, 1)] = v
	}
	return out
}

// systems fills in the catalogue vendors the business named for the
// systems its blocks bring: the recipient named by category becomes the
// catalogue's vendor, serving the same purposes, and the cookies the
// catalogue knows it sets replace the blocks' description of them.
func (c *composer) systems(s Setup) {
	a := &c.a
	named := map[string]string{}
	for k, v := range s.Systems {
		named[k] = v
	}
	if s.Banner != "" && s.Banner != BannerOwn {
		named["consent"] = s.Banner
	}
	for i := range a.Vendors {
		v := a.Vendors[i]
		id, ok := named[v.Category]
		if v.Catalog != "" || v.Name != "" || !ok || id == "" {
			continue
		}
		cv, ok := LookupVendor(id)
		if !ok {
			continue
		}
		delete(c.notes, "vendors:"+vendorKey(v))
		a.Vendors[i] = Vendor{Catalog: cv.ID, Purposes: v.Purposes}
		if cv.NecessaryCookies != "" {
			a.Cookies.Categories = append(a.Cookies.Categories, CookieGroup{Category: "necessary", Purpose: cv.NecessaryCookies, Provider: cv.Name, PurposeID: cookiePurpose(a, cv, v.Purposes)})
		}
		if len(cv.Cookies) == 0 {
			continue
		}
		pid := cookiePurpose(a, cv, v.Purposes)
		for _, k := range cv.Cookies {
			// A block's description of these cookies gives way to the
			// cookies themselves.
			a.Cookies.Categories = slices.DeleteFunc(a.Cookies.Categories, func(g CookieGroup) bool {
				return g.Category == k.Category && g.PurposeID == pid && !catalogueName(g.Provider)
			})
			if !slices.ContainsFunc(a.Cookies.List, func(x Cookie) bool { return x.Name == k.Name }) {
				a.Cookies.List = append(a.Cookies.List, Cookie{Name: k.Name, Provider: cv.Name, Purpose: k.Purpose, Category: k.Category, Lifetime: k.Lifetime, PurposeID: pid})
			}
		}
	}
}

// catalogueName reports whether name is a catalogue vendor's: cookies it
// sets are its own, not a block's description.
func catalogueName(name string) bool {
	for _, v := range catalogue() {
		if v.Name == name {
			return true
		}
	}
	return false
}

// cookiePurpose is the purpose a catalogue vendor's cookies serve among
// the purposes it was added for: its usual one, else the first.
func cookiePurpose(a *Answers, cv CatalogVendor, purposes []string) string {
	if slices.Contains(purposes, cv.Purpose) {
		return cv.Purpose
	}
	if len(purposes) > 0 {
		return purposes[0]
	}
	return ""
}

// inEEA gives every system whose country is not known the business's
// answer: inside the EU/EEA, with nothing sent out of it.
func inEEA(a *Answers) {
	for i := range a.Vendors {
		v := &a.Vendors[i]
		r := ResolveVendor(*v)
		if r.Country == "" || r.Country == Unknown {
			v.Country, v.Transfer = "EEA", "none"
			continue
		}
		if r.Transfer == Unknown && InEEA(r.Country) {
			v.Transfer = "none"
		}
	}
}

// prune leaves out what does not apply: groups no chosen block brings, and
// then every purpose, data category, recipient, source and cookie that no
// longer serves one of the remaining purposes.
func prune(a *Answers, groups map[string]bool) {
	a.Subjects = slices.DeleteFunc(a.Subjects, func(s Subject) bool { return !groups[s.Key()] })
	groupData := map[string][]string{}
	for _, s := range a.Subjects {
		groupData[s.Key()] = s.Data
	}
	// Purposes keep the groups that are there, and only the data those
	// groups have.
	var kept []Purpose
	for _, p := range a.Purposes {
		p.Subjects = slices.DeleteFunc(p.Subjects, func(g string) bool { return !groups[g] })
		if len(p.Subjects) == 0 {
			continue
		}
		p.ByGroup = slices.DeleteFunc(p.ByGroup, func(gb GroupBasis) bool { return !slices.Contains(p.Subjects, gb.Group) })
		var has []string
		for _, g := range p.Subjects {
			has = union(has, groupData[g])
		}
		p.Data = slices.DeleteFunc(p.Data, func(d string) bool { return !slices.Contains(has, d) })
		p.Sensitive = slices.DeleteFunc(p.Sensitive, func(s SensitiveBasis) bool { return !slices.Contains(p.Data, s.Data) })
		collapseByGroup(&p)
		kept = append(kept, p)
	}
	a.Purposes = kept
	// A group keeps the data some purpose uses for it.
	for i := range a.Subjects {
		s := &a.Subjects[i]
		var used []string
		for _, p := range a.Purposes {
			if slices.Contains(p.Subjects, s.Key()) {
				used = union(used, p.Data)
			}
		}
		s.Data = slices.DeleteFunc(s.Data, func(d string) bool { return !slices.Contains(used, d) })
	}
	a.Subjects = slices.DeleteFunc(a.Subjects, func(s Subject) bool { return len(s.Data) == 0 })
	data := map[string]bool{}
	present := map[string]bool{}
	for _, s := range a.Subjects {
		present[s.Key()] = true
		for _, d := range s.Data {
			data[d] = true
		}
	}
	for i := range a.Purposes {
		p := &a.Purposes[i]
		p.Subjects = slices.DeleteFunc(p.Subjects, func(g string) bool { return !present[g] })
	}
	a.Categories = slices.DeleteFunc(a.Categories, func(c CustomCategory) bool { return !data[c.ID] })
	purpose := map[string]bool{}
	for _, p := range a.Purposes {
		purpose[p.ID] = true
	}
	gone := func(id string) bool { return !purpose[id] }
	for i := range a.Vendors {
		a.Vendors[i].Purposes = slices.DeleteFunc(a.Vendors[i].Purposes, gone)
	}
	a.Vendors = slices.DeleteFunc(a.Vendors, func(v Vendor) bool { return len(v.Purposes) == 0 })
	for i := range a.Disclosures {
		a.Disclosures[i].Purposes = slices.DeleteFunc(a.Disclosures[i].Purposes, gone)
	}
	a.Disclosures = slices.DeleteFunc(a.Disclosures, func(d Disclosure) bool { return len(d.Purposes) == 0 })
	for i := range a.Sources {
		s := &a.Sources[i]
		s.Subjects = slices.DeleteFunc(s.Subjects, func(g string) bool { return !present[g] })
		var has []string
		for _, g := range s.Subjects {
			has = union(has, groupData[g])
		}
		s.Data = slices.DeleteFunc(s.Data, func(d string) bool { return !slices.Contains(has, d) || !data[d] })
	}
	a.Sources = slices.DeleteFunc(a.Sources, func(s Source) bool { return len(s.Subjects) == 0 || len(s.Data) == 0 })
	a.Cookies.List = slices.DeleteFunc(a.Cookies.List, func(k Cookie) bool { return k.PurposeID != "" && gone(k.PurposeID) })
	a.Cookies.Categories = slices.DeleteFunc(a.Cookies.Categories, func(g CookieGroup) bool { return g.PurposeID != "" && gone(g.PurposeID) })
	if !purpose["annoncer"] {
		a.Automated = Automated{}
	}
	if a.Processor.Acts {
		a.Processor.Subjects = slices.DeleteFunc(a.Processor.Subjects, func(g string) bool { return !present[g] })
	}
}

// collapseByGroup gives a purpose whose every group has the same basis of
// its own that basis as the purpose's own: a purpose for business
// customers alone rests on legitimate interest, with nothing left over for
// a group that is not there.
func collapseByGroup(p *Purpose) {
	if len(p.ByGroup) == 0 || p.NeedsOwnBasis() {
		return
	}
	first := p.ByGroup[0]
	for _, gb := range p.ByGroup[1:] {
		if !slices.Equal(gb.Basis, first.Basis) || gb.Interest != first.Interest {
			return
		}
	}
	p.Basis = slices.Clone(first.Basis)
	if first.Interest != "" {
		p.Interest = first.Interest
	}
	p.ByGroup = nil
}

// Notes: the comments of a fragment, by the item they stand above, so the
// composed file keeps them where they belong.

// fragmentNotes reads the comments that stand directly above a table in a
// fragment's source: the key says which item the table is (itemKey).
func fragmentNotes(src string, a *Answers) map[string]string {
	notes := map[string]string{}
	var comment []string
	w := newItemWalker(a)
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "#"):
			comment = append(comment, t)
		case strings.HasPrefix(t, "["):
			if key := w.header(t); key != "" && len(comment) > 0 {
				notes[key] = strings.Join(comment, "\n")
			}
			comment = nil
		default:
			comment = nil
		}
	}
	return notes
}

// itemWalker follows the tables of an answer file's text in order and
// names the item each header starts.
type itemWalker struct {
	a      *Answers
	counts map[string]int
	cur    string // the current top-level item's key
	sub    map[string]int
}

func newItemWalker(a *Answers) *itemWalker {
	return &itemWalker{a: a, counts: map[string]int{}, sub: map[string]int{}}
}

// header returns the key of the item a header line starts, or "".
func (w *itemWalker) header(line string) string {
	line = strings.TrimSpace(line)
	if i := strings.Index(line, "#"); i > 0 {
		line = strings.TrimSpace(line[:i])
	}
	name := strings.Trim(line, "[]")
	i := w.counts[name]
	w.counts[name]++
	a := w.a
	switch name {
	case "subjects":
		if i < len(a.Subjects) {
			w.cur = "subjects:" + a.Subjects[i].Key()
		}
	case "categories":
		if i < len(a.Categories) {
			w.cur = "categories:" + a.Categories[i].ID
		}
	case "purposes":
		if i < len(a.Purposes) {
			w.cur = "purposes:" + a.Purposes[i].ID
		}
		w.sub = map[string]int{}
	case "sources":
		if i < len(a.Sources) {
			w.cur = "sources:" + a.Sources[i].Name
		}
	case "vendors":
		if i < len(a.Vendors) {
			w.cur = "vendors:" + vendorKey(a.Vendors[i])
		}
	case "disclosures":
		if i < len(a.Disclosures) {
			w.cur = "disclosures:" + a.Disclosures[i].Recipient
		}
	case "purposes.retention":
		return w.cur + ".retention"
	case "purposes.by_group", "purposes.sensitive":
		j := w.sub[name]
		w.sub[name]++
		var p *Purpose
		if n := w.counts["purposes"] - 1; n >= 0 && n < len(a.Purposes) {
			p = &a.Purposes[n]
		}
		if p == nil {
			return ""
		}
		if name == "purposes.by_group" && j < len(p.ByGroup) {
			return w.cur + ".by_group:" + p.ByGroup[j].Group
		}
		if name == "purposes.sensitive" && j < len(p.Sensitive) {
			return w.cur + ".sensitive:" + p.Sensitive[j].Data
		}
		return ""
	case "cookies.categories":
		if i < len(a.Cookies.Categories) {
			return "cookies.categories:" + a.Cookies.Categories[i].Purpose
		}
		return ""
	case "cookies.list":
		if i < len(a.Cookies.List) {
			return "cookies.list:" + a.Cookies.List[i].Name
		}
		return ""
	default:
		return name
	}
	return w.cur
}

// annotate puts the notes back above their items in an encoded answer
// file, the intro after its header, and empty answers where only the
// business can fill them in: its identity, where a system it has not
// named keeps the data, and a period its profession decides.
func annotate(data []byte, a *Answers, notes map[string]string, intro string) []byte {
	var out bytes.Buffer
	w := newItemWalker(a)
	lines := strings.Split(string(data), "\n")
	introDone := false
	var pending []string // empty answers to add at the end of the current table
	skipping := false    // the encoded [controller] table, replaced by ours
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if t == `effective = ""` {
			continue // undated: the caller dates it
		}
		if skipping {
			if t != "" {
				continue
			}
			skipping = false
		}
		if t == "" || strings.HasPrefix(t, "[") {
			for _, p := range pending {
				out.WriteString(p + "\n")
			}
			pending = nil
		}
		if !introDone && strings.HasPrefix(t, "schema") {
			out.WriteString(intro + "\n")
			introDone = true
		}
		if strings.HasPrefix(t, "[") {
			key := w.header(t)
			if t == "[controller]" {
				out.WriteString(controllerTable(a.Controller))
				skipping = true
				continue
			}
			if n := notes[key]; n != "" && key != "" {
				out.WriteString(n + "\n")
			}
			pending = emptyAnswers(a, t, w)
		}
		out.WriteString(line + "\n")
	}
	for _, p := range pending {
		out.WriteString(p + "\n")
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n"))
}

// emptyAnswers are the keys a table of a starting point leaves for the
// business, written empty so a person editing the file sees them.
func emptyAnswers(a *Answers, header string, w *itemWalker) []string {
	switch header {
	case "[[vendors]]":
		i := w.counts["vendors"] - 1
		if i < 0 || i >= len(a.Vendors) {
			return nil
		}
		v := a.Vendors[i]
		if v.Catalog != "" || v.Name != "" {
			return nil
		}
		var out []string
		if v.Role == "" {
			out = append(out, `role = ""       # "processor", "controller" eller "joint"`)
		}
		if v.Country == "" {
			out = append(out, `country = ""    # fx "DK", "EEA" eller "US"`)
		}
		if v.Transfer == "" {
			out = append(out, `transfer = ""   # "none" inden for EU/EØS, ellers fx "dpf" eller "scc"`)
		}
		return out
	case "[cookies]":
		if !a.Cookies.Banner && consentCookies(a.Cookies) {
			return []string{`banner = false  # true, når hjemmesiden har et cookiebanner; skriv også banner_tool = "…"`}
		}
	case "[purposes.retention]":
		i := w.counts["purposes"] - 1
		if i >= 0 && i < len(a.Purposes) && a.Purposes[i].Retention.ByLaw && a.Purposes[i].Retention.Period == "" {
			return []string{`period = ""`}
		}
	}
	return nil
}

// consentCookies reports whether cookies need consent: statistics or
// marketing.
func consentCookies(c Cookies) bool {
	for _, k := range c.List {
		if k.Category == "statistics" || k.Category == "marketing" {
			return true
		}
	}
	for _, g := range c.Categories {
		if g.Category == "statistics" || g.Category == "marketing" {
			return true
		}
	}
	return false
}

// controllerTable is the [controller] table of a starting point: every
// answer about who the business is, empty, with what to write.
func controllerTable(c Controller) string {
	var b strings.Builder
	b.WriteString(controllerNote + "\n[controller]\n")
	b.WriteString(`name = ""       # fx "Studio Sol" eller "Bjerre & Søn Tømrer ApS"` + "\n")
	if c.IsAssociation() {
		b.WriteString(`cvr = ""        # 8 cifre, hvis foreningen har et CVR-nummer` + "\n")
	} else {
		b.WriteString(`cvr = ""        # 8 cifre, fra virk.dk` + "\n")
	}
	b.WriteString(`address = ""    # gade og nummer` + "\n")
	b.WriteString(`postcode = ""` + "\n")
	b.WriteString(`town = ""` + "\n")
	b.WriteString(`email = ""      # den adresse, folk skal skrive til om deres oplysninger` + "\n")
	b.WriteString(`website = ""    # fx "https://studiosol.dk"; slet linjen, hvis I ikke har en hjemmeside` + "\n")
	if c.Kind != "" {
		fmt.Fprintf(&b, "kind = %q\n", c.Kind)
	}
	if c.Voice != "" {
		fmt.Fprintf(&b, "voice = %q      # \"jeg\" for en enkeltperson, der skriver sådan; ellers \"vi\"\n", c.Voice)
	}
	return b.String()
}

const controllerNote = `# Jeres oplysninger står øverst i politikken: navn, CVR-nummer, adresse og
# den e-mail, folk skal skrive til om deres oplysninger. Udfyld dem.`
