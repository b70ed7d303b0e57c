package tui

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// The cookie step follows what the user did elsewhere: a consent tool
// added as a vendor, or found by an import, is the site's cookie banner,
// and a cookie named by a vendor replaces a category entry that described
// the same cookie without its name, so the policy lists it once.

// adoptBanner makes the consent tool cv the site's cookie banner when no
// tool is named yet, and says so; "" when nothing changed.
func adoptBanner(a *drafts.Answers, cv drafts.CatalogVendor) string {
	if cv.Category != "consent" || strings.TrimSpace(a.Cookies.BannerTool) != "" {
		return ""
	}
	a.Cookies.Banner = true
	a.Cookies.BannerTool = cv.Name
	return cv.Name + " står nu som jeres cookiebanner."
}

// wouldAdoptBanner reports whether adoptBanner would change a.
func wouldAdoptBanner(a *drafts.Answers, cv drafts.CatalogVendor) bool {
	return cv.Category == "consent" && strings.TrimSpace(a.Cookies.BannerTool) == ""
}

// coveredBy reports whether the category entry g describes the named
// cookie c: the same kind of cookie doing the same thing, set by the same
// provider or by one not named.
func coveredBy(g drafts.CookieGroup, c drafts.Cookie) bool {
	same := func(x, y string) bool { return strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(y)) }
	return g.Category == c.Category && same(strings.TrimSuffix(g.Purpose, "."), strings.TrimSuffix(c.Purpose, ".")) &&
		(strings.TrimSpace(g.Provider) == "" || same(g.Provider, c.Provider))
}

// dropCovered removes the category entries that the named cookies in
// named describe, and says which; "" when none.
func dropCovered(a *drafts.Answers, named []drafts.Cookie) string {
	var gone []string
	for _, c := range named {
		for i := 0; i < len(a.Cookies.Categories); i++ {
			if g := a.Cookies.Categories[i]; coveredBy(g, c) {
				gone = append(gone, c.Name+" erstatter »"+g.Purpose+"«")
				a.Cookies.Categories = removeAt(a.Cookies.Categories, i)
				i--
			}
		}
	}
	if len(gone) == 0 {
		return ""
	}
	if len(a.Cookies.Categories) == 0 {
		a.Cookies.Categories = nil
	}
	return joinDanish(gone) + " i cookieoversigten."
}

// wouldDrop lists the category entries dropCovered would remove.
func wouldDrop(a *drafts.Answers, named []drafts.Cookie) []string {
	var out []string
	for _, c := range named {
		for _, g := range a.Cookies.Categories {
			if coveredBy(g, c) {
				out = append(out, c.Name+" erstatter »"+g.Purpose+"«")
			}
		}
	}
	return out
}

// bannerLabel is the cookie step's line about the banner.
func bannerLabel(a *drafts.Answers) string {
	c := a.Cookies
	s := "Intet cookiebanner"
	if c.Banner {
		tool := orText(c.BannerTool, "værktøjet er ikke nævnt")
		keep := "hvor længe valget huskes, er ikke besvaret"
		if strings.TrimSpace(c.ConsentLifetime) != "" {
			keep = "husker valget i " + c.ConsentLifetime
		}
		s = "Cookiebanner: " + tool + " · " + keep
	}
	if c.None {
		s += " · hjemmesiden sætter ingen cookies"
	}
	return s
}

// missingCookies are the cookies the answers' catalogue vendors normally
// set that the cookie list does not name, each with the vendor's purpose
// it serves: what check asks to be listed, ready to add.
func missingCookies(a *drafts.Answers) []drafts.Cookie {
	var out []drafts.Cookie
	for _, v := range a.Vendors {
		cv, ok := drafts.LookupVendor(v.Catalog)
		if !ok {
			continue
		}
		for _, k := range cv.Cookies {
			if slices.ContainsFunc(a.Cookies.List, func(c drafts.Cookie) bool { return c.Name == k.Name || k.Matches(c.Name) }) ||
				slices.ContainsFunc(out, func(c drafts.Cookie) bool { return c.Name == k.Name }) {
				continue
			}
			out = append(out, drafts.Cookie{Name: k.Name, Provider: cv.Name, Purpose: k.Purpose, Category: k.Category, Lifetime: k.Lifetime,
				PurposeID: cookiePurpose(a, v.Purposes, k.Category)})
		}
	}
	return out
}

// cookiePurpose is the purpose among ids that a cookie of category serves:
// one on consent for a cookie that is not necessary, when there is one.
func cookiePurpose(a *drafts.Answers, ids []string, category string) string {
	for _, id := range ids {
		if category == "necessary" {
			return id
		}
		if _, p := purposeOf(a, id); p != nil && slices.Contains(p.Basis, "6.1.a") {
			return id
		}
	}
	return ""
}

func purposeOf(a *drafts.Answers, id string) (int, *drafts.Purpose) {
	for i := range a.Purposes {
		if a.Purposes[i].ID == id {
			return i, &a.Purposes[i]
		}
	}
	return -1, nil
}

// undescribedNecessary are the necessary cookies the answers' catalogue
// vendors set that the answers describe neither by name nor by category,
// as category entries ready to add.
func undescribedNecessary(a *drafts.Answers) []drafts.CookieGroup {
	var out []drafts.CookieGroup
	for _, v := range a.Vendors {
		cv, ok := drafts.LookupVendor(v.Catalog)
		if !ok || cv.NecessaryCookies == "" {
			continue
		}
		same := func(p string) bool { return strings.EqualFold(strings.TrimSpace(p), cv.Name) }
		if slices.ContainsFunc(a.Cookies.List, func(c drafts.Cookie) bool { return c.Category == "necessary" && same(c.Provider) }) ||
			slices.ContainsFunc(a.Cookies.Categories, func(g drafts.CookieGroup) bool { return g.Category == "necessary" && same(g.Provider) }) {
			continue
		}
		out = append(out, drafts.CookieGroup{Category: "necessary", Purpose: cv.NecessaryCookies, Provider: cv.Name,
			PurposeID: cookiePurpose(a, v.Purposes, "necessary")})
	}
	return out
}
