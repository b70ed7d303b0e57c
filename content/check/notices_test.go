package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// has reports whether fs holds a finding of severity at path whose
// message contains msg.
func hasFinding(fs []Finding, severity, path, msg string) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool {
		return f.Severity == severity && f.Path == path && strings.Contains(f.Message, msg)
	})
}

// TestNoticesAreCheckedOneByOne: art. 13 and 14 apply to each separate
// notice and to the policy without its groups. Each planted defect is
// found for the document it is in, at the answer file's path; its
// look-alike is not.
func TestNoticesAreCheckedOneByOne(t *testing.T) {
	base := testkit.Examples(t)["bjerre-toemrer"]
	if fs := Check(base, testkit.CheckDay); len(fs) > 0 {
		t.Fatalf("bjerre has findings: %v", fs)
	}
	for _, c := range []struct {
		name, severity, path, msg string
		plant, lookalike          func(a *drafts.Answers)
	}{
		{"a group told no purpose", SeverityError, "subjects[5]", "orienteringen til medarbejdere og jobansøgere: intet formål gælder jobansøgere",
			func(a *drafts.Answers) { testkit.PurposeOf(a, "rekruttering").Subjects = []string{"employees"} },
			func(a *drafts.Answers) {
				testkit.PurposeOf(a, "rekruttering").Subjects = []string{"applicants", "employees"}
			}},
		{"where the group finds its notice", SeverityWarning, "document.notices[1].where", "hvor medarbejdere og jobansøgere finder",
			func(a *drafts.Answers) { a.Document.Notices[0].Where = "" },
			func(a *drafts.Answers) { a.Document.Notices[0].Where = "Den ligger i personalehåndbogen." }},
		{"data told without a purpose", SeverityWarning, "subjects[5].data[3]", "orienteringen til medarbejdere og jobansøgere: der står CPR-nummer om jobansøgere",
			func(a *drafts.Answers) { a.Subjects[4].Data = append(a.Subjects[4].Data, "cpr") },
			func(a *drafts.Answers) {
				a.Subjects[4].Data = append(a.Subjects[4].Data, "cpr")
				p := testkit.PurposeOf(a, "rekruttering")
				p.Data, p.CPRBasis = append(p.Data, "cpr"), "11.2.2"
			}},
		{"a policy for no one", SeverityError, "purposes", "privatlivspolitikken uden de grupper, der har egen orientering: politikken nævner ingen formål",
			func(a *drafts.Answers) {
				a.Document.Notices = append(a.Document.Notices, drafts.Notice{Groups: []string{"customers", "business_customers", "suppliers"}, Where: "Du får den med tilbuddet."})
			},
			func(a *drafts.Answers) {
				a.Document.Notices = append(a.Document.Notices, drafts.Notice{Groups: []string{"suppliers"}, Where: "Du får den med tilbuddet."})
			}},
	} {
		a := testkit.Clone(t, base)
		c.plant(a)
		fs := Check(a, testkit.CheckDay)
		if !hasFinding(fs, c.severity, c.path, c.msg) {
			t.Errorf("%s: no %s at %s with %q:\n%v", c.name, c.severity, c.path, c.msg, fs)
		}
		b := testkit.Clone(t, base)
		c.lookalike(b)
		if fs := Check(b, testkit.CheckDay); slices.ContainsFunc(fs, func(f Finding) bool { return f.Path == c.path }) {
			t.Errorf("%s: the look-alike is found: %v", c.name, fs)
		}
	}
	// Without separate notices, a group's unused data is not a notice's
	// finding: the rule is for what a notice tells.
	a := testkit.Clone(t, base)
	a.Document.Notices = nil
	a.Subjects[4].Data = append(a.Subjects[4].Data, "cpr")
	if fs := Check(a, testkit.CheckDay); slices.ContainsFunc(fs, func(f Finding) bool { return strings.Contains(f.Message, "orienteringen") }) {
		t.Errorf("a finding about a notice without notices: %v", fs)
	}
}

// TestCheckNoticePointsAtTheFile: a defect in a purpose of the notice to
// some groups is found at the answer file's path of that purpose, not the
// notice's; what concerns only other groups is not reported.
func TestCheckNoticePointsAtTheFile(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["bjerre-toemrer"])
	a.Document.Notices = nil
	testkit.PurposeOf(a, "rekruttering").Retention.Period = ""  // purposes[10] of the file
	testkit.PurposeOf(a, "leverandoerer").Retention.Period = "" // a purpose of suppliers only
	fs := CheckNotice(a, []string{"applicants"}, testkit.CheckDay)
	if !hasFinding(fs, SeverityError, "purposes[10].retention.period", "»Rekruttering«") {
		t.Errorf("the applicants' notice does not find the missing retention at the file's path:\n%v", fs)
	}
	if slices.ContainsFunc(fs, func(f Finding) bool { return strings.Contains(f.Message, "Indkøb hos leverandører") }) {
		t.Errorf("the applicants' notice reports the suppliers' purpose:\n%v", fs)
	}
	if n := CountErrorsNotice(a, []string{"applicants"}, testkit.CheckDay); n != 1 {
		t.Errorf("CountErrorsNotice = %d, want 1", n)
	}
	// Every declared notice of every example is clean.
	for name, ex := range testkit.Examples(t) {
		for _, n := range ex.Document.Notices {
			if fs := CheckNotice(ex, n.Groups, testkit.CheckDay); len(fs) > 0 {
				t.Errorf("%s, notice to %v: %v", name, n.Groups, fs)
			}
		}
	}
}

// A group not told (not_informed, art. 14(5)) is an error in a notice to
// it; a group whose every category comes from others is asked whether an
// exception applies; a group that gives some of its data itself is not.
func TestNoticeToGroupsNotInformed(t *testing.T) {
	a := testkit.Clone(t, testkit.Examples(t)["psykolog-anna-kjaer"])
	if fs := CheckNotice(a, []string{"underretning_boern"}, testkit.CheckDay); !hasFinding(fs, SeverityError, "subjects[2].not_informed", "må ikke skrives en orientering") {
		t.Errorf("a notice to the uninformed children is not refused:\n%v", fs)
	}
	if n := CountErrorsNotice(a, []string{"underretning_boern"}, testkit.CheckDay); n != 1 {
		t.Errorf("CountErrorsNotice = %d, want 1", n)
	}
	a.Subjects[1].NotInformed = ""
	fs := CheckNotice(a, []string{"underretning_boern"}, testkit.CheckDay)
	if !hasFinding(fs, SeverityWarning, "subjects[2].not_informed", "alle oplysninger om børn under 18 år") || hasFinding(fs, SeverityError, "subjects[2].not_informed", "") {
		t.Errorf("a group told only by others is not asked about art. 14(5):\n%v", fs)
	}
	// The look-alike: patients tell most of it themselves.
	if fs := CheckNotice(a, []string{"patients"}, testkit.CheckDay); slices.ContainsFunc(fs, func(f Finding) bool { return strings.HasSuffix(f.Path, ".not_informed") }) {
		t.Errorf("the patients are asked about art. 14(5):\n%v", fs)
	}
}
