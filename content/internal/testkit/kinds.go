package testkit

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/privatliv/privatliv/drafts"
)

// IdentityPaths are the answers every starting point leaves empty: who the
// business is, and the date its policy applies from.
var IdentityPaths = []string{
	"controller.name", "controller.address", "controller.postcode", "controller.town", "controller.email",
	"document.effective",
}

// Setup is a starting point the tests compose: a kind's, or blocks alone.
type Setup struct {
	Name  string
	Setup drafts.Setup
}

// Setups are the starting points the tests walk: every kind's in both
// voices, and block combinations – none, each alone, each pair, all –
// in both voices, as a company and as an association. short leaves out
// the pairs.
func Setups(short bool) []Setup {
	var out []Setup
	voices := []string{"vi", "jeg"}
	for _, k := range drafts.Kinds() {
		for _, v := range voices {
			s, _ := drafts.KindSetup(k.ID)
			s.Voice = v
			out = append(out, Setup{fmt.Sprintf("kind %s %s", k.ID, v), s})
			s.Blocks = drafts.BlockIDs()
			out = append(out, Setup{fmt.Sprintf("kind %s %s with every block", k.ID, v), s})
		}
	}
	ids := drafts.BlockIDs()
	var combos [][]string
	combos = append(combos, nil, ids)
	for i, a := range ids {
		combos = append(combos, []string{a})
		if short {
			continue
		}
		for _, b := range ids[i+1:] {
			combos = append(combos, []string{a, b})
		}
	}
	for _, c := range combos {
		for _, assoc := range []bool{false, true} {
			for _, v := range voices {
				org := "company"
				if assoc {
					org = "association"
				}
				name := fmt.Sprintf("blocks [%s] %s %s", strings.Join(c, ","), org, v)
				out = append(out, Setup{name, drafts.Setup{Association: assoc, Voice: v, Blocks: c}})
			}
		}
	}
	return out
}

// BusinessOnly reports whether a finding at path on a starting point asks
// what only the business knows: where a system it has not named keeps the
// data, and what role it has; whether its ads are targeted (profiling);
// how long its profession must keep records; what it does as a processor;
// its cookie banner and cookies; and, for a business that writes as »jeg«
// but has staff, whether others work with the data.
func BusinessOnly(a *drafts.Answers, path string) bool {
	if slices.Contains(IdentityPaths, path) {
		return true
	}
	if m := vendorField.FindStringSubmatch(path); m != nil {
		var i int
		fmt.Sscan(m[1], &i)
		if i < 1 || i > len(a.Vendors) {
			return false
		}
		v := a.Vendors[i-1]
		unnamed := v.Catalog == "" && v.Name == "" && v.Category != ""
		switch m[2] {
		case "country", "transfer":
			return unnamed && v.Country == ""
		case "role":
			return unnamed && v.Role == ""
		}
		return false
	}
	if m := retentionPeriod.FindStringSubmatch(path); m != nil {
		var i int
		fmt.Sscan(m[1], &i)
		return i >= 1 && i <= len(a.Purposes) && a.Purposes[i-1].Retention.ByLaw && a.Purposes[i-1].Retention.Period == ""
	}
	if m := subjectGroup.FindStringSubmatch(path); m != nil {
		return a.Controller.FirstPerson()
	}
	switch {
	case path == "automated.profiling":
		return slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool { return p.ID == "annoncer" })
	case strings.HasPrefix(path, "processor."):
		return a.Processor.Acts
	case path == "cookies.banner", path == "cookies":
		return true
	case path == "security.measures":
		// How it protects the data (art. 32): the starting point lists
		// what such a business should consider, as a comment.
		return true
	}
	return false
}

var (
	vendorField     = regexp.MustCompile(`^vendors\[(\d+)\]\.(country|transfer|role)$`)
	retentionPeriod = regexp.MustCompile(`^purposes\[(\d+)\]\.retention\.period$`)
	subjectGroup    = regexp.MustCompile(`^subjects\[(\d+)\]\.group$`)
)

// FillBusinessAnswers answers what BusinessOnly asks, as a typical
// business would: its systems are in Denmark, its ads are targeted, it
// keeps records for 5 years, it says what it does as a processor, it has
// a banner. Whether others than a »jeg« work with the data is left as it
// is: the answer is the voice, which the starting point is written in.
func FillBusinessAnswers(a *drafts.Answers) {
	for i := range a.Vendors {
		v := &a.Vendors[i]
		if v.Catalog != "" || v.Name != "" {
			continue
		}
		if v.Country == "" {
			v.Country, v.Transfer = "DK", "none"
		}
		if v.Role == "" {
			v.Role = "controller"
			if v.Category == "ads" {
				v.Role = "joint"
				v.JointFor = "indsamlingen af oplysningerne på hjemmesiden og overførslen af dem til annonceplatformen"
			}
		}
	}
	for i := range a.Purposes {
		if r := &a.Purposes[i].Retention; r.ByLaw && r.Period == "" {
			r.Period = "5 år"
		}
		if a.Purposes[i].ID == "annoncer" && a.Automated.Profiling == "" {
			a.Automated.Profiling = "marketing"
			a.Automated.ProfilingDescription = "Når du siger ja til marketingcookies, bruger vi og annonceplatformen oplysninger om dit besøg til at vise dig målrettede annoncer."
			if a.Controller.FirstPerson() {
				a.Automated.ProfilingDescription = "Når du siger ja til marketingcookies, bruger jeg og annonceplatformen oplysninger om dit besøg til at vise dig målrettede annoncer."
			}
		}
	}
	if len(a.Security.Measures) == 0 && len(a.Security.Other) == 0 {
		a.Security.Measures = []string{"encryption", "access_control", "backup", "updates"}
	}
	if p := &a.Processor; p.Acts {
		if p.Description == "" {
			p.Description = "Vi opbevarer og behandler de oplysninger, vores kunder lægger i de løsninger, vi driver for dem."
			if a.Controller.FirstPerson() {
				p.Description = "Jeg opbevarer og behandler de oplysninger, mine kunder lægger i de løsninger, jeg driver for dem."
			}
		}
		if p.CustomerList == "" {
			p.CustomerList = "i regnskabsprogrammet"
		}
		if len(p.Subjects) == 0 {
			p.Subjects = []string{"customer_employees"}
		}
		if len(p.Data) == 0 {
			p.Data = []string{"contact"}
		}
	}
	tracking := false
	for _, k := range a.Cookies.List {
		tracking = tracking || k.Category == "statistics" || k.Category == "marketing"
	}
	for _, g := range a.Cookies.Categories {
		tracking = tracking || g.Category == "statistics" || g.Category == "marketing"
	}
	if tracking {
		a.Cookies.Banner = true
	}
	if !a.Cookies.Any() && !a.Cookies.None {
		a.Cookies.None = true
	}
}

// WithIdentity gives a the identity of a business, as step 1 of the wizard
// does.
func WithIdentity(a *drafts.Answers) {
	a.Document.Effective = drafts.DateOf(KindsNow)
	a.Controller.Name = "Testfirma ApS"
	a.Controller.CVR = "29412006" // passes modulus 11
	a.Controller.Address = "Nørregade 12"
	a.Controller.Postcode = "8000"
	a.Controller.Town = "Aarhus C"
	a.Controller.Email = "kontakt@testfirma.dk"
	a.Controller.Website = "https://testfirma.dk"
	if a.Controller.IsAssociation() {
		a.Controller.Name = "Testforeningen"
		a.Controller.CVR = ""
	}
}
