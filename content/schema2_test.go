package content

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// everything is every example plus every schema-1 fixture, upgraded.
func everything(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	out := examples(t)
	for name, a := range schema1Fixtures(t) {
		out["schema1/"+name] = a
	}
	return out
}

func schema1Fixtures(t *testing.T) map[string]*drafts.Answers {
	t.Helper()
	paths, _ := filepath.Glob("../drafts/testdata/schema1/*.toml")
	if len(paths) < 4 {
		t.Fatalf("want 4 schema-1 fixtures, have %d", len(paths))
	}
	out := map[string]*drafts.Answers{}
	for _, p := range paths {
		f, err := drafts.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if f.Schema != 1 {
			t.Fatalf("%s: fixture is schema %d, want 1", p, f.Schema)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".toml")] = f.Answers
	}
	return out
}

func sectionBody(p *Policy, id string) string {
	for _, s := range p.Sections {
		if s.ID == id {
			return s.Body
		}
	}
	return ""
}

// TestSchema1Golden: a schema-1 file still renders, and its policy is kept
// as a golden file so every change to it is seen.
func TestSchema1Golden(t *testing.T) {
	for name, a := range schema1Fixtures(t) {
		checkGolden(t, filepath.Join("schema1", name+".md"), Generate(a).Markdown(MarkdownOptions{}))
	}
}

// TestMigratedRendersTheSame: upgrading on disk gives the same policy as
// upgrading in memory.
func TestMigratedRendersTheSame(t *testing.T) {
	paths, _ := filepath.Glob("../drafts/testdata/schema1/*.toml")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		old, err := drafts.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		out, err := drafts.Migrate(p, data)
		if err != nil {
			t.Fatal(err)
		}
		migrated, err := drafts.Parse(p, out)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := Generate(old.Answers).Markdown(MarkdownOptions{}), Generate(migrated.Answers).Markdown(MarkdownOptions{}); !bytes.Equal(a, b) {
			t.Errorf("%s: migrated file renders differently:\n%s", p, firstDiff(string(a), string(b)))
		}
	}
}

// TestNoSilentVoluntary: "frivilligt" appears once for every purpose whose
// answer is voluntary, and never for one left unanswered or whose data
// comes from others.
func TestNoSilentVoluntary(t *testing.T) {
	for name, a := range everything(t) {
		want, cookies := 0, 0
		for _, p := range a.Purposes {
			switch {
			case p.Required != "voluntary":
			case !cookiePurpose(a, p):
				want++
			case slices.Contains(p.Basis, "6.1.a"):
				// Nobody gives cookie data: the visitor says yes or no.
				cookies++
			}
		}
		body := sectionBody(Generate(a), "krav")
		if got := strings.Count(body, "frivilligt at give "); got != want {
			t.Errorf("%s: %d purposes answered voluntary, the policy says so %d times", name, want, got)
		}
		if got := strings.Count(body, "om du siger ja til cookierne"); got != cookies {
			t.Errorf("%s: %d cookie purposes on consent, the policy gives the choice %d times", name, cookies, got)
		}
	}
}

