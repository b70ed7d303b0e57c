package tui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// addingStarts are the starting points a vendor is added to: every kind,
// the blocks alone in both voices and as an association, and every
// example.
func addingStarts(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := map[string]*drafts.Answers{}
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		out["kind "+k.ID] = a
	}
	for _, s := range []drafts.Setup{
		{Voice: "vi", Blocks: drafts.BlockIDs()},
		{Voice: "jeg", Blocks: []string{"kunder", "hjemmeside"}},
		{Voice: "vi", Association: true, Blocks: []string{"medlemmer", "betaling", "nyhedsbrev"}},
		{Voice: "vi"},
	} {
		a, err := drafts.Compose(s)
		if err != nil {
			t.Fatal(err)
		}
		out["blocks "+strings.Join(s.Blocks, ",")+" "+s.Voice] = a
	}
	for _, name := range drafts.Examples() {
		out["example "+name] = example(t, name)
	}
	return out
}

// TestAddingAVendorChangesOnlyItsOwnAnswers: adding any catalogue vendor
// to any starting point adds the vendor, serving the one purpose it fits
// (or none, until the owner answers which), and the cookies it sets; a
// consent tool becomes the banner when none is named, and a cookie
// category its own cookies describe gives way to them, both said in the
// status line; nothing else changes.
func TestAddingAVendorChangesOnlyItsOwnAnswers(t *testing.T) {
	cat := drafts.Catalogue()
	for name, a := range addingStarts(t) {
		ids := map[string]bool{}
		for _, p := range a.Purposes {
			ids[p.ID] = true
		}
		for choice, cv := range cat {
			b := deepCopy(a)
			i := addVendor(b, choice)
			if i != len(a.Vendors) || len(b.Vendors) != len(a.Vendors)+1 || i > 0 && !reflect.DeepEqual(b.Vendors[:i], a.Vendors) {
				t.Fatalf("%s + %s: the vendors before it changed", name, cv.ID)
			}
			v := b.Vendors[i]
			if v.Catalog != cv.ID {
				t.Errorf("%s + %s: added %+v", name, cv.ID, v)
			}
			fits := drafts.FittingPurposes(a, cv)
			switch {
			case len(fits) == 1 && !slices.Equal(v.Purposes, fits):
				t.Errorf("%s + %s: serves %v, want the purpose it fits, %v", name, cv.ID, v.Purposes, fits)
			case len(fits) != 1 && len(v.Purposes) > 0:
				t.Errorf("%s + %s: serves %v without being asked", name, cv.ID, v.Purposes)
			}
			for _, id := range v.Purposes {
				if !ids[id] {
					t.Errorf("%s + %s: serves %q, which is no purpose", name, cv.ID, id)
				}
			}
			if len(a.Cookies.List) > 0 && !reflect.DeepEqual(b.Cookies.List[:len(a.Cookies.List)], a.Cookies.List) {
				t.Errorf("%s + %s: the cookies before it changed", name, cv.ID)
			}
			added := b.Cookies.List[len(a.Cookies.List):]
			for _, k := range added {
				if k.Provider != cv.Name || !slices.ContainsFunc(cv.Cookies, func(c drafts.CatalogCookie) bool { return c.Name == k.Name }) {
					t.Errorf("%s + %s: added a cookie that is not its own: %+v", name, cv.ID, k)
				}
			}
			said := describeVendor(a, choice)
			if wouldAdoptBanner(a, cv) {
				if !b.Cookies.Banner || b.Cookies.BannerTool != cv.Name || !strings.Contains(said, cv.Name+" står nu som jeres cookiebanner") {
					t.Errorf("%s + %s: the consent tool is not the banner, or the status does not say so: %q", name, cv.ID, said)
				}
				b.Cookies.Banner, b.Cookies.BannerTool = a.Cookies.Banner, a.Cookies.BannerTool
			}
			if gone := wouldDrop(a, added); len(gone) > 0 {
				if !strings.Contains(said, gone[0]) {
					t.Errorf("%s + %s: the status does not say which category gave way: %q", name, cv.ID, said)
				}
				kept := slices.DeleteFunc(slices.Clone(a.Cookies.Categories), func(g drafts.CookieGroup) bool {
					return slices.ContainsFunc(added, func(c drafts.Cookie) bool { return coveredBy(g, c) })
				})
				if len(kept) == 0 {
					kept = nil
				}
				if !reflect.DeepEqual(b.Cookies.Categories, kept) {
					t.Errorf("%s + %s: the cookie categories changed beyond those its cookies describe", name, cv.ID)
				}
				b.Cookies.Categories = a.Cookies.Categories
			}
			// Everything else is as it was.
			b.Vendors, b.Cookies.List = a.Vendors, a.Cookies.List
			if len(added) > 0 {
				b.Cookies.None = a.Cookies.None // a site with its cookies sets cookies after all
			}
			if !reflect.DeepEqual(b, a) {
				t.Errorf("%s + %s: other answers changed", name, cv.ID)
			}
		}
	}
}

