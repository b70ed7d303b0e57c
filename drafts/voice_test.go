package drafts

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestPolicyVoice(t *testing.T) {
	for s, want := range map[string]string{
		"at kunne svare dig":                         "dig",
		"Vi slår op i RKI":                           "Vi",
		"så vores revisor kan se det":                "vores",
		"hvad jeg vurderer":                          "jeg",
		"Dokumentation af dit cookievalg":            "dit",
		"ved kontrol af os":                          "os",
		"at kunne svare den registrerede":            "",
		"Dinero, Minimal ApS og Mitsubishi":          "",
		"VORES-systemet, OS og VI":                   "",
		"indberetning til »Vi ses«-kampagnen":        "",
		"»Vi ses« og så vores egen":                  "vores",
		"Registrering af medlemmer; dine data":       "dine",
		"kun oplysning om sygefravær, ikke diagnose": "",
		"": "",
	} {
		if got := PolicyVoice(s); got != want {
			t.Errorf("PolicyVoice(%q) = %q, want %q", s, got, want)
		}
	}
}

// recordWordsBase is a valid file with a place for every kind of the
// record's own words.
const recordWordsBase = `schema = 2

[document]
effective = 2026-03-01

[controller]
name = "Firma ApS"
address = "Vej 1"
postcode = "8000"
town = "Aarhus C"
email = "a@b.dk"

[processor]
acts = true
description = "Vi gemmer kundernes timer"
record_description = "Opbevaring af kundernes timer"
subjects = ["customer_employees"]
data = ["contact"]

[[subjects]]
group = "customers"
data = ["contact", "health"]

[[subjects]]
group = "business_customers"
data = ["contact"]

# Formålet.
[[purposes]]
id = "opgaver"
name = "Dine opgaver"
description = "Vi løser dine opgaver."
subjects = ["customers", "business_customers"]
data = ["contact", "health"]
basis = ["6.1.f"]
interest = "at kunne hjælpe dig"
required = "contract"
record_name = "Kundeopgaver"
record_purpose = "Løsning af kundens opgaver"
record_interest = "at kunne hjælpe kunden"

[[purposes.by_group]]
group = "business_customers"
basis = ["6.1.f"]
interest = "at kunne hjælpe din arbejdsgiver"
record_interest = "at kunne hjælpe kontaktpersonens arbejdsgiver"

[[purposes.sensitive]]
data = "health"
basis = "9.2.a"
note = "kun hvis du selv fortæller os det"
record_note = "kun oplysninger, kunden selv giver"

[purposes.retention]
period = "1 år"
after = "contract_end"
note = "så vi kan dokumentere opgaven"
record_note = "så opgaven kan dokumenteres"  # til fortegnelsen

[[vendors]]
name = "Vært ApS"
role = "processor"
service = "hosting af vores hjemmeside"
record_service = "hosting af hjemmesiden"
joint_for = "statistik, Vært giver os"
record_joint_for = "statistik, som Vært stiller til rådighed"
purposes = ["opgaver"]
country = "DK"
transfer = "none"

[[disclosures]]
recipient = "Skattestyrelsen"
reason = "ved kontrol af vores regnskab"
record_reason = "ved kontrol af regnskabet"
purposes = ["opgaver"]
`

// TestRecordWordsInThePolicysVoiceAreRefused: the record's own words are
// used as they stand, so each record_ key that speaks as the policy does
// is a problem at its field and line; the same words in the policy's own
// key are fine.
func TestRecordWordsInThePolicysVoiceAreRefused(t *testing.T) {
	f, err := Parse("f.toml", []byte(recordWordsBase))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Validate(); err != nil {
		t.Fatalf("the record's own words in the third person are refused: %v", err)
	}
	for _, tt := range []struct{ old, new, path string }{
		{`record_description = "Opbevaring af kundernes timer"`, `record_description = "Vi opbevarer kundernes timer"`, "processor.record_description"},
		{`record_name = "Kundeopgaver"`, `record_name = "Dine opgaver"`, "purposes[1].record_name"},
		{`record_purpose = "Løsning af kundens opgaver"`, `record_purpose = "Løsning af dine opgaver"`, "purposes[1].record_purpose"},
		{`record_interest = "at kunne hjælpe kunden"`, `record_interest = "at kunne hjælpe dig"`, "purposes[1].record_interest"},
		{`record_interest = "at kunne hjælpe kontaktpersonens arbejdsgiver"`, `record_interest = "at kunne hjælpe din arbejdsgiver"`, "purposes[1].by_group[1].record_interest"},
		{`record_note = "kun oplysninger, kunden selv giver"`, `record_note = "kun hvis du selv fortæller det"`, "purposes[1].sensitive[1].record_note"},
		{`record_note = "så opgaven kan dokumenteres"`, `record_note = "så vi kan dokumentere opgaven"`, "purposes[1].retention.record_note"},
		{`record_service = "hosting af hjemmesiden"`, `record_service = "hosting af vores hjemmeside"`, "vendors[1].record_service"},
		{`record_joint_for = "statistik, som Vært stiller til rådighed"`, `record_joint_for = "statistik, Vært giver os"`, "vendors[1].record_joint_for"},
		{`record_reason = "ved kontrol af regnskabet"`, `record_reason = "ved kontrol af mit regnskab"`, "disclosures[1].record_reason"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			src := strings.Replace(recordWordsBase, tt.old, tt.new, 1)
			if src == recordWordsBase {
				t.Fatalf("base lacks %q", tt.old)
			}
			f, err := Parse("f.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			err = f.Validate()
			if err == nil {
				t.Fatal("no problem reported")
			}
			ps := err.(*LoadError).Problems
			if len(ps) != 1 || ps[0].Path != tt.path || !strings.Contains(ps[0].Message, "tredje person") || ps[0].Line == 0 {
				t.Errorf("want one problem at %s with its line, got %v", tt.path, ps)
			}
		})
	}
}

