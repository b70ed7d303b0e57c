package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// BenchmarkHostileFiles runs each hostile file of the security review
// through the command that met it, in one process, as the review ran them:
// each must be answered in well under a second and 100 MB. B/op (with
// -benchmem) is all the memory the answer allocated, an upper bound on what
// it held at once; docs/hostile.sh measures the whole process's peak.
func BenchmarkHostileFiles(b *testing.B) {
	dir := b.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	nested := func(n int, open, end string) string {
		return "schema = 2\nx = " + strings.Repeat(open, n) + "1" + strings.Repeat(end, n) + "\n"
	}
	base := "schema = 2\n[document]\neffective = 2026-01-01\n[controller]\nname = \"A\"\naddress = \"B 1\"\n" +
		"postcode = \"8000\"\ntown = \"Aarhus\"\nemail = \"a@b.dk\"\n[[subjects]]\ngroup = \"customers\"\ndata = [\"contact\"]\n"
	var purposes, vendors strings.Builder
	purposes.WriteString(base)
	vendors.WriteString(base + "[[purposes]]\nid = \"p\"\nname = \"P\"\ndata = [\"contact\"]\nbasis = [\"6.1.b\"]\n[purposes.retention]\nperiod = \"5 år\"\n")
	for i := range 10000 {
		fmt.Fprintf(&purposes, "[[purposes]]\nid = \"p%d\"\nname = \"Formål %d\"\ndata = [\"contact\"]\nbasis = [\"6.1.b\"]\n[purposes.retention]\nperiod = \"5 år\"\n", i, i)
		fmt.Fprintf(&vendors, "[[vendors]]\nname = \"V%d\"\nrole = \"processor\"\nservice = \"drift\"\npurposes = [\"p\"]\ncountry = \"DK\"\n", i)
	}
	deepDir := filepath.Join(dir, "mappe")
	os.Mkdir(deepDir, 0o755)
	os.WriteFile(filepath.Join(deepDir, "dyb.toml"), []byte(nested(8000, "{a=", "}")), 0o644)
	os.WriteFile(filepath.Join(deepDir, "ok.toml"), []byte("schema = 2\n"), 0o644)
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		b.Skip(err)
	}
	cases := []struct {
		name string
		args []string
	}{
		{"check_4000_tabeller", []string{"check", write("d4000.toml", nested(4000, "{a=", "}"))}},
		{"check_8000_tabeller", []string{"check", write("d8000.toml", nested(8000, "{a=", "}"))}},
		{"check_8000_lister", []string{"check", write("a8000.toml", nested(8000, "[", "]"))}},
		{"render_mappe_med_8000_tabeller", []string{"render", deepDir, "-o", filepath.Join(dir, "ud")}},
		{"check_fifo", []string{"check", fifo}},
		{"render_fifo", []string{"render", fifo}},
		{"cookies_import_fifo", []string{"cookies", "import", fifo}},
		{"check_dev_zero", []string{"check", "/dev/zero"}},
		{"check_3MB", []string{"check", write("big.toml", base+"# "+strings.Repeat("x", 3<<20)+"\n")}},
		{"check_10000_formaal", []string{"check", write("p10k.toml", purposes.String())}},
		{"check_10000_leverandoerer", []string{"check", write("v10k.toml", vendors.String())}},
		{"check_navn_1.9MB", []string{"check", write("navn.toml", strings.Replace(base, `name = "A"`, `name = "`+strings.Repeat("A", 1900000)+`"`, 1))}},
		{"check_tabelnavn_10000_dele", []string{"check", write("h10k.toml", "schema = 2\n["+strings.Repeat("a.", 9999)+"a]\nb = 1\n")}},
		{"check_osc_i_navn", []string{"check", write("esc.toml", strings.Replace(base, `name = "A"`, `name = "Helle\u001b]0;HIJACKED\u0007"`, 1))}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if code, _, _ := runCLI(b, c.args...); code == 0 {
					b.Fatalf("%v: exit 0", c.args)
				}
			}
		})
	}
}
