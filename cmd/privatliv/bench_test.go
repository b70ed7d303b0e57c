package main

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRender1000HTML renders 1,000 answer files (copies of the
// examples) to HTML in one process, as `privatliv render DIR -o OUT` does.
func BenchmarkRender1000HTML(b *testing.B) {
	in := b.TempDir()
	examples, _ := filepath.Glob("../../drafts/examples/*.toml")
	for i := 0; i < 1000; i++ {
		src, err := os.ReadFile(examples[i%len(examples)])
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, filepath.Base(examples[i%len(examples)])+"-"+itoa3(i)+".toml"), src, 0o644)
	}
	out := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code, _, errOut := runCLI(b, "render", in, "--format", "html", "-o", out); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
	}
}

func itoa3(i int) string {
	return string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}

// thousandFiles writes 1,000 answer files (copies of the examples) to a
// temporary directory.
func thousandFiles(b *testing.B) string {
	in := b.TempDir()
	examples, _ := filepath.Glob("../../drafts/examples/*.toml")
	for i := 0; i < 1000; i++ {
		src, err := os.ReadFile(examples[i%len(examples)])
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, filepath.Base(examples[i%len(examples)])+"-"+itoa3(i)+".toml"), src, 0o644)
	}
	return in
}

// BenchmarkRecord1000 writes the record of processing of 1,000 answer files
// in one process, as `privatliv record DIR -f FORMAT -o OUT` does.
func BenchmarkRecord1000(b *testing.B) {
	for _, format := range []string{"md", "html", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			in, out := thousandFiles(b), b.TempDir()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if code, _, errOut := runCLI(b, "record", in, "-f", format, "-o", out); code != 0 {
					b.Fatalf("exit %d: %s", code, errOut)
				}
			}
		})
	}
}
