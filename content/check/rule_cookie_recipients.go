package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/drafts"
)

func init() { register("third-party cookies without a recipient", true, (*checker).cookieRecipients) }

// cookieRecipients: statistics or marketing cookies set by a third party
// send what they collect to that party, which is then a recipient (art.
// 13(1)(e)) the policy must name, with its country for the transfer rules.
// A cookie or a category of cookies whose provider is no vendor, nor the
// business itself, leaves that recipient out.
func (c *checker) cookieRecipients() {
	a := c.a
	seen := map[string]bool{}
	check := func(path, category, provider, purposeID, what string) {
		if category != "statistics" && category != "marketing" {
			return
		}
		p := strings.TrimSpace(content.Clean(provider))
		if p == "" || seen[strings.ToLower(p)] || sameParty(p, a.Controller.Name) || isVendor(a, p) || unnamedVendorServes(a, purposeID) {
			return
		}
		seen[strings.ToLower(p)] = true
		c.add(SeverityWarning, path+".provider", "art. 13(1)(e) og cookiebekendtgørelsen § 3", fmt.Sprintf("%s sættes af %s, som får oplysningerne om besøget, men %s står ikke blandt modtagerne", what, p, p),
			fmt.Sprintf("Tilføj %s under [[vendors]] med rolle, land og de formål, cookierne tjener, så politikken siger, hvem der får oplysningerne.", p),
			fmt.Sprintf("Tilføj %s som leverandør med rolle, land og de formål, cookierne tjener, så politikken siger, hvem der får oplysningerne.", p))
	}
	for i, k := range a.Cookies.Categories {
		check(fmt.Sprintf("cookies.categories[%d]", i+1), k.Category, k.Provider, k.PurposeID, strings.ToLower(drafts.Label(drafts.CookieCategories, k.Category))+"-cookierne")
	}
	for i, k := range a.Cookies.List {
		check(fmt.Sprintf("cookies.list[%d]", i+1), k.Category, k.Provider, k.PurposeID, "cookien "+content.Clean(k.Name))
	}
}

// unnamedVendorServes reports whether a recipient named only by its
// category (»vores statistikværktøj« of a starting point, not named yet)
// serves the purpose the cookies are for: the policy names that recipient
// by category, and check asks for its name and country there.
func unnamedVendorServes(a *drafts.Answers, purposeID string) bool {
	if purposeID == "" {
		return false
	}
	for _, v := range a.Vendors {
		if v.Catalog == "" && strings.TrimSpace(v.Name) == "" && v.Category != "" && slices.Contains(v.Purposes, purposeID) {
			return true
		}
	}
	return false
}

// isVendor reports whether a cookie's provider is one of the vendors: by
// name, entity or catalogue name, where one starts with the other's words
// (»Google Analytics« sets the cookies of »Google Analytics 4«, »Meta«
// those of »Meta Pixel«).
func isVendor(a *drafts.Answers, provider string) bool {
	for _, v := range a.ResolvedVendors() {
		for _, n := range []string{v.Name, v.Entity, v.TransferTo} {
			if content.Known(n) && sameParty(provider, n) {
				return true
			}
		}
	}
	return false
}

// sameParty reports whether two names name the same party: one's words
// start the other's, ignoring case and a legal form.
func sameParty(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for i, w := range wa {
		if wb[i] != w {
			return false
		}
	}
	return true
}

var legalForms = map[string]bool{"aps": true, "a/s": true, "as": true, "ivs": true, "i/s": true, "ab": true, "ltd": true, "inc": true, "llc": true, "gmbh": true, "sas": true}

func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(content.Clean(s)), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '(' || r == ')'
	}) {
		if !legalForms[w] {
			out = append(out, w)
		}
	}
	return out
}
