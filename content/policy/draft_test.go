package policy

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/check"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

var gapRE = regexp.MustCompile(`\[mangler: ([^\]]+)\]`)

// gapPaths is which answer each gap stands for, as a pattern of paths.
var gapPaths = map[string]string{
	"virksomhedens navn":  `^controller\.name$`,
	"adresse":             `^controller\.address$`,
	"postnummer og by":    `^controller\.town$`,
	"e-mail":              `^controller\.email$`,
	"leverandørens rolle": `^vendors\[\d+\]\.role$`,
	"land":                `^vendors\[\d+\]\.country$`,
}

func TestDraftIsMarkedAndGapsAreVisible(t *testing.T) {
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	a := drafts.Starter(now)
	findings := check.Check(a, now)
	p := Generate(a)
	p.Errors, _ = check.Count(findings)
	errs, _ := check.Count(findings)
	if errs == 0 {
		t.Fatal("the new questionnaire has no errors to mark")
	}
	md := string(p.Markdown(MarkdownOptions{}))
	page, err := p.HTML(content.HTMLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	frag, _ := p.HTML(content.HTMLOptions{Fragment: true})

	notice := "UDKAST – ikke klar til offentliggørelse: "
	// At the top: right under the title, before anything else.
	if i := strings.Index(md, notice); i < 0 || strings.Contains(md[:i], "##") {
		t.Errorf("Markdown has no draft notice at the top:\n%.400s", md)
	}
	for name, out := range map[string]string{"html": html, "fragment": string(frag)} {
		i := strings.Index(out, notice)
		if i < 0 || i > strings.Index(out, "<nav") {
			t.Errorf("%s has no draft notice before the contents", name)
		}
	}
	for _, empty := range []string{"Skriv til .", "Adresse: ,", "sende til .", "](mailto:)"} {
		if strings.Contains(md, empty) {
			t.Errorf("an empty answer shows as empty text: %q", empty)
		}
	}
	// Every gap names an answer that check reports as an error.
	gaps := gapRE.FindAllStringSubmatch(strings.ReplaceAll(md, `\`, ""), -1)
	if len(gaps) == 0 {
		t.Fatal("no gaps in a policy without name, address and e-mail")
	}
	for _, g := range gaps {
		path, ok := gapPaths[g[1]]
		if !ok {
			t.Errorf("gap %q names no known answer", g[0])
			continue
		}
		found := false
		for _, f := range findings {
			found = found || regexp.MustCompile(path).MatchString(f.Path) && f.Severity == check.SeverityError
		}
		if !found {
			t.Errorf("gap %q is not reported by check as an error at %s", g[0], path)
		}
	}
	if !strings.Contains(html, "[mangler: e-mail]") {
		t.Error("the HTML does not show the missing e-mail")
	}
}

func TestFinishedPolicyIsNoDraft(t *testing.T) {
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	for name, a := range testkit.Examples(t) {
		p := Generate(a)
		p.Errors, _ = check.Count(check.Check(a, now))
		md := string(p.Markdown(MarkdownOptions{}))
		if strings.Contains(md, "UDKAST") || strings.Contains(md, "mangler:") {
			t.Errorf("%s: a finished policy is marked as a draft or has gaps", name)
		}
	}
	var a drafts.Answers
	if p := Generate(&a); p.DraftNotice() != "" {
		t.Error("an unmarked policy has a draft notice")
	}
}
