package policy

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// byDocument splits answers that give some groups a notice of their own
// (document.notices) into the answers of each document: the policy's
// under the answers' own name, and each notice's under the name and
// "/orientering-" and its groups. Answers without notices are the
// policy's alone. A test of what the policy says about its purposes runs
// over these, since each purpose is told in the document for its groups.
func byDocument(all map[string]*drafts.Answers) map[string]*drafts.Answers {
	out := map[string]*drafts.Answers{}
	for name, a := range all {
		if len(a.Document.Notices) == 0 {
			out[name] = a
			continue
		}
		out[name] = content.WebsiteSubset(a).Answers
		for _, n := range a.Document.Notices {
			out[name+"/orientering-"+strings.Join(n.Groups, "-")] = content.ForGroups(a, n.Groups).Answers
		}
	}
	return out
}

// TestNoticeGolden keeps every declared notice of every example, in
// Markdown and HTML, and the notice to each single group of every example
// in Markdown, so every change to them is seen.
func TestNoticeGolden(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		for _, n := range a.Document.Notices {
			p := GenerateNotice(a, n.Groups)
			base := filepath.Join("notices", name+"-"+NoticeSlug(a, n.Groups))
			testkit.CheckGolden(t, base+".md", p.Markdown(MarkdownOptions{}))
			html, err := p.HTML(content.HTMLOptions{})
			if err != nil {
				t.Fatal(err)
			}
			testkit.CheckGolden(t, base+".html", html)
		}
		for _, s := range a.Subjects {
			g := []string{s.Key()}
			if s.NotInformed != "" {
				continue // no notice is addressed to them (TestNoNoticeToTheUninformed)
			}
			testkit.CheckGolden(t, filepath.Join("notices", "per-group", name+"-"+s.Key()+".md"), GenerateNotice(a, g).Markdown(MarkdownOptions{}))
		}
	}
}

// purposeRows are the names in the first column of the purposes table.
func purposeRows(md string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "| Formål |"):
			in = true
		case in && strings.HasPrefix(l, "|---"):
		case in && strings.HasPrefix(l, "| "):
			out = append(out, strings.TrimSpace(strings.SplitN(l[2:], " | ", 2)[0]))
		default:
			in = false
		}
	}
	return out
}

// TestEveryGroupsNoticeHasOnlyItsPurposes: the notice to one group, for
// every group of every example and starting point, tells exactly the
// purposes that concern the group, the groups' data and no one else's,
// and only the sources, recipients and disclosures of those purposes.
func TestEveryGroupsNoticeHasOnlyItsPurposes(t *testing.T) {
	for name, a := range testkit.AllAnswers(t) {
		for _, s := range a.Subjects {
			g := s.Key()
			md := string(GenerateNotice(a, []string{g}).Markdown(MarkdownOptions{}))
			var want []string
			for _, p := range a.Purposes {
				if slices.Contains(p.Subjects, g) {
					want = append(want, content.Esc(content.Clean(p.Name)))
				}
			}
			if got := purposeRows(md); !slices.Equal(got, want) {
				t.Errorf("%s, notice to %s: purposes %q, want %q", name, g, got, want)
			}
			for _, o := range a.Subjects {
				if o.Key() != g && strings.Contains(md, "- **"+content.UpperFirst(content.GroupName(a, o.Key()))+":**") {
					t.Errorf("%s, notice to %s: lists the data of %s", name, g, o.Key())
				}
			}
			sub := content.ForGroups(a, []string{g}).Answers
			for _, v := range a.ResolvedVendors() {
				serves := slices.ContainsFunc(v.Purposes, func(id string) bool {
					return slices.ContainsFunc(sub.Purposes, func(p drafts.Purpose) bool { return p.ID == id })
				})
				if n := content.Esc(content.VendorName(v)); len(v.Purposes) > 0 && !serves && strings.Contains(md, "**"+n+"**") {
					t.Errorf("%s, notice to %s: names the recipient %s of other groups' purposes", name, g, n)
				}
			}
			serves := func(d drafts.Disclosure) bool {
				return slices.ContainsFunc(sub.Purposes, func(p drafts.Purpose) bool { return slices.Contains(d.Purposes, p.ID) })
			}
			for _, d := range a.Disclosures {
				// The same authority may get data for another reason that
				// does concern the group (Skattestyrelsen checks the
				// accounts, and gets the pay reported).
				same := slices.ContainsFunc(a.Disclosures, func(o drafts.Disclosure) bool { return o.Recipient == d.Recipient && serves(o) })
				if len(d.Purposes) > 0 && !serves(d) && same && strings.Contains(strings.ToLower(md), strings.ToLower(strings.TrimSuffix(strings.TrimSpace(content.Clean(d.Reason)), "."))) {
					t.Errorf("%s, notice to %s: gives %s's reason for other groups: %s", name, g, d.Recipient, d.Reason)
				}
				if len(d.Purposes) > 0 && !serves(d) && !same &&
					strings.Contains(md, "**"+content.Esc(content.Clean(d.Recipient))+":**") {
					t.Errorf("%s, notice to %s: names the disclosure to %s", name, g, d.Recipient)
				}
			}
			for _, src := range a.Sources {
				if len(src.Subjects) > 0 && !slices.Contains(src.Subjects, g) && strings.Contains(md, "**"+content.Esc(content.Clean(src.Name))+"**") {
					t.Errorf("%s, notice to %s: names the source %s of other groups", name, g, src.Name)
				}
			}
			if strings.Contains(md, "## ") && strings.Contains(md, "Ændringer i politikken") {
				t.Errorf("%s, notice to %s: calls itself a policy", name, g)
			}
		}
	}
}