// TestRecordWordsKeepTheirCommentsOnSave: the record's own words are
// ordinary keys to the comment-keeping save: opening and saving changes
// nothing, a changed one rewrites its own line, and a new one is added to
// its table without moving a comment.
func TestRecordWordsKeepTheirCommentsOnSave(t *testing.T) {
	a := loadSource(t, "f", recordWordsBase)
	if same, err := Merge([]byte(recordWordsBase), a, "f.toml"); err != nil || string(same) != recordWordsBase {
		t.Fatalf("unchanged answers changed the file (%v):\n%s", err, same)
	}
	a.Purposes[0].Retention.RecordNote = "så opgaven kan dokumenteres ved uenighed"
	got, err := Merge([]byte(recordWordsBase), a, "f.toml")
	if err != nil {
		t.Fatal(err)
	}
	if d := diffLines(t, recordWordsBase, string(got)); len(d) != 1 || !strings.Contains(d[0], `ved uenighed\"  # til fortegnelsen`) {
		t.Errorf("want the record note's line changed with its comment, got %v", d)
	}

	// A file without the record's words gets them in its table.
	bare := strings.Replace(recordWordsBase, "record_reason = \"ved kontrol af regnskabet\"\n", "", 1)
	a = loadSource(t, "f", bare)
	a.Disclosures[0].RecordReason = "ved kontrol af regnskabet"
	got, err = Merge([]byte(bare), a, "f.toml")
	if err != nil {
		t.Fatal(err)
	}
	if b := loadSource(t, "f", string(got)); !reflect.DeepEqual(b, a) {
		t.Fatalf("saved file does not hold the answers:\n%s", got)
	}
	if !strings.Contains(string(got), "# Formålet.\n[[purposes]]") || !strings.Contains(string(got), `record_reason = "ved kontrol af regnskabet"`) {
		t.Errorf("the new key or a comment is out of place:\n%s", got)
	}
	if n := strings.Count(string(got), "\n") - strings.Count(bare, "\n"); n != 1 {
		t.Errorf("%d lines added, want 1:\n%s", n, got)
	}
}

// TestCatalogueHasRecordWordsWhereItSpeaksToTheReader: a catalogue
// vendor's service or joint purpose that speaks as the policy does has
// words of its own for the record, in the third person; an own service in
// the answers drops the catalogue's record words for it.
func TestCatalogueHasRecordWordsWhereItSpeaksToTheReader(t *testing.T) {
	for _, v := range Catalogue() {
		for _, f := range []struct{ key, text, record string }{
			{"service", v.Service, v.RecordService},
			{"joint_for", v.JointFor, v.RecordJointFor},
		} {
			if PolicyVoice(f.text) != "" && f.record == "" {
				t.Errorf("%s: %s %q speaks to the reader, but has no record_%s", v.ID, f.key, f.text, f.key)
			}
			if w := PolicyVoice(f.record); w != "" {
				t.Errorf("%s: record_%s says %q", v.ID, f.key, w)
			}
		}
		if w := PolicyVoice(v.ControllerFor); w != "" {
			t.Errorf("%s: controller_for says %q", v.ID, w)
		}
	}
	cb := ResolveVendor(Vendor{Catalog: "cookiebot"})
	if cb.RecordService == "" {
		t.Fatal("cookiebot has no record words")
	}
	own := ResolveVendor(Vendor{Catalog: "cookiebot", Service: "cookiebanner"})
	if own.RecordService != "" {
		t.Errorf("an own service keeps the catalogue's record words %q", own.RecordService)
	}
	both := ResolveVendor(Vendor{Catalog: "cookiebot", Service: "cookiebanner", RecordService: "banner"})
	if both.RecordService != "banner" {
		t.Errorf("the answers' record words are lost: %q", fmt.Sprint(both.RecordService))
	}
}
