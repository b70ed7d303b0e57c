package policy

import (
	"github.com/privatliv/privatliv/content/internal/testkit"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var weRE = regexp.MustCompile(`\b(vi|Vi|os|Os|vores|Vores)\b`)

// TestVoiceJeg: with voice = "jeg" the whole policy speaks as "jeg", for
// every example and every schema-1 file. What the user wrote is replaced
// first, since only our own text follows the voice.
func TestVoiceJeg(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		b := testkit.Clone(t, a)
		b.Controller.Voice = "jeg"
		neutralise(reflect.ValueOf(b).Elem())
		for i := range b.Vendors {
			// The catalogue's wording counts as the user's: it is shown
			// and accepted in the wizard.
			b.Vendors[i].Service, b.Vendors[i].TransferNote = "Tekst", "Tekst"
		}
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		if strings.Contains(md, "{{") {
			t.Errorf("%s: a voice marker is left in the policy", name)
		}
		if vi := string(Generate(a).Markdown(MarkdownOptions{})); strings.Contains(vi, "{{") {
			t.Errorf("%s: a voice marker is left in the »vi« policy", name)
		}
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
			case f.Kind() == reflect.String && proseFields[key] && f.String() != "":
				f.SetString("Tekst")
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String && proseFields[key]:
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

// TestSoloPolicyGivesNoOneElseAccess: a one-person business cannot promise
// that only the staff who need the data see it; it has no staff, and its
// security section may say that only the owner has access.
func TestSoloPolicyGivesNoOneElseAccess(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		b := testkit.Clone(t, a)
		b.Controller.Voice = "jeg"
		md := string(Generate(b).Markdown(MarkdownOptions{}))
		for _, bad := range []string{"giver kun andre adgang", "til de personer, der har brug for dem"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s as »jeg«: %q", name, bad)
			}
		}
	}
}

// TestSoloLeadSpeaksAsJeg: a »jeg« policy does not open in the third
// person and then switch to »jeg«.
func TestSoloLeadSpeaksAsJeg(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		b := testkit.Clone(t, a)
		b.Controller.Voice = "jeg"
		lead := string(Generate(b).Markdown(MarkdownOptions{}))
		if !strings.Contains(lead, "hvordan jeg, ") {
			t.Errorf("%s as »jeg«: the lead does not speak as »jeg«", name)
		}
	}
}

// proseFields are the answer-file fields that hold the user's own prose,
// which speaks in whatever voice the user wrote it in.
var proseFields = map[string]bool{
	"description": true, "interest": true, "law": true, "consequence": true, "note": true,
	"service": true, "transfer_note": true, "reason": true, "purpose": true, "text": true,
	"logic": true, "consequences": true, "other": true, "name": true, "profiling_description": true,
	"where": true,
}
