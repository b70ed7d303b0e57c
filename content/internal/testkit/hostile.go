package testkit

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/privatliv/privatliv/drafts"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// Hostile are values a user (or a pasted document) might put in a text
// field that must never change the policy's structure.
var Hostile = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`<a href="javascript:alert(1)">klik</a>`,
	`[klik](javascript:alert(1))`,
	`javascript:alert(1)`,
	`# Test`,
	"## Overskrift\n### Underoverskrift",
	"\n\n# Efter en tom linje",
	`![billede](https://evil.example/x.png)`,
	"| a | b |\n|---|---|\n| c | d |",
	`&lt;script&gt; &#60;b&#62; &amp;`,
	"\x00\x01\x07\x1b[31mrød\x1b[0m",
	"\u202Eslettet\u202C og \u2067skjult\u2069",
	"😀 e\u0301 ﷽ 𝕏",
	"- liste\n1. nummer\n+ plus",
	"---",
	"===",
	"1986. begyndelse",
	"> citat",
	"    indrykket kode",
	"```\nkode\n```",
	"<!-- kommentar -->",
	"<https://evil.example>",
	"**fed** _kursiv_ ~~slettet~~",
	`\`,
	"tekst med afsluttende backslash\\",
	"tekst  \nmed hårdt linjeskift",
	"[^fodnote]",
	"{#id .klasse}",
	strings.Repeat("A", 10000),
	strings.Repeat("Ø", 100000),
	"\x00",
	strings.Repeat("<b>", 2000),
}

// enumKeys are answer-file keys whose values are ids or codes, not free text.
var enumKeys = map[string]bool{
	"schema": true, "group": true, "data": true, "basis": true, "special_basis": true,
	"cpr_basis": true, "criminal_basis": true, "required": true, "after": true,
	"kind": true, "role": true, "country": true, "transfer": true, "category": true,
	"measures": true, "purposes": true, "subjects": true, "id": true,
}

// setText sets every free-text string in v (including e-mail and web
// addresses, which then must be shown as plain text) to s.
func setText(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setText(v.Elem(), s)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			key, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
			if enumKeys[key] {
				continue
			}
			f := v.Field(i)
			switch {
			case f.Kind() == reflect.String:
				f.SetString(s)
			case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
				for j := 0; j < f.Len(); j++ {
					f.Index(j).SetString(s)
				}
			default:
				setText(f, s)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			setText(v.Index(i), s)
		}
	}
}

// WithText is a deep copy of a with every free-text field set to s.
func WithText(t *testing.T, a *drafts.Answers, s string) *drafts.Answers {
	t.Helper()
	c := Clone(t, a)
	c.DPO = &drafts.Contact{Name: "x", Email: "x"}
	c.Representative = &drafts.Representative{Name: "x"}
	c.Authority = &drafts.Authority{Name: "x"}
	c.Automated = drafts.Automated{Used: true}
	setText(reflect.ValueOf(c), s)
	return c
}

// MDHeadings is the level of every heading in Markdown, read by goldmark.
func MDHeadings(src []byte) []int {
	var levels []int
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			levels = append(levels, h.Level)
		}
		return ast.WalkContinue, nil
	})
	return levels
}

// HTMLShape lists the elements and attributes in an HTML document, and the
// heading elements in order.
func HTMLShape(t testing.TB, src []byte) (tags, attrs map[string]bool, headings []string, hrefs []string) {
	t.Helper()
	tags, attrs = map[string]bool{}, map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			tags[tok.Data] = true
			if len(tok.Data) == 2 && tok.Data[0] == 'h' && tok.Data[1] >= '1' && tok.Data[1] <= '6' {
				headings = append(headings, tok.Data)
			}
			for _, a := range tok.Attr {
				attrs[tok.Data+"@"+a.Key] = true
				if a.Key == "href" || a.Key == "src" {
					hrefs = append(hrefs, a.Val)
				}
			}
		}
	}
}