// TestPolicyLeavesOutGroupsWithNotices: with a separate notice, the
// policy tells none of the purposes only those groups have, names them in
// its section on separate notices with where to find theirs, and the
// notice tells them; bjerre's policy no longer describes union
// membership and sickness to customers.
func TestPolicyLeavesOutGroupsWithNotices(t *testing.T) {
	a := testkit.Examples(t)["bjerre-toemrer"]
	if len(a.Document.Notices) == 0 {
		t.Fatal("bjerre-toemrer has no separate notice")
	}
	md := string(Generate(a).Markdown(MarkdownOptions{}))
	for _, w := range []string{"fagforening", "helbred", "CPR", "Lønudbetaling", "Rekruttering"} {
		if strings.Contains(md, w) {
			t.Errorf("bjerre's policy still says %q", w)
		}
	}
	if !strings.Contains(md, "særskilt orientering til dem. Den står i vores jobopslag") {
		t.Errorf("bjerre's policy does not say where employees find their notice:\n%s", md)
	}
	notice := string(GenerateNotice(a, a.Document.Notices[0].Groups).Markdown(MarkdownOptions{}))
	for _, w := range []string{"Træk af fagforeningskontingent", "Personaleadministration", "helbredsoplysninger", "Denne orientering er til", "Ændringer i orienteringen"} {
		if !strings.Contains(notice, w) {
			t.Errorf("bjerre's employee notice does not say %q", w)
		}
	}
	for _, w := range []string{"Tilbud og opgaver", "Cookies", "denne politik", "Den gældende udgave ligger altid på"} {
		if strings.Contains(notice, w) {
			t.Errorf("bjerre's employee notice says %q", w)
		}
	}
	// Every purpose is told in exactly one of the documents, or in more
	// than one when its groups span them.
	for _, p := range a.Purposes {
		row := "| " + content.Esc(p.Name) + " |"
		if !strings.Contains(md, row) && !strings.Contains(notice, row) {
			t.Errorf("%s is in no document", p.Name)
		}
	}
}

// TestSharedPurposeTellsEachGroupItsOwnData: a purpose for customers and
// employees whose CPR numbers only the employees' data has tells
// customers nothing of CPR numbers; its look-alike, where the customers'
// data has them too, does.
func TestSharedPurposeTellsEachGroupItsOwnData(t *testing.T) {
	base := testkit.Clone(t, testkit.Examples(t)["bjerre-toemrer"])
	p := testkit.PurposeOf(base, "bogfoering")
	p.Subjects = append(p.Subjects, "employees")
	p.Data = append(p.Data, "cpr")
	p.CPRBasis = "11.2.1"
	customers := string(GenerateNotice(base, []string{"customers"}).Markdown(MarkdownOptions{}))
	if strings.Contains(customers, "CPR") {
		t.Error("the customers' notice tells of CPR numbers only employees' data has")
	}
	employees := string(GenerateNotice(base, []string{"employees"}).Markdown(MarkdownOptions{}))
	if !strings.Contains(employees, "| Fakturering og bogføring | ") || !strings.Contains(employees, "CPR-nummer") {
		t.Error("the employees' notice leaves out the shared purpose or its CPR numbers")
	}
	look := testkit.Clone(t, base)
	look.Subjects[0].Data = append(look.Subjects[0].Data, "cpr")
	if !strings.Contains(string(GenerateNotice(look, []string{"customers"}).Markdown(MarkdownOptions{})), "CPR-nummer") {
		t.Error("the look-alike: customers' own CPR numbers are left out of their notice")
	}
}

