package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/huh/v2"
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

// Tests for the questions about recipients (entity, transfer recipient,
// remote access, split roles, recipients by category) and cookies (by
// category, purpose_id, none, import from a file).

// at fails unless the open form's focus is on the field with key k.
func at(t *testing.T, m *Model, k string) {
	t.Helper()
	if m.form == nil {
		t.Fatalf("no form open; want the field %s (mode %d, status %q)", k, m.mode, m.status)
	}
	if f := m.form.GetFocusedField(); f == nil || f.GetKey() != k {
		got := "<none>"
		if f != nil {
			got = f.GetKey()
		}
		t.Fatalf("focus is on %s, want %s", got, k)
	}
}

// fill types s into the field k and moves on.
func fill(t *testing.T, m *Model, k, s string) {
	t.Helper()
	at(t, m, k)
	typeText(t, m, s)
	if m.fieldErr != "" {
		t.Fatalf("%s = %q: %s", k, s, m.fieldErr)
	}
	send(t, m, press("enter"))
}

// choose moves the select k from its current answer to value and moves on.
func choose(t *testing.T, m *Model, k, value string) {
	t.Helper()
	at(t, m, k)
	fs := m.q.fields[k]
	idx := func(v string) int {
		return slices.IndexFunc(fs.opts, func(o huh.Option[string]) bool { return o.Value == v })
	}
	from, to := idx(*fs.str), idx(value)
	if to < 0 {
		t.Fatalf("%s has no option %q", k, value)
	}
	for ; from < to; from++ {
		send(t, m, press("down"))
	}
	for ; from > to; from-- {
		send(t, m, press("up"))
	}
	send(t, m, press("enter"))
	if *fs.str != value {
		t.Fatalf("%s is %q after choosing %q", k, *fs.str, value)
	}
}

// tick checks values in the multi-select k and moves on.
func tick(t *testing.T, m *Model, k string, values ...string) {
	t.Helper()
	at(t, m, k)
	fs := m.q.fields[k]
	cur := 0
	for _, v := range values {
		to := slices.IndexFunc(fs.opts, func(o huh.Option[string]) bool { return o.Value == v })
		if to < 0 {
			t.Fatalf("%s has no option %q", k, v)
		}
		for ; cur < to; cur++ {
			send(t, m, press("down"))
		}
		for ; cur > to; cur-- {
			send(t, m, press("up"))
		}
		send(t, m, keyPress("x"))
	}
	send(t, m, press("enter"))
}

// addRecipient opens step 5's picker and chooses option choice.
func addRecipient(t *testing.T, m *Model, choice int) {
	t.Helper()
	send(t, m, press("ctrl+g"), keyPress("5"), keyPress("a"))
	pickCatalogue(t, m, choice)
	if m.mode != modeItem {
		t.Fatalf("no vendor form after picking %d (mode %d)", choice, m.mode)
	}
}

func policy(a *drafts.Answers) string {
	md := string(content.Generate(a).Markdown(content.MarkdownOptions{}))
	return strings.Join(strings.Fields(md), " ")
}

func vendorProblems(t *testing.T, a *drafts.Answers, i int) {
	t.Helper()
	p := "vendors[" + itoa(i+1) + "]"
	for _, pr := range drafts.Validate(a) {
		if strings.HasPrefix(pr.Path, p) {
			t.Errorf("problem after answering: %s", pr)
		}
	}
}

