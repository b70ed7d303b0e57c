package record

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// The record's voice: a register in the third person. It never addresses
// its reader as »du« and never speaks as »vi« or »jeg«; the business's
// texts written for the policy come in as the record's own words (the
// record_ keys), as they stand when they speak in the third person, or
// cited as the policy's words.

// policyPronoun finds the pronouns of the policy's voice, written as they
// are in running text: in lower case, or capitalised at the start of a
// sentence. A word in capitals throughout is an abbreviation, not a
// pronoun. (The test has its own list, not drafts.PolicyVoice's.)
var policyPronoun = func() *regexp.Regexp {
	var alt []string
	for _, w := range []string{"du", "dig", "din", "dit", "dine", "vi", "os", "vores", "jeg", "mig", "min", "mit", "mine"} {
		alt = append(alt, w, content.UpperFirst(w))
	}
	return regexp.MustCompile(`(^|[^\p{L}\p{N}])(` + strings.Join(alt, "|") + `)([^\p{L}\p{N}]|$)`)
}()

// pageText is the text a reader reads in an HTML page: without its
// stylesheet and tags.
var (
	styleRE = regexp.MustCompile(`(?s)<style>.*?</style>`)
	tagRE   = regexp.MustCompile(`<[^>]*>`)
)

// recordTexts is the record in every format, as text a reader reads.
func recordTexts(t *testing.T, r *Record) map[string]string {
	t.Helper()
	h, err := r.HTML()
	if err != nil {
		t.Fatal(err)
	}
	x, err := r.XLSX()
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, sheet := range readXLSX(t, x) {
		cells = append(cells, sheet...)
	}
	return map[string]string{
		"md":   string(r.Markdown()),
		"html": tagRE.ReplaceAllString(styleRE.ReplaceAllString(string(h), ""), " "),
		"xlsx": strings.Join(cells, "\n"),
	}
}

// speaksAsThePolicy lists the lines of text that speak as the policy does
// outside a citation of the policy's words.
func speaksAsThePolicy(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if m := policyPronoun.FindStringSubmatch(withoutCitations(line)); m != nil {
			out = append(out, "»"+m[2]+"« in: "+strings.TrimSpace(line))
		}
	}
	return out
}

// TestRecordNeverSpeaksAsThePolicy: no record of an example or a starting
// point (filled in as a business of its kind would), nor of a schema-1
// fixture, says »du«, »dig«, »din«, »dit«, »dine«, »vi«, »os«, »vores«,
// »jeg«, »mig«, »min«, »mit« or »mine« in any format, headings included,
// except inside a citation of the policy's words; and the examples, which
// give the record its own words where the policy's speak to the reader,
// cite nothing.
func TestRecordNeverSpeaksAsThePolicy(t *testing.T) {
	all := testkit.AllAnswers(t)
	for name, a := range testkit.Schema1Fixtures(t) {
		all["schema1/"+name] = a
	}
	examples := testkit.Examples(t)
	cited := 0
	for name, a := range all {
		r := NewRecord(a, testkit.RecordDay)
		for format, text := range recordTexts(t, r) {
			for _, l := range speaksAsThePolicy(text) {
				t.Errorf("%s (%s): %s", name, format, l)
			}
			n := len(citation().FindAllString(text, -1))
			if _, ok := examples[name]; ok && n > 0 {
				t.Errorf("%s (%s): cites the policy %d times; an example gives the record its own words", name, format, n)
			}
			cited += n
		}
	}
	if cited == 0 {
		t.Error("no starting point or fixture cites the policy; the test of the citations checks nothing")
	}
}

