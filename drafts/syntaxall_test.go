package drafts

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

// brokenTOML makes each of the TOML parser's messages happen, after a valid
// first line; each gives a Danish message on its line.
var brokenTOML = []string{
	`name = "Salon` + "\n",
	`name = """Salon`,
	`name = "Salon`,
	`name = '''Salon`,
	`name = 'Salon`,
	`name`,
	`name =`,
	`name = [1,`,
	`name = Salon`,
	`name = 'a' 'b'`,
	`[[purposes]`,
	`[]`,
	`[a..b]`,
	`[a b]`,
	`= 1`,
	`.a = 1`,
	`a = 1 = 2`,
	`a.=1`,
	`a b = 1`,
	`a = .5`,
	`a = [1,,2]`,
	`a = 1` + "\na = 2",
	"[a]\n[a]",
	"a = 1\n[[a]]",
	"a = 1\n[a.b]",
	`a = [1 2]`,
	`a = {b = 1 c = 2}`,
	"a = {b = 1,\nc = 2}",
	`a = "\q"`,
	`a = "\x4"`,
	`a = "\u12"`,
	`a = "\U1234"`,
	`a = "\uD800"`,
	`a = 2026-13-45`,
	`a = 1__0`,
	`a = 012`,
	`a = 1.`,
	`a = 1.2.3`,
	`a = +0x10`,
	`a = 1e`,
	`a = 0b102`,
	`a = 0o9`,
	`a = 0xz`,
	`a = 99999999999999999999`,
	`a = 1979-05-27T07:32:00Zz`,
	`a = tru`,
	`a = """"""""`,
	`a = ''''''''`,
	"a = {b = 1,}",
}

// English words the parser uses; none may reach a user.
var englishRE = regexp.MustCompile(`(?i)\b(expected|unexpected|cannot|invalid|instead|defined|table|key|value|digit|must|found|got|bytes?|newlines?|strings?|allowed|range|number)\b`)

func TestEveryParserMessageInDanish(t *testing.T) {
	for _, src := range brokenTOML {
		_, err := Parse("x.toml", []byte("schema = 2\n"+src+"\n"))
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Errorf("%q: %v", src, err)
			continue
		}
		p := le.Problems[0]
		text := p.Message + "; " + p.Hint
		if m := englishRE.FindString(strings.ReplaceAll(text, "TOML-syntaksfejl", "")); m != "" {
			t.Errorf("%q: English (%q) in %q", src, m, text)
		}
		if p.Line < 2 {
			t.Errorf("%q: line %d: %s", src, p.Line, text)
		}
		if testing.Verbose() {
			t.Logf("%-24q linje %d: %s", src, p.Line, text)
		}
	}
}
