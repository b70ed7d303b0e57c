package content

import (
	"testing"

	"github.com/privatliv/privatliv/drafts"
)

func largest(b *testing.B) *drafts.Answers {
	var best *drafts.Answers
	n := 0
	for _, a := range examples(b) {
		if l := len(Generate(a).Markdown(MarkdownOptions{})); l > n {
			best, n = a, l
		}
	}
	return best
}

// BenchmarkGenerate is answers to sections for the largest example.
func BenchmarkGenerate(b *testing.B) {
	a := largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Generate(a)
	}
}

// BenchmarkMarkdown is answers to the whole Markdown document.
func BenchmarkMarkdown(b *testing.B) {
	a := largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Generate(a).Markdown(MarkdownOptions{})
	}
}

// BenchmarkHTML is answers to the whole standalone HTML page.
func BenchmarkHTML(b *testing.B) {
	a := largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Generate(a).HTML(HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPageHTML is the standalone HTML page of a policy already
// generated: goldmark, cross references and the page template.
func BenchmarkPageHTML(b *testing.B) {
	p := Generate(largest(b))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := p.HTML(HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCountErrors is what a render checks to mark a draft: the errors
// of answers that have passed Validate.
func BenchmarkCountErrors(b *testing.B) {
	a := largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		CountErrorsValid(a, checkDay)
	}
}

// BenchmarkCheck is the compliance check of the largest example.
func BenchmarkCheck(b *testing.B) {
	a := largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Check(a, checkDay)
	}
}

// BenchmarkRecord is answers to the record of processing, in each format,
// for the largest example.
func BenchmarkRecord(b *testing.B) {
	a := largest(b)
	for _, format := range []string{"md", "html", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := RenderRecord(a, recordDay, format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
