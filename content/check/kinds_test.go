package check

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/content/record"
	"github.com/privatliv/privatliv/drafts"
)

// The starting points per kind of business (drafts/kinds): each must be a
// complete answer apart from what only the business knows, and with that
// answered, `check --strict` must have nothing to say.

func TestKindsListMatchesFiles(t *testing.T) {
	want := []string{"salon", "webshop", "haandvaerker", "klinik", "forening", "restaurant", "raadgiver", "saas"}
	ids := drafts.KindIDs()
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("no starting point %q", id)
		}
	}
	for _, k := range drafts.Kinds() {
		if k.Name == "" || k.Description == "" || strings.Contains(k.Description, "\n") {
			t.Errorf("%s: want a name and a one-line Danish description, got %q, %q", k.ID, k.Name, k.Description)
		}
		for _, m := range k.Measures {
			if !drafts.Known(drafts.SecurityMeasures, m) {
				t.Errorf("%s: unknown security measure %q", k.ID, m)
			}
		}
		if _, ok := testkit.BusinessAnswers[k.ID]; !ok {
			t.Errorf("%s: the test does not say which answers the kind leaves for the business", k.ID)
		}
	}
	if _, err := drafts.KindAnswers("frisoer"); err == nil || !strings.Contains(err.Error(), "salon") {
		t.Errorf("unknown kind: want an error naming the kinds, got %v", err)
	}
}

// TestKindAlone: each starting point is a valid schema-2 answer file whose
// only errors are the identity and the answers it leaves for the business,
// and each of those is really reported, so the list above stays true.
func TestKindAlone(t *testing.T) {
	for _, k := range drafts.Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			src, err := drafts.KindSource(k.ID)
			if err != nil {
				t.Fatal(err)
			}
			f, err := drafts.Parse(k.ID+".toml", src)
			if err != nil {
				t.Fatalf("does not load: %v", err)
			}
			if f.Schema != drafts.SchemaVersion {
				t.Errorf("schema %d, want %d", f.Schema, drafts.SchemaVersion)
			}
			a := f.Answers
			allowed := append(slices.Clone(testkit.IdentityPaths), testkit.BusinessAnswers[k.ID].Open...)
			errs := map[string]bool{}
			for _, fd := range Check(a, testkit.KindsNow) {
				if fd.Severity != SeverityError {
					continue
				}
				errs[fd.Path] = true
				if !slices.Contains(allowed, fd.Path) {
					t.Errorf("error outside identity and the open questions: %s", fd)
				}
			}
			for _, p := range testkit.BusinessAnswers[k.ID].Open {
				if !errs[p] {
					t.Errorf("%s is listed as open but check does not ask for it", p)
				}
			}
		})
	}
}

// TestKindWithIdentityIsClean: a starting point plus the business's
// identity and its answers to the open questions is `check --strict`
// clean, and its policy has no gaps.
func TestKindWithIdentityIsClean(t *testing.T) {
	for _, k := range drafts.Kinds() {
		t.Run(k.ID, func(t *testing.T) {
			a, err := drafts.KindAnswers(k.ID)
			if err != nil {
				t.Fatal(err)
			}
			testkit.WithIdentity(a)
			testkit.FillKind(a, k.ID)
			for _, fd := range Check(a, testkit.KindsNow) {
				t.Errorf("finding: %s (%s)", fd, fd.Suggestion)
			}
			p := policy.Generate(a)
			md := p.Markdown(policy.MarkdownOptions{})
			if bytes.Contains(md, []byte("mangler:")) {
				t.Errorf("policy has a gap:\n%s", md)
			}
			if _, err := p.HTML(content.HTMLOptions{}); err != nil {
				t.Errorf("html: %v", err)
			}
			rec, err := record.RenderRecord(a, drafts.DateOf(testkit.KindsNow), "md")
			if err != nil || bytes.Contains(rec, []byte("mangler:")) {
				t.Errorf("record of processing: %v\n%s", err, rec)
			}
		})
	}
}
