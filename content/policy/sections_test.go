package policy

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestNoSilentVoluntary: every purpose whose answer is voluntary is said to
// be voluntary, once: in a line of its own when not giving the data has a
// consequence, else in the one line that names the voluntary purposes; a
// cookie purpose on consent is named where the visitor's yes is. A purpose
// left unanswered, or whose data comes from others, is never called
// voluntary.
func TestNoSilentVoluntary(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		body := sectionBody(Generate(a), "krav")
		var voluntaryLine string
		for _, l := range strings.Split(body, "\n") {
			if strings.HasPrefix(l, "Til ") && strings.Contains(l, "er det frivilligt") {
				voluntaryLine, _, _ = strings.Cut(l, "er det frivilligt")
			}
		}
		for _, p := range a.Purposes {
			q := content.Quoted(p.Name)
			own := strings.Contains(body, "- **"+content.Esc(content.Clean(p.Name))+":** Frivilligt.")
			inLine := strings.Contains(voluntaryLine, q)
			switch {
			case p.Required == "voluntary" && cookiePurpose(a, p) && slices.Contains(p.Basis, "6.1.a"):
				// Nobody gives cookie data: the visitor says yes or no, as
				// the cookie section says; this section says nothing.
				if strings.Contains(body, q) {
					t.Errorf("%s: cookie purpose %s is said to be given:\n%s", name, q, body)
				}
				if !strings.Contains(sectionBody(Generate(a), "cookies"), "kun, hvis du har sagt ja til dem") {
					t.Errorf("%s: cookie purpose %s: the cookie section does not give the choice", name, q)
				}
			case p.Required == "voluntary" && !cookiePurpose(a, p):
				if own == inLine {
					t.Errorf("%s: voluntary %s is said to be voluntary %v times:\n%s", name, q, map[bool]int{true: 2, false: 0}[own], body)
				}
			case own || inLine:
				t.Errorf("%s: %s (required = %q) is called voluntary:\n%s", name, q, p.Required, body)
			}
		}
	}
}

// TestContractWithYouOnlyForParties: "aftale med dig" is never the basis
// of a group that cannot be party to the contract.
func TestContractWithYouOnlyForParties(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		for _, p := range a.Purposes {
			var own []string // groups that use the purpose's own basis
			for _, g := range p.Subjects {
				if !content.HasOwnBasis(p, g) {
					own = append(own, g)
				}
			}
			cell := basisText(a, p)
			if len(own) > 0 && !partyGroups(own) && strings.Contains(strings.ToLower(cell), "aftale med dig") {
				t.Errorf("%s: %q says »aftale med dig« for %v: %s", name, p.Name, own, cell)
			}
		}
	}
	// A planted case: only suppliers' contact persons, on 6(1)(b).
	a := &drafts.Answers{Subjects: []drafts.Subject{{Group: "suppliers"}}}
	p := drafts.Purpose{Name: "Indkøb", Subjects: []string{"suppliers"}, Basis: []string{"6.1.b"}}
	if cell := basisText(a, p); strings.Contains(cell, "med dig") {
		t.Errorf("suppliers on 6(1)(b): %s", cell)
	}
}

// TestRightsFollowTheBases: portability only with consent or contract,
// objection only with 6(1)(e)/(f) or direct marketing, and every record
// kept by law named where deletion is described.
func TestRightsFollowTheBases(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		body := sectionBody(Generate(a), "rettigheder")
		portable := usesBasis(a, "6.1.a") || usesBasis(a, "6.1.b")
		if got := strings.Contains(body, "**Dataportabilitet:**"); got != portable {
			t.Errorf("%s: portability shown %v, want %v", name, got, portable)
		}
		objection := usesBasis(a, "6.1.e") || usesBasis(a, "6.1.f") || marketing(a)
		if got := strings.Contains(body, "**Indsigelse:**"); got != objection {
			t.Errorf("%s: objection shown %v, want %v", name, got, objection)
		}
		for _, p := range a.Purposes {
			if p.Retention.ByLaw && !strings.Contains(body, content.Quoted(p.Name)) {
				t.Errorf("%s: %q is kept by law but the rights section does not name it", name, p.Name)
			}
		}
	}
}

