package content

import (
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// AdVendors names the vendors whose catalogue category is "ads".
func AdVendors(a *drafts.Answers) []string {
	var out []string
	for _, v := range a.ResolvedVendors() {
		if cv, ok := drafts.LookupVendor(v.Catalog); ok && cv.Category == "ads" {
			out = append(out, v.Name)
		}
	}
	return out
}

// MarketingCookies reports whether the website sets marketing cookies,
// one by one or as a category.
func MarketingCookies(a *drafts.Answers) bool {
	for _, c := range a.Cookies.List {
		if c.Category == "marketing" {
			return true
		}
	}
	for _, c := range a.Cookies.Categories {
		if c.Category == "marketing" {
			return true
		}
	}
	return false
}

// Advertises reports whether the answers show targeted advertising: an ads
// vendor or marketing cookies. Such advertising is usually profiling.
func Advertises(a *drafts.Answers) bool {
	return MarketingCookies(a) || len(AdVendors(a)) > 0
}

// HasOwnBasis reports whether group g has a basis of its own in p
// (purposes.by_group).
func HasOwnBasis(p drafts.Purpose, g string) bool {
	for _, gb := range p.ByGroup {
		if gb.Group == g {
			return true
		}
	}
	return false
}

// HasKind reports whether p processes a category of the kind: ordinary,
// cpr, special or criminal.
func HasKind(a *drafts.Answers, p drafts.Purpose, kind string) bool {
	for _, id := range p.Data {
		if CategoryKind(a, id) == kind {
			return true
		}
	}
	return false
}

// Known reports whether a catalogue or answer fact is given and not "unknown".
func Known(s string) bool { return s != "" && s != drafts.Unknown }

// ExplicitConsent lists the categories in p that rest on explicit consent
// under art. 9(2)(a) or databeskyttelsesloven § 8 or § 11.
func ExplicitConsent(a *drafts.Answers, p drafts.Purpose) []string {
	var out []string
	for _, id := range p.Data {
		consent := false
		switch CategoryKind(a, id) {
		case drafts.KindSpecial:
			consent = p.SensitiveBasisFor(id).Basis == "9.2.a"
		case drafts.KindCPR:
			consent = p.CPRBasis == "11.2.2"
		case drafts.KindCriminal:
			consent = p.CriminalBasis == "8.3.1"
		}
		if consent {
			out = append(out, CategoryName(a, id))
		}
	}
	return out
}

// HasGroup reports whether the answers have the group of people id.
func HasGroup(a *drafts.Answers, id string) bool {
	for _, s := range a.Subjects {
		if s.Key() == id {
			return true
		}
	}
	return false
}

// VendorName is a vendor's name, or its kind when it has no name.
func VendorName(v drafts.Vendor) string {
	if name := strings.TrimSpace(Clean(v.Name)); name != "" {
		return name
	}
	return drafts.Label(drafts.RecipientCategories, v.Category)
}

// KeepingLaw is the law that requires p's data kept, as the answers name
// it: retention.law when given; else the bookkeeping law, when the
// purpose's legal obligation names it and the period runs from the end of
// the financial year (or, in Sweden, of the calendar year it ended in), as
// the bookkeeping law counts. Otherwise "": the other laws a purpose cites
// require the processing, not necessarily the keeping (barnets lov § 133
// requires a report; the rules on records require it kept).
func KeepingLaw(p drafts.Purpose) string {
	r := p.Retention
	if !r.ByLaw {
		return ""
	}
	if law := strings.TrimSpace(Clean(r.Law)); law != "" {
		return law
	}
	if r.After == "fiscal_year_end" || r.After == "fiscal_calendar_year_end" {
		return bookkeepingLaw(p)
	}
	return ""
}

// bookkeepingLaw is the bookkeeping law as the purpose's law names it
// ("bogføringsloven", "bokföringslagen (1999:1078)"), or "".
func bookkeepingLaw(p drafts.Purpose) string {
	if !slices.Contains(p.AllBases(), "6.1.c") {
		return ""
	}
	law := Clean(p.Law)
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(law, " og ", ","), func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(part)
		l := strings.ToLower(part)
		if strings.Contains(l, "bogføringslov") || strings.Contains(l, "bokföringslag") {
			return part
		}
	}
	return ""
}

// Bookkeeping reports whether p keeps the books the law requires kept: a
// purpose on a legal obligation whose keeping is required by a
// bookkeeping law.
func Bookkeeping(p drafts.Purpose) bool {
	if !p.Retention.ByLaw {
		return false
	}
	law := strings.ToLower(KeepingLaw(p))
	return strings.Contains(law, "bogføringslov") || strings.Contains(law, "bokföringslag")
}

// RevealsHealth lists the groups of p whose data, although the answers
// give none of it as health data, tells that the person is a patient of
// the business or asks to become one: a booking or an enquiry at a health
// practice is health data too (CJEU C-21/23). A health practice is a
// business with patients whose health data it keeps.
func RevealsHealth(a *drafts.Answers, p drafts.Purpose) []string {
	practice := false
	for _, s := range a.Subjects {
		if s.Key() == "patients" && slices.ContainsFunc(s.Data, func(id string) bool { return CategoryKind(a, id) == drafts.KindSpecial }) {
			practice = true
		}
	}
	if !practice || slices.ContainsFunc(p.Data, func(id string) bool { return CategoryKind(a, id) == drafts.KindSpecial }) {
		return nil
	}
	var out []string
	for _, g := range p.Subjects {
		if g == "patients" || g == "enquiries" {
			out = append(out, g)
		}
	}
	return out
}

// OnlySubProcessor reports whether the resolved vendor v is used only for
// the processing the business does for its customers as their processor:
// it is named in processor.vendors and serves none of the business's own
// purposes. Such a vendor is a sub-processor, not one of the business's
// own recipients, and the policy names it with the processor work.
func OnlySubProcessor(a *drafts.Answers, v drafts.Vendor) bool {
	return len(v.Purposes) == 0 && a.IsSubProcessor(v)
}

// OwnVendors are the resolved vendors that receive data for the business's
// own purposes, as controller: every vendor but those used only as
// sub-processors.
func OwnVendors(a *drafts.Answers) []drafts.Vendor {
	var out []drafts.Vendor
	for _, v := range a.ResolvedVendors() {
		if !OnlySubProcessor(a, v) {
			out = append(out, v)
		}
	}
	return out
}
