package policy

import (
	"regexp"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"github.com/privatliv/privatliv/drafts"
)

// TestNoDoubleParentheses: a name that ends in a parenthesis is never
// followed by another one (»OpenAI (API) (OpenAI Ireland Ltd …)«).
func TestNoDoubleParentheses(t *testing.T) {
	for name, a := range testkit.Everything(t) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		if strings.Contains(md, ")** (") || strings.Contains(md, ") (") {
			i := max(strings.Index(md, ")** ("), strings.Index(md, ") ("))
			t.Errorf("%s: double parentheses: %q", name, md[max(0, i-40):min(len(md), i+40)])
		}
	}
}

func isCountry(name string) bool {
	for _, c := range drafts.Countries {
		if c.Name == name {
			return true
		}
	}
	return false
}

// Danish house style, over every example: »…« quotes, one term
// "personoplysninger", "om" not "vedrørende", lower case after a label's
// colon when no sentence follows, no name repeated in brackets, headings in
// one form, and no cookie name that looks like an unfilled placeholder.
func TestExamplesFollowHouseStyle(t *testing.T) {
	bad := []struct{ re, why string }{
		{`(^|[\s(])«`, "use »…« quotes, not «…»"},
		{`(?i)persondata`, `use "personoplysninger"`},
		{`(?i)vedrørende`, `use "om"`},
		{`:\*\* (At|Ved) `, "lower case after a colon when no sentence follows"},
		{`\*\*([^*]+)\*\* \(([^)]+)\)`, "name repeated in brackets"},
		{`offentligt tilgængelig\)`, "agreement: offentligt tilgængeligt"},
		{`\\<[^>]*\\>|\\\*`, "looks like a placeholder"},
		{`om hvorfor`, "clumsy: om hvorfor"},
		{`efter, at`, "\"efter at\" is one conjunction: no comma inside it"},
		{`afgørelser om dig, der`, "ambiguous relative clause"},
		{`  `, "double space"},
	}
	for name, a := range testkit.Examples(t) {
		md := string(Generate(a).Markdown(MarkdownOptions{}))
		for _, b := range bad {
			for _, m := range regexp.MustCompile(b.re).FindAllStringSubmatch(md, -1) {
				if len(m) == 3 && (!content.Mentions(m[1], m[2]) || isCountry(m[2])) {
					continue // brackets that add something; the country is another lane's label
				}
				t.Errorf("%s: %q: %s", name, m[0], b.why)
			}
		}
		// Every paragraph is one line; two text lines in a row would merge.
		lines := strings.Split(md, "\n")
		for i := 1; i < len(lines); i++ {
			if isProse(lines[i-1]) && isProse(lines[i]) {
				t.Errorf("%s: paragraphs run together:\n%s\n%s", name, lines[i-1], lines[i])
			}
		}
		for _, s := range Generate(a).Sections {
			if strings.HasSuffix(s.Title, "?") {
				t.Errorf("%s: heading %q is a question; headings are statements", name, s.Title)
			}
		}
	}
}

// isProse reports whether a Markdown line is a paragraph's text rather than
// a list item, table row, heading or blank line.
func isProse(l string) bool {
	return l != "" && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "#")
}
