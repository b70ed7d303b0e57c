package check

import (
	"github.com/privatliv/privatliv/content/internal/testkit"
	"testing"
)

// BenchmarkCountErrors is what a render checks to mark a draft: the errors
// of answers that have passed Validate.
func BenchmarkCountErrors(b *testing.B) {
	a := testkit.Largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		CountErrorsValid(a, testkit.CheckDay)
	}
}

// BenchmarkCheck is the compliance check of the largest example.
func BenchmarkCheck(b *testing.B) {
	a := testkit.Largest(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Check(a, testkit.CheckDay)
	}
}
