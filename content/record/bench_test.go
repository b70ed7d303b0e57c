package record

import (
	"testing"

	"github.com/privatliv/privatliv/content/internal/testkit"
)

// BenchmarkRecord is answers to the record of processing, in each format,
// for the largest example.
func BenchmarkRecord(b *testing.B) {
	a := testkit.Largest(b)
	for _, format := range []string{"md", "html", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := RenderRecord(a, testkit.RecordDay, format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