// A vendor typed by hand starts with no facts, and every new question
// (entity, its country, own purposes, transfer recipient) lands in the
// answers, the policy and the preview.
func TestVendorQuestionsTypedByHand(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	addRecipient(t, m, len(drafts.Catalogue()))
	v := &m.a.Vendors[n]
	if !reflect.DeepEqual(*v, drafts.Vendor{}) {
		t.Fatalf("a vendor typed by hand starts with facts nobody gave: %+v", *v)
	}
	fill(t, m, "vendors.name", "Fjordbook")
	fill(t, m, "vendors.service", "onlinebooking af møder")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.entity", "Fjordbook Holding Inc")
	choose(t, m, "vendors.entity_country", "US")
	fill(t, m, "vendors.controller_for", "sin egen forebyggelse af misbrug")
	fill(t, m, "vendors.joint_for", "")
	choose(t, m, "vendors.country", "US")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.transfer", "dpf")
	fill(t, m, "vendors.transfer_to", "Fjordbook Inc")
	fill(t, m, "vendors.transfer_note", "")
	if m.mode != modeList {
		t.Fatalf("the form is not done after its last question (mode %d, focus %v)", m.mode, m.form.GetFocusedField().GetKey())
	}
	v = &m.a.Vendors[n]
	want := drafts.Vendor{Name: "Fjordbook", Service: "onlinebooking af møder", Role: "processor", Purposes: []string{m.a.Purposes[0].ID},
		Entity: "Fjordbook Holding Inc", EntityCountry: "US", ControllerFor: "sin egen forebyggelse af misbrug",
		Country: "US", Transfer: "dpf", TransferTo: "Fjordbook Inc"}
	if !reflect.DeepEqual(*v, want) {
		t.Fatalf("answers:\n got %+v\nwant %+v", *v, want)
	}
	vendorProblems(t, m.a, n)
	md := policy(m.a)
	for _, s := range []string{
		"**Fjordbook** (Fjordbook Holding Inc, USA)",
		"Fjordbook Holding Inc er selvstændigt dataansvarlig for sin egen forebyggelse af misbrug.",
		"Fjordbook Inc er certificeret under EU-US Data Privacy Framework",
	} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
	flush(m)
	if !strings.Contains(screen(m), "Fjordbook") {
		t.Errorf("the preview does not show the new vendor:\n%s", screen(m))
	}
}

// Inside the EU/EEA the wizard asks about access from outside (support),
// and the countries only once that is answered.
func TestVendorRemoteAccessQuestions(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	addRecipient(t, m, len(drafts.Catalogue()))
	fill(t, m, "vendors.name", "Kontorsky")
	fill(t, m, "vendors.service", "e-mail og dokumenter")
	choose(t, m, "vendors.role", "controller")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.entity", "") // no entity: no question about its country
	// A controller is asked about joint control, not about own purposes.
	fill(t, m, "vendors.joint_for", "den fælles kundeliste")
	choose(t, m, "vendors.country", "DK")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.remote_access", "scc")
	tick(t, m, "vendors.remote_countries", "IN")
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	if v.Country != "DK" || v.Transfer != "none" || v.RemoteAccess != "scc" || !reflect.DeepEqual(v.RemoteCountries, []string{"IN"}) || v.JointFor != "den fælles kundeliste" {
		t.Fatalf("answers: %+v", v)
	}
	vendorProblems(t, m.a, n)
	md := policy(m.a)
	for _, s := range []string{
		"medarbejdere eller underleverandører i Indien kan få adgang til dem, fx ved support",
		"Vi er fælles dataansvarlige med Kontorsky (art. 26) for den fælles kundeliste",
	} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
}

// A recipient named by its kind is one choice in the picker per category;
// it is asked for no name or entity, and may be "somewhere in the EU/EEA".
func TestRecipientByCategory(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	k := slices.IndexFunc(drafts.RecipientCategories, func(t drafts.Term) bool { return t.ID == "it_support" })
	addRecipient(t, m, len(drafts.Catalogue())+1+k)
	if v := m.a.Vendors[n]; !reflect.DeepEqual(v, drafts.Vendor{Category: "it_support"}) {
		t.Fatalf("a category recipient starts as %+v", v)
	}
	choose(t, m, "vendors.category", "it_support")
	fill(t, m, "vendors.service", "")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", m.a.Purposes[0].ID)
	fill(t, m, "vendors.controller_for", "")
	fill(t, m, "vendors.joint_for", "")
	choose(t, m, "vendors.country", "EEA")
	choose(t, m, "vendors.remote_access", noTransfer)
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	want := drafts.Vendor{Category: "it_support", Role: "processor", Purposes: []string{m.a.Purposes[0].ID}, Country: "EEA", Transfer: "none"}
	if !reflect.DeepEqual(v, want) {
		t.Fatalf("answers:\n got %+v\nwant %+v", v, want)
	}
	vendorProblems(t, m.a, n)
	if md := policy(m.a); !strings.Contains(md, "IT-support") {
		t.Errorf("the policy does not name the category")
	}
	send(t, m, press("ctrl+g"), keyPress("5"))
	found := false
	for _, r := range m.rows() {
		found = found || r.coll == vendorsColl && r.item == n && strings.HasPrefix(vendorsColl.label(m.a, n), "IT-support (uden navn)")
	}
	if !found {
		t.Errorf("the list does not show the category recipient")
	}
}

