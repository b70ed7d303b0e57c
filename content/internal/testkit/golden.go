package testkit

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag: the golden files are rewritten instead of
// compared (go test ./content/... -update).
var Update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// CheckGolden compares got with the package's golden file
// testdata/golden/name, or rewrites it.
func CheckGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	CheckGoldenAt(t, filepath.Join("testdata", "golden", name), got)
}

// CheckGoldenAt compares got with the golden file at path, or rewrites it.
func CheckGoldenAt(t *testing.T, path string, got []byte) {
	t.Helper()
	name := filepath.Base(path)
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./content/... -update' to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the change and run 'go test ./content/... -update'\n%s", name, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff shows the first line where got differs from want.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}