// TestVendorJoinsThePurposeThatFits is the review's MobilePay: it joins
// »Betaling og bogføring« where that is, and Planway the booking, and the
// status line says so; where nothing fits, the wizard asks, and a new
// purpose from the vendor's usual one says what it adds.
func TestVendorJoinsThePurposeThatFits(t *testing.T) {
	a, _ := drafts.KindAnswers("salon")
	m := newTestModel(t, a, "", 120, 40)
	for _, tc := range []struct{ id, purpose string }{{"mobilepay", "betaling"}, {"planway", "booking"}} {
		send(t, m, press("ctrl+g"), keyPress("5"), keyPress("a"))
		for range catalogueIndex(t, tc.id) {
			send(t, m, press("down"))
		}
		send(t, m, press("enter"))
		if m.mode != modeItem {
			t.Fatalf("%s: asked although one purpose fits (mode %d)", tc.id, m.mode)
		}
		v := m.a.Vendors[len(m.a.Vendors)-1]
		if !slices.Equal(v.Purposes, []string{tc.purpose}) {
			t.Errorf("%s serves %v, want %s", tc.id, v.Purposes, tc.purpose)
		}
		if want := "til formålet »" + purposeName(m.a, tc.purpose) + "«"; !strings.Contains(m.status, want) {
			t.Errorf("%s: the status does not say %q: %q", tc.id, want, m.status)
		}
		send(t, m, press("esc"))
	}
	// Mailchimp: the salon has no newsletter. The wizard asks; a new
	// newsletter purpose brings the subscribers, and says so.
	groups := len(m.a.Subjects)
	send(t, m, press("ctrl+g"), keyPress("5"), keyPress("a"))
	for range catalogueIndex(t, "mailchimp") {
		send(t, m, press("down"))
	}
	send(t, m, press("enter"))
	if m.mode != modePick || !strings.Contains(screen(m), "Hvilket formål bruger I Mailchimp til?") {
		t.Fatalf("adding Mailchimp did not ask for its purpose:\n%s", screen(m))
	}
	answerVendorPurpose(t, m, "Et nyt formål: Nyhedsbrev")
	if len(m.a.Subjects) != groups+1 || !strings.Contains(m.status, "gruppen Nyhedsbrevsmodtagere") || !strings.Contains(m.status, "Formålet »Nyhedsbrev«") {
		t.Errorf("the new purpose's group is not said: %q", m.status)
	}
	if v := m.a.Vendors[len(m.a.Vendors)-1]; v.Catalog != "mailchimp" || !slices.Equal(v.Purposes, []string{"nyhedsbrev"}) {
		t.Errorf("Mailchimp serves %v", v.Purposes)
	}
}

// TestDeletingAPurposeOffersWhatOnlyItUsed: deleting a purpose asks
// whether to delete the groups, data, vendors and cookies only it used,
// says what it deleted, and leaves nothing pointing at the purpose.
func TestDeletingAPurposeOffersWhatOnlyItUsed(t *testing.T) {
	for _, tc := range []struct {
		key      string
		gone     bool // the orphans are deleted too
		wantNote string
	}{{"j", true, "og gruppen Nyhedsbrevsmodtagere"}, {"k", false, "står tilbage uden formålet"}} {
		a, _ := drafts.Compose(drafts.Setup{Voice: "vi", Blocks: []string{"kunder", "nyhedsbrev"}, Systems: map[string]string{"newsletter": "mailchimp"}})
		m := newTestModel(t, a, "", 120, 40)
		goToStep(t, m, 2)
		for r, row := range m.rows() {
			if row.coll == purposesColl && row.item >= 0 && m.a.Purposes[row.item].ID == "nyhedsbrev" {
				m.cursor = r
			}
		}
		send(t, m, keyPress("d"))
		scr := screen(m)
		if m.mode != modeConfirmDel || !strings.Contains(scr, "Kun dette formål bruger gruppen Nyhedsbrevsmodtagere") || !strings.Contains(scr, "Mailchimp") {
			t.Fatalf("the delete question does not offer what only the purpose used:\n%s", scr)
		}
		send(t, m, keyPress(tc.key))
		if !strings.Contains(m.status, tc.wantNote) {
			t.Errorf("%s: status %q lacks %q", tc.key, m.status, tc.wantNote)
		}
		has := slices.ContainsFunc(m.a.Vendors, func(v drafts.Vendor) bool { return v.Catalog == "mailchimp" })
		if has == tc.gone {
			t.Errorf("%s: Mailchimp kept: %v", tc.key, has)
		}
		for _, p := range drafts.Validate(m.a) {
			if strings.Contains(p.Message, "nyhedsbrev") {
				t.Errorf("%s: a reference to the deleted purpose is left: %s", tc.key, p)
			}
		}
	}
}

// TestDeletingAPurposeWithItsCookies: »j« deletes the named cookies only
// the purpose used, also though deleting the purpose has already unlinked
// them (a cookie left with no purpose would be an orphan on the cookie
// step and in the policy).
func TestDeletingAPurposeWithItsCookies(t *testing.T) {
	a, err := drafts.Compose(drafts.Setup{Voice: "vi", Blocks: []string{"kunder", "statistik"}, Banner: "cookiebot", Systems: map[string]string{"analytics": "google-analytics"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(a.Cookies.List, func(k drafts.Cookie) bool { return k.PurposeID == "statistik" }) {
		t.Skip("the composed start ties no named cookie to statistik")
	}
	m := newTestModel(t, a, "", 120, 40)
	goToStep(t, m, 2)
	for r, row := range m.rows() {
		if row.coll == purposesColl && row.item >= 0 && m.a.Purposes[row.item].ID == "statistik" {
			m.cursor = r
		}
	}
	send(t, m, keyPress("d"))
	send(t, m, keyPress("j"))
	for _, k := range m.a.Cookies.List {
		if k.PurposeID == "" && k.Category == "statistics" {
			t.Errorf("cookie %s of the deleted purpose is left: %+v", k.Name, k)
		}
	}
}