// A catalogue vendor's cookies are tied to the purpose the vendor was linked
// to, so check has nothing to say about them; its known entity is offered,
// not written.
func TestCatalogueVendorCookiesGetPurpose(t *testing.T) {
	m := newTestModel(t, nil, "", 120, 40)
	addRecipient(t, m, catalogueIndex(t, "google-analytics"))
	v := m.a.Vendors[0]
	if v.Entity != "" || v.EntityCountry != "" || v.TransferTo != "" {
		t.Errorf("catalogue facts were copied into the answers: %+v", v)
	}
	if got := m.q.fields["vendors.entity"].placeholder; got != "Google Ireland Ltd" {
		t.Errorf("the entity field offers %q", got)
	}
	if len(m.a.Cookies.List) == 0 {
		t.Fatal("no cookies copied")
	}
	for _, c := range m.a.Cookies.List {
		if c.PurposeID != v.Purposes[0] {
			t.Errorf("cookie %s: purpose_id %q, want %q", c.Name, c.PurposeID, v.Purposes[0])
		}
	}
	for _, f := range content.Check(m.a, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)) {
		if strings.HasSuffix(f.Path, ".purpose_id") {
			t.Errorf("check: %s %s", f.Path, f.Message)
		}
	}
}

// New cookies start empty (no "session", no category), a cookie category
// is described with its purpose, and "no cookies at all" is asked only
// while no cookie is described.
func TestCookieQuestions(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	a := content.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	a.Purposes = append(a.Purposes, content.ClonePurpose(purposeTemplate(t, "statistik")))
	m := newTestModel(t, a, "", 160, 50)
	send(t, m, press("ctrl+g"), keyPress("6"))
	// The banner form asks whether the site has no cookies at all.
	send(t, m, press("enter"))
	choose2 := func(k string) { at(t, m, k); send(t, m, press("enter")) }
	choose2("cookies.banner")
	at(t, m, "cookies.none")
	send(t, m, keyPress("j"), press("enter"))
	if m.mode != modeList || !m.a.Cookies.None {
		t.Fatalf("none not answered: mode %d, none %v", m.mode, m.a.Cookies.None)
	}
	if !strings.Contains(policy(m.a), "ingen cookies") {
		t.Errorf("the policy does not say the site has no cookies")
	}
	m.a.Cookies.None = false

	// A category of cookies.
	rowOf := func(c *collection) int {
		for i, r := range m.rows() {
			if r.coll == c && r.item < 0 {
				return i
			}
		}
		t.Fatalf("no add row for %s", c.title)
		return -1
	}
	m.cursor = rowOf(cookieGroupsColl)
	send(t, m, press("enter"))
	if g := m.a.Cookies.Categories; len(g) != 1 || !reflect.DeepEqual(g[0], drafts.CookieGroup{}) {
		t.Fatalf("a new cookie category starts as %+v", g)
	}
	choose(t, m, "cookies.categories.category", "statistics")
	fill(t, m, "cookies.categories.purpose", "Tæller besøg, så vi kan forbedre siden")
	fill(t, m, "cookies.categories.provider", "Matomo")
	fill(t, m, "cookies.categories.lifetime", "13 måneder")
	// Consent purposes come first.
	if o := m.q.fields["cookies.categories.purpose_id"].opts; o[1].Value != "statistik" {
		t.Errorf("the first purpose offered is %q, not the consent purpose", o[1].Value)
	}
	choose(t, m, "cookies.categories.purpose_id", "statistik")
	want := drafts.CookieGroup{Category: "statistics", Purpose: "Tæller besøg, så vi kan forbedre siden", Provider: "Matomo", Lifetime: "13 måneder", PurposeID: "statistik"}
	if m.mode != modeList || !reflect.DeepEqual(m.a.Cookies.Categories[0], want) {
		t.Fatalf("mode %d, category %+v", m.mode, m.a.Cookies.Categories)
	}
	// With a cookie described, "no cookies" is no longer asked.
	q := bannerForm(m, 0)
	for i, s := range q.specs {
		for _, f := range s.fields {
			if f.key == "cookies.none" && !q.isHidden(q.groups[i]) {
				t.Error("cookies.none is asked although cookies are described")
			}
		}
	}

	// A named cookie starts empty and gets a purpose.
	m.cursor = rowOf(cookiesColl)
	send(t, m, press("enter"))
	if l := m.a.Cookies.List; len(l) != 1 || !reflect.DeepEqual(l[0], drafts.Cookie{}) {
		t.Fatalf("a new cookie starts as %+v", l)
	}
	fill(t, m, "cookies.list.name", "_pk_id")
	fill(t, m, "cookies.list.provider", "Matomo")
	fill(t, m, "cookies.list.purpose", "Kender forskel på besøgende")
	choose(t, m, "cookies.list.category", "statistics")
	fill(t, m, "cookies.list.lifetime", "13 måneder")
	choose(t, m, "cookies.list.purpose_id", "statistik")
	if m.mode != modeList || m.a.Cookies.List[0].PurposeID != "statistik" {
		t.Fatalf("mode %d, cookie %+v", m.mode, m.a.Cookies.List)
	}
	for _, p := range drafts.Validate(m.a) {
		if strings.HasPrefix(p.Path, "cookies") {
			t.Errorf("problem: %s", p)
		}
	}
	md := policy(m.a)
	for _, s := range []string{"Tæller besøg, så vi kan forbedre siden.", `\_pk\_id`} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
}

