package tui

import (
	"slices"
	"testing"

	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/drafts"
)

// TestProcessorQuestionAnswersNo: whether a business processes data for
// its customers is answered yes, no or not at all in the wizard. No
// writes a short note in the business's voice, which check takes as the
// answer; not answered takes the note away again, and yes keeps what the
// owner wrote.
func TestProcessorQuestionAnswersNo(t *testing.T) {
	for _, voice := range []string{"vi", "jeg"} {
		a := example(t, "helle-falsberg")
		a.Controller.Voice = voice
		a.Processor = drafts.ProcessorRole{}
		if !slices.ContainsFunc(a.Subjects, func(s drafts.Subject) bool { return s.Group == "business_customers" }) {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: "business_customers", Data: []string{"contact"}})
		}
		a.Purposes[0].Subjects = append(a.Purposes[0].Subjects, "business_customers")
		a.Purposes[0].Description = "Vi laver hjemmesider for virksomheder."
		asked := func(a *drafts.Answers) bool {
			return slices.ContainsFunc(check.Check(a, walkDay), func(f check.Finding) bool { return f.Path == "processor.acts" })
		}
		if !asked(a) {
			t.Fatalf("%s: check does not ask whether the business is a processor", voice)
		}
		m := newTestModel(t, a, "", 120, 40)
		u := &user{t: t, m: m}
		toQuestion := func() {
			goToStep(t, m, stepIndex("special"))
			u.to("processor.acts")
		}
		toQuestion()
		u.choose("processor.acts", "nej")
		want := noProcessorNote(m.a)
		if m.a.Processor.Acts || m.a.Processor.Description != want || asked(m.a) {
			t.Errorf("%s: »Nej« gives %+v; check asks: %v", voice, m.a.Processor, asked(m.a))
		}
		if voice == "jeg" && want[:3] != "Jeg" {
			t.Errorf("the note is not in the »jeg« voice: %q", want)
		}
		toQuestion()
		u.choose("processor.acts", "")
		if m.a.Processor.Acts || m.a.Processor.Description != "" || !asked(m.a) {
			t.Errorf("%s: »Ikke besvaret« gives %+v", voice, m.a.Processor)
		}
		toQuestion()
		u.choose("processor.acts", "ja")
		if !m.a.Processor.Acts || m.a.Processor.Description != "" {
			t.Errorf("%s: »Ja« gives %+v", voice, m.a.Processor)
		}
	}
	// An owner's own reason for no is kept, and read as no.
	a := example(t, "helle-falsberg")
	a.Processor = drafts.ProcessorRole{Description: "Kunderne har selv deres hosting."}
	m := newTestModel(t, a, "", 120, 40)
	if m.b.processor != "nej" {
		t.Errorf("an own reason reads as %q", m.b.processor)
	}
	m.sync()
	if m.a.Processor.Description != "Kunderne har selv deres hosting." {
		t.Errorf("opening the file changed the reason: %q", m.a.Processor.Description)
	}
}