// TestNoticeInBothVoices: a notice of a one-person business speaks as
// »jeg« and names itself as a notice.
func TestNoticeInBothVoices(t *testing.T) {
	a := testkit.Examples(t)["psykolog-anna-kjaer"]
	md := string(GenerateNotice(a, []string{"patients"}).Markdown(MarkdownOptions{}))
	if !strings.Contains(md, "jeg, Psykolog Anna Kjær,") || !strings.Contains(md, "Jeg opdaterer orienteringen") {
		t.Errorf("the psychologist's notice to patients is not in her voice:\n%s", md)
	}
	if strings.Contains(string(Generate(a).Markdown(MarkdownOptions{})), "orienteringen") {
		t.Error("the policy calls itself a notice after a notice was written")
	}
}

// TestNoticeToChildrenSpeaksToTheirParents: a child cannot make the
// contract for its treatment, and under 15 its parents consent to it and
// use its rights (art. 12(1), recital 58; sundhedsloven § 17). The notice
// to children is addressed to the holders of parental custody and speaks
// of »dit barn« in the children's words for the purposes
// (purposes.group_texts), which the parents read on the forms too. The
// paying parents' notice speaks of the child's CPR number; the patients'
// keeps the purpose's own words; a notice to children and adults together
// (the look-alike) still speaks to each reader as »du«.
func TestNoticeToChildrenSpeaksToTheirParents(t *testing.T) {
	ex := testkit.Examples(t)
	notice := func(a *drafts.Answers, g ...string) string {
		return string(GenerateNotice(a, g).Markdown(MarkdownOptions{}))
	}
	a := ex["klinik-vesterbro"]
	s := notice(a, "children")
	for _, want := range []string{"# Orientering til forældre om personoplysninger om børn, der er patienter", "Denne orientering er til forældre og andre, der har forældremyndigheden over børn, der er patienter.", "Nødvendige for aftalen med dig.", "Du betaler for dit barns behandling.", "Uden barnets CPR-nummer", "Rettighederne er dit barns.", "om dit barn alene ved automatisk behandling", "Er dit barn under 15 år"} {
		if !strings.Contains(s, want) {
			t.Errorf("the notice to children lacks %q:\n%s", want, s)
		}
	}
	for _, wrong := range []string{"Du betaler for behandlingen.", "du selv betale", "dine forældre", "Denne orientering er til børn", "hvilke oplysninger vi har om dig,"} {
		if strings.Contains(s, wrong) {
			t.Errorf("the notice to children says %q:\n%s", wrong, s)
		}
	}
	if !ForParents(a, []string{"children"}) || ForParents(a, []string{"children", "patients"}) || ForParents(a, []string{"patients"}) {
		t.Error("ForParents: only a notice to children alone is to their parents")
	}
	if s := notice(a, "children", "patients"); !strings.Contains(s, "Denne orientering er til patienter og børn, der er patienter.") || strings.Contains(s, "Rettighederne er dit barns.") {
		t.Errorf("a notice to patients and children is not to each reader as »du«:\n%.400s", s)
	}
	if s := notice(a, "betalende_foraeldre"); !strings.Contains(s, "Uden barnets CPR-nummer") || strings.Contains(s, "Uden dit CPR-nummer") {
		t.Errorf("the parents' notice must speak of the child's CPR number:\n%s", s)
	}
	if s := notice(a, "patients"); !strings.Contains(s, "Uden dit CPR-nummer") || !strings.Contains(s, "Nødvendige for aftalen med dig.") || strings.Contains(s, "dit barn") {
		t.Errorf("the patients' notice must keep the purpose's own words:\n%s", s)
	}
	planted := testkit.Clone(t, a)
	for i := range planted.Purposes {
		planted.Purposes[i].GroupTexts = nil
	}
	if s := notice(planted, "betalende_foraeldre"); !strings.Contains(s, "Uden dit CPR-nummer") {
		t.Errorf("without the parents' words the notice should fall back on the purpose's:\n%s", s)
	}
}