func purposeTemplate(t *testing.T, id string) drafts.Purpose {
	t.Helper()
	for _, p := range content.PurposeTemplates {
		if p.Purpose.ID == id {
			return p.Purpose
		}
	}
	t.Fatalf("no purpose template %s", id)
	return drafts.Purpose{}
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "content", "testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// openImport opens the cookie step's import row.
func openImport(t *testing.T, m *Model) {
	t.Helper()
	send(t, m, press("ctrl+g"), keyPress("6"))
	for i, r := range m.rows() {
		if r.coll == importColl {
			m.cursor = i
		}
	}
	send(t, m, press("enter"))
	at(t, m, "cookies.import.path")
}

// The import reads a HAR export or a consent tool's CSV, shows what it
// recognised and what not (with domains), and on enter adds the cookies,
// the vendors and the consent purposes they need, saying so.
func TestCookieImportInWizard(t *testing.T) {
	for _, tc := range []struct {
		file, unknown string
		vendors       []string
	}{
		{"butik.har", "butik_cart (www.butik.dk)", []string{"google-analytics", "meta-pixel", "cookiebot"}},
		{"cookiebot.csv", "ukendt_x (tracker.example)", []string{"google-analytics", "meta-pixel", "cookiebot"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			m := newTestModel(t, nil, "", 160, 50)
			openImport(t, m)
			typeText(t, m, fixture(t, tc.file))
			if m.fieldErr != "" {
				t.Fatalf("the fixture is refused: %s", m.fieldErr)
			}
			send(t, m, press("enter"))
			at(t, m, "cookies.import.apply")
			f := m.q.fields["cookies.import.apply"]
			if !strings.Contains(f.desc, tc.unknown) || !strings.Contains(f.desc, "Genkendt:\n") || !strings.HasPrefix(f.title, "Tilføj de ") {
				t.Errorf("what was found is not shown:\n%s\n%s", f.title, f.desc)
			}
			if !strings.Contains(screen(m), strings.Fields(tc.unknown)[0]) {
				t.Errorf("the unknown cookie is not on screen:\n%s", screen(m))
			}
			if len(m.a.Cookies.List) != 0 || m.dirty() {
				t.Fatal("cookies were added before the user said yes")
			}
			send(t, m, press("enter"))
			if m.mode != modeList {
				t.Fatalf("enter did not finish the import (mode %d)", m.mode)
			}
			if !strings.Contains(m.status, "Tilføjet fra "+tc.file+": ") || !strings.Contains(m.status, "cookies (") || !strings.Contains(m.status, "skal I selv beskrive") {
				t.Errorf("status line: %q", m.status)
			}
			if !strings.Contains(screen(m), "Tilføjet fra "+tc.file) {
				t.Errorf("the status is not on screen")
			}
			if !m.dirty() {
				t.Error("the import did not mark the answers unsaved")
			}
			var ga *drafts.Cookie
			for i, c := range m.a.Cookies.List {
				if c.Name == "_ga" {
					ga = &m.a.Cookies.List[i]
				}
			}
			if ga == nil || ga.Category != "statistics" || ga.PurposeID == "" {
				t.Fatalf("_ga not imported with a purpose: %+v", m.a.Cookies.List)
			}
			for _, id := range tc.vendors {
				if !slices.ContainsFunc(m.a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == id }) {
					t.Errorf("vendor %s not added: %+v", id, m.a.Vendors)
				}
			}
			// What the catalogue does not know about a vendor is for the
			// user to state; the status line says so.
			for _, p := range drafts.Validate(m.a) {
				if !strings.HasPrefix(p.Path, "controller.") && !strings.Contains(p.Message, "kataloget ved ikke") {
					t.Errorf("the import left a problem: %s", p)
				}
				if strings.Contains(p.Message, "kataloget ved ikke") && !strings.Contains(m.status, "Kataloget kender ikke alt om") {
					t.Errorf("the status does not say that facts are missing: %q", m.status)
				}
			}
			// Importing the same file again adds nothing.
			before := clone(t, m.a)
			openImport(t, m)
			typeText(t, m, fixture(t, tc.file))
			send(t, m, press("enter"))
			if f := m.q.fields["cookies.import.apply"]; !strings.Contains(f.title, "intet at tilføje") {
				t.Errorf("a second import offers %q", f.title)
			}
			send(t, m, press("enter"))
			if !reflect.DeepEqual(before, m.a) || !strings.Contains(m.status, "Intet nyt") {
				t.Errorf("a second import changed the answers; status %q", m.status)
			}
		})
	}
}

