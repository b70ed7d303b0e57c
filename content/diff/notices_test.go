package diff

import (
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// A group that gets a notice of its own leaves the policy, and the change
// log says so; one that loses it comes back; a new place to find a notice
// is told. The same notices give nothing.
func TestNoticesInTheChangeLog(t *testing.T) {
	with := testkit.Examples(t)["bjerre-toemrer"]
	without := testkit.Clone(t, with)
	without.Document.Notices = nil
	lines := func(old, new *drafts.Answers) string {
		var out []string
		for _, c := range Diff(old, new) {
			out = append(out, c.Text)
		}
		return strings.Join(out, "\n")
	}
	if got := lines(without, with); !strings.Contains(got, "Oplysninger om medarbejdere og jobansøgere står nu i en særskilt orientering til dem og ikke længere i denne politik.") {
		t.Errorf("a new notice: %q", got)
	}
	if got := lines(with, without); !strings.Contains(got, "Oplysninger om medarbejdere og jobansøgere står nu i denne politik") {
		t.Errorf("a notice removed: %q", got)
	}
	moved := testkit.Clone(t, with)
	moved.Document.Notices[0].Where = "Den ligger i personalehåndbogen."
	if got := lines(with, moved); !strings.Contains(got, "Det står nu et andet sted, hvor medarbejdere og jobansøgere finder") {
		t.Errorf("a notice moved: %q", got)
	}
	if got := lines(with, testkit.Clone(t, with)); got != "" {
		t.Errorf("the same notices: %q", got)
	}
}
