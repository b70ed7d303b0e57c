package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func isCountry(name string) bool {
	for _, c := range drafts.Countries {
		if c.Name == name {
			return true
		}
	}
	return false
}

func TestListClosesRelativeClause(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"kunder", "personer, der kontakter os", "modtagere"}, "kunder, personer, der kontakter os, og modtagere"},
		{[]string{"personer, som ringer", "kunder"}, "personer, som ringer, og kunder"},
		{[]string{"kontaktoplysninger (navn, e-mail, telefon)", "adresse"}, "kontaktoplysninger (navn, e-mail, telefon) og adresse"},
		{[]string{"a", "b", "c"}, "a, b og c"},
		{[]string{"adresse", "ordre- og aftaleoplysninger", "faktura- og betalingsoplysninger"}, "adresse, ordre- og aftaleoplysninger samt faktura- og betalingsoplysninger"},
	} {
		if got := joinAnd(c.in); got != c.want {
			t.Errorf("joinAnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNoNameRepeatedInBrackets(t *testing.T) {
	for _, c := range []struct {
		name, word string
		want       bool
	}{
		{"Tidsflow ApS", "ApS", true},
		{"Din arbejdsgiver", "arbejdsgiver", true},
		{"Helle Falsberg Webdesign", "enkeltmandsvirksomhed", false},
		{"Apsis Design", "ApS", false},
		{"Hansen & Co. A/S", "A/S", true},
	} {
		if got := mentions(c.name, c.word); got != c.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", c.name, c.word, got, c.want)
		}
	}
}

// Danish house style, over every example: »…« quotes, one term
// "personoplysninger", "om" not "vedrørende", lower case after a label's
// colon when no sentence follows, no name repeated in brackets, headings in
// one form, and no cookie name that looks like an unfilled placeholder.
func TestExamplesFollowHouseStyle(t *testing.T) {
	bad := []struct{ re, why string }{
		{`(^|[\s(])«`, "use »…« quotes, not «…»"},
		{`(?i)persondata`, `use "personoplysninger"`},
		{`(?i)vedrørende`, `use "om"`},
		{`:\*\* (At|Ved) `, "lower case after a colon when no sentence follows"},
		{`\*\*([^*]+)\*\* \(([^)]+)\)`, "name repeated in brackets"},
		{`offentligt tilgængelig\)`, "agreement: offentligt tilgængeligt"},
		{`\\<[^>]*\\>|\\\*`, "looks like a placeholder"},
		{`om hvorfor`, "clumsy: om hvorfor"},
		{`efter, at`, "\"efter at\" is one conjunction: no comma inside it"},
		{`afgørelser om dig, der`, "ambiguous relative clause"},
		{`  `, "double space"},
	}
	for name, a := range examples(t) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		for _, b := range bad {
			for _, m := range regexp.MustCompile(b.re).FindAllStringSubmatch(md, -1) {
				if len(m) == 3 && (!mentions(m[1], m[2]) || isCountry(m[2])) {
					continue // brackets that add something; the country is another lane's label
				}
				t.Errorf("%s: %q: %s", name, m[0], b.why)
			}
		}
		// Every paragraph is one line; two text lines in a row would merge.
		lines := strings.Split(md, "\n")
		for i := 1; i < len(lines); i++ {
			if isProse(lines[i-1]) && isProse(lines[i]) {
				t.Errorf("%s: paragraphs run together:\n%s\n%s", name, lines[i-1], lines[i])
			}
		}
		for _, s := range Generate(a).Sections {
			if strings.HasSuffix(s.Title, "?") {
				t.Errorf("%s: heading %q is a question; headings are statements", name, s.Title)
			}
		}
	}
}