// esc cancels an import, and a file that does not exist or does not parse
// is refused where it is typed.
func TestCookieImportCancelAndBadFiles(t *testing.T) {
	a := example(t, "helle-falsberg")
	m := newTestModel(t, clone(t, a), "", 160, 50)
	openImport(t, m)
	typeText(t, m, fixture(t, "butik.har"))
	send(t, m, press("enter"), press("esc"))
	if m.mode != modeList || !reflect.DeepEqual(m.a, a) || m.dirty() {
		t.Fatalf("esc did not cancel: mode %d, dirty %v", m.mode, m.dirty())
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "tom.har")
	os.WriteFile(bad, []byte(`{"log":{"entries":[]}}`), 0o644)
	for path, want := range map[string]string{
		filepath.Join(dir, "findes-ikke.har"): "findes ikke",
		dir:                                   "er en mappe",
		bad:                                   "ingen forespørgsler",
	} {
		openImport(t, m)
		typeText(t, m, path)
		if !strings.Contains(m.fieldErr, want) {
			t.Errorf("%s: message %q, want %q", path, m.fieldErr, want)
		}
		send(t, m, press("enter"))
		at(t, m, "cookies.import.path") // refused: no further
		send(t, m, press("esc"))
	}
	if !reflect.DeepEqual(m.a, a) || m.dirty() {
		t.Error("a refused file changed the answers")
	}
	if got := cleanPath(`'/tmp/mine cookies.csv'`); got != "/tmp/mine cookies.csv" {
		t.Errorf("quoted path: %q", got)
	}
	if got := cleanPath(`/tmp/mine\ cookies.csv`); got != "/tmp/mine cookies.csv" {
		t.Errorf("escaped path: %q", got)
	}
}

