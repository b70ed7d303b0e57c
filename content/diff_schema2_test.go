package content

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// Diff under schema 2: per-group bases, art. 9 exceptions per category,
// required, voice, the controller's country, recipients by category.
func TestDiffSchema2(t *testing.T) {
	ex := examples(t)
	purpose := purposeOf
	tests := []struct {
		example string
		name    string
		change  func(a *drafts.Answers)
		want    []string // phrases, all in the changes; none means no change
	}{
		{"bjerre-toemrer", "basis for a group", func(a *drafts.Answers) {
			purpose(a, "opgaver").ByGroup[0].Basis = []string{"6.1.b"}
		}, []string{"Retsgrundlaget for kontaktpersoner hos vores erhvervskunder i »Tilbud og opgaver« er ændret fra legitim interesse (art. 6, stk. 1, litra f) til aftale (art. 6, stk. 1, litra b)."}},
		{"bjerre-toemrer", "a group gets its own basis", func(a *drafts.Answers) {
			p := purpose(a, "bogfoering")
			p.ByGroup = []drafts.GroupBasis{{Group: "business_customers", Basis: []string{"6.1.f"}, Interest: "at kunne sende fakturaer til den rette person"}}
		}, []string{"Retsgrundlaget for kontaktpersoner hos vores erhvervskunder i »Fakturering og bogføring« er ændret fra retlig forpligtelse"}},
		{"bjerre-toemrer", "interest for a group", func(a *drafts.Answers) {
			purpose(a, "opgaver").ByGroup[0].Interest = "at kunne give tilbud til firmaer"
		}, []string{"Den legitime interesse over for kontaktpersoner hos vores erhvervskunder i »Tilbud og opgaver« er nu: at kunne give tilbud til firmaer."}},
		{"bjerre-toemrer", "changed art. 9 exception", func(a *drafts.Answers) {
			purpose(a, "fagforening").Sensitive[0].Basis = "9.2.b"
		}, []string{"Undtagelsen efter art. 9 for fagforeningsmæssigt tilhørsforhold i »Træk af fagforeningskontingent« er nu arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b) (før: udtrykkeligt samtykke (art. 9, stk. 2, litra a))."}},
		{"bjerre-toemrer", "removed art. 9 exception", func(a *drafts.Answers) {
			p := purpose(a, "fagforening")
			p.Sensitive = nil
		}, []string{"Til »Træk af fagforeningskontingent« er der ikke længere angivet en undtagelse efter art. 9 for fagforeningsmæssigt tilhørsforhold"}},
		{"bjerre-toemrer", "the Danish rule of an exception", func(a *drafts.Answers) {
			purpose(a, "personale").Sensitive[0].Law = ""
		}, []string{"er nu arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b) (før: arbejds-, sikrings- og socialretlige forpligtelser (art. 9, stk. 2, litra b), jf. databeskyttelseslovens § 12"}},
		{"hjertevenner-fyn", "art. 9 exception no longer given", func(a *drafts.Answers) {
			p := purpose(a, "netvaerk")
			p.Sensitive = nil
		}, []string{"er der ikke længere angivet en undtagelse efter art. 9 for helbredsoplysninger"}},
		{"bjerre-toemrer", "required", func(a *drafts.Answers) { purpose(a, "rekruttering").Required = "voluntary" },
			[]string{"Oplysningerne til »Rekruttering« er nu: frivilligt (før: nødvendigt for aftalen)."}},
		{"bjerre-toemrer", "by_law", func(a *drafts.Answers) { purpose(a, "loen").Retention.ByLaw = false },
			[]string{"Opbevaringen for »Lønudbetaling og indberetning« er ikke længere krævet ved lov."}},
		{"psykolog-anna-kjaer", "the law that requires the keeping", func(a *drafts.Answers) {
			purpose(a, "underretning").Retention.Law = "journalføringsbekendtgørelsen og autorisationsloven § 21"
		}, []string{"Opbevaringen for »Underretning af kommunen« er nu krævet efter journalføringsbekendtgørelsen og autorisationsloven § 21."}},
		{"bjerre-toemrer", "the keeping law named where the purpose's law gave it", func(a *drafts.Answers) {
			purpose(a, "loen").Retention.Law = "bogføringsloven"
		}, nil},
		{"bjerre-toemrer", "retention note", func(a *drafts.Answers) { purpose(a, "rekruttering").Retention.Note = "" },
			[]string{"Opbevaringen for »Rekruttering« er ændret fra 6 måneder efter at sagen er afsluttet (gemmer vi ansøgningen længere, spørger vi dig først) til 6 måneder efter at sagen er afsluttet."}},
		{"bjerre-toemrer", "voice", func(a *drafts.Answers) { a.Controller.Voice = "jeg" }, nil},
		{"psykolog-anna-kjaer", "voice back", func(a *drafts.Answers) { a.Controller.Voice = "vi" }, nil},
		{"helle-falsberg", "controller moves to Sweden", func(a *drafts.Answers) {
			a.Controller.Country, a.Controller.Postcode, a.Controller.Town = "SE", "111 34", "Stockholm"
		}, []string{"Den dataansvarlige er nu etableret i Sverige (før Danmark).", "Tilsynsmyndigheden er ændret fra Datatilsynet til Integritetsskyddsmyndigheten (IMY)."}},
		{"bjerre-toemrer", "a recipient by category", func(a *drafts.Answers) {
			a.Vendors = append(a.Vendors, drafts.Vendor{Category: "accountant", Role: "controller", Purposes: []string{"bogfoering"}})
		}, []string{"Ny modtager: Revisor (selvstændig dataansvarlig)."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := ex[tt.example]
			b := clone(t, base)
			tt.change(b)
			cs := Diff(base, b)
			var lines []string
			for _, c := range cs {
				lines = append(lines, c.Text)
			}
			got := strings.Join(lines, "\n")
			if len(tt.want) == 0 && len(cs) > 0 {
				t.Errorf("no change wanted, got %q", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("want %q in\n%s", w, got)
				}
			}
		})
	}
}

// TestDiffSpeaksInTheVoice: the change log is part of the policy, so a
// one-person business's entry says "jeg", not "vi".
func TestDiffSpeaksInTheVoice(t *testing.T) {
	a := examples(t)["psykolog-anna-kjaer"]
	b := clone(t, a)
	b.Purposes[0].Data = append(b.Purposes[0].Data, "address")
	cs := Diff(a, b)
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "behandler jeg nu også adresse") {
		t.Errorf("got %v", cs)
	}
}

// TestDiffNewSensitiveException: a category the purpose already had gets
// its art. 9 exception.
func TestDiffNewSensitiveException(t *testing.T) {
	a := examples(t)["hjertevenner-fyn"]
	old := clone(t, a)
	old.Purposes[2].Sensitive = nil
	cs := Diff(old, a)
	want := "Til »Netværksgrupper« behandles helbredsoplysninger nu efter undtagelsen udtrykkeligt samtykke (art. 9, stk. 2, litra a)."
	if len(cs) != 1 || cs[0].Text != want || cs[0].Kind != ChangeBasis {
		t.Errorf("got %v, want %q", cs, want)
	}
}
