package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// Tests for the points a Danish DPO found in the examples, each over every
// set of answers, so the defect cannot come back in another example.

// TestSpecialDataOneSentencePerGround: the section on sensitive data says
// each ground once, naming every purpose that uses it, instead of one
// bullet per purpose that repeats the ground word for word.
func TestSpecialDataOneSentencePerGround(t *testing.T) {
	for name, a := range everything(t) {
		seen := map[string]string{}
		for _, line := range strings.Split(sectionBody(Generate(a), "saerlige"), "\n") {
			if !strings.HasPrefix(line, "- Til ") {
				continue
			}
			_, what, ok := strings.Cut(line, " behandler ")
			if !ok {
				t.Errorf("%s: bullet without »behandler«: %s", name, line)
				continue
			}
			what, _, _ = strings.Cut(what, ".")
			if prev, dup := seen[what]; dup {
				t.Errorf("%s: the same ground twice:\n%s\n%s", name, prev, line)
			}
			seen[what] = line
		}
	}
}

// TestSoloPolicyGivesNoOneElseAccess: a one-person business cannot promise
// that only the staff who need the data see it; it has no staff, and its
// security section may say that only the owner has access.
func TestSoloPolicyGivesNoOneElseAccess(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		b.Controller.Voice = "jeg"
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		for _, bad := range []string{"giver kun andre adgang", "til de personer, der har brug for dem"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s as »jeg«: %q", name, bad)
			}
		}
	}
}

// TestChildPatientsHearWhoConsents: when children are patients of a Danish
// health professional, the children section says who consents to treatment
// and from what age (sundhedsloven § 17); for other businesses it does not.
func TestChildPatientsHearWhoConsents(t *testing.T) {
	seen := false
	for name, a := range everything(t) {
		want := false
		for _, p := range a.Purposes {
			for _, g := range p.Subjects {
				want = want || (g == "children" && slices.Contains(p.Data, "health") && p.SensitiveBasisFor("health").Basis == "9.2.h" && a.Profile().Danish)
			}
		}
		seen = seen || want
		got := strings.Contains(sectionBody(Generate(a), "boern"), "sundhedslovens § 17")
		if got != want {
			t.Errorf("%s: § 17 said %v, children treated %v", name, got, want)
		}
	}
	if !seen {
		t.Error("no example treats children")
	}
}

// TestRetentionStartOnlyWhenAnswered: "fra indsamlingen" is a start point,
// and the policy and record print it only when the answers give it.
func TestRetentionStartOnlyWhenAnswered(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		for i := range b.Purposes {
			if b.Purposes[i].Retention.After == "collection" {
				b.Purposes[i].Retention.After = ""
			}
		}
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		rec := string(NewRecord(b, b.Document.Effective).Markdown())
		for what, s := range map[string]string{"policy": md, "record": rec} {
			if strings.Contains(s, "fra indsamlingen") {
				t.Errorf("%s: the %s names a start point the answers do not give", name, what)
			}
		}
	}
}

// TestSessionCookiesAreNotRemembered: a website whose cookies all end with
// the browser does not say that they recognise the visitor next time.
func TestSessionCookiesAreNotRemembered(t *testing.T) {
	for name, a := range everything(t) {
		session := a.Cookies.Any()
		for _, k := range a.Cookies.List {
			session = session && drafts.IsSessionLifetime(k.Lifetime)
		}
		for _, g := range a.Cookies.Categories {
			session = session && drafts.IsSessionLifetime(g.Lifetime)
		}
		body := sectionBody(Generate(a), "cookies")
		if remembered := strings.Contains(body, "genkende den, når du kommer igen"); session && remembered {
			t.Errorf("%s: only session cookies, yet the policy says they recognise the browser next time", name)
		}
	}
}

// TestContractNamesItsParty: »Om du skal give os oplysningerne« says whose
// contract needs the data; contact persons and customers' employees are
// no party to it, their employer is.
func TestContractNamesItsParty(t *testing.T) {
	for name, a := range everything(t) {
		body := sectionBody(Generate(a), "krav")
		for _, p := range a.Purposes {
			if p.Required != "contract" || cookiePurpose(a, p) {
				continue
			}
			var line string
			for _, l := range strings.Split(body, "\n") {
				if strings.HasPrefix(l, "- **"+esc(clean(p.Name))+":**") {
					line = l
				}
			}
			employer, party := false, false
			for _, g := range p.Subjects {
				employer = employer || g == "business_customers" || g == "suppliers" || g == "customer_employees"
				party = party || !drafts.NotParty[g]
			}
			switch {
			case line == "":
				t.Errorf("%s: no requirement line for %q", name, p.Name)
			case employer && !strings.Contains(line, "aftalen med din arbejdsgiver") && !strings.Contains(line, "aftalen med dig eller din arbejdsgiver"):
				t.Errorf("%s: %q does not say the contract is the employer's: %s", name, p.Name, line)
			case !party && strings.Contains(line, "aftalen med dig"):
				t.Errorf("%s: %q is no party's contract: %s", name, p.Name, line)
			}
		}
	}
}

// TestNoWebsiteNoWebsiteClaims: without a website in the answers, the
// security section does not speak of one.
func TestNoWebsiteNoWebsiteClaims(t *testing.T) {
	for name, a := range everything(t) {
		for _, voice := range []string{"vi", "jeg"} {
			b := clone(t, a)
			b.Controller.Voice, b.Controller.Website = voice, ""
			b.Cookies = drafts.Cookies{}
			if body := sectionBody(Generate(b), "sikkerhed"); strings.Contains(body, "hjemmeside") {
				t.Errorf("%s (%s) without a website: %q", name, voice, body)
			}
		}
	}
}