// Accessible mode asks the import as plain prompts and adds on yes.
func TestCookieImportAccessible(t *testing.T) {
	m := New(Options{Answers: content.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)), NoColor: true, RecoveryDir: t.TempDir(),
		Now: func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }})
	var out bytes.Buffer
	in := strings.Join([]string{"2", "/findes/ikke.csv", fixture(t, "cookiebot.csv"), "", "1"}, "\n") + "\n"
	p := &prompter{m: m, out: &out, lines: readLines(strings.NewReader(in))}
	if err := p.list(importColl); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	shown := out.String()
	for _, s := range []string{"Hvilken fil vil du importere?", "Fejl: filen /findes/ikke.csv findes ikke", "ukendt_x (tracker.example)", "Tilføj de ", "Tilføjet fra cookiebot.csv"} {
		if !strings.Contains(shown, s) {
			t.Errorf("accessible mode does not show %q:\n%s", s, shown)
		}
	}
	if len(m.a.Cookies.List) == 0 || !strings.Contains(m.status, "Tilføjet fra cookiebot.csv") {
		t.Errorf("nothing imported: %d cookies, status %q", len(m.a.Cookies.List), m.status)
	}
}

// allNewFields is a questionnaire that uses every answer this work added:
// entity, its country, own and joint purposes, a transfer recipient, remote
// access with countries, a catalogue vendor with another entity, a
// recipient by category, cookie categories and purpose_id.
func allNewFields(t *testing.T) *drafts.Answers {
	a := example(t, "helle-falsberg")
	pid := a.Purposes[0].ID
	a.Vendors = append(a.Vendors,
		drafts.Vendor{Name: "Fjordbook", Entity: "Fjordbook Holding Inc", EntityCountry: "US", Role: "processor",
			ControllerFor: "sin egen forebyggelse af misbrug", JointFor: "den fælles statistik", Service: "booking",
			Purposes: []string{pid, a.Purposes[1].ID}, PurposeRoles: map[string]string{a.Purposes[1].ID: "joint"},
			Country: "US", Transfer: "dpf", TransferTo: "Fjordbook Inc"},
		drafts.Vendor{Name: "Kontorsky", Role: "processor", Service: "e-mail", Purposes: []string{pid}, Country: "DK",
			Transfer: "none", RemoteAccess: "scc", RemoteCountries: []string{"IN", "US"}},
		drafts.Vendor{Catalog: "stripe", Entity: "Stripe Nordic AB", EntityCountry: "SE", ControllerFor: "sin egen kontrol af betalinger", Purposes: []string{pid}},
		drafts.Vendor{Category: "bank", Role: "controller", Purposes: []string{pid}, Country: "EEA", Transfer: "none"},
	)
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "preferences", Purpose: "Husker dit sprog", Lifetime: "1 år"})
	if probs := drafts.Validate(a); len(probs) > 0 {
		t.Fatalf("the starting point has problems: %v", probs)
	}
	return a
}