// The starting questionnaire, with only a company filled in, claims nothing
// the user has not given: no security measures, nothing about sharing or
// profiling, and no double spaces.
func TestStarterClaimsNothingUnknown(t *testing.T) {
	a := Starter(checkDay)
	a.Controller = drafts.Controller{Name: "Test ApS", CVR: "44125242", Address: "Vej 1", Postcode: "8000", Town: "Aarhus C", Email: "a@test.dk"}
	md := string(Generate(a).Markdown(MarkdownOptions{}))
	for _, s := range []string{"Vi deler ikke", "deler ikke", "tofaktor", "databehandleraftaler med", "profilering", "  "} {
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
	for name, a := range examples(t) {
		for _, p := range []string{"", "no", "marketing"} {
			b := clone(t, a)
			b.Automated.Profiling = p
			b.Automated.ProfilingDescription = "Vi vurderer dine interesser ud fra dine køb."
			md := string(Generate(b).Markdown(MarkdownOptions{}))
			says := strings.Contains(md, "profilering")
			if (p == "") == says {
				t.Errorf("%s with profiling=%q: mentions profilering = %v", name, p, says)
			}
			if p == "no" && !strings.Contains(md, say(b, "{{Vi}} bruger ikke profilering.")) {
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
	a := clone(t, examples(t)["helle-falsberg"])
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

// "Kort fortalt" lists no purpose names and no vendor count, names the
// authority the answers give, and says what matters when it applies.
func TestSummaryFromWhatMatters(t *testing.T) {
	for name, a := range examples(t) {
		sum := Generate(a).Sections[0]
		if sum.ID != "kort-fortalt" {
			t.Fatalf("%s: first section is %s", name, sum.ID)
		}
		for _, p := range a.Purposes {
			if strings.Contains(sum.Body, "»"+p.Name+"«") {
				t.Errorf("%s: summary lists the purpose %q", name, p.Name)
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
		b := clone(t, a)
		b.Authority = &drafts.Authority{Name: "Integritetsskyddsmyndigheten", Address: "Box 8114, 104 20 Stockholm", Website: "https://www.imy.se", Email: "imy@imy.se"}
		sum = Generate(b).Sections[0]
		if strings.Contains(strings.Replace(sum.Body, homeAuthority(b), "", 1), "Datatilsynet") || !strings.Contains(sum.Body, "Integritetsskyddsmyndigheten") {
			t.Errorf("%s: with an authority set, summary must name it:\n%s", name, sum.Body)
		}
	}
	klinik := Generate(examples(t)["klinik-vesterbro"]).Sections[0].Body
	for _, s := range []string{"helbredsoplysninger", "CPR-numre", "strafbare forhold"} {
		if !strings.Contains(klinik, s) {
			t.Errorf("klinik summary leaves out %q", s)
		}
	}
	if nordlys := Generate(examples(t)["nordlys-keramik"]).Sections[0].Body; !strings.Contains(nordlys, "profilering") || !strings.Contains(nordlys, "Meta Pixel") {
		t.Errorf("nordlys summary leaves out ads and profiling:\n%s", nordlys)
	}
}

// Every cross-reference ("se »Dine rettigheder«") names a section this
// policy has, and in HTML it links to that section's anchor.
func TestCrossReferencesAreLinked(t *testing.T) {
	ref := regexp.MustCompile(`(?:[Ss]e|under|afsnittet) »([^«]+)«`)
	for name, a := range examples(t) {
		p := Generate(a)
		ids := map[string]string{}
		for _, s := range p.Sections {
			ids[s.Title] = s.ID
		}
		md := string(p.Markdown(MarkdownOptions{}))
		page, err := p.HTML(HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ref.FindAllStringSubmatch(md, -1) {
			id, ok := ids[m[1]]
			if !ok {
				t.Errorf("%s: %q refers to a section the policy does not have", name, m[0])
				continue
			}
			if !strings.Contains(string(page), `<a href="#`+id+`">»`+m[1]+`«</a>`) {
				t.Errorf("%s: %q is not linked to #%s in HTML", name, m[0], id)
			}
		}
	}
}

// Every table cell carries its column's heading, which the stylesheet shows
// when rows are stacked as cards on a phone.
func TestTableCellsAreLabelled(t *testing.T) {
	for name, a := range examples(t) {
		page, err := Generate(a).HTML(HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(page), "<td>"); n > 0 {
			t.Errorf("%s: %d table cells without data-label", name, n)
		}
		if !strings.Contains(string(page), `<td data-label="Retsgrundlag">`) {
			t.Errorf("%s: purposes table cells are not labelled", name)
		}
	}
}

// isProse reports whether a Markdown line is a paragraph's text rather than
// a list item, table row, heading or blank line.
func isProse(l string) bool {
	return l != "" && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "#")
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
	for name, a := range examples(t) {
		children := a.Children.Targeted || slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == "children" })
		if _, ok := has(a); ok != children {
			t.Errorf("%s: children's section %v, answers concern children %v", name, ok, children)
		}
		b := clone(t, a)
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
		c := clone(t, a)
		c.Subjects = append(c.Subjects, drafts.Subject{Group: "children", Data: []string{"contact"}})
		if body, ok := has(c); !ok || (c.Profile().ChildLaw != "" && strings.Contains(body, c.Profile().ChildLaw)) {
			t.Errorf("%s with children as a subject group (not targeted): %q", name, body)
		}
	}
}

// A source or recipient named with a possessive pronoun reads in lower case
// inside a sentence, in a »jeg« policy too: »din praktiserende læge og mine
// klienter«, not »… og Mine klienter«; real names keep their capitals.
func TestPronounNamesInsideSentences(t *testing.T) {
	for in, want := range map[string]string{
		"Din praktiserende læge": "din praktiserende læge",
		"Mine klienter":          "mine klienter",
		"Min revisor":            "min revisor",
		"Vores bank":             "vores bank",
		"Kommunen":               "kommunen",
		"Mineralvand ApS":        "Mineralvand ApS",
		"Region Sjælland":        "Region Sjælland",
		"Barnets kommune":        "barnets kommune",
		"Kundens bank":           "kundens bank",
		"Barnets Hus":            "Barnets Hus",
		"Foreningens bank":       "foreningens bank",
		"Offentligheden":         "offentligheden",
		"Kunstens Hus":           "Kunstens Hus",
	} {
		if got := pronounLower(in); got != want {
			t.Errorf("pronounLower(%q) = %q, want %q", in, got, want)
		}
	}
}