// TestRecordVoiceCheckCatchesAPlantedPronoun: a pronoun planted in the
// record's own words (bypassing validation, which refuses it) is caught in
// every format, also in a heading; the same words cited as the policy's,
// and a name that merely starts like a pronoun, are not.
func TestRecordVoiceCheckCatchesAPlantedPronoun(t *testing.T) {
	base := testkit.Clone(t, testkit.Examples(t)["helle-falsberg"])
	caught := func(a *drafts.Answers) map[string]bool {
		out := map[string]bool{}
		for format, text := range recordTexts(t, NewRecord(a, testkit.RecordDay)) {
			out[format] = len(speaksAsThePolicy(text)) > 0
		}
		return out
	}
	for format, bad := range caught(base) {
		if bad {
			t.Fatalf("helle-falsberg (%s) speaks as the policy before anything is planted", format)
		}
	}

	planted := map[string]func(a *drafts.Answers){
		"record_interest": func(a *drafts.Answers) { testkit.PurposeOf(a, "henvendelser").RecordInterest = "at kunne svare dig" },
		"record_name": func(a *drafts.Answers) {
			testkit.PurposeOf(a, "samtykkelog").RecordName = "Dokumentation af dit cookievalg"
		},
		"record_note": func(a *drafts.Answers) {
			testkit.PurposeOf(a, "opgaver").Retention.RecordNote = "så vi kan dokumentere aftalen"
		},
		"record_reason": func(a *drafts.Answers) { a.Disclosures[0].RecordReason = "ved kontrol af vores regnskab" },
		"a capital Vi":  func(a *drafts.Answers) { testkit.PurposeOf(a, "kreditvurdering").RecordPurpose = "Vi slår op i RKI" },
	}
	for what, plant := range planted {
		a := testkit.Clone(t, base)
		plant(a)
		if ps := drafts.Validate(a); len(ps) == 0 {
			t.Errorf("%s: validation lets the policy's voice into the record's own words", what)
		}
		for format, bad := range caught(a) {
			if !bad {
				t.Errorf("%s: the planted pronoun is not caught in %s", what, format)
			}
		}
	}

	lookalikes := map[string]func(a *drafts.Answers){
		"the policy's words, cited": func(a *drafts.Answers) {
			p := testkit.PurposeOf(a, "henvendelser")
			p.RecordInterest, p.Interest = "", "at kunne svare dig"
		},
		"an own group's name, cited": func(a *drafts.Answers) {
			a.Subjects = append(a.Subjects, drafts.Subject{Group: "other", ID: "skrivende", Name: "Personer, der skriver til os", Data: []string{"contact"}})
			p := testkit.PurposeOf(a, "henvendelser")
			p.Subjects = append(p.Subjects, "skrivende")
		},
		"a name like a pronoun": func(a *drafts.Answers) {
			a.Vendors[0].Name, a.Vendors[0].Catalog = "Dinero Minimal VORES Mitsubishi", ""
			a.Vendors[0].Role, a.Vendors[0].Service, a.Vendors[0].Country, a.Vendors[0].Transfer = "processor", "hosting", "DK", "none"
		},
	}
	for what, change := range lookalikes {
		a := testkit.Clone(t, base)
		change(a)
		for format, bad := range caught(a) {
			if bad {
				t.Errorf("%s: caught in %s, but it is not the record speaking as the policy", what, format)
			}
		}
	}
}

