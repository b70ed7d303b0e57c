package check

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/content/policy"
	"github.com/privatliv/privatliv/content/record"
	"github.com/privatliv/privatliv/drafts"
)

// The starting points (drafts.Compose: building blocks, and kinds as
// presets of them): each must be a complete answer apart from what only
// the business knows, in the business's own voice and words, and with
// that answered, `check --strict` must have nothing to say.

func TestKindsListMatchesFiles(t *testing.T) {
	want := []string{"salon", "studie", "klinik", "restaurant", "butik", "webshop", "haandvaerker", "kreativ", "webbureau", "raadgiver", "saas", "forening"}
	if ids := drafts.KindIDs(); !slices.Equal(ids, want) {
		t.Errorf("kinds %v, want %v", ids, want)
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
		for _, b := range k.Blocks {
			if _, ok := drafts.LookupBlock(b); !ok {
				t.Errorf("%s: unknown block %q", k.ID, b)
			}
		}
	}
	if _, err := drafts.KindAnswers("frisoer"); err == nil || !strings.Contains(err.Error(), "salon") {
		t.Errorf("unknown kind: want an error naming the kinds, got %v", err)
	}
	if _, err := drafts.KindAnswers("yoga"); err == nil || !strings.Contains(err.Error(), `"studie"`) {
		t.Errorf("a word for a kind: want the kind named, got %v", err)
	}
}

// TestKindSourceLoads: each kind's commented starting point is a valid
// schema-2 answer file whose answers are the composed ones.
func TestKindSourceLoads(t *testing.T) {
	for _, k := range drafts.Kinds() {
		src, err := drafts.KindSource(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		f, err := drafts.Parse(k.ID+".toml", src)
		if err != nil {
			t.Fatalf("%s does not load: %v\n%s", k.ID, err, src)
		}
		a, _ := drafts.KindAnswers(k.ID)
		if !bytes.Equal(encode(t, f.Answers), encode(t, a)) {
			t.Errorf("%s: the commented file holds other answers than the starting point", k.ID)
		}
		if !bytes.Contains(src, []byte("# ")) || bytes.Count(src, []byte("\n#")) < 10 {
			t.Errorf("%s: the starting point says little about what to fill in:\n%s", k.ID, src)
		}
	}
}

func encode(t *testing.T, a *drafts.Answers) []byte {
	t.Helper()
	b, err := drafts.Encode(a, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wrongVoiceRE finds the words of the other voice in a policy.
var wrongVoiceRE = map[bool]*regexp.Regexp{
	true:  regexp.MustCompile(`(?i)(^|[^\pL])(vi|os|vores)([^\pL]|$)`),
	false: regexp.MustCompile(`(?i)(^|[^\pL])(jeg|mig|min|mit|mine)([^\pL]|$)`),
}

// TestStartingPoints walks every kind and block combinations in both
// voices, as a company and as an association. Each starting point plus an
// identity renders in one voice, without another kind's words, with every
// data category it lists used by a purpose; what check reports is only
// what the business alone knows, and once that is answered, nothing.
func TestStartingPoints(t *testing.T) {
	allNouns := map[string]string{} // noun -> kind
	for _, k := range drafts.Kinds() {
		for _, n := range k.Nouns {
			allNouns[n] = k.ID
		}
	}
	for _, st := range testkit.Setups(testing.Short()) {
		a, err := drafts.Compose(st.Setup)
		if err != nil {
			t.Fatalf("%s: %v", st.Name, err)
		}
		if ps := drafts.Validate(a); len(ps) > 0 {
			// Only what is empty on purpose may be missing.
			for _, p := range ps {
				if !testkit.BusinessOnly(a, p.Path) {
					t.Errorf("%s: %s: %s", st.Name, p.Path, p.Message)
				}
			}
		}
		testkit.WithIdentity(a)
		md := string(policy.Generate(a).Markdown(policy.MarkdownOptions{}))
		text := strings.ReplaceAll(md, "Testfirma ApS", "")
		for _, line := range strings.Split(text, "\n") {
			if m := wrongVoiceRE[a.Controller.FirstPerson()].FindStringSubmatch(line); m != nil {
				t.Errorf("%s: %q in a policy that speaks as %q: %s", st.Name, m[2], orVi(a.Controller.Voice), line)
			}
		}
		words := map[string]bool{}
		for _, w := range regexp.MustCompile(`\pL[\pL-]*`).FindAllString(strings.ToLower(text), -1) {
			words[w] = true
		}
		own := map[string]bool{}
		if k, ok := drafts.LookupKind(st.Setup.Kind); ok {
			for _, n := range k.Nouns {
				own[n] = true
			}
		}
		for n, kind := range allNouns {
			if words[n] && !own[n] {
				t.Errorf("%s: the policy says %q, a word of the kind %s", st.Name, n, kind)
			}
		}
		for _, s := range a.Subjects {
			for _, d := range s.Data {
				if !slices.ContainsFunc(a.Purposes, func(p drafts.Purpose) bool {
					return slices.Contains(p.Subjects, s.Key()) && slices.Contains(p.Data, d)
				}) {
					t.Errorf("%s: %s's %s is used by no purpose", st.Name, s.Key(), d)
				}
			}
		}
		for _, fd := range Check(a, testkit.KindsNow) {
			if !testkit.BusinessOnly(a, fd.Path) {
				t.Errorf("%s: a finding only the starting point is to blame for: %s (%s)", st.Name, fd, fd.Suggestion)
			}
		}
		testkit.FillBusinessAnswers(a)
		for _, fd := range Check(a, testkit.KindsNow) {
			if fd.Path == "" || !strings.HasPrefix(fd.Path, "subjects[") || !a.Controller.FirstPerson() {
				t.Errorf("%s: with the business's answers: %s (%s)", st.Name, fd, fd.Suggestion)
			}
		}
		md = string(policy.Generate(a).Markdown(policy.MarkdownOptions{}))
		if strings.Contains(md, "mangler:") {
			t.Errorf("%s: the policy has a gap:\n%s", st.Name, md)
		}
		rec, err := record.RenderRecord(a, drafts.DateOf(testkit.KindsNow), "md")
		if err != nil || bytes.Contains(rec, []byte("mangler:")) {
			t.Errorf("%s: record of processing: %v\n%s", st.Name, err, rec)
		}
		if t.Failed() {
			return // one starting point's failures are enough to read
		}
	}
}

func orVi(v string) string {
	if v == "" {
		return "vi"
	}
	return v
}

// TestKindWithIdentityIsClean: a kind's starting point plus the business's
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
			testkit.FillBusinessAnswers(a)
			for _, fd := range Check(a, testkit.KindsNow) {
				t.Errorf("finding: %s (%s)", fd, fd.Suggestion)
			}
			p := policy.Generate(a)
			if _, err := p.HTML(content.HTMLOptions{}); err != nil {
				t.Errorf("html: %v", err)
			}
		})
	}
}
