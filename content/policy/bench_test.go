package policy

import (
	"github.com/privatliv/privatliv/content"
	"github.com/privatliv/privatliv/content/internal/testkit"
	"testing"
)

// BenchmarkGenerate is answers to sections for the largest example.
func BenchmarkGenerate(b *testing.B) {
	a := testkit.Largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Generate(a)
	}
}

// BenchmarkMarkdown is answers to the whole Markdown document.
func BenchmarkMarkdown(b *testing.B) {
	a := testkit.Largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Generate(a).Markdown(MarkdownOptions{})
	}
}

// BenchmarkHTML is answers to the whole standalone HTML page.
func BenchmarkHTML(b *testing.B) {
	a := testkit.Largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Generate(a).HTML(content.HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPageHTML is the standalone HTML page of a policy already
// generated: goldmark, cross references and the page template.
func BenchmarkPageHTML(b *testing.B) {
	p := Generate(testkit.Largest(b))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := p.HTML(content.HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
