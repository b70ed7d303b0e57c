package check

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestWrongVoiceInFreeText: a »vores« in a policy that speaks as »jeg«, or
// a »min« in one that speaks as »vi«, is a warning that names the field;
// the same words inside other words, a company's name and »min.« for
// minutes are not.
func TestWrongVoiceInFreeText(t *testing.T) {
	base := func(voice string) *drafts.Answers {
		a, err := drafts.Compose(drafts.Setup{Voice: voice, Blocks: []string{"kunder", "betaling"}})
		if err != nil {
			t.Fatal(err)
		}
		testkit.WithIdentity(a)
		testkit.FillBusinessAnswers(a)
		a.Cookies.None = true
		return a
	}
	for _, tc := range []struct {
		name, voice string
		plant       func(a *drafts.Answers)
		path, word  string // "" when nothing is to be found
	}{
		{"vores in jeg", "jeg", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "betaling").Consequence = "Uden dem kan vi ikke bogføre"
		},
			"purposes[2].consequence", "vi"},
		{"Vores in a jeg disclosure", "jeg", func(a *drafts.Answers) { a.Disclosures[0].Reason = "Vores revisor ser regnskabet." },
			"disclosures[1].reason", "Vores"},
		{"os in a jeg interest", "jeg", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "henvendelser").Interest = "at kunne svare, når du skriver til os"
		},
			"purposes[3].interest", "os"},
		{"min in vi", "vi", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "aftaler").Description = "Jeg bruger oplysningerne i min kalender."
		},
			"purposes[1].description", "Jeg"},
		{"mine in a vi vendor", "vi", func(a *drafts.Answers) { a.Vendors[0].Service = "betaling fra mine kunder" },
			"vendors[1].service", "mine"},
		// Look-alikes.
		{"words inside words", "jeg", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "betaling").Consequence = "Uden visse oplysninger kan jeg ikke bogføre, og osteopaten viser vejen"
		}, "", ""},
		{"minutes", "vi", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "aftaler").Description = "Vi ringer op inden for 30 min. efter bestillingen."
		}, "", ""},
		{"a company named Min", "vi", func(a *drafts.Answers) { a.Controller.Name = "Min Frisør ApS"; a.Vendors[0].Name = "Mit Regnskab" }, "", ""},
		{"jeg text in a jeg policy", "jeg", func(a *drafts.Answers) {
			testkit.PurposeOf(a, "aftaler").Description = "Jeg bruger oplysningerne i min kalender."
		}, "", ""},
	} {
		a := base(tc.voice)
		tc.plant(a)
		var got []Finding
		for _, f := range Check(a, testkit.KindsNow) {
			if strings.Contains(f.Message, "politikken taler som") && strings.Contains(f.Message, "teksten siger") {
				got = append(got, f)
			}
		}
		if tc.path == "" {
			if len(got) > 0 {
				t.Errorf("%s: a look-alike is flagged: %v", tc.name, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Path != tc.path || got[0].Severity != SeverityWarning || !strings.Contains(got[0].Message, "»"+tc.word+"«") {
			t.Errorf("%s: want one warning at %s about »%s«, got %v", tc.name, tc.path, tc.word, got)
		}
	}
}