// TestContractWithYouOnlyForParties: "aftale med dig" is never the basis
// of a group that cannot be party to the contract.
func TestContractWithYouOnlyForParties(t *testing.T) {
	for name, a := range everything(t) {
		for _, p := range a.Purposes {
			var own []string // groups that use the purpose's own basis
			for _, g := range p.Subjects {
				if !hasOwnBasis(p, g) {
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
	for name, a := range everything(t) {
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
			if p.Retention.ByLaw && !strings.Contains(body, quoted(p.Name)) {
				t.Errorf("%s: %q is kept by law but the rights section does not name it", name, p.Name)
			}
		}
	}
}

// TestExplicitConsentBringsWithdrawal: consent of any kind (art. 6, art. 9,
// § 8, § 11) brings the section on withdrawing it, naming the purpose.
func TestExplicitConsentBringsWithdrawal(t *testing.T) {
	seen := false
	for name, a := range everything(t) {
		body := sectionBody(Generate(a), "samtykke")
		for _, p := range a.Purposes {
			if slices.Contains(p.AllBases(), "6.1.a") || len(explicitConsent(a, p)) > 0 {
				seen = seen || len(explicitConsent(a, p)) > 0
				if !strings.Contains(body, quoted(p.Name)) {
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
	all := everything(t)
	// An association on art. 9(2)(d), which no example is: the hearts
	// association's statutes give no political, philosophical, religious
	// or trade-union aim, so its disease data rest on consent.
	d := clone(t, examples(t)["hjertevenner-fyn"])
	d.Purposes[2].Sensitive[0].Basis = "9.2.d"
	all["hjertevenner-fyn on litra d"] = d
	seen := false
	for name, a := range all {
		d := false
		for _, p := range a.Purposes {
			for _, id := range p.Data {
				d = d || (categoryKind(a, id) == drafts.KindSpecial && p.SensitiveBasisFor(id).Basis == "9.2.d")
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
	for name, a := range everything(t) {
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
	for name, a := range everything(t) {
		p := Generate(a)
		if s := sectionBody(p, "kort-fortalt"); !strings.Contains(s, "klage til "+authorityShort(a)) {
			t.Errorf("%s: the summary does not name %s", name, authorityShort(a))
		}
	}
}

// TestStarterIsClean: a new answer file starts with every question that
// has an answer answered, so check has nothing to say about it.
func TestStarterIsClean(t *testing.T) {
	a := Starter(checkDay)
	a.Controller = drafts.Controller{Name: "Firma ApS", CVR: "13748136", Address: "Vej 1", Postcode: "8000", Town: "Aarhus C", Email: "info@firma.dk"}
	if fs := Check(a, checkDay); len(fs) != 0 {
		t.Errorf("the starter has findings: %v", fs)
	}
}

var weRE = regexp.MustCompile(`\b(vi|Vi|os|Os|vores|Vores)\b`)

// TestVoiceJeg: with voice = "jeg" the whole policy speaks as "jeg", for
// every example and every schema-1 file. What the user wrote is replaced
// first, since only our own text follows the voice.
func TestVoiceJeg(t *testing.T) {
	for name, a := range everything(t) {
		b := clone(t, a)
		b.Controller.Voice = "jeg"
		neutralise(reflect.ValueOf(b).Elem())
		for i := range b.Vendors {
			// The catalogue's wording counts as the user's: it is shown
			// and accepted in the wizard.
			b.Vendors[i].Service, b.Vendors[i].TransferNote = "Tekst", "Tekst"
		}
		// "Vores korrespondance" is the reader's and the business's.
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		if strings.Contains(md, "{{") {
			t.Errorf("%s: a voice marker is left in the policy", name)
		}
		if vi := string(Generate(a).Markdown(MarkdownOptions{})); strings.Contains(vi, "{{") {
			t.Errorf("%s: a voice marker is left in the »vi« policy", name)
		}
		md = strings.ReplaceAll(md, "vores korrespondance", "")
		for _, line := range strings.Split(md, "\n") {
			if m := weRE.FindString(line); m != "" {
				t.Errorf("%s: %q in a policy that speaks as »jeg«: %s", name, m, line)
			}
		}
	}
}

// neutralise replaces every text the user wrote with a word that has no
// pronoun, keeping ids, codes and addresses.
func neutralise(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			neutralise(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("toml"), ",")
			f := v.Field(i)
			switch {
			case f.Kind() == reflect.String && freeTextFields[key] && f.String() != "":
				f.SetString("Tekst")
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String && freeTextFields[key]:
				for j := 0; j < f.Len(); j++ {
					f.Index(j).SetString("Tekst")
				}
			case f.Kind() == reflect.Slice:
				for j := 0; j < f.Len(); j++ {
					neutralise(f.Index(j))
				}
			default:
				neutralise(f)
			}
		}
	}
}