// TestExplicitConsentBringsWithdrawal: consent of any kind (art. 6, art. 9,
// § 8, § 11) brings the section on withdrawing it, naming the purpose.
func TestExplicitConsentBringsWithdrawal(t *testing.T) {
	seen := false
	for name, a := range byDocument(testkit.Everything(t)) {
		body := sectionBody(Generate(a), "samtykke")
		for _, p := range a.Purposes {
			if slices.Contains(p.AllBases(), "6.1.a") || len(content.ExplicitConsent(a, p)) > 0 {
				seen = seen || len(content.ExplicitConsent(a, p)) > 0
				if !strings.Contains(body, content.Quoted(p.Name)) {
					t.Errorf("%s: %q rests on consent, but the withdrawal section does not name it", name, p.Name)
				}
			}
		}
	}
	if !seen {
		t.Error("no example uses explicit consent under art. 9 or § 8; the test tests nothing")
	}
}

// TestAssociationExplainsMembership: art. 9(2)(d) explains that membership
// itself can be sensitive, and only then.
func TestAssociationExplainsMembership(t *testing.T) {
	all := testkit.Everything(t)
	// An association on art. 9(2)(d), which no example is: the hearts
	// association's statutes give no political, philosophical, religious
	// or trade-union aim, so its disease data rest on consent.
	d := testkit.Clone(t, testkit.Examples(t)["hjertevenner-fyn"])
	d.Purposes[2].Sensitive[0].Basis = "9.2.d"
	all["hjertevenner-fyn on litra d"] = d
	seen := false
	for name, a := range all {
		d := false
		for _, p := range a.Purposes {
			for _, id := range p.Data {
				d = d || (content.CategoryKind(a, id) == drafts.KindSpecial && p.SensitiveBasisFor(id).Basis == "9.2.d")
			}
		}
		seen = seen || d
		body := sectionBody(Generate(a), "saerlige")
		got := strings.Contains(body, "ikke videre uden for foreningen")
		if got != d {
			t.Errorf("%s: membership explained %v, art. 9(2)(d) used %v", name, got, d)
		}
		// What membership reveals is not known from the answers.
		for _, generic := range []string{"overbevisning", "fagforeningsmæssige tilhørsforhold"} {
			if d && strings.Contains(body, generic) {
				t.Errorf("%s: the litra d text claims membership reveals %q", name, generic)
			}
		}
	}
	if !seen {
		t.Error("no answers use art. 9(2)(d)")
	}
}

var danishRE = regexp.MustCompile(`Datatilsynet|datatilsynet\.dk|databeskyttelseslov|bogføringslov|§ 6, stk\. 2|15 år`)

// TestForeignControllerGetsNoDanishLaw: a controller in another country
// gets its own authority, age and laws in every section.
func TestForeignControllerGetsNoDanishLaw(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		prof := a.Profile()
		if prof.Danish {
			continue
		}
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		// The one Danish authority a reader in Denmark may also complain
		// to (art. 77(1)); nothing else Danish.
		home := "Bor eller arbejder du i Danmark, kan du også klage til Datatilsynet ([www.datatilsynet.dk](<https://www.datatilsynet.dk>))."
		if !strings.Contains(sectionBody(Generate(a), "klage"), home) {
			t.Errorf("%s (%s): a reader in Denmark is not told of Datatilsynet (art. 77(1))", name, prof.Code)
		}
		if !strings.Contains(sectionBody(Generate(a), "kort-fortalt"), homeAuthority(a)) {
			t.Errorf("%s (%s): the summary does not name Datatilsynet for readers in Denmark", name, prof.Code)
		}
		if m := danishRE.FindString(strings.Replace(strings.Replace(md, home, "", 1), homeAuthority(a), "", 1)); m != "" {
			t.Errorf("%s (%s): the policy cites Danish %q", name, prof.Code, m)
		}
		for _, want := range []string{prof.AuthorityShort, "Du kan klage til " + prof.AuthorityShort} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: the policy lacks %q", name, want)
			}
		}
	}
	// The summary names the same authority as the complaint section.
	for name, a := range byDocument(testkit.Everything(t)) {
		p := Generate(a)
		if s := sectionBody(p, "kort-fortalt"); !strings.Contains(s, "klage til "+authorityShort(a)) {
			t.Errorf("%s: the summary does not name %s", name, authorityShort(a))
		}
	}
}

