package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// A catalogue vendor's cookies are tied to the purpose the vendor was linked
// to, so check has nothing to say about them; its known entity is offered,
// not written.
func TestCatalogueVendorCookiesGetPurpose(t *testing.T) {
	m := newTestModel(t, nil, "", 120, 40)
	addRecipient(t, m, catalogueIndex(t, "google-analytics"))
	v := m.a.Vendors[len(m.a.Vendors)-1]
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
	for _, f := range check.Check(m.a, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)) {
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
	a := drafts.Starter(time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC))
	a.Purposes = append(a.Purposes, drafts.ClonePurpose(purposeTemplate(t, "statistik")))
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
	if !strings.Contains(policyText(m.a), "ingen cookies") {
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
	md := policyText(m.a)
	for _, s := range []string{"Tæller besøg, så vi kan forbedre siden.", `\_pk\_id`} {
		if !strings.Contains(md, s) {
			t.Errorf("policy lacks %q", s)
		}
	}
}

func purposeTemplate(t *testing.T, id string) drafts.Purpose {
	t.Helper()
	for _, p := range drafts.PurposeTemplates() {
		if p.Purpose.ID == id {
			return p.Purpose
		}
	}
	t.Fatalf("no purpose template %s", id)
	return drafts.Purpose{}
}