// TestRecordTakesItsWordsOrCitesThePolicy: each text of the business the
// record needs is, in this order, the record's own words for it (a
// record_ key), the policy's text as it stands when that speaks in the
// third person, or the policy's text cited as such – never the policy's
// text rewritten, and never the policy's words where the answers give the
// record's own.
func TestRecordTakesItsWordsOrCitesThePolicy(t *testing.T) {
	own, asIs, cited := 0, 0, 0
	// expect checks that got says record, or else policy, as the rule
	// wants; where is what is checked, for the message.
	expect := func(name, where, got, record, policy string) {
		t.Helper()
		record, policy = ownText(record), ownText(policy)
		switch {
		case record != "":
			own++
			if !strings.Contains(got, record) {
				t.Errorf("%s: %s: the record's own words %q are not used: %s", name, where, record, got)
			}
			if policy != "" && !strings.Contains(record, policy) && strings.Contains(got, policy) {
				t.Errorf("%s: %s: the policy's words %q are used beside the record's own: %s", name, where, policy, got)
			}
		case policy == "":
		case drafts.PolicyVoice(policy) == "":
			asIs++
			if !strings.Contains(got, policy) {
				t.Errorf("%s: %s: the third-person text %q is not used as it stands: %s", name, where, policy, got)
			}
		default:
			cited++
			if want := fill("quote", policy); !strings.Contains(got, want) || strings.Count(got, policy) != strings.Count(got, want) {
				t.Errorf("%s: %s: the policy's words %q are not cited as such: %s", name, where, policy, got)
			}
		}
	}
	for name, a := range testkit.AllAnswers(t) {
		r := NewRecord(a, testkit.RecordDay)
		vendors := a.ResolvedVendors()
		for i, p := range a.Purposes {
			act := r.Activities[i]
			field := func(key string) string { return strings.Join(act.Get(key).Lines, "\n") }
			if slices.Contains(p.Basis, "6.1.f") && p.NeedsOwnBasis() {
				expect(name, p.ID+" interest", field(FieldBasis), p.RecordInterest, p.Interest)
			}
			for _, gb := range p.ByGroup {
				if slices.Contains(gb.Basis, "6.1.f") && gb.RecordInterest+gb.Interest != "" {
					expect(name, p.ID+" interest of "+gb.Group, field(FieldBasis), gb.RecordInterest, gb.Interest)
				}
			}
			for _, sb := range p.Sensitive {
				expect(name, p.ID+" note on "+sb.Data, field(FieldBasis), sb.RecordNote, sb.Note)
			}
			if field(FieldErasure) != "" {
				expect(name, p.ID+" retention note", field(FieldErasure), p.Retention.RecordNote, p.Retention.Note)
			}
			// What the activity is for: its own words, or the description
			// as it stands; a description to the reader is neither cited
			// nor rewritten, and the activity's name stands in for it.
			purpose := field(FieldPurpose)
			switch rp, d := ownText(p.RecordPurpose), ownText(p.Description); {
			case rp != "" || drafts.PolicyVoice(d) == "":
				expect(name, p.ID+" purpose", purpose, p.RecordPurpose, p.Description)
			case purpose != act.Name:
				t.Errorf("%s: %s: the purpose is %q, want the activity's name %q", name, p.ID, purpose, act.Name)
			}
			if rn := ownText(p.RecordName); rn != "" && act.Name != content.UpperFirst(rn) {
				t.Errorf("%s: %s: the activity is called %q, not the record's name %q", name, p.ID, act.Name, rn)
			}
			recipients := field(FieldRecipients)
			for _, d := range a.Disclosures {
				if slices.Contains(d.Purposes, p.ID) {
					expect(name, p.ID+" disclosure to "+d.Recipient, recipients, d.RecordReason, d.Reason)
				}
			}
			for _, v := range vendors {
				if slices.Contains(v.Purposes, p.ID) {
					expect(name, p.ID+" service of "+content.VendorName(v), recipients, v.RecordService, v.Service)
				}
			}
		}
		for _, d := range a.Disclosures {
			if len(d.Purposes) == 0 {
				expect(name, "disclosure to "+d.Recipient, strings.Join(r.Recipients, "\n"), d.RecordReason, d.Reason)
			}
		}
		for _, o := range a.Security.Other {
			expect(name, "security", strings.Join(r.Security, "\n"), "", o)
		}
		if r.Processor != nil {
			expect(name, "processing for the customers", strings.Join(r.Processor.Processing[0].Lines, "\n"), a.Processor.RecordDescription, a.Processor.Description)
		}
	}
	if own == 0 || asIs == 0 || cited == 0 {
		t.Errorf("own words %d, third-person texts %d, citations %d: each rule should be seen at least once", own, asIs, cited)
	}
}