// A vendor with several purposes can have another role for some of them;
// saying no again takes the roles away.
func TestVendorPurposeRoles(t *testing.T) {
	t.Parallel() // slow; independent of the other tests
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	n := len(m.a.Vendors)
	p1, p2 := m.a.Purposes[0].ID, m.a.Purposes[1].ID
	addRecipient(t, m, len(drafts.Catalogue()))
	fill(t, m, "vendors.name", "Fjordbook")
	fill(t, m, "vendors.service", "booking")
	choose(t, m, "vendors.role", "processor")
	tick(t, m, "vendors.purposes", p1, p2)
	fill(t, m, "vendors.entity", "")
	fill(t, m, "vendors.controller_for", "")
	fill(t, m, "vendors.joint_for", "")
	at(t, m, "vendors.purpose_roles")
	send(t, m, keyPress("j"), press("enter"))
	choose(t, m, "vendors.purpose_roles."+p1, "")
	choose(t, m, "vendors.purpose_roles."+p2, "joint")
	choose(t, m, "vendors.country", "DK")
	fill(t, m, "vendors.privacy_url", "")
	choose(t, m, "vendors.remote_access", noTransfer)
	if m.mode != modeList {
		t.Fatalf("the form is not done (mode %d)", m.mode)
	}
	v := m.a.Vendors[n]
	if !reflect.DeepEqual(v.PurposeRoles, map[string]string{p2: "joint"}) {
		t.Fatalf("purpose_roles = %v", v.PurposeRoles)
	}
	vendorProblems(t, m.a, n)
	if md := policy(m.a); !strings.Contains(md, "Fjordbook") || strings.Count(md, "**Fjordbook**") != 2 {
		t.Errorf("the vendor is not listed once per role")
	}
	// Open it again and say no.
	for i, r := range m.rows() {
		if r.coll == vendorsColl && r.item == n {
			m.cursor = i
		}
	}
	send(t, m, press("enter"))
	m.focusField("vendors.purpose_roles")
	at(t, m, "vendors.purpose_roles")
	send(t, m, keyPress("n"), press("esc"))
	if v := m.a.Vendors[n]; v.PurposeRoles != nil {
		t.Errorf("saying no left purpose_roles = %v", v.PurposeRoles)
	}
}

// Findings about the new answers name the question that answers them, and
// enter there opens it.
func TestFindingsOnNewAnswersNameTheQuestion(t *testing.T) {
	a := allNewFields(t)
	a.Cookies.List[len(a.Cookies.List)-1].PurposeID = ""
	k := len(a.Cookies.List)
	a.Cookies.Categories = append(a.Cookies.Categories, drafts.CookieGroup{Category: "marketing", Purpose: "Viser annoncer"})
	g := len(a.Cookies.Categories)
	m := newTestModel(t, a, "", 120, 40)
	m.refreshFindings()
	for path, want := range map[string]string{
		"cookies.list[" + itoa(k) + "].purpose_id":       "› Hvilket formål tjener den?",
		"cookies.categories[" + itoa(g) + "].purpose_id": "Trin 6 Cookies › Marketing · Viser annoncer · sat af jer › Hvilket formål tjener de?",
	} {
		if !slices.ContainsFunc(m.findings, func(f content.Finding) bool { return f.Path == path }) {
			t.Errorf("no finding at %s", path)
			continue
		}
		if p := m.place(content.Finding{Path: path}); !strings.Contains(p, want) {
			t.Errorf("%s is shown as %q, want %q", path, p, want)
		}
		send(t, m, press("esc"))
		m.jumpTo(content.Finding{Path: path})
		if m.mode != modeItem {
			t.Fatalf("%s: the jump opened nothing (mode %d)", path, m.mode)
		}
		at(t, m, indexRE.ReplaceAllString(path, "")) // focused on the question itself
		send(t, m, press("esc"))
	}
	for _, path := range []string{"vendors[1].remote_access", "vendors[1].entity_country", "vendors[1].transfer_to", "vendors[1].controller_for", "vendors[1].joint_for", "vendors[1].purpose_roles", "cookies.none"} {
		if m.place(content.Finding{Path: path}) == "" || !strings.Contains(m.place(content.Finding{Path: path}), "?") {
			t.Errorf("%s names no question: %q", path, m.place(content.Finding{Path: path}))
		}
	}
}