// TestSpecialDataOneSentencePerGround: the section on sensitive data says
// each ground once, naming every purpose that uses it, instead of one
// bullet per purpose that repeats the ground word for word.
func TestSpecialDataOneSentencePerGround(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
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

// TestChildPatientsHearWhoConsents: when children are patients of a Danish
// health professional, the children section says who consents to treatment
// and from what age (sundhedsloven § 17); for other businesses it does not.
func TestChildPatientsHearWhoConsents(t *testing.T) {
	seen := false
	for name, a := range byDocument(testkit.Everything(t)) {
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
	for name, a := range byDocument(testkit.Everything(t)) {
		b := testkit.Clone(t, a)
		for i := range b.Purposes {
			if b.Purposes[i].Retention.After == "collection" {
				b.Purposes[i].Retention.After = ""
			}
		}
		if md := string(Generate(b).Markdown(MarkdownOptions{})); strings.Contains(md, "fra indsamlingen") {
			t.Errorf("%s: the policy names a start point the answers do not give", name)
		}
	}
}

// TestSessionCookiesAreNotRemembered: a website whose cookies all end with
// the browser does not say that they recognise the visitor next time.
func TestSessionCookiesAreNotRemembered(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
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
	for name, a := range byDocument(testkit.Everything(t)) {
		body := sectionBody(Generate(a), "krav")
		for _, p := range a.Purposes {
			if p.Required != "contract" || cookiePurpose(a, p) {
				continue
			}
			var line string
			for _, l := range strings.Split(body, "\n") {
				if strings.HasPrefix(l, "- **"+content.Esc(content.Clean(p.Name))+":**") {
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
	for name, a := range byDocument(testkit.Everything(t)) {
		for _, voice := range []string{"vi", "jeg"} {
			b := testkit.Clone(t, a)
			b.Controller.Voice, b.Controller.Website = voice, ""
			b.Cookies = drafts.Cookies{}
			if body := sectionBody(Generate(b), "sikkerhed"); strings.Contains(body, "hjemmeside") {
				t.Errorf("%s (%s) without a website: %q", name, voice, body)
			}
		}
	}
}

// TestJfDoesNotGovernTheNextBasis: »jf. loven« ends the list of bases it
// belongs to, so no other basis reads as if it were in the law.
func TestJfDoesNotGovernTheNextBasis(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		for _, p := range a.Purposes {
			for _, part := range strings.Split(basisText(a, p), "; ") {
				if _, after, ok := strings.Cut(part, ", jf. "); ok && strings.Contains(after, "(art. 6") {
					t.Errorf("%s: %q: %s", name, p.Name, part)
				}
			}
		}
	}
}

// TestForeignCompanyNumbers: a foreign business's policy does not assume
// its customers have Danish CVR numbers.
func TestForeignCompanyNumbers(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		if a.Controller.CountryCode() != "DK" && strings.Contains(md, "firmanavn, CVR-nummer, stilling") {
			t.Errorf("%s (%s): CVR-nummer only", name, a.Controller.CountryCode())
		}
	}
}

// TestVolunteersStopRatherThanLeaveOffice: volunteers have no »hverv«.
func TestVolunteersStopRatherThanLeaveOffice(t *testing.T) {
	for name, a := range byDocument(testkit.Everything(t)) {
		for _, p := range a.Purposes {
			if len(p.Subjects) == 1 && p.Subjects[0] == "volunteers" && strings.Contains(retentionFor(a, p), "hverv") {
				t.Errorf("%s: %q: %s", name, p.Name, retentionFor(a, p))
			}
		}
	}
}

// lawParts splits a law answer into the laws it names: "ferieloven,
// skatteindberetningsloven og bogføringsloven" into three.
func lawParts(law string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(content.Clean(law), " og ", ","), func(r rune) bool { return r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// TestKeptRecordsNameTheKeepingLaw: the rights section says which data is
// not deleted on request because a law requires it kept, and names the law
// that requires the keeping, never a law that only requires the processing
// (barnets lov § 133 requires a report, not that it is kept).
func TestKeptRecordsNameTheKeepingLaw(t *testing.T) {
	kept := 0
	for name, a := range byDocument(testkit.AllAnswers(t)) {
		rights := sectionBody(Generate(a), "rettigheder")
		for _, p := range a.Purposes {
			if !p.Retention.ByLaw {
				continue
			}
			kept++
			law := content.KeepingLaw(p)
			q := content.Quoted(p.Name)
			// Records kept under the same law share it: »»A« og »B«
			// (bogføringsloven)«; the law in brackets after a name is the
			// first one that follows it.
			i := strings.Index(rights, q)
			if i < 0 {
				t.Errorf("%s: »Sletning« does not name %s:\n%s", name, q, rights)
				continue
			}
			after := rights[i+len(q):]
			named := ""
			if j := strings.Index(after, " ("); j >= 0 && !strings.Contains(after[:j], ",") {
				named, _, _ = strings.Cut(after[j+2:], ")")
			}
			switch {
			case law != "" && named != content.Esc(law):
				t.Errorf("%s: »Sletning« does not name %q as the law that keeps %s:\n%s", name, law, q, rights)
			case law == "" && named != "":
				t.Errorf("%s: »Sletning« names a law for %s, but the answers name none that requires the keeping:\n%s", name, q, rights)
			}
			for _, part := range lawParts(p.Law) {
				if !strings.Contains(law, part) && named == content.Esc(part) {
					t.Errorf("%s: »Sletning« names %q, which requires the processing, as the law that keeps %s", name, part, q)
				}
			}
		}
	}
	if kept == 0 {
		t.Fatal("no answers keep data because the law requires it; the test checks nothing")
	}
}

// TestStaffConsentEndsWithTheEmployment: a consent an employee gives the
// employer (to deduct union dues, say) serves the employment; the policy
// says the data goes when the employee leaves, not only on withdrawal.
func TestStaffConsentEndsWithTheEmployment(t *testing.T) {
	for name, a := range byDocument(testkit.AllAnswers(t)) {
		for _, p := range a.Purposes {
			if p.Retention.After != "consent_withdrawn" || len(p.Subjects) == 0 || slices.ContainsFunc(p.Subjects, func(g string) bool { return g != "employees" }) {
				continue
			}
			if s := retentionFor(a, p); !strings.Contains(s, "stopper") && !strings.Contains(s, "ophør") {
				t.Errorf("%s: »%s« is kept until consent is withdrawn, with no end when the employment ends: %s", name, p.Name, s)
			}
		}
	}
}

// TestSummarySourcesSayWhomTheyAreAbout: with several groups of people,
// »Kort fortalt« never names a source without whom its data is about; the
// psychologist's »mine klienter« read as data about the reader from her
// other clients.
func TestSummarySourcesSayWhomTheyAreAbout(t *testing.T) {
	seen := 0
	for name, a := range byDocument(testkit.AllAnswers(t)) {
		if len(a.Subjects) < 2 {
			continue
		}
		sum := sectionBody(Generate(a), "kort-fortalt")
		var line string
		for _, l := range strings.Split(sum, "\n") {
			if strings.Contains(l, "fra andre end dig selv") {
				line = l
			}
		}
		for _, s := range a.Sources {
			if len(s.Subjects) == 0 {
				continue
			}
			seen++
			// The source, then (after others about the same people) whom
			// its data is about: its first group, or, for the CVR
			// register, the employer.
			src := content.Esc(content.PronounLower(content.Clean(s.Name)))
			whom := " om " + content.GroupName(a, s.Subjects[0])
			if companyRegister(s) {
				whom = " om den virksomhed, du arbejder for"
			}
			i := strings.Index(line, src)
			j := strings.Index(line[max(i, 0):], whom)
			if i < 0 || j < 0 {
				t.Errorf("%s: the summary names %q without whom it is about (want %q after it):\n%s", name, src, whom, line)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no answers with several groups have sources; the test checks nothing")
	}
}

// TestHealthSecrecyInTheLawsOwnWords: databeskyttelsesloven § 7, stk. 3,
// covers processing by »en person inden for sundhedssektoren, der efter
// lovgivningen er undergivet tavshedspligt«; the policy says so in those
// words, not a paraphrase.
func TestHealthSecrecyInTheLawsOwnWords(t *testing.T) {
	seen := 0
	for name, a := range byDocument(testkit.AllAnswers(t)) {
		body := sectionBody(Generate(a), "saerlige")
		if !strings.Contains(body, "§ 7, stk. 3") {
			continue
		}
		seen++
		if !strings.Contains(body, "en person inden for sundhedssektoren, der efter lovgivningen er undergivet tavshedspligt") {
			t.Errorf("%s: § 7, stk. 3, is paraphrased:\n%s", name, body)
		}
	}
	if seen == 0 {
		t.Fatal("no answers use § 7, stk. 3; the test checks nothing")
	}
}

// The starting questionnaire, with only a company filled in, claims nothing
// the user has not given: no security measures, nothing about sharing or
// profiling, and no double spaces. (The processors it brings, the mail host
// and the accounting program, are processors by law bound by an
// agreement, art. 28(3).)
func TestStarterClaimsNothingUnknown(t *testing.T) {
	a := drafts.Starter(testkit.CheckDay)
	a.Controller = drafts.Controller{Name: "Test ApS", CVR: "44125242", Address: "Vej 1", Postcode: "8000", Town: "Aarhus C", Email: "a@test.dk"}
	md := string(Generate(a).Markdown(MarkdownOptions{}))
	for _, s := range []string{"Vi deler ikke", "deler ikke", "tofaktor", "profilering", "cookiebanner", "lige så nemt", "  "} {
		if strings.Contains(md, s) {
			t.Errorf("starter policy says %q, which no answer supports", s)
		}
	}
	if len(a.Security.Measures) != 0 || len(a.Security.Other) != 0 {
		t.Errorf("starter pre-ticks security measures: %v", a.Security)
	}
}

// Profiling is never denied by default: the policy speaks of it only when
// the answers do.
func TestProfilingOnlyWhenAnswered(t *testing.T) {
	for name, a := range testkit.Examples(t) {
		for _, p := range []string{"", "no", "marketing"} {
			b := testkit.Clone(t, a)
			b.Automated.Profiling = p
			b.Automated.ProfilingDescription = "Vi vurderer dine interesser ud fra dine køb."
			md := string(Generate(b).Markdown(MarkdownOptions{}))
			says := strings.Contains(md, "profilering")
			if (p == "") == says {
				t.Errorf("%s with profiling=%q: mentions profilering = %v", name, p, says)
			}
			if p == "no" && !strings.Contains(md, content.Say(b, "{{Vi}} bruger ikke profilering.")) {
				t.Errorf("%s: profiling=no is not stated", name)
			}
			if p == "marketing" && !strings.Contains(md, "art. 21, stk. 2") {
				t.Errorf("%s: profiling for marketing without the art. 21(2) right", name)
			}
		}
	}
}

// Automated decisions name their art. 22(2) exception and the art. 22(3)
// safeguards.
func TestAutomatedDecisionsNameExceptionAndSafeguards(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	a.Automated = drafts.Automated{Used: true, Exception: "contract", Description: "Vi afgør automatisk, om du kan købe på kredit.", Logic: "Et opslag i RKI.", Consequences: "Får du afslag, kan du betale forud."}
	md := string(Generate(a).Markdown(MarkdownOptions{}))
	for _, s := range []string{"art. 22, stk. 2, litra a", "art. 22, stk. 3", "give udtryk for dit synspunkt", "bestride afgørelsen"} {
		if !strings.Contains(md, s) {
			t.Errorf("automated decisions on contract: missing %q", s)
		}
	}
	a.Automated.Exception = "law"
	md = string(Generate(a).Markdown(MarkdownOptions{}))
	if !strings.Contains(md, "art. 22, stk. 2, litra b") || strings.Contains(md, "art. 22, stk. 3") {
		t.Errorf("automated decisions by law: want litra b and the law's own safeguards")
	}
}

// "Kort fortalt" says in one line what the data is used for (every
// purpose, once), counts no vendors, names the authority the answers give,
// and says what matters when it applies.
func TestSummaryFromWhatMatters(t *testing.T) {
	for name, a := range byDocument(testkit.Examples(t)) {
		sum := Generate(a).Sections[0]
		if sum.ID != "kort-fortalt" {
			t.Fatalf("%s: first section is %s", name, sum.ID)
		}
		first, _, _ := strings.Cut(sum.Body, "\n")
		for _, p := range a.Purposes {
			if strings.Count(first, content.Quoted(p.Name)) != 1 {
				t.Errorf("%s: the summary's first line does not name the purpose %q once: %s", name, p.Name, first)
			}
		}
		if regexp.MustCompile(`(?i)(en|to|tre|fire|fem|seks|syv|otte|ni|ti|\d+) leverandør`).MatchString(sum.Body) {
			t.Errorf("%s: summary counts vendors", name)
		}
		if auth := a.Profile().AuthorityShort; !strings.Contains(sum.Body, auth) {
			t.Errorf("%s: summary does not name the authority %s", name, auth)
		}
		if len(a.Sources) > 0 != strings.Contains(sum.Body, "fra andre end dig selv") {
			t.Errorf("%s: summary and sources disagree", name)
		}
		if a.Processor.Acts != strings.Contains(sum.Body, "databehandler") {
			t.Errorf("%s: summary and processor role disagree", name)
		}
		b := testkit.Clone(t, a)
		b.Authority = &drafts.Authority{Name: "Integritetsskyddsmyndigheten", Address: "Box 8114, 104 20 Stockholm", Website: "https://www.imy.se", Email: "imy@imy.se"}
		sum = Generate(b).Sections[0]
		if strings.Contains(strings.Replace(sum.Body, homeAuthority(b), "", 1), "Datatilsynet") || !strings.Contains(sum.Body, "Integritetsskyddsmyndigheten") {
			t.Errorf("%s: with an authority set, summary must name it:\n%s", name, sum.Body)
		}
	}
	klinik := Generate(testkit.Examples(t)["klinik-vesterbro"]).Sections[0].Body
	for _, s := range []string{"helbredsoplysninger", "CPR-numre", "strafbare forhold"} {
		if !strings.Contains(klinik, s) {
			t.Errorf("klinik summary leaves out %q", s)
		}
	}
	if nordlys := Generate(testkit.Examples(t)["nordlys-keramik"]).Sections[0].Body; !strings.Contains(nordlys, "profilering") || !strings.Contains(nordlys, "Meta Pixel") {
		t.Errorf("nordlys summary leaves out ads and profiling:\n%s", nordlys)
	}
}

// The children's section speaks only when the answers deal with children,
// names the custody holder, and applies § 6, stk. 2 only to services
// offered to children.
func TestChildrenSection(t *testing.T) {
	has := func(a *drafts.Answers) (string, bool) {
		for _, s := range Generate(a).Sections {
			if s.ID == "boern" {
				return s.Body, true
			}
		}
		return "", false
	}
	for name, a := range byDocument(testkit.Examples(t)) {
		children := a.Children.Targeted || slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == "children" })
		if _, ok := has(a); ok != children {
			t.Errorf("%s: children's section %v, answers concern children %v", name, ok, children)
		}
		b := testkit.Clone(t, a)
		b.Children.Targeted = true
		body, ok := has(b)
		if !ok || !strings.Contains(body, "indehaveren af forældremyndigheden") || strings.Contains(body, "værge") {
			t.Errorf("%s targeted at children: %q", name, body)
		}
		// The age rule (art. 8(1), in Denmark § 6, stk. 2) is about consent
		// under art. 6(1)(a) only, not explicit consent under art. 9 or § 8.
		consent := false
		for _, p := range b.Purposes {
			consent = consent || slices.Contains(p.AllBases(), "6.1.a")
		}
		if law := b.Profile().ChildLaw; strings.Contains(body, law) != consent {
			t.Errorf("%s: %s belongs with consent-based online services only: %q", name, law, body)
		}
		c := testkit.Clone(t, a)
		c.Subjects = append(c.Subjects, drafts.Subject{Group: "children", Data: []string{"contact"}})
		if body, ok := has(c); !ok || (c.Profile().ChildLaw != "" && strings.Contains(body, c.Profile().ChildLaw)) {
			t.Errorf("%s with children as a subject group (not targeted): %q", name, body)
		}
	}
}

// TestSpecialSectionIsNamedAfterWhatItHolds: CPR numbers (§ 11) and
// criminal records (art. 10, § 8) are not special categories (art. 9), so
// the section and the summary's pointer to it say what the section holds;
// a section with only art. 9 data keeps the plain name.
func TestSpecialSectionIsNamedAfterWhatItHolds(t *testing.T) {
	ex := testkit.Examples(t)
	for _, c := range []struct {
		example, group, want string
	}{
		{"klinik-vesterbro", "employees", "Strafbare forhold og CPR-nummer"},
		{"klinik-vesterbro", "applicants", "Oplysninger om strafbare forhold"},
		{"klinik-vesterbro", "children", "Særligt beskyttede oplysninger og CPR-nummer"},
		{"psykolog-anna-kjaer", "enquiries", "Særligt beskyttede oplysninger"},
	} {
		md := string(GenerateNotice(ex[c.example], []string{c.group}).Markdown(MarkdownOptions{}))
		if !strings.Contains(md, ". "+c.want+"\n") || !strings.Contains(md, "Se »"+c.want+"«.") {
			t.Errorf("%s, %s: the section is not named »%s«:\n%s", c.example, c.group, c.want, md)
		}
	}
}

// TestAssociationAccessIsByTasks: an association's people are volunteers
// with tasks, not staff at work (adviser K1); a business keeps »arbejde«.
func TestAssociationAccessIsByTasks(t *testing.T) {
	ex := testkit.Examples(t)
	if md := string(Generate(ex["hjertevenner-fyn"]).Markdown(MarkdownOptions{})); !strings.Contains(md, "i deres opgaver for foreningen") || strings.Contains(md, "i deres arbejde") {
		t.Error("the association's access control speaks of work")
	}
	if md := string(Generate(ex["klinik-vesterbro"]).Markdown(MarkdownOptions{})); !strings.Contains(md, "i deres arbejde") {
		t.Error("the clinic's access control lost »arbejde«")
	}
}