// TestAlsoOnlyAfterSomething: »giver også oplysninger videre« needs a list
// of recipients before it.
func TestAlsoOnlyAfterSomething(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		b.Vendors = nil
		if body := sectionBody(Generate(b), "modtagere"); strings.Contains(body, "også oplysninger videre") {
			t.Errorf("%s without vendors: %q", name, body)
		}
	}
}

// TestSoloLeadSpeaksAsJeg: a »jeg« policy does not open in the third
// person and then switch to »jeg«.
func TestSoloLeadSpeaksAsJeg(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		b.Controller.Voice = "jeg"
		lead := string(Generate(b).Markdown(MarkdownOptions{}))
		if !strings.Contains(lead, "hvilke personoplysninger jeg, ") {
			t.Errorf("%s as »jeg«: the lead does not speak as »jeg«", name)
		}
	}
}

// TestNoDoubleParentheses: a name that ends in a parenthesis is never
// followed by another one (»OpenAI (API) (OpenAI Ireland Ltd …)«).
func TestNoDoubleParentheses(t *testing.T) {
	for name, a := range everything(t) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		if strings.Contains(md, ")** (") || strings.Contains(md, ") (") {
			i := max(strings.Index(md, ")** ("), strings.Index(md, ") ("))
			t.Errorf("%s: double parentheses: %q", name, md[max(0, i-40):min(len(md), i+40)])
		}
	}
}

// TestJfDoesNotGovernTheNextBasis: »jf. loven« ends the list of bases it
// belongs to, so no other basis reads as if it were in the law.
func TestJfDoesNotGovernTheNextBasis(t *testing.T) {
	for name, a := range everything(t) {
		for _, p := range a.Purposes {
			for _, part := range strings.Split(basisText(a, p), "; ") {
				if _, after, ok := strings.Cut(part, ", jf. "); ok && strings.Contains(after, "(art. 6") {
					t.Errorf("%s: %q: %s", name, p.Name, part)
				}
			}
		}
	}
}

// TestRecipientsSayWhereDataAreProcessed: every recipient whose processing
// country the answers give is shown with it (art. 13(1)(e) and (f)).
func TestRecipientsSayWhereDataAreProcessed(t *testing.T) {
	for name, a := range everything(t) {
		for _, v := range a.ResolvedVendors() {
			if _, ok := drafts.CountryByCode(v.Country); !ok {
				continue
			}
			var line string
			for _, l := range strings.Split(sectionBody(Generate(a), "modtagere"), "\n") {
				if strings.HasPrefix(l, "- **"+vendorName(v)+"**") {
					line = l
				}
			}
			if !strings.Contains(line, "behandle") || !strings.Contains(line, countryName(v.Country)) {
				t.Errorf("%s: %s: %q names no processing country", name, vendorName(v), line)
			}
		}
	}
}

// TestRecordRowsArticle30: every record names the DPO and representative
// rows (art. 30(1)(a)), has a transfers row in every activity (litra e),
// and keeps each purpose's name exactly as the policy has it.
func TestRecordRowsArticle30(t *testing.T) {
	for name, a := range everything(t) {
		r := NewRecord(a, a.Document.Effective)
		labels := map[string]bool{}
		for _, f := range r.Controller {
			labels[f.Label] = true
		}
		for _, l := range []string{"Databeskyttelsesrådgiver (DPO)", "Repræsentant i EU (art. 27)"} {
			if !labels[l] {
				t.Errorf("%s: the record has no row %q", name, l)
			}
		}
		for i, act := range r.Activities {
			if len(act.Get(LabelTransfers).Lines) == 0 {
				t.Errorf("%s: %q has no litra e row", name, act.Name)
			}
			if want := clean(a.Purposes[i].Name); act.Name != want {
				t.Errorf("%s: the record calls %q %q", name, want, act.Name)
			}
		}
	}
}

// TestForeignCompanyNumbers: a foreign business's policy does not assume
// its customers have Danish CVR numbers.
func TestForeignCompanyNumbers(t *testing.T) {
	for name, a := range everything(t) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		if a.Controller.CountryCode() != "DK" && strings.Contains(md, "firmanavn, CVR-nummer, stilling") {
			t.Errorf("%s (%s): CVR-nummer only", name, a.Controller.CountryCode())
		}
	}
}

// TestVolunteersStopRatherThanLeaveOffice: volunteers have no »hverv«.
func TestVolunteersStopRatherThanLeaveOffice(t *testing.T) {
	for name, a := range everything(t) {
		for _, p := range a.Purposes {
			if len(p.Subjects) == 1 && p.Subjects[0] == "volunteers" && strings.Contains(retentionFor(a, p), "hverv") {
				t.Errorf("%s: %q: %s", name, p.Name, retentionFor(a, p))
			}
		}
	}
}

// TestJointControlSaysItsScope: a joint controller's line says what the
// joint control covers when the answers or catalogue know it.
func TestJointControlSaysItsScope(t *testing.T) {
	seen := false
	for name, a := range everything(t) {
		body := sectionBody(Generate(a), "modtagere")
		for _, v := range a.ResolvedVendors() {
			if v.Role == "joint" && strings.TrimSpace(v.JointFor) != "" {
				seen = true
				if !strings.Contains(body, "Det fælles ansvar omfatter kun "+esc(clean(v.JointFor))) {
					t.Errorf("%s: %s: the scope of joint control is not said", name, vendorName(v))
				}
			}
		}
	}
	if !seen {
		t.Error("no example has a joint controller with a scope")
	}
}
