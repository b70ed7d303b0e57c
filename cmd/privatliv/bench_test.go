package main

import (
	"os"
	"path/filepath"
	"testing"
)

// The batch benchmarks time one whole command over 1,000 answer files
// (copies of the examples), as a consultant runs it. Each iteration writes
// into a directory of its own that starts empty, so every output file is
// new and the number does not depend on how many iterations b.N asks for;
// the *Again benchmarks time the run that follows, over the outputs the
// previous run left behind.

// BenchmarkRender1000HTML renders 1,000 answer files to HTML in one
// process, as `privatliv render DIR -f html -o OUT` does, into an empty OUT.
func BenchmarkRender1000HTML(b *testing.B) {
	benchBatch(b, false, "render", "--format", "html")
}

// BenchmarkRender1000HTMLAgain renders the same 1,000 files again over the
// policies the previous run wrote.
func BenchmarkRender1000HTMLAgain(b *testing.B) {
	benchBatch(b, true, "render", "--format", "html")
}

// BenchmarkRecord1000 writes the record of processing of 1,000 answer files
// in one process, as `privatliv record DIR -f FORMAT -o OUT` does.
func BenchmarkRecord1000(b *testing.B) {
	for _, format := range []string{"md", "html", "xlsx"} {
		b.Run(format, func(b *testing.B) { benchBatch(b, false, "record", "-f", format) })
	}
}

// BenchmarkRecord1000Again is BenchmarkRecord1000 over the records the
// previous run wrote.
func BenchmarkRecord1000Again(b *testing.B) {
	for _, format := range []string{"md", "html", "xlsx"} {
		b.Run(format, func(b *testing.B) { benchBatch(b, true, "record", "-f", format) })
	}
}

// benchBatch runs `privatliv CMD IN ARGS... -o OUT` on 1,000 answer files.
// OUT is a fresh, empty directory for every iteration; with again, it
// already holds what the command writes.
func benchBatch(b *testing.B, again bool, cmd string, args ...string) {
	in := thousandFiles(b)
	run := func(out string) {
		argv := append(append([]string{cmd, in}, args...), "-o", out)
		if code, _, errOut := runCLI(b, argv...); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
	}
	outs := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		out := filepath.Join(outs, itoa3(i%1000))
		os.RemoveAll(out)
		if again {
			run(out)
		}
		b.StartTimer()
		run(out)
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
		if err := os.WriteFile(filepath.Join(in, filepath.Base(examples[i%len(examples)])+"-"+itoa3(i)+".toml"), src, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return in
}
