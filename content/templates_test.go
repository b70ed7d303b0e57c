package content

import (
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
)

// TestSharedProseLivesInTemplates: the Go files of the shared vocabulary
// hold no words a reader reads, only the Danish grammar rules; every term
// they name is in templates/da/terms.md.
func TestSharedProseLivesInTemplates(t *testing.T) {
	lookups := map[string]bool{"Term": true, "TermOK": true, "Has": true, "Exec": true}
	files := []string{"voice.go", "text.go", "page.go", "terms.go", "facts.go"}
	testkit.ProseLivesInTemplates(t, files, lookups, sharedTexts(nil).Names())
}
