package drafts_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// TestKindAsksNeverAssumes: a starting point states nothing only the
// business can know.
func TestKindAsksNeverAssumes(t *testing.T) {
	for _, k := range drafts.Kinds() {
		a, err := drafts.KindAnswers(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		c := a.Controller
		for what, v := range map[string]string{"name": c.Name, "cvr": c.CVR, "address": c.Address, "postcode": c.Postcode,
			"town": c.Town, "email": c.Email, "phone": c.Phone, "website": c.Website, "contact_person": c.ContactPerson} {
			if v != "" {
				t.Errorf("%s: controller.%s is filled in (%q); only the business knows it", k.ID, what, v)
			}
		}
		if !a.Document.Effective.IsZero() {
			t.Errorf("%s: the effective date is the business's to choose", k.ID)
		}
		if len(a.Security.Measures) > 0 || len(a.Security.Other) > 0 {
			t.Errorf("%s: security measures ticked: %v %v", k.ID, a.Security.Measures, a.Security.Other)
		}
		if a.Automated != (drafts.Automated{}) {
			t.Errorf("%s: automated decisions or profiling answered for the business: %+v", k.ID, a.Automated)
		}
		if a.Cookies.None {
			t.Errorf("%s: claims the website sets no cookies", k.ID)
		}
		if a.DPO != nil || a.Children.Targeted {
			t.Errorf("%s: DPO or children answered for the business", k.ID)
		}
		src, _ := drafts.KindSource(k.ID)
		for _, claim := range []string{"vi deler ikke", "deler ikke dine", "bruger ikke profilering", "sælger aldrig", "videregiver ikke"} {
			if bytes.Contains(bytes.ToLower(src), []byte(claim)) {
				t.Errorf("%s: says %q for the business", k.ID, claim)
			}
		}
	}
}

// TestStartingPointCommentsAreDanish: the comments a starting point
// writes into the business's file are Danish; the notes for developers in
// the blocks' and kinds' files stay out of it.
func TestStartingPointCommentsAreDanish(t *testing.T) {
	english := regexp.MustCompile(`(?i)\b(the|and|of|is|are|first|block|its|with|what)\b`)
	for _, k := range drafts.Kinds() {
		s, _ := drafts.KindSetup(k.ID)
		s.Blocks = drafts.BlockIDs()
		src, err := drafts.ComposeSource(s, drafts.Date{}, "x.toml")
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(l, "#") && english.MatchString(l) {
				t.Errorf("%s: an English comment in the starting point: %q", k.ID, l)
			}
		}
	}
}
