package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An unfinished questionnaire is saved as a draft: marked at the top of
// both documents, its gaps visible, and the status line says so.
func TestUnfinishedPolicyIsSavedAsADraft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ny.toml")
	m := newTestModel(t, nil, path, 120, 40)
	flush(m)
	if s := screen(m); !strings.Contains(s, "⚠ [mangler: e-mail]") {
		t.Errorf("the preview does not show the missing e-mail:\n%s", s)
	}
	send(t, m, press("ctrl+s"))
	if !strings.Contains(m.status, "udkast") || !m.statusErr {
		t.Errorf("status after saving a draft: %q", m.status)
	}
	for _, ext := range []string{".md", ".html"} {
		b, err := os.ReadFile(filepath.Join(dir, "ny"+ext))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "UDKAST – ikke klar til offentliggørelse") {
			t.Errorf("ny%s has no draft notice", ext)
		}
		if !strings.Contains(string(b), "mangler: e-mail") {
			t.Errorf("ny%s does not show the missing e-mail", ext)
		}
	}

	// A finished policy is saved as one.
	path = filepath.Join(dir, "helle.toml")
	m = newTestModel(t, example(t, "helle-falsberg"), path, 120, 40)
	send(t, m, press("ctrl+s"))
	if strings.Contains(m.status, "udkast") || m.statusErr {
		t.Errorf("status after saving a finished policy: %q", m.status)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "helle.md")); strings.Contains(string(b), "UDKAST") {
		t.Error("a finished policy is marked as a draft")
	}
}
