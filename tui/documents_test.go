package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

// The documents document.write names are written on save, each as
// Markdown and HTML next to the answer file, and the status line names
// them; without document.write none is.
func TestSaveWritesTheDocumentsAsked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bjerre.toml")
	a := example(t, "bjerre-toemrer")
	a.Document.Write = []string{"notices", "processors", "retention", "texts"}
	m := newTestModel(t, a, path, 120, 40)
	send(t, m, press("ctrl+s"))
	for name, want := range map[string]string{
		"bjerre-orientering-medarbejdere-jobansoegere": "Orientering om personoplysninger til medarbejdere og jobansøgere",
		"bjerre-databehandlere":                        "Oversigt over databehandlere",
		"bjerre-sletteplan":                            "Sletteplan for",
		"bjerre-tekster":                               "Tekster til formularer",
	} {
		for _, ext := range []string{".md", ".html"} {
			b, err := os.ReadFile(filepath.Join(dir, name+ext))
			if err != nil || !strings.Contains(string(b), want) {
				t.Errorf("%s%s: %v; status %q", name, ext, err, m.status)
			}
		}
		if !strings.Contains(m.status, name) {
			t.Errorf("the status does not name %s: %q", name, m.status)
		}
	}
	policy, _ := os.ReadFile(filepath.Join(dir, "bjerre.md"))
	if strings.Contains(string(policy), "fagforening") || !strings.Contains(string(policy), "særskilt orientering") {
		t.Error("the saved policy still describes the employees")
	}

	dir = t.TempDir()
	path = filepath.Join(dir, "helle.toml")
	m = newTestModel(t, example(t, "helle-falsberg"), path, 120, 40)
	send(t, m, press("ctrl+s"))
	for _, name := range []string{"helle-databehandlere.md", "helle-sletteplan.md", "helle-tekster.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s written though the answers did not ask", name)
		}
	}
}

// The review step asks which documents to write, the policy's address
// and the separate notices; a notice's groups and where they find it land
// in the answers.
func TestReviewStepAsksForTheDocuments(t *testing.T) {
	m := newTestModel(t, example(t, "helle-falsberg"), "", 160, 50)
	goToStep(t, m, len(steps)-1)
	var row int = -1
	for i, r := range m.rows() {
		if r.coll == noticesColl && r.item < 0 {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("the review step has no list of separate notices:\n%s", screen(m))
	}
	m.cursor = row
	send(t, m, keyPress("a"))
	if m.mode != modeItem || len(m.a.Document.Notices) != 1 {
		t.Fatalf("a did not add a notice (mode %d, %d notices)", m.mode, len(m.a.Document.Notices))
	}
	tick(t, m, "document.notices.groups", "business_customers")
	fill(t, m, "document.notices.where", "Du får den sammen med tilbuddet.")
	if want := (drafts.Notice{Groups: []string{"business_customers"}, Where: "Du får den sammen med tilbuddet."}); !equalNotice(m.a.Document.Notices[0], want) {
		t.Errorf("notice %+v", m.a.Document.Notices[0])
	}
	if md := policyText(m.a); !strings.Contains(md, "Hvordan vi behandler oplysninger om kontaktpersoner hos vores erhvervskunder, står ikke i denne politik") {
		t.Errorf("the policy does not refer to the notice:\n%s", md)
	}
}

func equalNotice(a, b drafts.Notice) bool {
	return strings.Join(a.Groups, ",") == strings.Join(b.Groups, ",") && a.Where == b.Where
}
